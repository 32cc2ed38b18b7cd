package org.mlgate.analysis.data;

/**
 * One validation row with its prediction: what every accumulator and analysis consumes, whichever way the
 * prediction was made (a model applied to a data file, or a predictions file).
 *
 * <p>Classification rows use {@code actualLabel}, {@code predictedLabel} and {@code probabilities} (aligned with
 * {@link ScoredRowSource#probabilityLabels()}, null when there are none); the two doubles are NaN. Regression rows
 * use {@code actualValue} and {@code predictedValue}; the label fields are null.
 *
 * @param index  0-based position among the data rows of the file, skipped bad rows included: the key of the
 *               bootstrap and of the row samples, known to whichever thread scores the row
 * @param line   1-based line number in the data file (the header is line 1), for messages and examples
 * @param cells  the raw cells of the feature columns, aligned with {@link ScoredRowSource#featureColumns()}
 */
public record ScoredRow(long index, long line, String[] cells, String actualLabel, String predictedLabel,
                        double[] probabilities, double actualValue, double predictedValue) {
}
