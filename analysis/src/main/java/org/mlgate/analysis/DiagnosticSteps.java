package org.mlgate.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlgate.analysis.checks.Severity;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.diagnostics.Fit;
import org.mlgate.analysis.diagnostics.FitDiagnosis;
import org.mlgate.analysis.diagnostics.Folds;
import org.mlgate.analysis.diagnostics.Importance;
import org.mlgate.analysis.diagnostics.ImportanceComparison;
import org.mlgate.analysis.diagnostics.Importances;
import org.mlgate.analysis.diagnostics.RowDiagnostics;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.report.CheckResult;

/**
 * The diagnostics of issue 12 once the validation rows are counted: the folds' metrics, the training rows' pass and
 * the fit diagnosis (with its check and the {@code generalizationGap} metric), and the importance. Everything here
 * is computed by the {@code diagnostics} package; this class only runs the steps in order and puts the results where
 * the report and the gate read them.
 *
 * @param importance  null when off
 * @param fit         null without training rows
 * @param folds       null without a fold column
 * @param metrics     the validation metrics, with {@code generalizationGap} when there is a fit
 * @param intervals   the validation intervals, likewise
 * @param check       the {@code diagnostics.fit} check; null without a fit, or when the check is off
 */
record DiagnosticSteps(Importance importance, Fit fit, Folds folds, Map<String, Double> metrics,
                       Map<String, Interval> intervals, CheckResult check) {

    static final String FIT_CHECK = "diagnostics.fit";

    static DiagnosticSteps run(EvaluationRequest request, ScoredRowSource source, RowDiagnostics rows,
                               MetricResult validation, Importance baselineImportance, int chunkBytes) {
        if (!TaskAnalyses.of(source.task()).diagnosed()) {
            return new DiagnosticSteps(null, null, null, validation.metrics(), validation.intervals(), null);
        }
        MetricOptions options = request.metricOptions().withPositiveLabel(validation.positiveLabel());
        Folds folds = rows.folds() == null ? null : rows.folds().result(validation, options);
        TrainingPass training = TrainingPass.run(request, source, options, chunkBytes);
        Map<String, Double> metrics = new LinkedHashMap<>(validation.metrics());
        Map<String, Interval> intervals = new LinkedHashMap<>(validation.intervals());
        Fit fit = null;
        CheckResult check = null;
        if (training != null) {
            fit = FitDiagnosis.of(source.task(), training.data(), training.metrics(), training.rows(), validation,
                    source.dataInfo().rows(), request.diagnostics().targetError(), options.confidenceLevel());
            if (training.skipped() > 0) {
                fit = fit.withNote(training.skipped() + (training.skipped() == 1 ? " training row" : " training rows")
                        + " of " + training.data() + " could not be scored and " + (training.skipped() == 1 ? "was"
                        : "were") + " left out of the fit diagnosis.");
            }
            metrics.put("generalizationGap", fit.gap());
            if (fit.gapInterval() != null) {
                intervals.put("generalizationGap", fit.gapInterval());
            }
            check = check(fit, request.checks().severityOf(FIT_CHECK));
        }
        Importance importance = null;
        if (request.diagnostics().importance()) {
            importance = Importances.compute(source, rows.sample(), gatedMetrics(request.rules(), validation),
                    options, request.diagnostics(), request.threadCount());
            if (importance != null && request.baseline().report() != null) {
                importance = ImportanceComparison.withBaseline(importance, baselineImportance,
                        request.baseline().report().toString());
            }
        }
        return new DiagnosticSteps(importance, fit, folds, metrics, intervals, check);
    }

    /** The metrics MODEL rules gate (those of the task), else the headline metric: accuracy, or RMSE. */
    static List<String> gatedMetrics(List<Rule> rules, MetricResult validation) {
        List<String> gated = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.getElement() != Element.MODEL) {
                continue;
            }
            for (Limit limit : rule.getLimits()) {
                String metric = limit.getMetric();
                if (validation.metrics().containsKey(metric) && !gated.contains(metric)) {
                    gated.add(metric);
                }
            }
        }
        if (gated.isEmpty()) {
            gated.add(validation.metrics().containsKey("accuracy") ? "accuracy" : "rmse");
        }
        return List.copyOf(gated);
    }

    /** The check: warns (or fails, as configured) on high bias or high variance; passes otherwise. */
    private static CheckResult check(Fit fit, Severity severity) {
        if (severity == Severity.OFF) {
            return null;
        }
        String status = fit.flagged() ? severity.name().toLowerCase(Locale.ROOT) : "pass";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("diagnosis", fit.diagnosis());
        details.put("metric", fit.metric());
        putIfPresent(details, "trainingError", fit.trainingError());
        putIfPresent(details, "validationError", fit.validationError());
        putIfPresent(details, "gap", fit.gap());
        if (fit.gapInterval() != null) {
            details.put("gapLower", fit.gapInterval().lower());
            details.put("gapUpper", fit.gapInterval().upper());
        }
        putIfPresent(details, "targetError", fit.targetError());
        putIfPresent(details, "trivialError", fit.trivialError());
        putIfPresent(details, "biasShare", fit.biasShare());
        putIfPresent(details, "varianceShare", fit.varianceShare());
        details.put("trainingRows", fit.trainingRows());
        return new CheckResult(FIT_CHECK, status, fit.message(), details);
    }

    private static void putIfPresent(Map<String, Object> details, String key, Double value) {
        if (value != null) {
            details.put(key, value);
        }
    }
}
