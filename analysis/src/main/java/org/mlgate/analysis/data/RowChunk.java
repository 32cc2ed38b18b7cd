package org.mlgate.analysis.data;

/**
 * A stretch of a data file cut by the reading thread, in file order, for any thread to turn into rows with the
 * source that cut it ({@link ScoredRowSource#rows}). What it holds depends on the format: bytes of whole CSV rows
 * ({@link CsvChunk}), a row group of a columnar file.
 */
public interface RowChunk {
}
