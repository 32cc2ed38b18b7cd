package org.mlgate.analysis.data;

import java.util.List;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.PageHeader;

/**
 * A run of rows of one row group of a Parquet file: for each column the pages that hold them, as stored (compressed),
 * cut by the reading thread and decoded by any thread ({@link ParquetTable#rows}). A page that holds rows of two
 * chunks travels with both, and each decodes only its own rows. Rows already decoded on the reading thread (the
 * first rows, read to check the file) travel as {@code ready}.
 *
 * @param firstRow the 0-based position of the first row in the file
 * @param rows     how many rows
 * @param columns  the pages of each column, in the table's column order
 * @param ready    rows already decoded, or null
 */
record ParquetChunk(long firstRow, int rows, List<ColumnPages> columns, List<CsvRow> ready) implements RowChunk {

    static ParquetChunk ofRows(List<CsvRow> rows) {
        return new ParquetChunk(rows.isEmpty() ? 0 : rows.get(0).ordinal(), rows.size(), List.of(), List.copyOf(rows));
    }

    /**
     * The pages of one column that hold the chunk's rows.
     *
     * @param codec      how the pages are compressed
     * @param dictionary the row group's dictionary of the column, decompressed, or null
     * @param pages      data pages in order; the first holds the chunk's first row
     * @param skip       rows of the first page before the chunk's first row
     */
    record ColumnPages(CompressionCodec codec, DictionaryPage dictionary, List<RawPage> pages, long skip) {
    }

    /** A data page as stored: its header and its (compressed) bytes, and the rows it holds in its row group. */
    record RawPage(PageHeader header, byte[] bytes, long firstRow, int rows) {
    }
}
