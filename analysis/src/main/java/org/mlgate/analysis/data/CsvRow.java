package org.mlgate.analysis.data;

/**
 * One data row as read, before any interpretation.
 *
 * @param line  1-based line number where the row starts (the header is line 1)
 * @param cells the cells, exactly as many as the header has columns
 */
public record CsvRow(long line, String[] cells) {
}
