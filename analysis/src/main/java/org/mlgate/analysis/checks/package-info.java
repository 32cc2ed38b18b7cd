/**
 * Data checks: leakage between training and validation data, class imbalance, and the integrity of the
 * validation data against what the model knows. Each check is a {@link org.mlgate.analysis.report.CheckResult}
 * (pass, warn or fail) in report.json's {@code checks}.
 *
 * <p>Inputs: the validation rows, one pass ({@link org.mlgate.analysis.checks.DataChecks#add}); what the model
 * remembers of training ({@link org.mlgate.analysis.checks.TrainingFacts}); optionally the training rows, one
 * pass at the end ({@link org.mlgate.analysis.checks.TrainingRows}); options and severities
 * ({@link org.mlgate.analysis.checks.ChecksOptions}).
 *
 * <p>Each check first judges its finding at a level of its own (warn or fail); the configured severity of its id
 * or family then caps that level, and {@code off} drops the check. Defaults: leakage fail, imbalance and data warn.
 *
 * <p>Every check's verdict is a claim, so each decision rule is a test with a known false-alarm rate, not a raw score
 * against a cut: it compares what was seen with what chance (a random split, a sample of this size) would give, and
 * its message says what chance predicts. The rates measured on real data are in the README ("How far the checks can
 * be trusted"); the calibration suite ({@code org.mlgate.analysis.calibration}, test code) re-measures them in every
 * build.
 *
 * <p>Checks and rules (thresholds are constants in the classes named):
 * <ul>
 * <li>{@code leakage.same-data-as-training}: validation SHA-256 = the training file's in the provenance (fail);
 *     with a recorded {@code TrainTestSplitter} split: warn with the split, or with training rows a pass when no
 *     validation row is in the part the model saw (reproduced from seed, proportion and row count), else fail.</li>
 * <li>{@code leakage.train-validation-overlap} ({@link org.mlgate.analysis.checks.ChanceOverlap}): validation rows
 *     equal to a training row (features and label, numbers compared by value, the id column ignored) against what a
 *     random split of rows repeated as often gives: fail when p &lt; 0.001 and the overlap is at least 1.5 times
 *     chance, warn when p &lt; 0.01. Rows whose features occur in training with another label are label noise:
 *     counted, not judged.</li>
 * <li>{@code leakage.target-proxy} ({@link org.mlgate.analysis.checks.SingleColumnRule}): one column alone predicts
 *     the label, by the leave-one-out error of "the majority label of the row's neighbours in this column": the share
 *     of the majority class's errors it removes (any number of classes), or of the target's variance it explains
 *     (regression). Near-perfect is 0.95 (0.99 in regression) on the sample of up to 10,000 rows: fail when the 95%
 *     lower bound also clears 0.90 (0.98), else warn; a proxy the model does not use is at most a warning.</li>
 * <li>{@code leakage.identifier-column}: a column of whole numbers that strictly rise or fall with the row order, of
 *     distinct text, or of distinct whole numbers named like an id, that the model uses (fail) or whose order goes
 *     with the label by a rank test at p &lt; 0.001 over the identifier-like columns (Kruskal-Wallis, or Spearman in
 *     regression; warn).</li>
 * <li>{@code leakage.group-overlap}, {@code leakage.time-order}: with a group or time column and training rows; a
 *     shared group or an older validation row is a fact, so any is a fail.</li>
 * <li>{@code data.duplicate-rows}: rows repeating an earlier one, count and lines (warn: they weigh double).</li>
 * <li>{@code imbalance.class-ratio} (a class with under {@code minorityRatio}, default 0.10, of the majority class's
 *     rows), {@code imbalance.majority-baseline} (the model must beat always-the-majority by max(0.02, 2 standard
 *     errors)), {@code imbalance.label-shift} (against the model's training counts, else the training file's: a
 *     material shift, PSI 0.1 or a class whose share doubled or halved by a point, that Fisher's exact test per class
 *     (Bonferroni over the classes) puts at p &lt; 0.01 is warn-level; PSI 0.25 at p &lt; 0.001 fail-level):
 *     classification only. The family's default severity is warn, so a fail-level finding is reported as a warning
 *     unless the severity is raised to fail.</li>
 * <li>{@code data.unknown-labels}, {@code data.missing-classes}: classification, against the model's training counts
 *     or the training file's labels.</li>
 * <li>{@code data.feature-mismatch}, {@code data.out-of-domain} (a feature with 1% or more of its values outside the
 *     training range and more than a random split gives, about 2 in n + 1 for n training values: binomial test,
 *     p &lt; 0.001 over the features): with a model.</li>
 * </ul>
 * Regression skips the class checks (not reported) and looks only for exact train/validation overlap.
 */
package org.mlgate.analysis.checks;
