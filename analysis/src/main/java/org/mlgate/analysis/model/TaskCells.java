package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.LabelSetText;
import org.mlgate.analysis.data.Rejection;
import org.mlgate.analysis.metrics.AnomalyAccumulator;

/**
 * Reads the actual and predicted cells of the multi-label, clustering and anomaly-detection tasks, in a data file
 * (model mode) or a predictions file, into what their rows carry (see {@code TaskMetrics}): a label-set cell in
 * canonical form, a true label or cluster id as written, {@code ANOMALOUS} or {@code EXPECTED}. A cell that cannot
 * be read is a {@link Rejection} naming the file, the line and what to write instead.
 */
final class TaskCells {
    /** The longest part of a cell quoted in a message: a hostile cell must not become a megabyte of log. */
    private static final int QUOTED = 60;

    private final Task task;
    private final Path file;

    TaskCells(Task task, Path file) {
        this.task = task;
        this.file = file;
    }

    /**
     * The cell as the task's rows carry it, or null (with a rejection) when it cannot be read.
     *
     * @param role   "actual" or "predicted", for messages
     * @param column the cell's column
     */
    String read(String cell, long line, String role, String column, List<Rejection> rejections) {
        return switch (task) {
            case MULTILABEL -> LabelSetText.canonical(cell); // an empty cell is the empty set
            case CLUSTERING -> cell.isEmpty() ? reject(line, role, column, rejections,
                    "an empty " + role + " value", "is empty; write the row's " + (role.equals("actual")
                            ? "true label" : "cluster id") + " there") : cell;
            case ANOMALY -> anomalyFlag(cell, line, role, column, rejections);
            default -> throw new IllegalStateException("TaskCells reads the later tasks only, not " + task);
        };
    }

    private String anomalyFlag(String cell, long line, String role, String column, List<Rejection> rejections) {
        String upper = cell.strip().toUpperCase(Locale.ROOT);
        if (upper.equals(AnomalyAccumulator.ANOMALOUS) || upper.equals(AnomalyAccumulator.EXPECTED)) {
            return upper;
        }
        return reject(line, role, column, rejections, (role.startsWith("a") ? "an " : "a ") + role
                + " value other than ANOMALOUS or EXPECTED",
                "holds " + (cell.isEmpty() ? "nothing" : "'" + quoted(cell) + "'") + "; an anomaly-detection file"
                        + " holds ANOMALOUS or EXPECTED there (Tribuo's Event types)");
    }

    private String reject(long line, String role, String column, List<Rejection> rejections, String reason,
                          String problem) {
        rejections.add(new Rejection(line, reason, "Line " + line + " of " + file + " has "
                + (role.startsWith("a") ? "an " : "a ") + role + " column '" + column + "' that " + problem + "."));
        return null;
    }

    /**
     * A score cell of a multi-label or anomaly-detection row: any finite number (scores are only ranked), or NaN
     * with a rejection.
     */
    double score(String cell, long line, String column, double parsed, List<Rejection> rejections) {
        if (Double.isFinite(parsed)) {
            return parsed;
        }
        rejections.add(new Rejection(line, cell.isEmpty() ? "a missing score" : "a non-numeric score",
                "Line " + line + " of " + file + " has " + (cell.isEmpty() ? "no value" : "'" + quoted(cell) + "'")
                        + " in the score column '" + column + "', which needs a number."));
        return Double.NaN;
    }

    /** The start of a cell, for a message. */
    static String quoted(String cell) {
        return cell.length() <= QUOTED ? cell : cell.substring(0, QUOTED) + "... (" + cell.length() + " characters)";
    }
}
