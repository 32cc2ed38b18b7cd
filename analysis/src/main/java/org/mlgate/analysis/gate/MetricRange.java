package org.mlgate.analysis.gate;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The values a metric can take and which way is better, so that a limit outside them ({@code <maximum>5</maximum>}
 * on {@code errorRate}, meant as 5%) is refused with a hint instead of passing or failing forever.
 *
 * @param lower         the smallest possible value; {@code -Infinity} when unbounded
 * @param upper         the largest possible value; {@code +Infinity} when unbounded
 * @param lowerIsBetter true for error metrics (errorRate, logLoss, mae, ...)
 */
record MetricRange(double lower, double upper, boolean lowerIsBetter) {
    private static final MetricRange SHARE = new MetricRange(0, 1, false);
    private static final MetricRange ERROR_SHARE = new MetricRange(0, 1, true);
    private static final MetricRange CORRELATION = new MetricRange(-1, 1, false);
    private static final MetricRange ERROR = new MetricRange(0, Double.POSITIVE_INFINITY, true);
    private static final MetricRange SCORE_UP_TO_ONE = new MetricRange(Double.NEGATIVE_INFINITY, 1, false);

    private static final Map<String, MetricRange> RANGES = Map.ofEntries(
            Map.entry("accuracy", SHARE), Map.entry("balancedAccuracy", SHARE), Map.entry("errorRate", ERROR_SHARE),
            Map.entry("precision", SHARE), Map.entry("recall", SHARE), Map.entry("f1", SHARE),
            Map.entry("macroPrecision", SHARE), Map.entry("macroRecall", SHARE), Map.entry("macroF1", SHARE),
            Map.entry("microPrecision", SHARE), Map.entry("microRecall", SHARE), Map.entry("microF1", SHARE),
            Map.entry("weightedPrecision", SHARE), Map.entry("weightedRecall", SHARE),
            Map.entry("weightedF1", SHARE), Map.entry("mcc", CORRELATION), Map.entry("cohenKappa", CORRELATION),
            Map.entry("aucRoc", SHARE), Map.entry("aucRocWeighted", SHARE), Map.entry("aucRocOvo", SHARE),
            Map.entry("averagePrecision", SHARE), Map.entry("logLoss", ERROR),
            // Multi-class Brier sums over the classes: (1 - 0)^2 + (0 - 1)^2 at worst.
            Map.entry("brier", new MetricRange(0, 2, true)), Map.entry("expectedCalibrationError", ERROR_SHARE),
            Map.entry("mse", ERROR), Map.entry("rmse", ERROR), Map.entry("mae", ERROR),
            Map.entry("r2", SCORE_UP_TO_ONE),
            Map.entry("medianAbsoluteError", ERROR), Map.entry("maxError", ERROR), Map.entry("mape", ERROR),
            Map.entry("explainedVariance", SCORE_UP_TO_ONE),
            Map.entry("support", new MetricRange(0, Double.POSITIVE_INFINITY, false)),
            // Multi-label.
            Map.entry("subsetAccuracy", SHARE), Map.entry("hammingLoss", ERROR_SHARE),
            Map.entry("samplesPrecision", SHARE), Map.entry("samplesRecall", SHARE), Map.entry("samplesF1", SHARE),
            Map.entry("jaccardSamples", SHARE), Map.entry("jaccardMicro", SHARE), Map.entry("jaccardMacro", SHARE),
            Map.entry("labelRankingAveragePrecision", SHARE),
            // Clustering: the adjusted Rand index is at least -0.5, the adjusted mutual information unbounded below.
            Map.entry("adjustedRandIndex", new MetricRange(-0.5, 1, false)),
            Map.entry("normalizedMutualInfo", SHARE), Map.entry("adjustedMutualInfo", SCORE_UP_TO_ONE),
            Map.entry("homogeneity", SHARE), Map.entry("completeness", SHARE), Map.entry("vMeasure", SHARE),
            // Anomaly detection.
            Map.entry("precisionAtK", SHARE),
            // Validation error minus training error: negative when the model does better on new rows.
            Map.entry("generalizationGap", new MetricRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true)));

    /** The range of a metric name of report.json; null for a name that is not a metric. */
    static MetricRange of(String metric) {
        return RANGES.get(metric);
    }

    boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** {@code 0 to 1}, {@code -1 to 1}, {@code 0 or more}, {@code at most 1}. */
    String describe() {
        if (Double.isInfinite(upper) && Double.isInfinite(lower)) {
            return "any number";
        }
        if (Double.isInfinite(upper)) {
            return plain(lower) + " or more";
        }
        if (Double.isInfinite(lower)) {
            return "at most " + plain(upper);
        }
        return plain(lower) + " to " + plain(upper);
    }

    String direction() {
        return lowerIsBetter ? "lower is better" : "higher is better";
    }

    /** The greatest difference two values can have: what a {@code maximumDrop} may be at most. */
    double width() {
        return upper - lower;
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
