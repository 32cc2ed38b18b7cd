package org.mlgate.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.checks.Severity;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;

/**
 * What the analyses written for classification and regression (error analysis, data checks, slice metrics, the
 * baseline) make of the multi-label, clustering and anomaly-detection tasks, so that none of them needs to know these
 * tasks: the rows they see, what does not apply, and the sentence that says why.
 * <ul>
 *   <li>They see classification rows: the data checks the rows as they are (the actual label-set cell, true label or
 *       kind is the label); the error analysis a row that is right or wrong, for multi-label wrong when the predicted
 *       set is not the actual set, for clustering never (a cluster id is not a guess of the label, so a single row is
 *       neither right nor wrong).</li>
 *   <li>Multi-label errors are told per label instead of as confusion pairs ({@code errors.labelErrors}).</li>
 *   <li>The {@code imbalance.*} checks are off: a rare anomaly, label or true group is the task, not a flaw of the
 *       data; {@code leakage.target-proxy} is off for clustering, whose model never saw the label.</li>
 *   <li>Slice columns and baselines are refused or skipped with a sentence: their metrics are those of
 *       classification and regression.</li>
 * </ul>
 */
final class TaskAnalyses {
    /** Labels of the error analysis's view of a multi-label row. */
    static final String EXACT = "the actual set";
    static final String NOT_EXACT = "another set";

    private final Task task;

    private TaskAnalyses(Task task) {
        this.task = task;
    }

    static TaskAnalyses of(Task task) {
        return new TaskAnalyses(task);
    }

    /** Whether the task is one of the later three, which the other analyses see through this class. */
    boolean viewed() {
        return task == Task.MULTILABEL || task == Task.CLUSTERING || task == Task.ANOMALY;
    }

    /** The task the classification-or-regression analyses treat the rows as. */
    Task rowTask() {
        return viewed() ? Task.CLASSIFICATION : task;
    }

    /**
     * Refuses what the task cannot do, before any row is read.
     *
     * @throws InputException naming the parameter to remove
     */
    void requireSupported(EvaluationRequest request) {
        Task requested = request.source().task();
        if (requested != null && requested != task) {
            // ONNX and XGBoost models are read as classifiers or regressors whatever the task parameter says.
            throw new InputException("The task is set to " + requested.jsonName() + ", but " + request.source().model()
                    + " is evaluated as a " + task.jsonName() + " model; remove the task parameter, or evaluate a"
                    + " predictions file of the model's " + requested.jsonName() + " output instead.");
        }
        if (!viewed()) {
            return;
        }
        if (!request.baseline().isEmpty() || request.baseline().storeRows()) {
            throw new InputException("baseline, baselineModel and storeRows compare classification and regression"
                    + " models; this is a " + task.jsonName() + " model, so remove them (rules on its own metrics"
                    + " still gate it).");
        }
        var diagnostics = request.diagnostics();
        if (diagnostics.trainingPredictions() != null || diagnostics.foldColumn() != null
                || diagnostics.targetError() != null) {
            throw new InputException("trainingPredictions, foldColumn and targetError diagnose classification and"
                    + " regression models; this is a " + task.jsonName() + " model, so remove them.");
        }
    }

    /** Whether the diagnostics (importance, fit, folds) apply: classification and regression only. */
    boolean diagnosed() {
        return !viewed();
    }

    /** The probability labels the error analysis and slices see: none, as the rows' scores are not probabilities. */
    List<String> analysisProbabilityLabels(List<String> probabilityLabels) {
        return viewed() ? List.of() : probabilityLabels;
    }

    /** The slice columns to compute: none for the later tasks (see {@link #notes}). */
    List<String> sliceColumns(List<String> requested) {
        return viewed() ? List.of() : requested;
    }

