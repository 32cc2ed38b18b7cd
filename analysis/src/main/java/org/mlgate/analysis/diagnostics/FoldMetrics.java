package org.mlgate.analysis.diagnostics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.metrics.MetricDirection;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.metrics.TaskMetrics;
import org.mlgate.analysis.stats.Quantiles;

/**
 * The rows of each cross-validation fold, counted into a metric accumulator per fold: a consumer of the row pass
 * like the others ({@link #fork}, {@link #add}, {@link #merge}), exact whatever the chunking, because each fold's
 * accumulator merges exactly. Memory: the per-row arrays that exact AUC keeps are kept once more, split among the
 * folds.
 */
public final class FoldMetrics {
    /** More distinct values than this are not folds (an id or a number column was named). */
    public static final int MAX_FOLDS = 100;

    private final Task task;
    private final List<String> probabilityLabels;
    private final int maxClasses;
    private final String columnName;
    private final int column;
    private final Map<String, TaskMetrics> folds = new LinkedHashMap<>();
    private long withoutFold;
    private boolean tooMany;

    private FoldMetrics(Task task, List<String> probabilityLabels, int maxClasses, String columnName, int column) {
        this.task = task;
        this.probabilityLabels = probabilityLabels;
        this.maxClasses = maxClasses;
        this.columnName = columnName;
        this.column = column;
    }

    /**
     * @param featureColumns the source's feature columns, where the fold column must be
     * @throws InputException naming the columns when the fold column is not one of them
     */
    public static FoldMetrics of(Task task, List<String> probabilityLabels, int maxClasses, String foldColumn,
                                 List<String> featureColumns, String file) {
        int column = featureColumns.indexOf(foldColumn);
        if (column < 0) {
            throw new InputException("foldColumn (ml.foldColumn) is '" + foldColumn + "', which is not a column of "
                    + file + " (its columns besides the label and the predictions are "
                    + String.join(", ", featureColumns.subList(0, Math.min(20, featureColumns.size())))
                    + (featureColumns.size() > 20 ? ", ..." : "") + "); name the column that holds each row's fold.");
        }
        return new FoldMetrics(task, List.copyOf(probabilityLabels), maxClasses, foldColumn, column);
    }

    public FoldMetrics fork() {
        return new FoldMetrics(task, probabilityLabels, maxClasses, columnName, column);
    }

    public void add(ScoredBatch batch) {
        for (ScoredRow row : batch.rows()) {
            String fold = row.cells()[column];
            if (fold == null || fold.isEmpty()) {
                withoutFold++;
                continue;
            }
            TaskMetrics metrics = folds.get(fold);
            if (metrics == null) {
                if (folds.size() >= MAX_FOLDS) {
                    tooMany = true;
                    continue;
                }
                metrics = TaskMetrics.of(task, probabilityLabels, maxClasses);
                folds.put(fold, metrics);
            }
            metrics.add(row);
        }
    }

    /** Adds a later chunk's folds, as if its rows came after this instance's. */
    public void merge(FoldMetrics later) {
        withoutFold += later.withoutFold;
        tooMany |= later.tooMany;
        for (Map.Entry<String, TaskMetrics> entry : later.folds.entrySet()) {
            TaskMetrics mine = folds.get(entry.getKey());
            if (mine == null) {
                if (folds.size() >= MAX_FOLDS) {
                    tooMany = true;
                    continue;
                }
                mine = TaskMetrics.of(task, probabilityLabels, maxClasses);
                folds.put(entry.getKey(), mine);
            }
            mine.merge(entry.getValue());
        }
    }

    /**
     * Each fold's metrics (point estimates, with the pooled result's positive label so that binary metrics mean the
     * same class in every fold) and their summary per metric.
     *
     * @param pooled  the result of all rows
     * @param options the run's options; the level is the interval's
     * @throws InputException when the column has more than {@value #MAX_FOLDS} values
     */
    public Folds result(MetricResult pooled, MetricOptions options) {
        if (tooMany) {
            throw new InputException("foldColumn '" + columnName + "' has more than " + MAX_FOLDS + " distinct values;"
                    + " it holds ids or numbers, not cross-validation folds. Name the column with each row's fold"
                    + " number.");
        }
        MetricOptions perFold = options.withBootstrapReplicates(0).withPositiveLabel(pooled.positiveLabel());
        List<String> names = new ArrayList<>(folds.keySet());
        names.sort(foldOrder(names));
        List<Folds.Fold> measured = new ArrayList<>();
        long rows = 0;
        for (String name : names) {
            TaskMetrics metrics = folds.get(name);
            rows += metrics.rows();
            measured.add(new Folds.Fold(name, metrics.rows(), metrics.result(perFold).metrics()));
        }
        List<String> notes = new ArrayList<>();
        if (measured.size() < 2) {
            notes.add("The fold column '" + columnName + "' has " + measured.size() + " fold"
                    + (measured.size() == 1 ? "" : "s") + "; the spread across folds needs two or more.");
        }
        if (withoutFold > 0) {
            notes.add(withoutFold + (withoutFold == 1 ? " row has" : " rows have") + " no fold in '" + columnName
                    + "': counted in the pooled metrics, in no fold.");
        }
        Map<String, Folds.AcrossFolds> summary = new LinkedHashMap<>();
        for (Map.Entry<String, Double> metric : pooled.metrics().entrySet()) {
            Folds.AcrossFolds across = across(metric.getKey(), metric.getValue(), measured, options.confidenceLevel());
            if (across != null) {
                summary.put(metric.getKey(), across);
            }
        }
        return new Folds(columnName, rows, withoutFold, List.copyOf(measured), summary, List.copyOf(notes));
    }

    /** The summary of one metric, or null when no fold has a value of it. */
    static Folds.AcrossFolds across(String metric, Double pooled, List<Folds.Fold> folds, double level) {
        List<Double> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Folds.Fold fold : folds) {
            Double value = fold.metrics().get(metric);
            if (value != null && Double.isFinite(value)) {
                values.add(value);
                names.add(fold.name());
            }
        }
        int k = values.size();
        if (k == 0) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / k;
        Double sd = null;
        Interval interval = null;
        if (k >= 2) {
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            sd = Math.sqrt(squares / (k - 1));
            double half = Quantiles.studentCritical(level, k - 1) * sd / Math.sqrt(k);
            interval = new Interval(mean - half, mean + half, level);
        }
        int min = 0;
        int max = 0;
        for (int i = 1; i < k; i++) {
            min = values.get(i) < values.get(min) ? i : min;
            max = values.get(i) > values.get(max) ? i : max;
        }
        int worst = MetricDirection.lowerIsBetter(metric) ? max : min;
        return new Folds.AcrossFolds(pooled, mean, sd, interval, values.get(min), names.get(min), values.get(max),
                names.get(max), values.get(worst), names.get(worst), k);
    }

    /** Numeric order when every fold name is a number (so fold 10 follows fold 9), else text order. */
    private static Comparator<String> foldOrder(List<String> names) {
        boolean numeric = names.stream().allMatch(FoldMetrics::isNumber);
        return numeric ? Comparator.comparing(BigDecimal::new) : Comparator.naturalOrder();
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
