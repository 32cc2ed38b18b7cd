package org.mlgate.analysis.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.data.DataTable;
import org.mlgate.analysis.data.RawRows;
import org.mlgate.analysis.data.RowChunk;
import org.mlgate.analysis.data.Rejection;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.data.Sha256;

/**
 * Predictions mode: a file of precomputed predictions from any model, with an actual column, a predicted column
 * and/or probability columns {@code <prefix><label>}; every other column is kept as a feature column.
 *
 * <p>Without a task, the file is classification when it has probability columns or a non-numeric actual or
 * predicted cell, and regression otherwise (decided by a first pass over the file, which stops at the first
 * non-numeric cell). Probability columns are ordered by label; without a predicted column the prediction is the
 * most probable label (ties: the first in that order). Rows whose probabilities differ from a sum of 1 by more
 * than 1e-6 are renormalised and counted.
 *
 * <p>{@link #read} and {@link #account} from one thread in file order; {@link #score} from any thread (it shares only
 * concurrent counters).
 */
final class PredictionsFileSource implements ScoredRowSource {

    static final double SUM_TOLERANCE = 1e-6;

    private final Path file;
    private final DataTable table;
    private final BadRows badRows;
    private final Task task;
    private final String actualColumn;
    private final String predictedColumn;
    private final int actualIndex;
    private final int predictedIndex;
    private final List<String> probabilityLabels;
    private final List<String> probabilityColumns;
    private final int[] probabilityIndex;
    private final int[] featureIndex;
    private final List<String> featureColumns;
    private final List<String> notes = new ArrayList<>();
    private final Set<String> seenLabels = ConcurrentHashMap.newKeySet();
    private final LongAdder renormalised = new LongAdder();
    /** The multi-label, clustering and anomaly-detection rows; null for classification and regression. */
    private final TaskFileRows taskRows;
    private long scored;
    private boolean exhausted;
    private String sha256;

