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
 * <p>Checks and rules (thresholds are constants in the classes named):
 * <ul>
 * <li>{@code leakage.same-data-as-training}: validation SHA-256 = the training file's in the provenance (fail);
 *     with a recorded {@code TrainTestSplitter} split: warn with the split, or with training rows a pass when no
 *     validation row is in the part the model saw (reproduced from seed, proportion and row count), else fail.</li>
 * <li>{@code leakage.train-validation-overlap}: validation rows equal to a training row (features and label,
 *     numbers compared by value, the id column ignored): fail; features equal with another label only: warn.</li>
 * <li>{@code leakage.target-proxy}: one column alone predicts the label: max(AUC, 1-AUC) for a numeric column and
 *     a binary label, I(X;Y)/H(Y) otherwise (10 equal-frequency bins), |r| in regression, >= 0.98 on a sample
 *     of 10,000 rows.</li>
 * <li>{@code leakage.identifier-column}: a column unique per row (whole numbers or text) or of whole numbers monotonic
 *     with the row order, that the model uses (fail) or that goes with the label (warn).</li>
 * <li>{@code leakage.group-overlap}, {@code leakage.time-order}: with a group or time column and training rows.</li>
 * <li>{@code data.duplicate-rows}: rows repeating an earlier one, count and lines.</li>
 * <li>{@code imbalance.class-ratio} (a class under 10%), {@code imbalance.majority-baseline} (the model must beat
 *     always-the-majority by max(0.02, 2 standard errors)), {@code imbalance.label-shift} (PSI over the classes:
 *     0.1 warn, 0.25 fail): classification only.</li>
 * <li>{@code data.unknown-labels}, {@code data.missing-classes}: classification with a model.</li>
 * <li>{@code data.feature-mismatch}, {@code data.out-of-domain} (a feature with 1% or more of its values outside
 *     the training range): with a model.</li>
 * </ul>
 * Regression skips the class checks (not reported), measures target proxies by correlation, and looks only for
 * exact train/validation overlap.
 */
package org.mlgate.analysis.checks;
