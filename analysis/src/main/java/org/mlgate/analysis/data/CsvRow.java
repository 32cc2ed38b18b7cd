package org.mlgate.analysis.data;

/**
 * One data row as read, before any interpretation.
 *
 * @param line    1-based line number where the row starts (the header is line 1)
 * @param ordinal 0-based position among the data rows of the file, bad rows included: the row's key for the
 *                bootstrap and the samples, the same whichever thread scores it
 * @param cells   the cells, trimmed; as many as the header has columns unless the row is malformed
 */
public record CsvRow(long line, long ordinal, String[] cells) {
}
