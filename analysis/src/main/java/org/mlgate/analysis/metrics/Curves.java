package org.mlgate.analysis.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Curves for the report's charts, at most 200 points each (the metrics themselves are exact). Binary tasks: of the
 * positive class. Multi-class: {@code roc} and {@code precisionRecall} are empty, {@code calibration} is of the
 * predicted class's probability (top-label calibration) and {@code perClass} holds each class's one-vs-rest curves.
 * Empty lists when there are no probabilities.
 *
 * @param perClass         multi-class: each class's one-vs-rest ROC and precision-recall curves (at most
 *                         {@link ClassCurves#POINTS} points each, for at most {@link ClassCurves#MAX_CLASSES} classes:
 *                         those with the most rows), by label; empty otherwise
 * @param regressionSample regression: a deterministic sample of (actual, predicted) pairs for the scatter charts;
 *                         null otherwise
 */
public record Curves(List<CurvePoint> roc, List<CurvePoint> precisionRecall, List<CalibrationBin> calibration,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, ClassCurves> perClass,
                     @JsonInclude(JsonInclude.Include.NON_NULL) PredictionSample.Sample regressionSample) {

    public Curves {
        perClass = perClass == null ? Map.of() : perClass;
    }

    public Curves(List<CurvePoint> roc, List<CurvePoint> precisionRecall, List<CalibrationBin> calibration) {
        this(roc, precisionRecall, calibration, Map.of(), null);
    }

    public static Curves none() {
        return new Curves(List.of(), List.of(), List.of());
    }

    /** These curves with the regression sample (null: none, as for classification). */
    public Curves withRegressionSample(PredictionSample.Sample sample) {
        return new Curves(roc, precisionRecall, calibration, perClass, sample);
    }

    /** One class's one-vs-rest curves. */
    public record ClassCurves(List<CurvePoint> roc, List<CurvePoint> precisionRecall) {
        /** Enough for a small chart; report.json stays small at 26 classes and more. */
        public static final int POINTS = 60;
        /** Past this many classes, the curves of the largest ones are kept (a note says so). */
        public static final int MAX_CLASSES = 100;
    }
}
