package org.mlgate.analysis.data;

/**
 * One data row as read, before any interpretation, from a data file of any format ({@link DataTable}).
 *
 * @param line    where the row is, for messages: the 1-based line it starts on in a text file (in a CSV file the
 *                header is line 1), or its 1-based position among the rows of a Parquet file
 *                ({@link DataTable#where} says which)
 * @param ordinal 0-based position among the data rows of the file, bad rows included: the row's key for the
 *                bootstrap and the samples, the same whichever thread scores it
 * @param cells   the cells, trimmed; as many as the header has columns unless the row is malformed. A cell of a
 *                column the caller reads as a number only ({@link DataTable#numbersOnly}) may be null: read it with
 *                {@link #text} and {@link #number}
 * @param problem why the row could not be read as cells (a JSON line that is not a flat object), a phrase that
 *                follows {@link DataTable#where}; null for a row that was read
 * @param numbers the cells as numbers where the file stores numbers (Parquet), NaN elsewhere; null from text files
 */
public record CsvRow(long line, long ordinal, String[] cells, String problem, double[] numbers) {

    /** A row of text cells. */
    public CsvRow(long line, long ordinal, String[] cells) {
        this(line, ordinal, cells, null, null);
    }

    /** A row that could not be read as cells, and why. */
    static CsvRow unreadable(long line, long ordinal, String problem) {
        return new CsvRow(line, ordinal, new String[0], problem, null);
    }

    /**
     * The cell as a number, NaN when it is empty or text ({@link CellNumbers#parse}): the number the file stores when
     * it stores one, so that it is never written out and parsed back, else the text parsed.
     */
    public double number(int column) {
        if (numbers != null) {
            double stored = numbers[column];
            if (!Double.isNaN(stored) || cells[column] == null) {
                return stored;
            }
        }
        return CellNumbers.parse(cells[column]);
    }

    /** The cell's text: as read, or for a cell read as a number only, the number written out. */
    public String text(int column) {
        String text = cells[column];
        return text != null ? text : DoubleText.of(numbers[column]);
    }
}
