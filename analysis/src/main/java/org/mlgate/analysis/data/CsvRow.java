package org.mlgate.analysis.data;

/**
 * One data row as read, before any interpretation, from a data file of any format ({@link DataTable}).
 *
 * @param line    where the row is, for messages: the 1-based line it starts on in a text file (in a CSV file the
 *                header is line 1), or its 1-based position among the rows of a Parquet file
 *                ({@link DataTable#where} says which)
 * @param ordinal 0-based position among the data rows of the file, bad rows included: the row's key for the
 *                bootstrap and the samples, the same whichever thread scores it
 * @param cells   the cells, trimmed; as many as the header has columns unless the row is malformed
 * @param problem why the row could not be read as cells (a JSON line that is not a flat object), a phrase that
 *                follows {@link DataTable#where}; null for a row that was read
 */
public record CsvRow(long line, long ordinal, String[] cells, String problem) {

    /** A row that was read. */
    public CsvRow(long line, long ordinal, String[] cells) {
        this(line, ordinal, cells, null);
    }

    /** A row that could not be read as cells, and why. */
    static CsvRow unreadable(long line, long ordinal, String problem) {
        return new CsvRow(line, ordinal, new String[0], problem);
    }
}
