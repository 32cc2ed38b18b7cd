package org.mlgate.analysis.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.baseline.BaselineSection;
import org.mlgate.analysis.baseline.StoredRows;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.diagnostics.Fit;
import org.mlgate.analysis.diagnostics.Folds;
import org.mlgate.analysis.diagnostics.Importance;
import org.mlgate.analysis.errors.SliceResult;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.ConfusionMatrix;
import org.mlgate.analysis.metrics.Curves;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.metrics.TaskDetails;
import org.mlgate.analysis.model.ModelInfo;

/**
 * The whole result of one evaluation, as one immutable tree. Serialised as it is to report.json (schema version
 * 1, GUIDE section 2); the other writers read the same tree. Component order is the JSON key order; components
 * added after the first release go last, so that earlier keys keep their place.
 *
 * @param task            "classification", "regression", "multilabel", "clustering" or "anomaly"
 * @param positiveLabel   the positive label of a binary task, else null
 * @param errors          error analysis: confusionPairs, confidentMistakes, largestResiduals, weakSlices
 * @param verdict         "pass" or "fail"
 * @param slices          metrics per value or bin of the configured slice columns, and the discovered weak slices,
 *                        as SLICE rules read them
 * @param baseline        the comparison with a baseline (champion) model; null when none was asked for
 * @param rows            each validation row's outcome, for later paired comparisons against this report
 *                        ({@code storeRows}); null when off
 * @param project         the build project that ran the evaluation (Maven coordinates); absent when the caller gave
 *                        none
 * @param taskDetails     multi-label, clustering and anomaly detection: the label sets, the contingency table or the
 *                        k of precisionAtK; absent for the other tasks
 * @param importance      feature importance (model mode) or the columns' association with errors (predictions mode);
 *                        absent when off
 * @param fit             training against validation rows: bias and variance; absent without training rows
 * @param folds           per-fold metrics of cross-validated predictions; absent without a fold column
 * @param whyFailed       for a failed gate, which classes and slices the violated rules' shortfalls come from;
 *                        absent when no rule failed
 */
public record Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                     Map<String, Double> metrics, Map<String, ClassMetrics> classes,
                     ConfusionMatrix confusionMatrix, Map<String, Interval> intervals, Curves curves,
                     Map<String, Object> errors, List<CheckResult> checks, List<RuleResult> rules,
                     List<String> notes, String verdict, List<SliceResult> slices, BaselineSection baseline,
                     StoredRows rows, @JsonInclude(JsonInclude.Include.NON_NULL) ProjectInfo project,
                     @JsonInclude(JsonInclude.Include.NON_NULL) TaskDetails taskDetails,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Importance importance,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Fit fit,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Folds folds,
                     @JsonInclude(JsonInclude.Include.NON_NULL) WhyFailed whyFailed) {

    public static final int SCHEMA_VERSION = 1;

    /** A report without the diagnostics of issue 12. */
    public Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                  Map<String, Double> metrics, Map<String, ClassMetrics> classes, ConfusionMatrix confusionMatrix,
                  Map<String, Interval> intervals, Curves curves, Map<String, Object> errors,
                  List<CheckResult> checks, List<RuleResult> rules, List<String> notes, String verdict,
                  List<SliceResult> slices, BaselineSection baseline, StoredRows rows, ProjectInfo project) {
        this(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix, intervals, curves,
                errors, checks, rules, notes, verdict, slices, baseline, rows, project, null, null, null, null, null);
    }

    /** A report of no particular project (the pipeline makes it; the plugin names the project). */
    public Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                  Map<String, Double> metrics, Map<String, ClassMetrics> classes, ConfusionMatrix confusionMatrix,
                  Map<String, Interval> intervals, Curves curves, Map<String, Object> errors,
                  List<CheckResult> checks, List<RuleResult> rules, List<String> notes, String verdict,
                  List<SliceResult> slices, BaselineSection baseline, StoredRows rows) {
        this(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix, intervals, curves,
                errors, checks, rules, notes, verdict, slices, baseline, rows, (ProjectInfo) null);
    }

    /** A report without slices and without a baseline section. */
    public Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                  Map<String, Double> metrics, Map<String, ClassMetrics> classes, ConfusionMatrix confusionMatrix,
                  Map<String, Interval> intervals, Curves curves, Map<String, Object> errors,
                  List<CheckResult> checks, List<RuleResult> rules, List<String> notes, String verdict) {
        this(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix, intervals, curves,
                errors, checks, rules, notes, verdict, List.of(), null, null);
    }

    /** A report without a baseline section. */
    public Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                  Map<String, Double> metrics, Map<String, ClassMetrics> classes, ConfusionMatrix confusionMatrix,
                  Map<String, Interval> intervals, Curves curves, Map<String, Object> errors,
                  List<CheckResult> checks, List<RuleResult> rules, List<String> notes, String verdict,
                  List<SliceResult> slices) {
        this(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix, intervals, curves,
                errors, checks, rules, notes, verdict, slices, null, null);
    }

    /** A report without stored rows. */
    public Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                  Map<String, Double> metrics, Map<String, ClassMetrics> classes, ConfusionMatrix confusionMatrix,
                  Map<String, Interval> intervals, Curves curves, Map<String, Object> errors,
                  List<CheckResult> checks, List<RuleResult> rules, List<String> notes, String verdict,
                  List<SliceResult> slices, BaselineSection baseline) {
        this(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix, intervals, curves,
                errors, checks, rules, notes, verdict, slices, baseline, null);
    }

    /** This report with the gate's results and the verdict they give. */
    public Report judged(List<RuleResult> ruleResults, String newVerdict) {
        return new Report(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix,
                intervals, curves, errors, checks, List.copyOf(ruleResults), notes, newVerdict, slices, baseline,
                rows, project, taskDetails, importance, fit, folds, whyFailed);
    }

    /** This report as the evaluation of {@code newProject}. */
    public Report withProject(ProjectInfo newProject) {
        return new Report(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix,
                intervals, curves, errors, checks, rules, notes, verdict, slices, baseline, rows, newProject,
                taskDetails, importance, fit, folds, whyFailed);
    }

    /** This report with the details of a multi-label, clustering or anomaly-detection evaluation. */
    public Report withTaskDetails(TaskDetails details) {
        return new Report(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix,
                intervals, curves, errors, checks, rules, notes, verdict, slices, baseline, rows, project, details,
                importance, fit, folds, whyFailed);
    }

    /** This report with the diagnostics of issue 12 (any of them null when not computed). */
    public Report withDiagnostics(Importance newImportance, Fit newFit, Folds newFolds) {
        return new Report(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix,
                intervals, curves, errors, checks, rules, notes, verdict, slices, baseline, rows, project,
                taskDetails, newImportance, newFit, newFolds, whyFailed);
    }

    /** This report with the explanation of its failed rules. */
    public Report withWhyFailed(WhyFailed explanation) {
        return new Report(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix,
                intervals, curves, errors, checks, rules, notes, verdict, slices, baseline, rows, project,
                taskDetails, importance, fit, folds, explanation);
    }

    public boolean passed() {
        return "pass".equals(verdict);
    }
}
