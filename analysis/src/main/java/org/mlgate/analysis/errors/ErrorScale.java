package org.mlgate.analysis.errors;

import java.util.Arrays;
import java.util.Locale;

/**
 * Regression: whether the size of an error follows the size of the target, judged on the first rows (as many as fix
 * the slice bins). On a target like a price, absolute errors grow with it, and every weak slice on absolute error is
 * just "the expensive rows"; on a target whose errors do not grow with it, relative errors are largest where it is
 * small, and every weak slice on relative error is just "the cheap rows". So the two rank correlations with |actual|
 * (Spearman, ties averaged) are compared: relative error is preferred when the absolute error grows with |actual|
 * (correlation above 2 / sqrt(rows), two standard errors of a correlation of independent columns) more strongly than
 * the relative error depends on it (in either direction); absolute error otherwise.
 */
final class ErrorScale {

    final int capacity;
    double[] actual = new double[64];
    double[] error = new double[64];
    int size;

    ErrorScale(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /** Records a row while fewer than {@code capacity} rows have been recorded; later rows are ignored. */
    void add(double actualValue, double absoluteError) {
        if (size == capacity) {
            return;
        }
        if (size == actual.length) {
            actual = Arrays.copyOf(actual, Math.min(capacity, 2 * size));
            error = Arrays.copyOf(error, actual.length);
        }
        actual[size] = Math.abs(actualValue);
        error[size] = absoluteError;
        size++;
    }

    boolean full() {
        return size == capacity;
    }

    /** Adds the other's rows after this one's, up to the capacity. */
    void merge(ErrorScale other) {
        for (int i = 0; i < other.size; i++) {
            add(other.actual[i], other.error[i]);
        }
    }

    /** The verdict on the rows recorded so far. */
    Verdict verdict() {
        double[] relative = new double[size];
        for (int i = 0; i < size; i++) {
            relative[i] = relativeError(error[i], actual[i]);
        }
        double[] actualRanks = ranks(Arrays.copyOf(actual, size));
        double absolute = correlation(actualRanks, ranks(Arrays.copyOf(error, size)));
        double rel = correlation(actualRanks, ranks(relative));
        double relativeStrength = Double.isNaN(rel) ? 0 : Math.abs(rel); // constant relative error: none at all
        boolean grows = absolute > 2 / Math.sqrt(size) && absolute > relativeStrength;
        return new Verdict(grows ? SliceError.RELATIVE : SliceError.ABSOLUTE, absolute, rel, size);
    }

    /** |residual| / max(|actual|, machine epsilon): one row's term of {@code mape}. */
    static double relativeError(double absoluteError, double actualValue) {
        return absoluteError / Math.max(Math.abs(actualValue), Math.ulp(1.0));
    }

    /**
     * Which error suits the data, and the evidence: the Spearman correlations of |actual| with the absolute and with
     * the relative error over {@code rows} rows (NaN when a column is constant).
     */
    record Verdict(SliceError preferred, double absolute, double relative, int rows) {

        String evidence() {
            return String.format(Locale.ROOT, "Spearman correlation with |actual| over the first %,d rows: %.2f for "
                    + "the absolute error, %.2f for the relative error", rows, absolute, relative);
        }
    }

    /** Average ranks (1-based), ties sharing the mean of their positions. */
    private static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double correlation(double[] x, double[] y) {
        int n = x.length;
        if (n < 3) {
            return Double.NaN;
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }
}
