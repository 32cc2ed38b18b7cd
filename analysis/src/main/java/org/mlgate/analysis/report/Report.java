package org.mlgate.analysis.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.baseline.BaselineSection;
import org.mlgate.analysis.baseline.StoredRows;
import org.mlgate.analysis.data.DataInfo;
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
 */
public record Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                     Map<String, Double> metrics, Map<String, ClassMetrics> classes,
                     ConfusionMatrix confusionMatrix, Map<String, Interval> intervals, Curves curves,
                     Map<String, Object> errors, List<CheckResult> checks, List<RuleResult> rules,
                     List<String> notes, String verdict, List<SliceResult> slices, BaselineSection baseline,
                     StoredRows rows, @JsonInclude(JsonInclude.Include.NON_NULL) ProjectInfo project,
                     @JsonInclude(JsonInclude.Include.NON_NULL) TaskDetails taskDetails) {

    public static final int SCHEMA_VERSION = 1;

    /** A report of no particular project (the pipeline makes it; the plugin names the project). */
    public Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                  Map<String, Double> metrics, Map<String, ClassMetrics> classes, ConfusionMatrix confusionMatrix,
                  Map<String, Interval> intervals, Curves curves, Map<String, Object> errors,
                  List<CheckResult> checks, List<RuleResult> rules, List<String> notes, String verdict,
                  List<SliceResult> slices, BaselineSection baseline, StoredRows rows) {
        this(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix, intervals, curves,
                errors, checks, rules, notes, verdict, slices, baseline, rows, null, null);
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
                rows, project, taskDetails);
    }

    /** This report as the evaluation of {@code newProject}. */
    public Report withProject(ProjectInfo newProject) {
        return new Report(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix,
                intervals, curves, errors, checks, rules, notes, verdict, slices, baseline, rows, newProject,
                taskDetails);
    }

    /** This report with the details of a multi-label, clustering or anomaly-detection evaluation. */
    public Report withTaskDetails(TaskDetails details) {
        return new Report(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix,
                intervals, curves, errors, checks, rules, notes, verdict, slices, baseline, rows, project, details);
    }

    public boolean passed() {
        return "pass".equals(verdict);
    }
}
