package org.mlgate.analysis.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mlgate.analysis.InputException;

/**
 * A data file read as a table of named columns and rows of text cells, one chunk of rows at a time (memory does not
 * grow with the file), whatever the file's format: {@link CsvTable} (CSV, TSV, gzip), {@link ParquetTable} and
 * {@link JsonLinesTable}, chosen by {@link #open} from the file's name ({@link DataFormat}).
 *
 * <p>Every format gives the same rows to the same callers: cells as text, trimmed, an empty cell for a missing value
 * (an empty CSV cell, a Parquet null, a JSON null or absent key), each row with its ordinal among the data rows and a
 * position for messages ({@link CsvRow#line()}, a line of a text file or a row of a Parquet file, which
 * {@link #where} turns into words). The first data row is read on open, so that a file without rows is reported
 * before any work starts; the SHA-256 of the file as stored is known once the last row was read.
 *
 * <p>Two ways to read, as {@link CsvTable} describes: row by row on the calling thread ({@link #next()},
 * {@link #nextAny()}), or in chunks cut by one thread ({@link #nextChunk}) that any thread turns into rows
 * ({@link #rows}).
 */
public interface DataTable extends AutoCloseable {

    /**
     * Opens {@code file} with the reader its name asks for ({@link DataFormat#of}) and reads its columns and first
     * row; the messages of the InputExceptions name the file. {@code format} applies to CSV files only.
     */
    static DataTable open(Path file, BadRows badRows, CsvFormat format) {
        DataFormat kind = DataFormat.of(file);
        String name = file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".json.gz")) {
            throw new InputException("The data file " + file + " is a .json file; mlgate reads JSON Lines, one object"
                    + " per line, named .jsonl (pandas: to_json(orient=\"records\", lines=True); Spark: write.json)."
                    + " Rename it if it holds one object per line.");
        }
        if (kind != DataFormat.CSV && Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InputException("The data file " + file + " is not a regular file (a folder, a pipe or a device);"
                    + " point the plugin at a " + kind.description() + " file"
                    + (kind == DataFormat.PARQUET ? " (for a folder of part files that Spark wrote, one of them, or"
                    + " the output of coalesce(1))." : "."));
        }
        return switch (kind) {
            case CSV -> CsvTable.open(file, badRows, format);
            case PARQUET -> ParquetTable.open(file, badRows);
            case JSON_LINES -> JsonLinesTable.open(file, badRows);
        };
    }

    /** As {@link #open(Path, BadRows, CsvFormat)}, a CSV file's delimiter detected. */
    static DataTable open(Path file, BadRows badRows) {
        return open(file, badRows, CsvFormat.detect());
    }

    Path file();

    /** The column names, in file order. */
    List<String> header();

    /** The index of a column, or -1 when the table has no such column. */
    int column(String name);

    /**
     * A sentence to add to a message about a missing column, when the file's layout suggests why (a CSV header that
     * is one cell holding another delimiter); empty otherwise.
     */
    default String delimiterHint() {
        return "";
    }

    /** The next data row with a cell for every column, or null at the end; other rows go to {@link BadRows}. */
    CsvRow next();

    /** The next data row, whatever its cell count, or null at the end of the file. */
    CsvRow nextAny();

    /**
     * The next rows as a chunk of the file of about {@code targetBytes} (rows read already by {@link #nextAny()}
     * come first); null at the end. Reading thread only.
     */
    RowChunk nextChunk(int targetBytes);

    /** The rows of a chunk of this table, any of them malformed; safe on any thread. */
    List<CsvRow> rows(RowChunk chunk);

    /** True when the row has a cell for every column. */
    boolean hasAllCells(CsvRow row);

    /** The sentence for a row with another cell count than the header. */
    String wrongCellCount(CsvRow row);

    /**
     * The rejection of a row without a cell for every column ({@link #hasAllCells} false): another cell count than
     * the header, or a row that could not be read as cells ({@link CsvRow#problem()}).
     */
    default Rejection malformed(CsvRow row) {
        if (row.problem() != null) {
            return new Rejection(row.line(), JsonLinesTable.UNREADABLE, where(row.line()) + " " + row.problem());
        }
        return new Rejection(row.line(), CsvTable.WRONG_CELL_COUNT, wrongCellCount(row));
    }

    /**
     * Where a row is, as the start of a sentence: {@code Line 12 of data.csv}, or for Parquet
     * {@code Row 12 of data.parquet (row group 1, row 2 of it)}.
     *
     * @param line the row's {@link CsvRow#line()}
     */
    String where(long line);

    /**
     * Tells the table that the caller reads these columns only as numbers ({@link CsvRow#number},
     * {@link CsvRow#text}), so that a file that stores numbers need not write them out as text for every row (a
     * Parquet file's probability columns) and a CSV file parses them from its bytes without making Strings. Call it
     * before reading chunks; rows read before may still hold the text. JSON Lines files ignore it.
     */
    default void numbersOnly(int[] columns) {
    }

    /** Sentences for the report's notes about how the file was read (columns left out); empty by default. */
    default List<String> notes() {
        return List.of();
    }

    /** The SHA-256 of the file as stored (compressed, for .gz), once the last row was read. */
    String sha256();

    @Override
    void close();
}
