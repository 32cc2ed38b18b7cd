package org.mlgate.analysis.metrics;

import java.util.Set;

/**
 * Which way a metric improves: the error metrics (and the generalization gap) are better when lower, every other
 * metric of report.json when higher. The one list that the gate, the baseline comparison and the diagnostics read.
 */
public final class MetricDirection {
    private static final Set<String> LOWER_IS_BETTER = Set.of("logLoss", "brier", "expectedCalibrationError",
            "hammingLoss", "errorRate", "mse", "rmse", "mae", "medianAbsoluteError", "maxError", "mape",
            "generalizationGap");

    private MetricDirection() {
    }

    public static boolean lowerIsBetter(String metric) {
        return LOWER_IS_BETTER.contains(metric);
    }

    /** How much worse {@code value} is than {@code reference}: positive = worse, negative = better. */
    public static double drop(String metric, double value, double reference) {
        return lowerIsBetter(metric) ? value - reference : reference - value;
    }
}
