package org.mlgate.analysis.baseline;

/**
 * Which way a metric improves. For an error metric a "drop" in quality is an increase of the number, so the gate
 * words it "above the baseline's". The list itself is {@link org.mlgate.analysis.metrics.MetricDirection}'s.
 */
public final class MetricDirection {
    private MetricDirection() {
    }

    public static boolean lowerIsBetter(String metric) {
        return org.mlgate.analysis.metrics.MetricDirection.lowerIsBetter(metric);
    }

    /** How much worse {@code value} is than {@code baseline}: positive = worse, negative = better. */
    public static double drop(String metric, double value, double baseline) {
        return org.mlgate.analysis.metrics.MetricDirection.drop(metric, value, baseline);
    }
}
