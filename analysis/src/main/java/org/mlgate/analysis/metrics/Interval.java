package org.mlgate.analysis.metrics;

/** A confidence interval of a metric: {@code level} is the coverage, for instance 0.95. */
public record Interval(double lower, double upper, double level) {
}
