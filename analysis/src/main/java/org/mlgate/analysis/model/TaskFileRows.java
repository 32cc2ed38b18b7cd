package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.List;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.CellNumbers;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.Rejection;
import org.mlgate.analysis.data.ScoredRow;

/**
 * Predictions mode for the multi-label, clustering and anomaly-detection tasks: one row of the file into a scored row
 * (see {@code TaskMetrics} for what each task's row carries).
 * <ul>
 *   <li>multi-label: {@code actual} and {@code predicted} hold label sets ({@code a|b}, empty for none), every
 *       {@code <prefix><label>} column a label's score (any number, higher meaning more likely);</li>
 *   <li>clustering: {@code actual} the true label, {@code predicted} the cluster id;</li>
 *   <li>anomaly detection: {@code actual} and {@code predicted} hold ANOMALOUS or EXPECTED, and
 *       {@code <prefix>ANOMALOUS}, when present, the anomaly score (any number, higher meaning more anomalous).</li>
 * </ul>
 */
final class TaskFileRows {
    private final Task task;
    private final TaskCells cells;
    private final int actualIndex;
    private final String actualColumn;
    private final int predictedIndex;
    private final String predictedColumn;
    private final int[] scoreIndex;
    private final List<String> scoreColumns;

    TaskFileRows(Task task, Path file, int actualIndex, String actualColumn, int predictedIndex,
                 String predictedColumn, int[] scoreIndex, List<String> scoreColumns) {
        this.task = task;
        this.cells = new TaskCells(task, file);
        this.actualIndex = actualIndex;
        this.actualColumn = actualColumn;
        this.predictedIndex = predictedIndex;
        this.predictedColumn = predictedColumn;
        this.scoreIndex = scoreIndex.clone();
        this.scoreColumns = List.copyOf(scoreColumns);
    }

    /** The row scored, or null when a cell cannot be read (the rejection says which). */
    ScoredRow row(CsvRow row, String[] featureCells, List<Rejection> rejections) {
        String actual = cells.read(row.cells()[actualIndex], row.line(), "actual", actualColumn, rejections);
        if (actual == null) {
            return null;
        }
        String predicted = cells.read(row.cells()[predictedIndex], row.line(), "predicted", predictedColumn,
                rejections);
        if (predicted == null) {
            return null;
        }
        double[] scores = scoreIndex.length == 0 ? null : new double[scoreIndex.length];
        for (int i = 0; i < scoreIndex.length; i++) {
            String cell = row.cells()[scoreIndex[i]];
            scores[i] = cells.score(cell, row.line(), scoreColumns.get(i), CellNumbers.parse(cell), rejections);
            if (Double.isNaN(scores[i])) {
                return null;
            }
        }
        if (task == Task.ANOMALY) {
            return new ScoredRow(row.ordinal(), row.line(), featureCells, actual, predicted, null, Double.NaN,
                    scores == null ? Double.NaN : scores[0]);
        }
        return new ScoredRow(row.ordinal(), row.line(), featureCells, actual, predicted,
                task == Task.MULTILABEL ? scores : null, Double.NaN, Double.NaN);
    }
}