    /** The checks' options with the checks that do not apply turned off. */
    ChecksOptions checks(ChecksOptions options) {
        if (!viewed()) {
            return options;
        }
        Map<String, Severity> severities = new LinkedHashMap<>(options.severities());
        // By id, as a check's own severity wins over its family's.
        for (String id : List.of("imbalance.class-ratio", "imbalance.majority-baseline", "imbalance.label-shift")) {
            severities.put(id, Severity.OFF);
        }
        if (task == Task.CLUSTERING) {
            severities.put("leakage.target-proxy", Severity.OFF);
        }
        return options.withSeverities(severities);
    }

    /** The rows as the error analysis sees them. */
    ScoredBatch forErrors(ScoredBatch batch) {
        if (task != Task.MULTILABEL && task != Task.CLUSTERING) {
            return batch;
        }
        List<ScoredRow> rows = new ArrayList<>(batch.size());
        for (ScoredRow row : batch.rows()) {
            boolean right = task == Task.CLUSTERING || row.actualLabel().equals(row.predictedLabel());
            rows.add(new ScoredRow(row.index(), row.line(), row.cells(), EXACT, right ? EXACT : NOT_EXACT, null,
                    Double.NaN, Double.NaN));
        }
        return new ScoredBatch(rows, batch.numbers(), batch.rejections());
    }

    /** Sentences for the report's notes: what was left out and why. */
    List<String> notes(EvaluationRequest request) {
        List<String> notes = new ArrayList<>();
        if (!viewed()) {
            return notes;
        }
        if (!request.sliceColumns().isEmpty()) {
            notes.add("sliceColumns " + request.sliceColumns() + " were not computed: slice metrics exist for"
                    + " classification and regression only; the weak slices below still search every column.");
        }
        notes.add("The imbalance checks do not apply to " + task.jsonName() + ": "
                + switch (task) {
                    case MULTILABEL -> "rare labels are the task's nature, and each label's support is in classes.";
                    case CLUSTERING -> "the true labels' shares say nothing of the clusters.";
                    default -> "anomalies are rare by design.";
                });
        if (task == Task.CLUSTERING) {
            notes.add("leakage.target-proxy does not apply to clustering: the model never saw the label, so a column"
                    + " that tracks it is what clustering should find, not a leak.");
        }
        if (request.diagnostics().importance() || request.trainingData() != null) {
            notes.add("Importance and the fit diagnosis are computed for classification and regression only, not for"
                    + " " + task.jsonName() + ".");
        }
        return notes;
    }

    /**
     * report.json's {@code errors} for the task: multi-label replaces the confusion pairs of its right-or-wrong view
     * with {@code labelErrors} (the {@code LabelError}s as report.json holds them); clustering says why there is no
     * error analysis.
     */
    Map<String, Object> errors(Map<String, Object> analysis, List<?> labelErrors) {
        if (!viewed()) {
            return analysis;
        }
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("task", task.jsonName());
        switch (task) {
            case MULTILABEL -> {
                errors.put("labelErrors", labelErrors);
                errors.put("weakSlices", analysis.get("weakSlices"));
                errors.put("slicesTested", analysis.get("slicesTested"));
                List<Object> notes = new ArrayList<>();
                notes.add("A row counts as wrong in the weak slices when its predicted set is not exactly the actual"
                        + " set (the rows subsetAccuracy misses); labelErrors lists each label's misses and"
                        + " additions.");
                // The right-or-wrong view has no probabilities: the analyzer's sentence about the confidence of
                // confusion pairs concerns a table that multi-label reports do not have.
                ((List<?>) analysis.get("notes")).stream()
                        .filter(note -> !String.valueOf(note).contains("confident mistakes")).forEach(notes::add);
                errors.put("notes", notes);
            }
            case CLUSTERING -> {
                errors.put("weakSlices", List.of());
                errors.put("slicesTested", 0);
                errors.put("notes", List.of("Error analysis does not apply to clustering: a cluster id is not a"
                        + " guess of the true label, so no single row is right or wrong; the contingency table shows"
                        + " where labels and clusters part."));
            }
            default -> {
                errors.putAll(analysis);
                errors.put("task", task.jsonName());
            }
        }
        return errors;
    }
}
