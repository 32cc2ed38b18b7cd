package org.mlgate.analysis.data;

import java.util.List;

/**
 * Rows as read from the data file, in file order, before any parsing: what the reading thread hands to the threads
 * that score. Malformed rows (another cell count than the header) are kept here and turn into {@link Rejection}s
 * when scored, so that bad rows are judged in file order.
 */
public record RawRows(List<CsvRow> rows) {

    public RawRows {
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }
}
