package org.mlgate.analysis.metrics;

/**
 * One class's metrics, one-vs-rest. A null value is undefined here (no probabilities, or the class is absent);
 * the report's notes say why.
 */
public record ClassMetrics(long support, Double precision, Double recall, Double f1, Double aucRoc,
                           Double averagePrecision) {
}
