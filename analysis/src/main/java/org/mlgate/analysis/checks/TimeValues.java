package org.mlgate.analysis.checks;

import java.util.Arrays;
import org.mlgate.analysis.InputException;

/**
 * The validation times for {@code leakage.time-order}: the newest training time is only known once the training
 * rows are read, after the validation pass, so the validation times are kept, 8 bytes per row (80 MB for ten
 * million rows), and only when a time column is configured.
 */
final class TimeValues {
    double[] values = new double[64];
    int size;
    TimeCells.Kind kind;

    void add(double time, TimeCells.Kind cellKind, long line, String column) {
        if (Double.isNaN(time)) {
            return;
        }
        if (kind != null && cellKind != kind) {
            throw new InputException("The validation data line " + line + ": the time column '" + column
                    + "' mixes dates and plain numbers; use one kind of time throughout the column.");
        }
        kind = cellKind;
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = time;
    }

    void merge(TimeValues other) {
        if (kind != null && other.kind != null && kind != other.kind) {
            throw new InputException("The time column mixes dates and plain numbers between parts of the validation"
                    + " data; use one kind of time throughout the column.");
        }
        kind = kind == null ? other.kind : kind;
        for (int i = 0; i < other.size; i++) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = other.values[i];
        }
    }

    TimeCells.Kind kind() {
        return kind;
    }

    int size() {
        return size;
    }

    /** Rows strictly older than {@code time}. */
    long olderThan(double time) {
        long older = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] < time) {
                older++;
            }
        }
        return older;
    }

    double min() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, values[i]);
        }
        return min;
    }
}
