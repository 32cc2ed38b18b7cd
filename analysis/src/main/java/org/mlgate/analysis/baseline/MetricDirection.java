package org.mlgate.analysis.baseline;

import java.util.Set;

/**
 * Which way a metric improves. For an error metric a "drop" in quality is an increase of the number, so the gate
 * words it "above the baseline's".
 */
public final class MetricDirection {
    private static final Set<String> LOWER_IS_BETTER = Set.of("logLoss", "brier", "expectedCalibrationError",
            "hammingLoss", "errorRate", "mse", "rmse", "mae", "medianAbsoluteError", "maxError", "mape");

    private MetricDirection() {
    }

    public static boolean lowerIsBetter(String metric) {
        return LOWER_IS_BETTER.contains(metric);
    }

    /** How much worse {@code value} is than {@code baseline}: positive = worse, negative = better. */
    public static double drop(String metric, double value, double baseline) {
        return lowerIsBetter(metric) ? value - baseline : baseline - value;
    }
}
