package org.mlgate.analysis.metrics;

import java.util.List;

/**
 * Curves for the report, at most 200 points each (the metrics themselves are exact). Binary tasks: of the
 * positive class. Multi-class: {@code roc} and {@code precisionRecall} are empty and {@code calibration} is of the
 * predicted class's probability (top-label calibration). Empty lists when there are no probabilities.
 */
public record Curves(List<CurvePoint> roc, List<CurvePoint> precisionRecall, List<CalibrationBin> calibration) {
    public static Curves none() {
        return new Curves(List.of(), List.of(), List.of());
    }
}
