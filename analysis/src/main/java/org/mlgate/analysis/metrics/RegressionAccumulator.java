package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mlgate.analysis.InputException;

/**
 * Streams regression rows and computes mse, rmse, mae, r2, medianAbsoluteError, maxError, mape and
 * explainedVariance as scikit-learn 1.2.1 does (including {@code force_finite}: a constant actual value gives r2 and
 * explainedVariance 1 when the predictions are perfect, else 0). r2 with fewer than two rows is null and a note
 * (scikit-learn returns NaN). mape divides by max(|y|, machine epsilon).
 *
 * <p>Memory: additive sums (double-double, so merging in any order gives the same values), plus one double per row,
 * the absolute error, which the exact median needs.
 *
 * <h2>Bootstrap</h2>
 * Rows are grouped into {@value #BLOCKS} blocks of additive sufficient statistics (count, sum of errors, of squared
 * errors, of absolute errors, of y and of y^2), keyed on the row's global index: row i &lt; {@value #BLOCKS} is
 * block i, later rows are hashed to a block. A replicate draws one Poisson(1) weight per block. With at most
 * {@value #BLOCKS} rows this is the exact Poisson bootstrap; with more, rows in a block share one weight (a
 * bootstrap over random groups of rows, whose variance estimate is consistent). Intervals: mae, rmse, r2.
 */
public final class RegressionAccumulator {
    static final int BLOCKS = Bootstrap.BLOCKS;
    private static final double EPSILON = Math.ulp(1.0);
    private static final int STATS = 6;
    private static final int COUNT = 0, ERR = 1, ERR2 = 2, ABS = 3, Y = 4, Y2 = 5;

    private long rows;
    private final CompensatedSum[] sums = new CompensatedSum[STATS];
    private final CompensatedSum percentage = new CompensatedSum();
    private double maxError;
    private double minActual = Double.POSITIVE_INFINITY;
    private double maxActual = Double.NEGATIVE_INFINITY;
    private double minError = Double.POSITIVE_INFINITY;
    private double maxSignedError = Double.NEGATIVE_INFINITY;
    private final DoubleChunks absoluteErrors = new DoubleChunks();
    private final CompensatedSum[][] blocks = new CompensatedSum[BLOCKS][STATS];

    private final boolean keepRows;

    public RegressionAccumulator() {
        this(true);
    }

    /**
     * @param keepRows false for a slice of rows whose absolute errors another accumulator keeps (see
     *                 {@link #result(MetricOptions, RegressionAccumulator, int[])})
     */
    RegressionAccumulator(boolean keepRows) {
        this.keepRows = keepRows;
        for (int s = 0; s < STATS; s++) {
            sums[s] = new CompensatedSum();
        }
        for (int b = 0; b < BLOCKS; b++) {
            for (int s = 0; s < STATS; s++) {
                blocks[b][s] = new CompensatedSum();
            }
        }
    }

    public void add(long index, double actual, double predicted) {
        if (!Double.isFinite(actual) || !Double.isFinite(predicted)) {
            throw new InputException("Row " + index + " has a non-finite " + (Double.isFinite(actual) ? "prediction" : "actual value")
                    + "; regression metrics need numbers: fix or drop the row.");
        }
        double error = actual - predicted;
        double absolute = Math.abs(error);
        double[] values = {1, error, error * error, absolute, actual, actual * actual};
        CompensatedSum[] block = blocks[Bootstrap.block(index)];
        for (int s = 0; s < STATS; s++) {
            sums[s].add(values[s]);
            block[s].add(values[s]);
        }
        rows++;
        percentage.add(absolute / Math.max(Math.abs(actual), EPSILON));
        maxError = Math.max(maxError, absolute);
        minActual = Math.min(minActual, actual);
        maxActual = Math.max(maxActual, actual);
        minError = Math.min(minError, error);
        maxSignedError = Math.max(maxSignedError, error);
        if (keepRows) {
            absoluteErrors.add(absolute);
        }
    }

    public void merge(RegressionAccumulator other) {
        rows += other.rows;
        for (int s = 0; s < STATS; s++) {
            sums[s].add(other.sums[s]);
        }
        for (int b = 0; b < BLOCKS; b++) {
            for (int s = 0; s < STATS; s++) {
                blocks[b][s].add(other.blocks[b][s]);
            }
        }
        percentage.add(other.percentage);
        maxError = Math.max(maxError, other.maxError);
        minActual = Math.min(minActual, other.minActual);
        maxActual = Math.max(maxActual, other.maxActual);
        minError = Math.min(minError, other.minError);
        maxSignedError = Math.max(maxSignedError, other.maxSignedError);
        absoluteErrors.addAll(other.absoluteErrors);
    }

    public long rows() {
        return rows;
    }

    /** Computes the metrics and intervals. Does not change what was accumulated. */
    public MetricResult result(MetricOptions options) {
        if (!keepRows) {
            throw new IllegalStateException("a slice without rows: its result needs the rows of the whole");
        }
        return result(options, absoluteErrors.copy());
    }

