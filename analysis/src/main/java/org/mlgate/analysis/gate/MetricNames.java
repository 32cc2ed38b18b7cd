package org.mlgate.analysis.gate;

import java.util.List;
import org.mlgate.analysis.Task;

/** The metric names a limit may use, per element (GUIDE section 2); a typo in the POM is caught against these. */
final class MetricNames {
    static final List<String> CLASSIFICATION = List.of("accuracy", "balancedAccuracy", "errorRate", "precision",
            "recall", "f1", "macroPrecision", "macroRecall", "macroF1", "microPrecision", "microRecall", "microF1",
            "weightedPrecision", "weightedRecall", "weightedF1", "mcc", "cohenKappa", "aucRoc", "aucRocWeighted",
            "aucRocOvo", "averagePrecision", "logLoss", "brier", "expectedCalibrationError", "generalizationGap");
    static final List<String> REGRESSION = List.of("mse", "rmse", "mae", "r2", "medianAbsoluteError", "maxError",
            "mape", "explainedVariance", "generalizationGap");
    static final List<String> MULTILABEL = List.of("subsetAccuracy", "hammingLoss", "microPrecision", "microRecall",
            "microF1", "macroPrecision", "macroRecall", "macroF1", "samplesPrecision", "samplesRecall", "samplesF1",
            "jaccardSamples", "jaccardMicro", "jaccardMacro", "labelRankingAveragePrecision", "aucRoc",
            "averagePrecision");
    static final List<String> CLUSTERING = List.of("adjustedRandIndex", "normalizedMutualInfo", "adjustedMutualInfo",
            "homogeneity", "completeness", "vMeasure");
    static final List<String> ANOMALY = List.of("precision", "recall", "f1", "aucRoc", "averagePrecision",
            "precisionAtK");
    static final List<String> CLASS = List.of("support", "precision", "recall", "f1", "aucRoc", "averagePrecision");

    private MetricNames() {
    }

    /** The MODEL metrics of a task. */
    static List<String> of(Task task) {
        return switch (task) {
            case CLASSIFICATION -> CLASSIFICATION;
            case REGRESSION -> REGRESSION;
            case MULTILABEL -> MULTILABEL;
            case CLUSTERING -> CLUSTERING;
            case ANOMALY -> ANOMALY;
        };
    }

    /** The per-class metrics of a task (per label for multi-label); none for regression and clustering. */
    static List<String> ofClasses(Task task) {
        return task == Task.REGRESSION || task == Task.CLUSTERING ? List.of() : CLASS;
    }

    /** Whether SLICE rules can gate the task: slices carry classification and regression metrics only. */
    static boolean sliced(Task task) {
        return task == Task.CLASSIFICATION || task == Task.REGRESSION;
    }

    /** The task in words, as a kind of model: "classification", "anomaly detection". */
    static String words(Task task) {
        return switch (task) {
            case MULTILABEL -> "multi-label classification";
            case ANOMALY -> "anomaly detection";
            default -> task.jsonName();
        };
    }

    /** "a classification model", "an anomaly-detection model". */
    static String model(Task task) {
        return switch (task) {
            case MULTILABEL -> "a multi-label model";
            case ANOMALY -> "an anomaly-detection model";
            default -> "a " + task.jsonName() + " model";
        };
    }

    /** Another task that has this MODEL metric, or null. */
    static Task otherTaskOf(String metric, Task task) {
        for (Task other : Task.values()) {
            if (other != task && of(other).contains(metric)) {
                return other;
            }
        }
        return null;
    }
}
