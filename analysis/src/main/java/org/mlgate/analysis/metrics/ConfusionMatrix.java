package org.mlgate.analysis.metrics;

import java.util.List;

/** Counts of actual (rows) against predicted (columns) labels, both in the order of {@code labels}. */
public record ConfusionMatrix(List<String> labels, long[][] counts) {
}
