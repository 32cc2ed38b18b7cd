package org.mlgate.analysis.report;

import java.util.List;
import java.util.Map;
import org.mlgate.analysis.baseline.BaselineSection;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.ConfusionMatrix;
import org.mlgate.analysis.metrics.Curves;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.model.ModelInfo;

/**
 * The whole result of one evaluation, as one immutable tree. Serialised as it is to report.json (schema version
 * 1, GUIDE section 2); the other writers read the same tree. Component order is the JSON key order.
 *
 * @param task            "classification" or "regression"
 * @param positiveLabel   the positive label of a binary task, else null
 * @param errors          error analysis: confusionPairs, confidentMistakes, largestResiduals, weakSlices
 * @param verdict         "pass" or "fail"
 * @param baseline        the comparison with a baseline (champion) model, and/or this run's stored rows; null when
 *                        neither was asked for
 */
public record Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                     Map<String, Double> metrics, Map<String, ClassMetrics> classes,
                     ConfusionMatrix confusionMatrix, Map<String, Interval> intervals, Curves curves,
                     Map<String, Object> errors, List<CheckResult> checks, List<RuleResult> rules,
                     List<String> notes, String verdict, BaselineSection baseline) {

    public static final int SCHEMA_VERSION = 1;

    /** A report without a baseline section: what every evaluation without a baseline produces. */
    public Report(int schemaVersion, String task, ModelInfo model, DataInfo data, String positiveLabel,
                  Map<String, Double> metrics, Map<String, ClassMetrics> classes, ConfusionMatrix confusionMatrix,
                  Map<String, Interval> intervals, Curves curves, Map<String, Object> errors,
                  List<CheckResult> checks, List<RuleResult> rules, List<String> notes, String verdict) {
        this(schemaVersion, task, model, data, positiveLabel, metrics, classes, confusionMatrix, intervals, curves,
                errors, checks, rules, notes, verdict, null);
    }

    public boolean passed() {
        return "pass".equals(verdict);
    }
}
