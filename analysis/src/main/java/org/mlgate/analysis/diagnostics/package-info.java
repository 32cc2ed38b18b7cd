/**
 * Diagnostics (issue 12, "Diagnose, not just measure"): what the metrics alone do not say. Consumers of the one row
 * pass and result records, like {@code errors}: no logic in the report or the plugin.
 *
 * <h2>Consumers of the row pass</h2>
 * {@link org.mlgate.analysis.diagnostics.RowDiagnostics} holds a {@link org.mlgate.analysis.diagnostics.RowSample}
 * (the rows whose hashed position is smallest, bounded by cells) and the
 * {@link org.mlgate.analysis.diagnostics.FoldMetrics} (one metric accumulator per cross-validation fold). Both fork
 * and merge exactly, so the report is the same on any number of threads ({@code DiagnosticsPassTest}). The training
 * rows of the fit diagnosis go through the same row pass with a metric accumulator of their own.
 *
 * <h2>Importance</h2>
 * <ul>
 *   <li>Model mode: {@link org.mlgate.analysis.diagnostics.PermutationImportance} for every metric a MODEL rule gates
 *       (else accuracy, or RMSE), on at most {@code importanceRows} sampled rows (fewer for wide tables, within a
 *       fixed work budget), {@code importanceRepeats} shuffles per column, the columns on every core. Interval: a
 *       Poisson bootstrap of the sampled rows, each replicate with one shuffle, normal at the report's level. A
 *       column whose shuffle changes no prediction is exactly 0, {@code used = false}. Measured
 *       ({@code ImportanceNullCalibrationTest}): a noise column's interval excluded 0 in 0 of 40 data sets.</li>
 *   <li>Predictions mode: {@link org.mlgate.analysis.diagnostics.ErrorAssociation}, the share of the per-row error's
 *       variance each column's values or quintile bins explain, adjusted for the number of groups (epsilon
 *       squared); percentile bootstrap interval. A noise column's interval lay above 0 for 2 of 80 columns.</li>
 *   <li>The model's own importances (Tribuo's {@code getTopFeatures}) beside them, and the ranks against the baseline
 *       report's ({@link org.mlgate.analysis.diagnostics.ImportanceComparison}).</li>
 * </ul>
 *
 * <h2>Bias and variance: the decision rule of {@code diagnostics.fit}</h2>
 * See {@link org.mlgate.analysis.diagnostics.FitDiagnosis}. With {@code E} the error rate (RMSE for regression),
 * {@code T} the target error (0 without {@code targetError}), {@code E0} the trivial model's error on the training
 * rows and {@code R = E0 - T}: <b>high variance</b> when the gap's MOVER interval lies above 0 and the gap is at
 * least {@code 0.10 R}; <b>high bias</b> with a target when the training error's interval lies above {@code T} and
 * {@code E_training - T >= 0.10 R}, without one when {@code E_training >= 0.90 E0}. Designed false-alarm rate of the
 * variance call under no overfitting: at most (1 - level) / 2, 2.5% at 95%, before the size condition. Measured by
 * the calibration suite ({@code CalibrationTest#theFitDiagnosisFlagsNoCleanModel}) on the ten datasets' clean random
 * splits: 0 of 79 predictions-mode runs (training rows with out-of-fold predictions: the null) and 0 of 30 model-mode
 * runs (a logistic regression scoring its own training rows) flagged falsely; the gap's interval alone lay above 0
 * in 2 of 79 null runs (2.5%). The five flags on TIC are true of its predictions: its model does not beat the
 * majority class even on its training rows.
 *
 * <h2>Folds</h2>
 * {@link org.mlgate.analysis.diagnostics.Folds}: per fold every metric of the task; per metric the mean, the sample
 * standard deviation, Student's t interval with k - 1 degrees of freedom (too narrow when folds share training rows,
 * as they do: Bengio and Grandvalet 2004), and the worst fold. The gate reads them for {@code foldMean},
 * {@code worstFold} and {@code foldSpread}.
 *
 * <h2>Detectable difference</h2>
 * {@link org.mlgate.analysis.diagnostics.DetectableDifference}: the interval's half-width on the limit's side, and
 * about {@code rows x ((halfWidth / |estimate - limit|)^2 - 1)} more rows to decide a limit inside it;
 * {@link org.mlgate.analysis.diagnostics.Inconclusive} says what such a limit does to the verdict.
 */
package org.mlgate.analysis.diagnostics;
