package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mlgate.analysis.metrics.Interval;

/**
 * A metric shown up front (an HTML card, a row of the Markdown table), with what a reader needs beside the number:
 * its interval and the notes that mention it, which say why it is undefined when it is.
 *
 * @param name     the metric name of report.json and of POM rules, such as {@code balancedAccuracy}
 * @param label    the name for people, such as {@code Balanced accuracy}
 * @param value    null when undefined
 * @param interval null when none was computed
 * @param notes    the report notes that name this metric
 */
public record HeadlineMetric(String name, String label, Double value, Interval interval, List<String> notes) {

    private static final List<String> BINARY = List.of("accuracy", "balancedAccuracy", "precision", "recall", "f1",
            "aucRoc", "averagePrecision", "logLoss", "brier");
    private static final List<String> MULTI_CLASS = List.of("accuracy", "balancedAccuracy", "macroF1", "weightedF1",
            "aucRoc", "averagePrecision", "logLoss", "brier");
    private static final List<String> REGRESSION = List.of("rmse", "mae", "r2", "medianAbsoluteError", "maxError",
            "mape");
    private static final List<String> MULTILABEL = List.of("subsetAccuracy", "hammingLoss", "microF1", "macroF1",
            "samplesF1", "jaccardSamples", "labelRankingAveragePrecision", "aucRoc");
    private static final List<String> CLUSTERING = List.of("adjustedRandIndex", "normalizedMutualInfo",
            "adjustedMutualInfo", "homogeneity", "completeness", "vMeasure");
    private static final List<String> ANOMALY = List.of("precision", "recall", "f1", "aucRoc", "averagePrecision",
            "precisionAtK");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("accuracy", "Accuracy"), Map.entry("balancedAccuracy", "Balanced accuracy"),
            Map.entry("errorRate", "Error rate"), Map.entry("precision", "Precision"), Map.entry("recall", "Recall"),
            Map.entry("f1", "F1"), Map.entry("macroPrecision", "Macro precision"),
            Map.entry("macroRecall", "Macro recall"), Map.entry("macroF1", "Macro F1"),
            Map.entry("microPrecision", "Micro precision"), Map.entry("microRecall", "Micro recall"),
            Map.entry("microF1", "Micro F1"), Map.entry("weightedPrecision", "Weighted precision"),
            Map.entry("weightedRecall", "Weighted recall"), Map.entry("weightedF1", "Weighted F1"),
            Map.entry("mcc", "Matthews correlation"), Map.entry("cohenKappa", "Cohen's kappa"),
            Map.entry("aucRoc", "ROC AUC"), Map.entry("aucRocWeighted", "ROC AUC (weighted)"),
            Map.entry("aucRocOvo", "ROC AUC (one-vs-one)"), Map.entry("averagePrecision", "Average precision"),
            Map.entry("logLoss", "Log loss"), Map.entry("brier", "Brier score"),
            Map.entry("expectedCalibrationError", "Expected calibration error"), Map.entry("mse", "MSE"),
            Map.entry("rmse", "RMSE"), Map.entry("mae", "MAE"), Map.entry("r2", "R\u00b2"),
            Map.entry("medianAbsoluteError", "Median absolute error"), Map.entry("maxError", "Max error"),
            Map.entry("mape", "MAPE"), Map.entry("explainedVariance", "Explained variance"),
            Map.entry("subsetAccuracy", "Subset accuracy"), Map.entry("hammingLoss", "Hamming loss"),
            Map.entry("samplesPrecision", "Samples precision"), Map.entry("samplesRecall", "Samples recall"),
            Map.entry("samplesF1", "Samples F1"), Map.entry("jaccardSamples", "Jaccard (samples)"),
            Map.entry("jaccardMicro", "Jaccard (micro)"), Map.entry("jaccardMacro", "Jaccard (macro)"),
            Map.entry("labelRankingAveragePrecision", "Label ranking AP"),
            Map.entry("adjustedRandIndex", "Adjusted Rand index"),
            Map.entry("normalizedMutualInfo", "Normalized mutual info"),
            Map.entry("adjustedMutualInfo", "Adjusted mutual info"), Map.entry("homogeneity", "Homogeneity"),
            Map.entry("completeness", "Completeness"), Map.entry("vMeasure", "V-measure"),
            Map.entry("precisionAtK", "Precision at k"), Map.entry("generalizationGap", "Generalization gap"));

    /**
     * The headline metrics of a report: a fixed selection for its kind of task, then every other metric that has
     * an interval or that a MODEL rule checks, so that what the gate looks at is always in view.
     */
    public static List<HeadlineMetric> of(Report report) {
        Map<String, Double> metrics = report.metrics() == null ? Map.of() : report.metrics();
        Set<String> names = new LinkedHashSet<>(selectionFor(report));
        if (report.intervals() != null) {
            names.addAll(report.intervals().keySet());
        }
        if (report.rules() != null) {
            report.rules().stream().filter(rule -> "MODEL".equals(rule.scope())).forEach(rule -> names.add(rule.metric()));
        }
        List<HeadlineMetric> headline = new ArrayList<>();
        // A note that concerns several cards ("the model gives no probabilities: ...") is shown in full on the
        // first one only; the others point to it, so that six cards do not repeat one paragraph.
        Map<String, String> firstShownOn = new java.util.HashMap<>();
        for (String name : names) {
            if (name != null && metrics.containsKey(name)) {
                Interval interval = report.intervals() == null ? null : report.intervals().get(name);
                List<String> notes = new ArrayList<>();
                for (String note : notesNaming(name, report.notes())) {
                    String first = firstShownOn.putIfAbsent(note, labelOf(name));
                    String shown = first == null ? note : "See " + first + ".";
                    if (!notes.contains(shown)) {
                        notes.add(shown);
                    }
                }
                headline.add(new HeadlineMetric(name, labelOf(name), metrics.get(name), interval,
                        List.copyOf(notes)));
            }
        }
        return List.copyOf(headline);
    }

    /** The name for people of a metric, or the metric name itself when it has none. */
    public static String labelOf(String name) {
        return LABELS.getOrDefault(name, name);
    }

    /** The metrics always shown for the report's kind of task, in order. */
    public static List<String> selectionFor(Report report) {
        String task = String.valueOf(report.task());
        return switch (task) {
            case "regression" -> REGRESSION;
            case "multilabel" -> MULTILABEL;
            case "clustering" -> CLUSTERING;
            case "anomaly" -> ANOMALY;
            default -> report.positiveLabel() != null ? BINARY : MULTI_CLASS;
        };
    }

    /** Notes name metrics by their report.json name ("aucRoc is undefined: ..."), so a whole-word match finds them. */
    private static List<String> notesNaming(String name, List<String> notes) {
        if (notes == null) {
            return List.of();
        }
        Pattern word = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])");
        return notes.stream().filter(note -> note != null && word.matcher(note).find()).toList();
    }
}
