package org.mlgate.spark;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.mlgate.analysis.data.CsvRow;

/**
 * The Dataset's first rows in order, for the template: taken to the driver a few thousand at a time ({@code take}
 * scans the partitions from the first), and more only if the template asks for more.
 */
final class FirstRows implements Iterator<CsvRow> {
    /** The template's first rows fill its 10,000-row buffer in batches of 1,024. */
    static final int FIRST_TAKE = 10_240;

    private final Dataset<Row> data;
    private final long firstLine;
    private int requested = FIRST_TAKE;
    private List<Row> taken;
    private int next;

    FirstRows(Dataset<Row> data, long firstLine) {
        this.data = data;
        this.firstLine = firstLine;
        this.taken = data.takeAsList(requested);
    }

    @Override
    public boolean hasNext() {
        if (next < taken.size()) {
            return true;
        }
        if (taken.size() < requested || requested == Integer.MAX_VALUE - 8) {
            return false; // the whole Dataset was taken already
        }
        requested = (int) Math.min(Integer.MAX_VALUE - 8, 2L * requested);
        taken = data.takeAsList(requested);
        return next < taken.size();
    }

    @Override
    public CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int index = next++;
        return new CsvRow(index + firstLine, index, RowCells.of(taken.get(index)));
    }
}
