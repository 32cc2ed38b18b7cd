package org.mlgate.analysis.checks;

/**
 * Whether a column's values are numbers that strictly rise (or strictly fall) with the row order: the mark of a
 * row counter or an autoincrement key. Streaming, two doubles and two flags. {@link #merge} assumes the other
 * part holds the rows that come after this part's rows.
 */
final class MonotonicColumn {
    boolean numeric = true;
    boolean increasing = true;
    boolean decreasing = true;
    double first = Double.NaN;
    double last = Double.NaN;
    long count;

    /** @param value the cell as a number, NaN when it is empty or text */
    void add(double value) {
        if (!numeric || count > 0 && !increasing && !decreasing) {
            return; // decided: no later row can make the column an ordered counter again
        }
        if (Double.isNaN(value)) {
            numeric = false;
            return;
        }
        if (count == 0) {
            first = value;
        } else {
            increasing &= value > last;
            decreasing &= value < last;
        }
        last = value;
        count++;
    }

    void merge(MonotonicColumn later) {
        if (later.count == 0) {
            numeric &= later.numeric;
            return;
        }
        if (count > 0) {
            increasing &= later.increasing && later.first > last;
            decreasing &= later.decreasing && later.first < last;
        } else {
            increasing = later.increasing;
            decreasing = later.decreasing;
            first = later.first;
        }
        numeric &= later.numeric;
        last = later.last;
        count += later.count;
    }

    /** True for a numeric column of at least {@code minRows} rows that strictly rises or falls. */
    boolean monotonic(long minRows) {
        return numeric && count >= minRows && (increasing || decreasing);
    }
}
