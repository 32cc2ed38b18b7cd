package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.TreeMap;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.LabelSetText;
import org.mlgate.analysis.metrics.AnomalyAccumulator;

/**
 * Which columns of a predictions file the multi-label, clustering and anomaly-detection tasks read, checked before any
 * row is: each needs a predicted column; a multi-label file's score columns ({@code <prefix><label>}) must name
 * labels that can be written in a cell; an anomaly-detection file reads only {@code <prefix>ANOMALOUS} as its score
 * and a clustering file no score at all (other such columns stay feature columns).
 */
final class TaskFileColumns {

    private TaskFileColumns() {
    }

    /**
     * @param scores the file's {@code <prefix><label>} columns by label; narrowed here to those the task reads
     * @throws InputException naming the file and the column to add or rename
     */
    static void require(Task task, Path file, String predicted, boolean hasPredicted, String prefix,
                        TreeMap<String, Integer> scores) {
        if (!hasPredicted) {
            throw new InputException("The predictions file " + file + " has no predicted column '" + predicted
                    + "', which a " + task.jsonName() + " evaluation needs (" + what(task) + "); set"
                    + " predictionColumn.");
        }
        switch (task) {
            case MULTILABEL -> {
                for (String label : scores.keySet()) {
                    if (!LabelSetText.writable(label)) {
                        throw new InputException("The predictions file " + file + " has a score column '" + prefix
                                + TaskCells.quoted(label) + "' whose label cannot appear in a label set (it holds "
                                + LabelSetText.SEPARATOR + ", which separates labels, or spaces at its ends);"
                                + " rename the column.");
                    }
                }
            }
            case ANOMALY -> scores.keySet().retainAll(java.util.Set.of(AnomalyAccumulator.ANOMALOUS));
            default -> scores.clear();
        }
    }

    private static String what(Task task) {
        return switch (task) {
            case MULTILABEL -> "each row's predicted labels, separated by " + LabelSetText.SEPARATOR;
            case CLUSTERING -> "each row's cluster id";
            default -> "ANOMALOUS or EXPECTED for each row";
        };
    }
}
