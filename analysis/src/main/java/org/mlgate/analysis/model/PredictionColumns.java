package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.Rejection;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The columns of a table of predictions and how one of its rows becomes a scored row: which column holds the actual
 * value, the predicted value and each class's probability; every other column is a feature. Shared by the
 * predictions file and by engines that hand over rows of their own (partial states written from Spark), so that a
 * row is judged alike wherever it was read.
 *
 * <p>Probability columns are ordered by label; without a predicted column the prediction is the most probable label
 * (ties: the first in that order). Rows whose probabilities differ from a sum of 1 by more than {@value
 * #SUM_TOLERANCE} are renormalised and counted. {@link #score} is safe on any thread: it shares only concurrent
 * counters (renormalised rows, labels seen).
 */
public final class PredictionColumns {

    static final double SUM_TOLERANCE = 1e-6;

    /** Where a row is, as the start of a sentence: {@code Line 12 of data.csv}. */
    @FunctionalInterface
    public interface RowPlace {
        String of(long line);
    }

    private final String subject;
    private final RowPlace place;
    private final Task task;
    private final String actualColumn;
    private final String predictedColumn;
    private final String probabilityPrefix;
    private final int actualIndex;
    private final int predictedIndex;
    private final List<String> probabilityLabels;
    private final List<String> probabilityColumns;
    private final int[] probabilityIndex;
    private final int[] featureIndex;
    private final List<String> featureColumns;
    private final String inferredNote;
    private final Set<String> seenLabels = ConcurrentHashMap.newKeySet();
    private final LongAdder renormalised = new LongAdder();
    /** The multi-label, clustering and anomaly-detection rows; null for classification and regression. */
    private final TaskFileRows taskRows;

    private PredictionColumns(String subject, RowPlace place, List<String> header, Task task, String actualColumn,
                              String predictedColumn, TreeMap<String, Integer> probabilityByLabel, String prefix,
                              String inferredNote, Path file) {
        this.subject = subject;
        this.place = place;
        this.task = task;
        this.actualColumn = actualColumn;
        this.predictedColumn = predictedColumn;
        this.probabilityPrefix = prefix;
        this.actualIndex = header.indexOf(actualColumn);
        this.predictedIndex = header.indexOf(predictedColumn);
        this.probabilityLabels = List.copyOf(probabilityByLabel.keySet());
        this.probabilityColumns = probabilityLabels.stream().map(l -> prefix + l).toList();
        this.probabilityIndex = probabilityByLabel.values().stream().mapToInt(Integer::intValue).toArray();
        this.inferredNote = inferredNote;
        Set<Integer> special = new HashSet<>(probabilityByLabel.values());
        special.add(actualIndex);
        special.add(predictedIndex);
        List<String> features = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!special.contains(i)) {
                features.add(header.get(i));
                indices.add(i);
            }
        }
        this.featureColumns = List.copyOf(features);
        this.featureIndex = indices.stream().mapToInt(Integer::intValue).toArray();
        this.taskRows = task == Task.CLASSIFICATION || task == Task.REGRESSION ? null : new TaskFileRows(task, file,
                actualIndex, actualColumn, predictedIndex, predictedColumn, probabilityIndex, probabilityColumns);
    }

    /**
     * Reads the roles of the columns of {@code header} as {@code request} names them.
     *
     * @param subject the table as the subject of a sentence: {@code The predictions file data.csv}
     * @param hint    a sentence to add to a message about a missing column (a delimiter hint), or ""
     * @param kinds   what the actual and predicted cells hold, asked only when the task must be inferred and there
     *                are no probability columns
     * @param place   where a row is, for the messages about bad rows
     * @throws InputException when a column the request names is missing
     */
    public static PredictionColumns open(List<String> header, SourceRequest request, String subject, String hint,
                                         Supplier<ValueKinds> kinds, RowPlace place) {
        String actual = request.labelColumnOrDefault();
        String predicted = request.predictionColumnOrDefault();
        String prefix = request.probabilityPrefixOrDefault();
        if (!header.contains(actual)) {
            throw new InputException(subject + " has no actual column '" + actual + "' (its columns are "
                    + FeatureMapping.shortList(header) + "); set labelColumn to the column with the true values."
                    + hint);
        }
        TreeMap<String, Integer> probabilities = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.startsWith(prefix) && column.length() > prefix.length()
                    && !column.equals(actual) && !column.equals(predicted)) {
                probabilities.put(column.substring(prefix.length()), i);
            }
        }
        boolean hasPredicted = header.contains(predicted);
        if (!hasPredicted && probabilities.isEmpty()) {
            throw new InputException(subject + " has neither a predicted column '" + predicted
                    + "' nor probability columns '" + prefix + "<label>' (its columns are "
                    + FeatureMapping.shortList(header) + "); set predictionColumn or probabilityPrefix.");
        }
        Task task = request.task();
        String inferredNote = null;
        if (task == null) {
            ValueKinds found = probabilities.isEmpty() ? kinds.get() : null;
            task = found == null || found.classLike() ? Task.CLASSIFICATION : Task.REGRESSION;
            inferredNote = ValueKinds.inferenceNote(task, found);
        }
        if (task != Task.CLASSIFICATION && task != Task.REGRESSION) {
            TaskFileColumns.require(task, request.predictions(), predicted, hasPredicted, prefix, probabilities);
        }
        if (task == Task.REGRESSION) {
            if (!hasPredicted) {
                throw new InputException(subject + " has no predicted column '" + predicted
                        + "', which a regression evaluation needs; set predictionColumn.");
            }
            probabilities.clear(); // kept as ordinary feature columns
        }
        return new PredictionColumns(subject, place, header, task, actual, predicted, probabilities, prefix,
                inferredNote, request.predictions());
    }

    public Task task() {
        return task;
    }

    public String actualColumn() {
        return actualColumn;
    }

    /** The predicted column's name, whether the table has it or not (then the most probable label is predicted). */
    public String predictedColumn() {
        return predictedColumn;
    }

    public String probabilityPrefix() {
        return probabilityPrefix;
    }

    /** How the task was inferred, when it was. */
    public Optional<String> inferredNote() {
        return Optional.ofNullable(inferredNote);
    }

    /** The columns kept as features, in the order of {@link ScoredRow#cells()}. */
    public List<String> featureColumns() {
        return featureColumns;
    }

    /** The labels of the probability columns, sorted; empty without them (and for regression). */
    public List<String> probabilityLabels() {
        return probabilityLabels;
    }

    /**
     * The scored row of a row with a cell for every column, or null after adding its {@link Rejection} (an empty
     * actual value, a bad probability) to {@code rejections}.
     */
    public ScoredRow score(CsvRow row, List<Rejection> rejections) {
        return taskRows != null ? taskRows.row(row, featureCells(row), rejections)
                : task == Task.CLASSIFICATION ? classification(row, rejections) : regression(row, rejections);
    }

    /**
     * The columns that are read only as numbers (the probabilities of classification), so that a table that stores
     * numbers need not write them out as text; none for the other tasks, whose score cells are read as text.
     */
    public int[] numberOnlyColumns() {
        return taskRows == null ? probabilityIndex.clone() : new int[0];
    }

    /** The feature columns' numbers of these rows, {@code numbers[column][row]}, as the table stores or parses them. */
    public double[][] featureNumbers(List<CsvRow> rows) {
        double[][] numbers = new double[featureIndex.length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = rows.get(i);
            for (int c = 0; c < featureIndex.length; c++) {
                numbers[c][i] = row.number(featureIndex[c]);
            }
        }
        return numbers;
    }

    private ScoredRow classification(CsvRow row, List<Rejection> rejections) {
        String actual = row.cells()[actualIndex];
        if (actual.isEmpty()) {
            rejections.add(new Rejection(row.line(), "an empty actual value", place.of(row.line())
                    + " has an empty actual column '" + actualColumn + "'."));
            return null;
        }
        double[] p = null;
        if (probabilityIndex.length > 0) {
            p = probabilities(row, rejections);
            if (p == null) {
                return null;
            }
        }
        String predicted;
        if (predictedIndex >= 0) {
            predicted = row.cells()[predictedIndex];
            if (predicted.isEmpty()) {
                rejections.add(new Rejection(row.line(), "an empty predicted value", place.of(row.line())
                        + " has an empty predicted column '" + predictedColumn + "'."));
                return null;
            }
        } else {
            predicted = probabilityLabels.get(argmax(p));
        }
        seenLabels.add(actual);
        seenLabels.add(predicted);
        return new ScoredRow(row.ordinal(), row.line(), featureCells(row), actual, predicted, p, Double.NaN,
                Double.NaN);
    }

    /** The row's probabilities, renormalised when needed; null (after adding a rejection) when invalid. */
    private double[] probabilities(CsvRow row, List<Rejection> rejections) {
        double[] p = new double[probabilityIndex.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            String column = probabilityColumns.get(i);
            double value = row.number(probabilityIndex[i]);
            String cell = Double.isNaN(value) || value < 0 || value > 1 ? row.text(probabilityIndex[i]) : null;
            if (Double.isNaN(value) && cell.isEmpty()) {
                rejections.add(new Rejection(row.line(), "a missing probability", place.of(row.line())
                        + " has no value in the probability column '" + column + "'."));
                return null;
            }
            if (Double.isNaN(value)) {
                rejections.add(new Rejection(row.line(), "a non-numeric probability", place.of(row.line())
                        + " has '" + cell + "' in the probability column '" + column + "', which is not a number."));
                return null;
            }
            if (value < 0 || value > 1) {
                rejections.add(new Rejection(row.line(), "a probability outside [0, 1]", place.of(row.line())
                        + " has " + cell + " in the probability column '" + column + "', outside [0, 1]."));
                return null;
            }
            p[i] = value;
            sum += value;
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            if (sum == 0) {
                rejections.add(new Rejection(row.line(), "probabilities that are all 0", place.of(row.line())
                        + " has probabilities that are all 0, which cannot be renormalised."));
                return null;
            }
            for (int i = 0; i < p.length; i++) {
                p[i] /= sum;
            }
            renormalised.increment();
        }
        return p;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private ScoredRow regression(CsvRow row, List<Rejection> rejections) {
        double actual = number(row, actualIndex, actualColumn, "actual", rejections);
        if (Double.isNaN(actual)) {
            return null;
        }
        double predicted = number(row, predictedIndex, predictedColumn, "predicted", rejections);
        if (Double.isNaN(predicted)) {
            return null;
        }
        return new ScoredRow(row.ordinal(), row.line(), featureCells(row), null, null, null, actual, predicted);
    }

    private double number(CsvRow row, int index, String column, String role, List<Rejection> rejections) {
        String cell = row.text(index);
        if (cell.isEmpty()) {
            rejections.add(new Rejection(row.line(), "an empty " + role + " value", place.of(row.line())
                    + " has an empty " + role + " column '" + column + "'."));
            return Double.NaN;
        }
        double value = row.number(index);
        if (Double.isNaN(value)) {
            rejections.add(new Rejection(row.line(), "a non-numeric " + role + " value", place.of(row.line())
                    + " has '" + cell + "' in the " + role + " column '" + column
                    + "', which is not a number, but the task is regression."));
        }
        return value;
    }

    private String[] featureCells(CsvRow row) {
        String[] out = new String[featureIndex.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = row.cells()[featureIndex[i]];
        }
        return out;
    }

    /** Rows whose probabilities were renormalised so far. */
    public long renormalisedRows() {
        return renormalised.sum();
    }

    /** The actual and predicted labels seen so far (classification). */
    public Set<String> seenLabels() {
        return Set.copyOf(seenLabels);
    }

    /** Adds what another reader of other rows of the same table counted (partial states merged in one place). */
    public void addCounts(long renormalisedRows, Collection<String> labels) {
        renormalised.add(renormalisedRows);
        seenLabels.addAll(labels);
    }

    /**
     * End-of-data check: every probability column's label occurred as an actual or predicted value.
     *
     * @param scored the rows scored; with none (every row skipped) the notes already say why
     */
    public void requireProbabilityLabelsOccur(long scored) {
        if (scored == 0 || task != Task.CLASSIFICATION) {
            return; // a multi-label score column may well be of a label that never occurs
        }
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < probabilityLabels.size(); i++) {
            if (!seenLabels.contains(probabilityLabels.get(i))) {
                orphans.add(probabilityColumns.get(i));
            }
        }
        if (!orphans.isEmpty()) {
            throw new InputException(subject + " has probability " + (orphans.size() == 1 ? "column " : "columns ")
                    + FeatureMapping.shortList(orphans) + " for " + (orphans.size() == 1 ? "a label" : "labels")
                    + " that never occurs as an actual or predicted value; check the column names against the labels "
                    + "or set probabilityPrefix.");
        }
    }

    /** Sentences for the report's notes: how the task was inferred, renormalised rows, then the bad rows' note. */
    public List<String> notes(Optional<String> badRowsNote) {
        List<String> out = new ArrayList<>();
        if (inferredNote != null) {
            out.add(inferredNote);
        }
        long renormalisedRows = renormalised.sum();
        if (renormalisedRows > 0) {
            out.add(renormalisedRows + (renormalisedRows == 1 ? " row had probabilities" : " rows had probabilities")
                    + " that did not sum to 1 (within " + SUM_TOLERANCE + ") and "
                    + (renormalisedRows == 1 ? "was" : "were") + " renormalised.");
        }
        badRowsNote.ifPresent(out::add);
        return out;
    }
}