    /** The result of a slice that kept no rows: its sums, and the absolute errors of rows {@code positions} of whole. */
    MetricResult result(MetricOptions options, RegressionAccumulator whole, int[] positions) {
        return result(options, DoubleChunks.view(whole.absoluteErrors, positions, 1).copy());
    }

    /** @param errors the rows' absolute errors, which this reorders to find the median */
    private MetricResult result(MetricOptions options, DoubleChunks errors) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Map<String, Interval> intervals = new LinkedHashMap<>();
        if (rows == 0) {
            for (String name : List.of("mse", "rmse", "mae", "r2", "medianAbsoluteError", "maxError", "mape",
                    "explainedVariance")) {
                metrics.put(name, null);
            }
            notes.add("No rows were evaluated: every metric is undefined.");
            return new MetricResult(metrics, null, Map.of(), null, intervals, Curves.none(), List.copyOf(notes));
        }
        double n = rows;
        double mse = sums[ERR2].value() / n;
        put(metrics, "mse", mse);
        put(metrics, "rmse", Math.sqrt(mse));
        put(metrics, "mae", sums[ABS].value() / n);
        boolean constantActual = minActual == maxActual;
        double meanError = sums[ERR].value() / n;
        double errorVariance = minError == maxSignedError ? 0 : Math.max(0, mse - meanError * meanError);
        double actualVariance = constantActual ? 0 : variance(sums[Y].value(), sums[Y2].value(), n);
        if (rows < 2) {
            metrics.put("r2", null);
            notes.add("r2 is undefined with fewer than two rows.");
        } else {
            put(metrics, "r2", constantActual ? (sums[ERR2].value() == 0 ? 1.0 : 0.0) : 1 - mse / actualVariance);
        }
        put(metrics, "medianAbsoluteError", MedianSelector.median(errors));
        put(metrics, "maxError", maxError);
        put(metrics, "mape", percentage.value() / n);
        put(metrics, "explainedVariance", constantActual ? (errorVariance == 0 ? 1.0 : 0.0)
                : 1 - errorVariance / actualVariance);
        if (constantActual && rows >= 2) {
            notes.add("Every actual value is the same: r2 and explainedVariance follow scikit-learn's force_finite"
                    + " rule (1 for perfect predictions, else 0).");
        }
        if (options.bootstrapReplicates() > 0 && rows >= 2) {
            intervals.putAll(intervals(options));
        }
        return new MetricResult(metrics, null, Map.of(), null, intervals, Curves.none(), List.copyOf(notes));
    }

    private static double variance(double sum, double sumOfSquares, double n) {
        double mean = sum / n;
        return Math.max(0, sumOfSquares / n - mean * mean);
    }

    private Map<String, Interval> intervals(MetricOptions options) {
        int replicates = options.bootstrapReplicates();
        double[][] block = new double[BLOCKS][STATS];
        for (int b = 0; b < BLOCKS; b++) {
            for (int s = 0; s < STATS; s++) {
                block[b][s] = blocks[b][s].value();
            }
        }
        double[] mae = new double[replicates];
        double[] rmse = new double[replicates];
        double[] r2 = new double[replicates];
        double[] total = new double[STATS];
        for (int r = 0; r < replicates; r++) {
            SplittableRandom random = Bootstrap.stream(options.seed(), Bootstrap.REGRESSION, r);
            java.util.Arrays.fill(total, 0);
            for (int b = 0; b < BLOCKS; b++) {
                if (block[b][COUNT] == 0) {
                    continue;
                }
                long weight = PoissonSampler.draw(random, 1.0);
                for (int s = 0; s < STATS; s++) {
                    total[s] += weight * block[b][s];
                }
            }
            double w = total[COUNT];
            if (w == 0) {
                mae[r] = rmse[r] = r2[r] = Double.NaN;
                continue;
            }
            mae[r] = total[ABS] / w;
            rmse[r] = Math.sqrt(total[ERR2] / w);
            double sst = variance(total[Y], total[Y2], w);
            r2[r] = sst > 0 ? 1 - (total[ERR2] / w) / sst : Double.NaN;
        }
        Map<String, Interval> intervals = new LinkedHashMap<>();
        double level = options.confidenceLevel();
        putInterval(intervals, "mae", Bootstrap.percentile(mae, replicates, level));
        putInterval(intervals, "rmse", Bootstrap.percentile(rmse, replicates, level));
        putInterval(intervals, "r2", Bootstrap.percentile(r2, replicates, level));
        return intervals;
    }

    private static void putInterval(Map<String, Interval> intervals, String name, Interval interval) {
        if (interval != null) {
            intervals.put(name, interval);
        }
    }

    private static void put(Map<String, Double> metrics, String name, double value) {
        metrics.put(name, Double.isFinite(value) ? value : null);
    }
}
