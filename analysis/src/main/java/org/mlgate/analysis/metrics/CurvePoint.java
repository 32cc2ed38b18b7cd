package org.mlgate.analysis.metrics;

/**
 * One point of a ROC curve (x = false positive rate, y = true positive rate) or of a precision-recall curve
 * (x = recall, y = precision), with the score threshold at which it is reached.
 */
public record CurvePoint(double x, double y, double threshold) {
}
