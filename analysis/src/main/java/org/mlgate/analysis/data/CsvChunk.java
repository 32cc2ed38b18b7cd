package org.mlgate.analysis.data;

import java.util.List;

/**
 * A stretch of a delimited file that ends where a row ends: cut by the reading thread, which only looks for row
 * boundaries, and turned into rows by any thread ({@link CsvTable#rows}). Rows already tokenized on the reading
 * thread (the first rows, read to check the file) travel as {@code ready}.
 *
 * @param bytes        the file's bytes of whole rows (decompressed), or null with {@code ready}
 * @param firstLine    the line the first byte is on
 * @param firstOrdinal the ordinal of the first data row in it
 * @param ready        rows already tokenized, or null
 */
public record CsvChunk(byte[] bytes, long firstLine, long firstOrdinal, List<CsvRow> ready) implements RowChunk {

    static CsvChunk of(byte[] bytes, long firstLine, long firstOrdinal) {
        return new CsvChunk(bytes, firstLine, firstOrdinal, null);
    }

    static CsvChunk ofRows(List<CsvRow> rows) {
        return new CsvChunk(null, rows.isEmpty() ? 0 : rows.get(0).line(),
                rows.isEmpty() ? 0 : rows.get(0).ordinal(), List.copyOf(rows));
    }
}
