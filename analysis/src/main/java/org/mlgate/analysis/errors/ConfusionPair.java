package org.mlgate.analysis.errors;

import java.util.List;

/**
 * One off-diagonal cell of the confusion matrix.
 *
 * @param shareOfErrors  count divided by all wrong predictions
 * @param meanConfidence mean probability the model gave the predicted class; null without probabilities
 * @param examples       up to {@code examplesPerPair} rows, earliest first: line numbers (Long) or id values (String)
 */
public record ConfusionPair(String actual, String predicted, long count, double shareOfErrors, Double meanConfidence,
                            List<Object> examples) {
}
