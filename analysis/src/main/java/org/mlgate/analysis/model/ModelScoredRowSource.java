package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
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
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Model mode: a Tribuo model applied to a validation file, one batch of rows per {@code model.predict} call.
 * Every column except the label is kept as a feature column for analysis, whether the model uses it or not.
 *
 * <p>{@link #read} and {@link #account} from one thread in file order; {@link #score} from any thread: Tribuo models
 * predict concurrently, and the source shares only concurrent counters.
 */
final class ModelScoredRowSource implements ScoredRowSource {

    private final LoadedModel loaded;
    private final DataTable table;
    private final Path dataFile;
    private final int labelIndex;
    private final String labelColumn;
    private final BadRows badRows;
    private final FeatureMapping mapping;
    private final List<String> featureColumns;
    private final List<String> labels;
    private final boolean probabilities;
    /** The multi-label, clustering and anomaly-detection models' predictions and cells; null for the others. */
    private final TaskPredictions taskPredictions;
    private final TaskCells taskCells;
    private final Set<String> unmatchedColumns = ConcurrentHashMap.newKeySet();
    private final LongAdder unmatchedRows = new LongAdder();
    private long scored;
    private boolean exhausted;

    ModelScoredRowSource(LoadedModel loaded, DataTable table, String labelColumn, BadRows badRows) {
        this.loaded = loaded;
        this.table = table;
        this.dataFile = table.file();
        this.labelColumn = labelColumn;
        this.labelIndex = table.column(labelColumn);
        this.badRows = badRows;
        if (loaded.model().getFeatureIDMap() instanceof org.tribuo.hash.HashedFeatureMap) {
            throw new InputException("The model file " + loaded.info().path() + " was trained on hashed features "
                    + "(Tribuo's HashingTrainer), and Tribuo does not save the hasher's salt, so mlgate cannot tell "
                    + "which column gives which feature; evaluate a predictions file of this model instead.");
        }
        List<String> featureNames = new ArrayList<>();
        for (VariableInfo info : loaded.model().getFeatureIDMap()) {
            featureNames.add(info.getName());
        }
        this.mapping = FeatureMapping.of(Path.of(loaded.info().path()), dataFile, table.header(), labelIndex, featureNames);
        List<String> columns = new ArrayList<>(table.header());
        columns.remove(labelIndex);
        this.featureColumns = List.copyOf(columns);
        boolean classic = loaded.task() == Task.CLASSIFICATION || loaded.task() == Task.REGRESSION;
        this.taskPredictions = classic ? null : new TaskPredictions(loaded.model(), loaded.task(),
                Path.of(loaded.info().path()));
        this.taskCells = classic ? null : new TaskCells(loaded.task(), dataFile);
        this.labels = loaded.task() == Task.CLASSIFICATION ? sortedLabels(loaded.model())
                : classic ? List.of() : taskPredictions.labels();
        this.probabilities = loaded.task() == Task.CLASSIFICATION && loaded.model().generatesProbabilities();
    }

    @Override
    public Task task() {
        return loaded.task();
    }

    @Override
    public ModelInfo model() {
        return loaded.info();
    }

    @Override
    public java.util.Optional<Model<?>> tribuoModel() {
        return java.util.Optional.of(loaded.model());
    }

    @Override
    public List<String> featureColumns() {
        return featureColumns;
    }

    @Override
    public List<String> probabilityLabels() {
        if (taskPredictions != null) {
            return taskPredictions.scoreLabels();
        }
        return probabilities ? labels : List.of();
    }

    @Override
    public List<String> modelLabels() {
        return labels;
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
        List<CsvRow> rows = new ArrayList<>(raw.size());
        List<Rejection> rejections = new ArrayList<>();
        List<String> actualLabels = new ArrayList<>();
        double[] actualValues = new double[raw.size()];
        List<FeatureMapping.MappedRow> features = new ArrayList<>();
        double[][] numbers = new double[featureColumns.size()][raw.size()];
        for (CsvRow row : raw.rows()) {
            if (!table.hasAllCells(row)) {
                rejections.add(table.malformed(row));
                continue;
            }
            double[] parsed = parse(row);
            if (acceptRow(row, parsed, actualLabels, actualValues, rows.size(), features, rejections)) {
                for (int c = 0, h = 0; h < parsed.length; h++) {
                    if (h != labelIndex) {
                        numbers[c++][rows.size()] = parsed[h];
                    }
                }
                rows.add(row);
            }
        }
        for (int c = 0; c < numbers.length; c++) {
            numbers[c] = java.util.Arrays.copyOf(numbers[c], rows.size());
        }
        List<ScoredRow> scored = rows.isEmpty() ? List.of()
                : taskPredictions != null ? taskPredictions.predict(rows, actualLabels, features, this::featureCells)
                : loaded.task() == Task.CLASSIFICATION
                ? classify(rows, actualLabels, features)
                : regress(rows, actualValues, features);
        return new ScoredBatch(scored, numbers, rejections);
    }

    @Override
    public void account(ScoredBatch batch) {
        batch.rejections().forEach(rejection -> rejection.applyTo(badRows));
        scored += batch.size();
    }

    /**
     * Every cell of the row as a number, NaN for empty and text cells: parsed once for the model and the analyses (or
     * as a Parquet file stores it).
     */
    private static double[] parse(CsvRow row) {
        double[] numbers = new double[row.cells().length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = row.number(i);
        }
        return numbers;
    }

    /** Reads the actual value and the features; false (with a rejection) when the row is unusable. */
    private boolean acceptRow(CsvRow row, double[] parsed, List<String> actualLabels, double[] actualValues, int at,
                              List<FeatureMapping.MappedRow> features, List<Rejection> rejections) {
        String actual = row.cells()[labelIndex];
        if (taskCells != null) {
            actual = taskCells.read(actual, row.line(), "actual", labelColumn, rejections);
            if (actual == null) {
                return false;
            }
        } else if (actual.isEmpty()) {
            rejections.add(new Rejection(row.line(), "an empty label", table.where(row.line())
                    + " has an empty label column '" + labelColumn + "'."));
            return false;
        }
        double actualValue = Double.NaN;
        if (loaded.task() == Task.REGRESSION) {
            actualValue = parsed[labelIndex];
            if (Double.isNaN(actualValue)) {
                rejections.add(new Rejection(row.line(), "a non-numeric actual value",
                        table.where(row.line()) + " has '" + actual + "' in the label column '" + labelColumn
                        + "', which is not a number, but the model is a regression model."));
                return false;
            }
        }
        FeatureMapping.MappedRow mapped = mapping.map(row.cells(), parsed);
        if (mapped.names().length == 0) {
            rejections.add(new Rejection(row.line(), "no value the model can use",
                    table.where(row.line()) + " has no value the model can use (every feature cell is empty or"
                            + " unseen)."));
            return false;
        }
        if (!mapped.unmatchedColumns().isEmpty()) {
            unmatchedRows.increment();
            unmatchedColumns.addAll(mapped.unmatchedColumns());
        }
        if (loaded.task() != Task.REGRESSION) {
            actualLabels.add(actual);
        } else {
            actualValues[at] = actualValue;
        }
        features.add(mapped);
        return true;
    }

    @SuppressWarnings("unchecked")
    private List<ScoredRow> classify(List<CsvRow> rows, List<String> actual, List<FeatureMapping.MappedRow> features) {
        Model<Label> model = (Model<Label>) loaded.model();
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        for (FeatureMapping.MappedRow f : features) {
            examples.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, f.names(), f.values()));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        List<ScoredRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Prediction<Label> p = predictions.get(i);
            out.add(new ScoredRow(rows.get(i).ordinal(), rows.get(i).line(), featureCells(rows.get(i)), actual.get(i),
                    p.getOutput().getLabel(), probabilities ? probabilitiesOf(p) : null, Double.NaN, Double.NaN));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<ScoredRow> regress(List<CsvRow> rows, double[] actual, List<FeatureMapping.MappedRow> features) {
        Model<Regressor> model = (Model<Regressor>) loaded.model();
        List<Example<Regressor>> examples = new ArrayList<>(rows.size());
        for (FeatureMapping.MappedRow f : features) {
            examples.add(new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, f.names(), f.values()));
        }
        List<Prediction<Regressor>> predictions = model.predict(examples);
        List<ScoredRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            double predicted = predictions.get(i).getOutput().getValues()[0];
            out.add(new ScoredRow(rows.get(i).ordinal(), rows.get(i).line(), featureCells(rows.get(i)), null, null,
                    null, actual[i], predicted));
        }
        return out;
    }

    private double[] probabilitiesOf(Prediction<Label> prediction) {
        Map<String, Label> scores = prediction.getOutputScores();
        double[] p = new double[labels.size()];
        for (int i = 0; i < p.length; i++) {
            Label score = scores.get(labels.get(i));
            p[i] = score == null ? 0.0 : score.getScore();
        }
        return p;
    }

    /** The label cell goes back where the file had it: the actual label, or the actual value as a number. */
    @Override
    public java.util.Optional<RawRows> rescorable(List<ScoredRow> scoredRows) {
        return java.util.Optional.of(LabelCell.restored(scoredRows, labelIndex, loaded.task()));
    }

    private String[] featureCells(CsvRow row) {
        return LabelCell.featureCells(row, labelIndex);
    }

    @Override
    public DataInfo dataInfo() {
        return new DataInfo(dataFile.toString(), exhausted ? table.sha256() : null, scored, badRows.skipped(), null);
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>(table.notes());
        List<String> unused = mapping.unusedColumns();
        if (!unused.isEmpty()) {
            notes.add((unused.size() == 1 ? "Column " : "Columns ") + FeatureMapping.shortList(unused)
                    + (unused.size() == 1 ? " is" : " are") + " not used by the model; kept for analysis only.");
        }
        long unmatched = unmatchedRows.sum();
        if (unmatched > 0) {
            notes.add(unmatched + (unmatched == 1 ? " row" : " rows") + " had values the model never saw or "
                    + "empty cells in " + (unmatchedColumns.size() == 1 ? "column " : "columns ")
                    + FeatureMapping.shortList(new TreeSet<>(unmatchedColumns)) + " and "
                    + (unmatched == 1 ? "was" : "were") + " predicted from their other features.");
        }
        badRows.note().ifPresent(notes::add);
        return notes;
    }

    @Override
    public void close() {
        table.close();
    }

    private static List<String> sortedLabels(Model<?> model) {
        TreeSet<String> names = new TreeSet<>();
        for (Object label : model.getOutputIDInfo().getDomain()) {
            names.add(((Label) label).getLabel());
        }
        return List.copyOf(names);
    }
}
