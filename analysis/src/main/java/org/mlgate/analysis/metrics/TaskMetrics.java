package org.mlgate.analysis.metrics;

import java.util.List;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The metric accumulator of a task, fed with scored rows: what every consumer of rows (the overall metrics, each
 * slice, a baseline model) uses, so that none of them switches on the task itself.
 */
public final class TaskMetrics {
    private final ClassificationAccumulator classification;
    private final RegressionAccumulator regression;
    private final Task task;

    private TaskMetrics(ClassificationAccumulator classification, RegressionAccumulator regression) {
        this.classification = classification;
        this.regression = regression;
        this.task = classification != null ? Task.CLASSIFICATION : Task.REGRESSION;
    }

    /**
     * An accumulator for a slice of the rows of {@code whole}: it keeps no per-row scores, and its result reads those
     * of the whole in place ({@link #result(MetricOptions, TaskMetrics, int[])}), so that slice columns do not copy
     * the scores of every row once more.
     */
    public static TaskMetrics slice(Task task, List<String> probabilityLabels) {
        return task == Task.CLASSIFICATION
                ? new TaskMetrics(new ClassificationAccumulator(probabilityLabels, Integer.MAX_VALUE, false), null)
                : new TaskMetrics(null, new RegressionAccumulator(false));
    }

    /** The result of a {@link #slice}: its own counts, and the per-row data of rows {@code positions} of whole. */
    public MetricResult result(MetricOptions options, TaskMetrics whole, int[] positions) {
        return classification != null ? classification.result(options, whole.classification, positions)
                : regression.result(options, whole.regression, positions);
    }

    /** An empty accumulator of the same task and probability labels, for a chunk to merge back later. */
    public TaskMetrics fork() {
        return classification != null ? of(task, classification.probabilityLabels(), classification.maxClasses())
                : of(task, List.of());
    }

    public void add(ScoredBatch batch) {
        for (ScoredRow row : batch.rows()) {
            add(row);
        }
    }

    /** @param probabilityLabels the labels of the rows' probability vectors; ignored for regression */
    public static TaskMetrics of(Task task, List<String> probabilityLabels) {
        return of(task, probabilityLabels, ClassificationAccumulator.DEFAULT_MAX_CLASSES);
    }

    /** @param maxClasses the most distinct labels accepted ({@link MetricOptions#maxClasses()}) */
    public static TaskMetrics of(Task task, List<String> probabilityLabels, int maxClasses) {
        return task == Task.CLASSIFICATION
                ? new TaskMetrics(new ClassificationAccumulator(probabilityLabels, maxClasses), null)
                : new TaskMetrics(null, new RegressionAccumulator());
    }

    public void add(ScoredRow row) {
        if (classification != null) {
            classification.add(row.index(), row.actualLabel(), row.predictedLabel(), row.probabilities());
        } else {
            regression.add(row.index(), row.actualValue(), row.predictedValue());
        }
    }

    public void merge(TaskMetrics other) {
        if (classification != null) {
            classification.merge(other.classification);
        } else {
            regression.merge(other.regression);
        }
    }

    public long rows() {
        return classification != null ? classification.rows() : regression.rows();
    }

    public MetricResult result(MetricOptions options) {
        return classification != null ? classification.result(options) : regression.result(options);
    }
}
