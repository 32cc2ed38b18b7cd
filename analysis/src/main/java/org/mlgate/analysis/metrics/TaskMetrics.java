package org.mlgate.analysis.metrics;

import java.util.List;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.LabelSetText;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The metric accumulator of a task, fed with scored rows: what every consumer of rows (the overall metrics, each
 * slice, a baseline model) uses, so that none of them switches on the task itself.
 *
 * <p>How the rows of the later tasks carry their prediction (see {@link ScoredRow}): multi-label rows hold label-set
 * cells ({@link LabelSetText}) as their labels and the per-label scores as probabilities; clustering rows the true
 * label and the cluster id; anomaly rows {@code ANOMALOUS} or {@code EXPECTED} and the anomaly score as the predicted
 * value.
 */
public final class TaskMetrics {
    final ClassificationAccumulator classification;
    final RegressionAccumulator regression;
    private final MultiLabelAccumulator multiLabel;
    private final ClusteringAccumulator clustering;
    private final AnomalyAccumulator anomaly;
    private final Task task;

    private TaskMetrics(ClassificationAccumulator classification, RegressionAccumulator regression) {
        this(Task.CLASSIFICATION, classification, regression, null, null, null);
    }

    private TaskMetrics(Task task, ClassificationAccumulator classification, RegressionAccumulator regression,
                        MultiLabelAccumulator multiLabel, ClusteringAccumulator clustering,
                        AnomalyAccumulator anomaly) {
        this.classification = classification;
        this.regression = regression;
        this.multiLabel = multiLabel;
        this.clustering = clustering;
        this.anomaly = anomaly;
        this.task = classification != null ? Task.CLASSIFICATION : regression != null ? Task.REGRESSION : task;
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
        return switch (task) {
            case CLASSIFICATION -> of(task, classification.probabilityLabels(), classification.maxClasses());
            case REGRESSION -> of(task, List.of());
            case MULTILABEL -> of(task, multiLabel.scoreLabels(), multiLabel.maxLabels());
            case CLUSTERING -> of(task, List.of(), clustering.maxGroups());
            case ANOMALY -> of(task, anomaly.scored() ? List.of(AnomalyAccumulator.ANOMALOUS) : List.of());
        };
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

    /**
     * @param probabilityLabels the labels of the rows' probability vectors (multi-label: of their scores; anomaly
     *                          detection: {@code [ANOMALOUS]} when the rows have anomaly scores)
     * @param maxClasses        the most distinct labels accepted ({@link MetricOptions#maxClasses()}); for
     *                          clustering, the most labels and the most clusters
     */
    public static TaskMetrics of(Task task, List<String> probabilityLabels, int maxClasses) {
        return switch (task) {
            case CLASSIFICATION -> new TaskMetrics(new ClassificationAccumulator(probabilityLabels, maxClasses), null);
            case REGRESSION -> new TaskMetrics(null, new RegressionAccumulator());
            case MULTILABEL -> new TaskMetrics(task, null, null,
                    new MultiLabelAccumulator(probabilityLabels, maxClasses), null, null);
            case CLUSTERING -> new TaskMetrics(task, null, null, null, new ClusteringAccumulator(maxClasses), null);
            case ANOMALY -> new TaskMetrics(task, null, null, null, null,
                    new AnomalyAccumulator(probabilityLabels.contains(AnomalyAccumulator.ANOMALOUS)));
        };
    }

    public void add(ScoredRow row) {
        switch (task) {
            case CLASSIFICATION -> classification.add(row.index(), row.actualLabel(), row.predictedLabel(),
                    row.probabilities());
            case REGRESSION -> regression.add(row.index(), row.actualValue(), row.predictedValue());
            case MULTILABEL -> multiLabel.add(row.index(), row.line(), LabelSetText.labels(row.actualLabel()),
                    LabelSetText.labels(row.predictedLabel()), row.probabilities());
            case CLUSTERING -> clustering.add(row.line(), row.actualLabel(), row.predictedLabel());
            case ANOMALY -> anomaly.add(row.index(), AnomalyAccumulator.ANOMALOUS.equals(row.actualLabel()),
                    AnomalyAccumulator.ANOMALOUS.equals(row.predictedLabel()), row.predictedValue());
        }
    }

    public void merge(TaskMetrics other) {
        switch (task) {
            case CLASSIFICATION -> classification.merge(other.classification);
            case REGRESSION -> regression.merge(other.regression);
            case MULTILABEL -> multiLabel.merge(other.multiLabel);
            case CLUSTERING -> clustering.merge(other.clustering);
            case ANOMALY -> anomaly.merge(other.anomaly);
        }
    }

    public long rows() {
        return switch (task) {
            case CLASSIFICATION -> classification.rows();
            case REGRESSION -> regression.rows();
            case MULTILABEL -> multiLabel.rows();
            case CLUSTERING -> clustering.rows();
            case ANOMALY -> anomaly.rows();
        };
    }

    public MetricResult result(MetricOptions options) {
        return switch (task) {
            case CLASSIFICATION -> classification.result(options);
            case REGRESSION -> regression.result(options);
            case MULTILABEL -> multiLabel.result(options);
            case CLUSTERING -> clustering.result(options);
            case ANOMALY -> anomaly.result(options);
        };
    }
}
