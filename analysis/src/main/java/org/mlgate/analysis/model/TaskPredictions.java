package org.mlgate.analysis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.LabelSetText;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.metrics.AnomalyAccumulator;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;

/**
 * Model mode for Tribuo's multi-label ({@code MultiLabel}), clustering ({@code ClusterID}) and anomaly-detection
 * ({@code Event}) models: predicts a batch of rows and turns each prediction into what the task's rows carry (see
 * {@code TaskMetrics}).
 * <ul>
 *   <li>multi-label: the predicted labels as a label-set cell, and each label's score from the prediction's output
 *       scores when the model gives one for every label (Tribuo's {@code IndependentMultiLabelModel} and
 *       {@code ClassifierChainModel} do not: their rows have no scores);</li>
 *   <li>clustering: the cluster id;</li>
 *   <li>anomaly detection: the event type and, as the anomaly score, the negated event score: Tribuo's anomaly models
 *       score with a decision value that is negative for anomalies ({@code LibSVMAnomalyModel}, its one family), and
 *       mlgate's scores grow with how anomalous a row is.</li>
 * </ul>
 * Whether the model scores is found once, by predicting a probe example of the model's first feature.
 */
final class TaskPredictions {
    private final Model<?> model;
    private final Task task;
    private final List<String> labels;
    private final boolean scored;

    /** @param file the model file, for messages */
    TaskPredictions(Model<?> model, Task task, java.nio.file.Path file) {
        this.model = model;
        this.task = task;
        this.labels = task == Task.MULTILABEL ? multiLabelNames(model) : List.of();
        for (String label : labels) {
            if (!LabelSetText.writable(label)) {
                throw new InputException("The model file " + file + " has the label '" + TaskCells.quoted(label)
                        + "', which cannot appear in a label set (it holds " + LabelSetText.SEPARATOR + ", which"
                        + " separates labels, or spaces at its ends); evaluate a predictions file of its output"
                        + " instead.");
            }
        }
        this.scored = task != Task.CLUSTERING && probeScores();
    }

    /** The labels the model knows (multi-label), sorted; empty for the other tasks. */
    List<String> labels() {
        return labels;
    }

    /** The labels of the rows' scores: every label (multi-label) or {@code ANOMALOUS}; empty without scores. */
    List<String> scoreLabels() {
        if (!scored) {
            return List.of();
        }
        return task == Task.ANOMALY ? List.of(AnomalyAccumulator.ANOMALOUS) : labels;
    }

    /** Predicts the rows (with their actual cells read by {@link TaskCells}) and scores them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<ScoredRow> predict(List<CsvRow> rows, List<String> actual, List<FeatureMapping.MappedRow> features,
                            java.util.function.Function<CsvRow, String[]> featureCells) {
        List<Example> examples = new ArrayList<>(rows.size());
        for (FeatureMapping.MappedRow f : features) {
            examples.add(new ArrayExample(unknown(), f.names(), f.values()));
        }
        List<Prediction<?>> predictions = ((Model) model).predict(examples);
        List<ScoredRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = rows.get(i);
            out.add(scoredRow(row, featureCells.apply(row), actual.get(i), predictions.get(i)));
        }
        return out;
    }

    private ScoredRow scoredRow(CsvRow row, String[] cells, String actual, Prediction<?> prediction) {
        Object output = prediction.getOutput();
        return switch (task) {
            case MULTILABEL -> new ScoredRow(row.ordinal(), row.line(), cells, actual,
                    LabelSetText.join(((MultiLabel) output).getNameSet()), scored ? scores(prediction, row) : null,
                    Double.NaN, Double.NaN);
            case CLUSTERING -> new ScoredRow(row.ordinal(), row.line(), cells, actual,
                    String.valueOf(((ClusterID) output).getID()), null, Double.NaN, Double.NaN);
            default -> {
                Event event = (Event) output;
                String type = event.getType() == Event.EventType.ANOMALOUS ? AnomalyAccumulator.ANOMALOUS
                        : AnomalyAccumulator.EXPECTED;
                yield new ScoredRow(row.ordinal(), row.line(), cells, actual, type, null, Double.NaN,
                        scored ? -event.getScore() : Double.NaN);
            }
        };
    }

    private double[] scores(Prediction<?> prediction, CsvRow row) {
        Map<String, ?> scores = prediction.getOutputScores();
        double[] out = new double[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scoreOf(scores, labels.get(i));
            if (!Double.isFinite(out[i])) {
                throw new InputException("The multi-label model gave no score for label '" + labels.get(i)
                        + "' at line " + row.line() + ", though it scored every label of the first rows; evaluate"
                        + " a predictions file of its output instead.");
            }
        }
        return out;
    }

    /** A label's score among a prediction's output scores (a MultiLabel of that one label, scored); NaN if none. */
    private static double scoreOf(Map<String, ?> scores, String name) {
        if (scores.get(name) instanceof MultiLabel output) {
            for (org.tribuo.classification.Label label : output.getLabelSet()) {
                if (label.getLabel().equals(name)) {
                    return label.getScore();
                }
            }
        }
        return Double.NaN;
    }

    private org.tribuo.Output<?> unknown() {
        return switch (task) {
            case MULTILABEL -> MultiLabelFactory.UNKNOWN_MULTILABEL;
            case CLUSTERING -> ClusteringFactory.UNASSIGNED_CLUSTER_ID;
            default -> AnomalyFactory.UNKNOWN_EVENT;
        };
    }

    /** Whether a prediction carries scores: every label's (multi-label), or a finite event score (anomaly). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean probeScores() {
        if (model.getFeatureIDMap().size() == 0) {
            return false;
        }
        String feature = model.getFeatureIDMap().iterator().next().getName();
        try {
            Prediction<?> probe = ((Model) model).predict(new ArrayExample(unknown(), new String[] {feature},
                    new double[] {1.0}));
            if (task == Task.ANOMALY) {
                return Double.isFinite(((Event) probe.getOutput()).getScore());
            }
            Map<String, ?> scores = probe.getOutputScores();
            return !labels.isEmpty() && labels.stream().allMatch(label -> Double.isFinite(scoreOf(scores, label)));
        } catch (RuntimeException e) {
            return false; // a model that cannot predict the probe has no scores mlgate can rely on
        }
    }

    private static List<String> multiLabelNames(Model<?> model) {
        TreeSet<String> names = new TreeSet<>();
        for (Object output : model.getOutputIDInfo().getDomain()) {
            names.addAll(((MultiLabel) output).getNameSet());
        }
        return List.copyOf(names);
    }
}
