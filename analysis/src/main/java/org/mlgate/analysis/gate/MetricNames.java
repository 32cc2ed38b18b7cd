package org.mlgate.analysis.gate;

import java.util.List;

/** The metric names a limit may use, per element (GUIDE section 2); a typo in the POM is caught against these. */
final class MetricNames {
    static final List<String> CLASSIFICATION = List.of("accuracy", "balancedAccuracy", "errorRate", "precision",
            "recall", "f1", "macroPrecision", "macroRecall", "macroF1", "microPrecision", "microRecall", "microF1",
            "weightedPrecision", "weightedRecall", "weightedF1", "mcc", "cohenKappa", "aucRoc", "aucRocWeighted",
            "aucRocOvo", "averagePrecision", "logLoss", "brier", "expectedCalibrationError", "generalizationGap");
    static final List<String> REGRESSION = List.of("mse", "rmse", "mae", "r2", "medianAbsoluteError", "maxError",
            "mape", "explainedVariance", "generalizationGap");
    static final List<String> CLASS = List.of("support", "precision", "recall", "f1", "aucRoc", "averagePrecision");

    private MetricNames() {
    }
}
