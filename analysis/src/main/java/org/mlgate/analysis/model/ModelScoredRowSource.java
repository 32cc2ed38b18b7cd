package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CellNumbers;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.CsvTable;
import org.mlgate.analysis.data.DataInfo;
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
 * <p>Not thread-safe: one consumer reads the batches (they can then be scored on several threads).
 */
final class ModelScoredRowSource implements ScoredRowSource {

    private final LoadedModel loaded;
    private final CsvTable table;
    private final Path dataFile;
    private final int labelIndex;
    private final String labelColumn;
    private final BadRows badRows;
    private final FeatureMapping mapping;
    private final List<String> featureColumns;
    private final List<String> labels;
    private final boolean probabilities;
    private final TreeSet<String> unmatchedColumns = new TreeSet<>();
    private long unmatchedRows;
    private long scored;
    private boolean exhausted;

    ModelScoredRowSource(LoadedModel loaded, CsvTable table, String labelColumn, BadRows badRows) {
        this.loaded = loaded;
        this.table = table;
        this.dataFile = table.file();
        this.labelColumn = labelColumn;
        this.labelIndex = table.column(labelColumn);
        this.badRows = badRows;
        List<String> featureNames = new ArrayList<>();
        for (VariableInfo info : loaded.model().getFeatureIDMap()) {
            featureNames.add(info.getName());
        }
        this.mapping = FeatureMapping.of(Path.of(loaded.info().path()), dataFile, table.header(), labelIndex, featureNames);
        List<String> columns = new ArrayList<>(table.header());
        columns.remove(labelIndex);
        this.featureColumns = List.copyOf(columns);
        this.labels = loaded.task() == Task.CLASSIFICATION ? sortedLabels(loaded.model()) : List.of();
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
        return probabilities ? labels : List.of();
    }

    @Override
    public List<String> modelLabels() {
        return labels;
    }

    @Override
    public List<ScoredRow> nextBatch(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("A batch holds at least one row, not " + max);
        }
        List<CsvRow> rows = new ArrayList<>(Math.min(max, 4096));
        List<String> actualLabels = new ArrayList<>();
        List<Double> actualValues = new ArrayList<>();
        List<FeatureMapping.MappedRow> features = new ArrayList<>();
        while (rows.size() < max && !exhausted) {
            CsvRow row = table.next();
            if (row == null) {
                exhausted = true;
                break;
            }
            if (acceptRow(row, actualLabels, actualValues, features)) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        return loaded.task() == Task.CLASSIFICATION
                ? classify(rows, actualLabels, features)
                : regress(rows, actualValues, features);
    }

    /** Reads the actual value and the features; false (after telling {@link BadRows}) when the row is unusable. */
    private boolean acceptRow(CsvRow row, List<String> actualLabels, List<Double> actualValues,
                              List<FeatureMapping.MappedRow> features) {
        String actual = row.cells()[labelIndex].trim();
        if (actual.isEmpty()) {
            badRows.reject(row.line(), "an empty label", "Line " + row.line() + " of " + dataFile
                    + " has an empty label column '" + labelColumn + "'.");
            return false;
        }
        double actualValue = Double.NaN;
        if (loaded.task() == Task.REGRESSION) {
            actualValue = CellNumbers.parse(actual);
            if (Double.isNaN(actualValue)) {
                badRows.reject(row.line(), "a non-numeric actual value", "Line " + row.line() + " of " + dataFile
                        + " has '" + actual + "' in the label column '" + labelColumn
                        + "', which is not a number, but the model is a regression model.");
                return false;
            }
        }
        FeatureMapping.MappedRow mapped = mapping.map(row.cells());
        if (mapped.names().length == 0) {
            badRows.reject(row.line(), "no value the model can use", "Line " + row.line() + " of " + dataFile
                    + " has no value the model can use (every feature cell is empty or unseen).");
            return false;
        }
        if (!mapped.unmatchedColumns().isEmpty()) {
            unmatchedRows++;
            unmatchedColumns.addAll(mapped.unmatchedColumns());
        }
        if (loaded.task() == Task.CLASSIFICATION) {
            actualLabels.add(actual);
        } else {
            actualValues.add(actualValue);
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
            out.add(new ScoredRow(scored++, rows.get(i).line(), featureCells(rows.get(i)), actual.get(i),
                    p.getOutput().getLabel(), probabilities ? probabilitiesOf(p) : null, Double.NaN, Double.NaN));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<ScoredRow> regress(List<CsvRow> rows, List<Double> actual, List<FeatureMapping.MappedRow> features) {
        Model<Regressor> model = (Model<Regressor>) loaded.model();
        List<Example<Regressor>> examples = new ArrayList<>(rows.size());
        for (FeatureMapping.MappedRow f : features) {
            examples.add(new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, f.names(), f.values()));
        }
        List<Prediction<Regressor>> predictions = model.predict(examples);
        List<ScoredRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            double predicted = predictions.get(i).getOutput().getValues()[0];
            out.add(new ScoredRow(scored++, rows.get(i).line(), featureCells(rows.get(i)), null, null, null,
                    actual.get(i), predicted));
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

    private String[] featureCells(CsvRow row) {
        String[] cells = row.cells();
        String[] out = new String[cells.length - 1];
        System.arraycopy(cells, 0, out, 0, labelIndex);
        System.arraycopy(cells, labelIndex + 1, out, labelIndex, cells.length - labelIndex - 1);
        return out;
    }

    @Override
    public DataInfo dataInfo() {
        return new DataInfo(dataFile.toString(), exhausted ? table.sha256() : null, scored, badRows.skipped(), null);
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        List<String> unused = mapping.unusedColumns();
        if (!unused.isEmpty()) {
            notes.add((unused.size() == 1 ? "Column " : "Columns ") + FeatureMapping.shortList(unused)
                    + (unused.size() == 1 ? " is" : " are") + " not used by the model; kept for analysis only.");
        }
        if (unmatchedRows > 0) {
            notes.add(unmatchedRows + (unmatchedRows == 1 ? " row" : " rows") + " had values the model never saw or "
                    + "empty cells in " + (unmatchedColumns.size() == 1 ? "column " : "columns ")
                    + FeatureMapping.shortList(unmatchedColumns) + " and " + (unmatchedRows == 1 ? "was" : "were")
                    + " predicted from their other features.");
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