    private PredictionsFileSource(Path file, DataTable table, BadRows badRows, Task task, String actualColumn,
                                  String predictedColumn, TreeMap<String, Integer> probabilityByLabel, String prefix) {
        this.file = file;
        this.table = table;
        this.badRows = badRows;
        this.task = task;
        this.actualColumn = actualColumn;
        this.predictedColumn = predictedColumn;
        this.actualIndex = table.column(actualColumn);
        this.predictedIndex = table.column(predictedColumn);
        this.probabilityLabels = List.copyOf(probabilityByLabel.keySet());
        this.probabilityColumns = probabilityLabels.stream().map(l -> prefix + l).toList();
        this.probabilityIndex = probabilityByLabel.values().stream().mapToInt(Integer::intValue).toArray();
        Set<Integer> special = new HashSet<>(probabilityByLabel.values());
        special.add(actualIndex);
        special.add(predictedIndex);
        List<String> features = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            if (!special.contains(i)) {
                features.add(table.header().get(i));
                indices.add(i);
            }
        }
        this.featureColumns = List.copyOf(features);
        this.featureIndex = indices.stream().mapToInt(Integer::intValue).toArray();
        this.taskRows = task == Task.CLASSIFICATION || task == Task.REGRESSION ? null : new TaskFileRows(task, file,
                actualIndex, actualColumn, predictedIndex, predictedColumn, probabilityIndex, probabilityColumns);
        if (taskRows == null) {
            table.numbersOnly(probabilityIndex); // read as numbers: a Parquet file need not write them out as text
        }
    }

    static PredictionsFileSource open(SourceRequest request) {
        Path file = request.predictions();
        String actual = request.labelColumnOrDefault();
        String predicted = request.predictionColumnOrDefault();
        String prefix = request.probabilityPrefixOrDefault();
        BadRows badRows = new BadRows(request.onBadRowOrDefault());
        DataTable table = DataTable.open(file, badRows, request.formatOrDefault());
        try {
            if (table.column(actual) < 0) {
                throw new InputException("The predictions file " + file + " has no actual column '" + actual
                        + "' (its columns are " + FeatureMapping.shortList(table.header())
                        + "); set labelColumn to the column with the true values." + table.delimiterHint());
            }
            TreeMap<String, Integer> probabilities = new TreeMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                String column = table.header().get(i);
                if (column.startsWith(prefix) && column.length() > prefix.length()
                        && !column.equals(actual) && !column.equals(predicted)) {
                    probabilities.put(column.substring(prefix.length()), i);
                }
            }
            boolean hasPredicted = table.column(predicted) >= 0;
            if (!hasPredicted && probabilities.isEmpty()) {
                throw new InputException("The predictions file " + file + " has neither a predicted column '" + predicted
                        + "' nor probability columns '" + prefix + "<label>' (its columns are "
                        + FeatureMapping.shortList(table.header()) + "); set predictionColumn or probabilityPrefix.");
            }
            Task task = request.task();
            String inferredNote = null;
            if (task == null) {
                ValueKinds kinds = probabilities.isEmpty() ? ValueKinds.scan(file, request.formatOrDefault(), actual, predicted) : null;
                task = kinds == null || kinds.classLike() ? Task.CLASSIFICATION : Task.REGRESSION;
                if (task == Task.REGRESSION) {
                    inferredNote = "The task was inferred as regression: actual and predicted are numbers, not all"
                            + " whole or more than " + ValueKinds.MAX_CODES + " distinct, and there are no probability"
                            + " columns; set task to classification if the numbers are class labels.";
                } else if (kinds != null && kinds.numeric()) {
                    inferredNote = "The task was inferred as classification: actual and predicted hold only the whole"
                            + " numbers " + kinds.describe() + "; set task to regression if they are quantities.";
                }
            }
            if (task != Task.CLASSIFICATION && task != Task.REGRESSION) {
                TaskFileColumns.require(task, file, predicted, hasPredicted, prefix, probabilities);
            }
            if (task == Task.REGRESSION) {
                if (!hasPredicted) {
                    throw new InputException("The predictions file " + file + " has no predicted column '" + predicted
                            + "', which a regression evaluation needs; set predictionColumn.");
                }
                probabilities.clear(); // kept as ordinary feature columns
            }
            PredictionsFileSource source = new PredictionsFileSource(file, table, badRows, task, actual, predicted,
                    probabilities, prefix);
            if (inferredNote != null) {
                source.notes.add(inferredNote);
            }
            return source;
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    @Override
    public Task task() {
        return task;
    }

    @Override
    public ModelInfo model() {
        if (sha256 == null) {
            try {
                sha256 = exhausted ? table.sha256() : Sha256.ofFile(file);
            } catch (IOException e) {
                throw new InputException("The predictions file " + file + " cannot be read (" + e.getMessage()
                        + "); check that it is a readable file.", e);
            }
        }
        return ModelInfo.predictionsFile(file.toString(), sha256);
    }

    @Override
    public List<String> featureColumns() {
        return featureColumns;
    }

    @Override
    public List<String> probabilityLabels() {
        return probabilityLabels;
    }

    @Override
    public List<String> modelLabels() {
        return List.of();
    }

    @Override
    public RowChunk readChunk(int targetBytes) {
        RowChunk chunk = exhausted ? null : table.nextChunk(targetBytes);
        exhausted |= chunk == null;
        return chunk;
    }

    @Override
    public RawRows rows(RowChunk chunk) {
        return new RawRows(table.rows(chunk));
    }

    @Override
    public RawRows read(int max) {
        List<CsvRow> rows = new ArrayList<>(Math.min(max, 4096));
        while (rows.size() < max && !exhausted) {
            CsvRow row = table.nextAny();
            if (row == null) {
                exhausted = true;
                break;
            }
            rows.add(row);
        }
        return new RawRows(rows);
    }

    @Override
    public ScoredBatch score(RawRows raw) {
        List<ScoredRow> out = new ArrayList<>(raw.size());
        List<CsvRow> scoredRows = new ArrayList<>(raw.size());
        List<Rejection> rejections = new ArrayList<>();
        for (CsvRow row : raw.rows()) {
            if (!table.hasAllCells(row)) {
                rejections.add(table.malformed(row));
                continue;
            }
            ScoredRow scoredRow = taskRows != null ? taskRows.row(row, featureCells(row), rejections)
                    : task == Task.CLASSIFICATION ? classification(row, rejections) : regression(row, rejections);
            if (scoredRow != null) {
                out.add(scoredRow);
                scoredRows.add(row);
            }
        }
        double[][] numbers = new double[featureIndex.length][scoredRows.size()];
        for (int i = 0; i < scoredRows.size(); i++) {
            CsvRow row = scoredRows.get(i);
            for (int c = 0; c < featureIndex.length; c++) {
                numbers[c][i] = row.number(featureIndex[c]);
            }
        }
        return new ScoredBatch(out, numbers, rejections);
    }

    @Override
    public void account(ScoredBatch batch) {
        batch.rejections().forEach(rejection -> rejection.applyTo(badRows));
        scored += batch.size();
    }

    @Override
    public void finish() {
        if (task == Task.CLASSIFICATION) {
            checkProbabilityLabelsOccur(); // a multi-label score column may well be of a label that never occurs
        }
    }

    private ScoredRow classification(CsvRow row, List<Rejection> rejections) {
        String actual = row.cells()[actualIndex];
        if (actual.isEmpty()) {
            rejections.add(new Rejection(row.line(), "an empty actual value",
                    table.where(row.line()) + " has an empty actual column '" + actualColumn + "'."));
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
                rejections.add(new Rejection(row.line(), "an empty predicted value",
                        table.where(row.line()) + " has an empty predicted column '" + predictedColumn + "'."));
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

    /** The row's probabilities, renormalised when needed; null (after telling {@link BadRows}) when invalid. */
    private double[] probabilities(CsvRow row, List<Rejection> rejections) {
        double[] p = new double[probabilityIndex.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            String column = probabilityColumns.get(i);
            double value = row.number(probabilityIndex[i]);
            String cell = Double.isNaN(value) || value < 0 || value > 1 ? row.text(probabilityIndex[i]) : null;
            if (Double.isNaN(value) && cell.isEmpty()) {
                rejections.add(new Rejection(row.line(), "a missing probability",
                        table.where(row.line()) + " has no value in the probability column '" + column + "'."));
                return null;
            }
            if (Double.isNaN(value)) {
                rejections.add(new Rejection(row.line(), "a non-numeric probability",
                        table.where(row.line()) + " has '" + cell + "' in the probability column '" + column
                                + "', which is not a number."));
                return null;
            }
            if (value < 0 || value > 1) {
                rejections.add(new Rejection(row.line(), "a probability outside [0, 1]",
                        table.where(row.line()) + " has " + cell + " in the probability column '" + column
                                + "', outside [0, 1]."));
                return null;
            }
            p[i] = value;
            sum += value;
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            if (sum == 0) {
                rejections.add(new Rejection(row.line(), "probabilities that are all 0",
                        table.where(row.line()) + " has probabilities that are all 0, which cannot be renormalised."));
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
            rejections.add(new Rejection(row.line(), "an empty " + role + " value",
                    table.where(row.line()) + " has an empty " + role + " column '" + column + "'."));
            return Double.NaN;
        }
        double value = row.number(index);
        if (Double.isNaN(value)) {
            rejections.add(new Rejection(row.line(), "a non-numeric " + role + " value",
                    table.where(row.line()) + " has '" + cell + "' in the " + role + " column '" + column
                    + "', which is not a number, but the task is regression."));
        }
        return value;
    }

    private void checkProbabilityLabelsOccur() {
        if (scored == 0) {
            return; // every row was skipped: the notes already say why, and no label can have occurred
        }
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < probabilityLabels.size(); i++) {
            if (!seenLabels.contains(probabilityLabels.get(i))) {
                orphans.add(probabilityColumns.get(i));
            }
        }
        if (!orphans.isEmpty()) {
            throw new InputException("The predictions file " + file + " has probability "
                    + (orphans.size() == 1 ? "column " : "columns ") + FeatureMapping.shortList(orphans)
                    + " for " + (orphans.size() == 1 ? "a label" : "labels")
                    + " that never occurs as an actual or predicted value; check the column names against the labels "
                    + "or set probabilityPrefix.");
        }
    }

    private String[] featureCells(CsvRow row) {
        String[] out = new String[featureIndex.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = row.cells()[featureIndex[i]];
        }
        return out;
    }

    @Override
    public DataInfo dataInfo() {
        return new DataInfo(file.toString(), exhausted ? table.sha256() : null, scored, badRows.skipped(), null);
    }

    @Override
    public List<String> notes() {
        List<String> out = new ArrayList<>(notes);
        out.addAll(table.notes());
        long renormalisedRows = renormalised.sum();
        if (renormalisedRows > 0) {
            out.add(renormalisedRows + (renormalisedRows == 1 ? " row had probabilities" : " rows had probabilities")
                    + " that did not sum to 1 (within " + SUM_TOLERANCE + ") and "
                    + (renormalisedRows == 1 ? "was" : "were") + " renormalised.");
        }
        badRows.note().ifPresent(out::add);
        return out;
    }

    @Override
    public void close() {
        table.close();
    }
}
