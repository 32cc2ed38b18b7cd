package org.mlgate.analysis.errors;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Quantiles of a stream of numbers in bounded memory, mergeable. Up to {@code exactCapacity} values (100,000 by
 * default, 800 KB) are kept and the quantiles are exact (linear interpolation between order statistics, numpy's
 * default). Beyond that the values move into a relative-error sketch (DDSketch: logarithmic buckets with
 * {@code gamma = (1 + a) / (1 - a)}, a = 1%), whose quantiles are within 1% of a true order statistic near the
 * requested rank and whose size grows with the logarithm of the value range, not with the count. Min and max stay
 * exact. Merging adds bucket counts, so it is as accurate as one pass.
 */
final class QuantileSketch {

    static final int DEFAULT_EXACT_CAPACITY = 100_000;
    private static final double RELATIVE_ACCURACY = 0.01;
    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);
    // Magnitudes below this share one bucket with zero: far below any residual that matters.
    private static final double ZERO_THRESHOLD = 1e-12;

    final int exactCapacity;
    double[] values = new double[16];
    int size;
    boolean sketched;
    final TreeMap<Integer, Long> positive = new TreeMap<>();
    final TreeMap<Integer, Long> negative = new TreeMap<>();
    long zeros;
    long count;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    QuantileSketch() {
        this(DEFAULT_EXACT_CAPACITY);
    }

    QuantileSketch(int exactCapacity) {
        this.exactCapacity = exactCapacity;
    }

    void add(double x) {
        count++;
        min = Math.min(min, x);
        max = Math.max(max, x);
        if (sketched) {
            addToBuckets(x, 1);
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.min(exactCapacity, size * 2));
        }
        values[size++] = x;
        if (size >= exactCapacity) {
            switchToSketch();
        }
    }

    void merge(QuantileSketch other) {
        if (!sketched && !other.sketched && size + other.size < exactCapacity) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
            return;
        }
        if (!sketched) {
            switchToSketch();
        }
        if (other.sketched) {
            other.positive.forEach((k, c) -> positive.merge(k, c, Long::sum));
            other.negative.forEach((k, c) -> negative.merge(k, c, Long::sum));
            zeros += other.zeros;
        } else {
            for (int i = 0; i < other.size; i++) {
                addToBuckets(other.values[i], 1);
            }
        }
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    long count() {
        return count;
    }

    int exactCapacity() {
        return exactCapacity;
    }

    boolean exact() {
        return !sketched;
    }

    /** The q-quantile, 0 &lt;= q &lt;= 1; NaN when empty. */
    double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        if (q <= 0) {
            return min;
        }
        if (q >= 1) {
            return max;
        }
        return sketched ? sketchQuantile(q) : exactQuantile(q);
    }

    private double exactQuantile(double q) {
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        double position = q * (size - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, size - 1);
        double fraction = position - lower;
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
    }

    private double sketchQuantile(double q) {
        long rank = (long) Math.floor(q * (count - 1));
        long seen = 0;
        for (Map.Entry<Integer, Long> e : negative.descendingMap().entrySet()) {
            seen += e.getValue();
            if (seen > rank) {
                return clamp(-bucketValue(e.getKey()));
            }
        }
        seen += zeros;
        if (seen > rank) {
            return 0.0;
        }
        for (Map.Entry<Integer, Long> e : positive.entrySet()) {
            seen += e.getValue();
            if (seen > rank) {
                return clamp(bucketValue(e.getKey()));
            }
        }
        return max;
    }

    private double clamp(double x) {
        return Math.max(min, Math.min(max, x));
    }

    private void switchToSketch() {
        for (int i = 0; i < size; i++) {
            addToBuckets(values[i], 1);
        }
        values = new double[0];
        size = 0;
        sketched = true;
    }

    private void addToBuckets(double x, long n) {
        double magnitude = Math.abs(x);
        if (magnitude < ZERO_THRESHOLD) {
            zeros += n;
            return;
        }
        int key = (int) Math.ceil(Math.log(magnitude) / LOG_GAMMA);
        (x > 0 ? positive : negative).merge(key, n, Long::sum);
    }

    private static double bucketValue(int key) {
        return 2 * Math.pow(GAMMA, key) / (GAMMA + 1);
    }
}
