package org.mlgate.analysis.checks;

import java.util.Arrays;

/**
 * The validation times for {@code leakage.time-order}: the newest training time is only known once the training
 * rows are read, after the validation pass, so the validation times are kept, 8 bytes per row (80 MB for ten
 * million rows), and only when a time column is configured.
 */
final class TimeValues {
    private double[] values = new double[64];
    private int size;
    private TimeCells.Kind kind;

    void add(double time, TimeCells.Kind cellKind) {
        if (Double.isNaN(time)) {
            return;
        }
        kind = kind == null ? cellKind : kind;
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = time;
    }

    void merge(TimeValues other) {
        kind = kind == null ? other.kind : kind;
        for (int i = 0; i < other.size; i++) {
            add(other.values[i], other.kind);
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
