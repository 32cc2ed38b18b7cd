package org.mlgate.analysis.metrics;

/**
 * One equal-width reliability bin [lower, upper) of predicted probabilities: how many rows fell in it, their mean
 * predicted probability and the observed fraction of positives (null when the bin is empty).
 */
public record CalibrationBin(double lower, double upper, long count, Double meanPredicted, Double fractionPositive) {
}
