package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.DataTable;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.data.RawRows;
import org.mlgate.analysis.data.Rejection;
import org.mlgate.analysis.data.RowChunk;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;

/**
 * Model mode for a {@link TabularModel} (ONNX, XGBoost): each data row's feature cells go to the model's features
 * by {@link FeatureColumns}, and the rows of a chunk are predicted in one call. Every column except the label is kept
 * for analysis, whether the model reads it or not.
 *
 * <p>{@link #read} and {@link #account} from one thread in file order; {@link #score} from any thread: the models
 * predict concurrently, and the source shares only concurrent counters.
 */
final class TabularScoredRowSource implements ScoredRowSource {

    /** Probabilities this far outside [0, 1] are float rounding, and clipped; further out, the row is refused. */
    private static final double PROBABILITY_SLACK = 1e-5;

    private final TabularModel model;
    private final DataTable table;
    private final Path dataFile;
    private final String labelColumn;
    private final int labelIndex;
    private final BadRows badRows;
    private final int[] featureIndexes;
    private final List<String> featureColumns;
    private final List<String> unused;
    private final Set<String> missingColumns = ConcurrentHashMap.newKeySet();
    private final LongAdder missingRows = new LongAdder();
    /** Rows whose actual label is one of the model's classes; none means the labels do not match (see finish). */
    private final LongAdder knownActuals = new LongAdder();
    private final Set<String> classes;
    private volatile String anActual;
    private long scored;
    private boolean exhausted;

    TabularScoredRowSource(TabularModel model, DataTable table, String labelColumn, BadRows badRows,
                           List<String> configuredFeatureColumns) {
        this.model = model;
        this.classes = Set.copyOf(model.labels());
        this.table = table;
        this.dataFile = table.file();
        this.labelColumn = labelColumn;
        this.labelIndex = table.column(labelColumn);
        this.badRows = badRows;
        this.featureIndexes = FeatureColumns.bind(model.features(), configuredFeatureColumns, table.header(),
                labelIndex, Path.of(model.info().path()), dataFile);
        List<String> columns = new ArrayList<>(table.header());
        columns.remove(labelIndex);
        this.featureColumns = List.copyOf(columns);
        List<String> notRead = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            final int column = i;
            if (i != labelIndex && Arrays.stream(featureIndexes).noneMatch(f -> f == column)) {
                notRead.add(table.header().get(i));
            }
        }
        this.unused = List.copyOf(notRead);
    }

    @Override
    public Task task() {
        return model.task();
    }

    @Override
    public ModelInfo model() {
        return model.info();
    }

    @Override
    public List<String> featureColumns() {
        return featureColumns;
    }

    @Override
    public List<String> probabilityLabels() {
        return model.probabilities() ? model.labels() : List.of();
    }

    @Override
    public List<String> modelLabels() {
        return model.task() == Task.CLASSIFICATION ? model.labels() : List.of();
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
        int n = raw.size();
        List<CsvRow> rows = new ArrayList<>(n);
        List<Rejection> rejections = new ArrayList<>();
        String[] actualLabels = new String[n];
        double[] actualValues = new double[n];
        double[][] numbers = new double[featureColumns.size()][n];
        TabularModel.ModelFeatures features = model.features();
        double[][] inputs = new double[featureIndexes.length][n];
        String[][] texts = new String[featureIndexes.length][];
        for (int f = 0; f < featureIndexes.length; f++) {
            if (features.kind(f) == TabularModel.Kind.TEXT) {
                texts[f] = new String[n];
            }
        }
        for (CsvRow row : raw.rows()) {
            if (!table.hasAllCells(row)) {
                rejections.add(table.malformed(row));
                continue;
            }
            String[] cells = row.cells();
            double[] parsed = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                parsed[i] = row.number(i); // as a Parquet file stores it, or the cell parsed once
            }
            int at = rows.size();
            Rejection rejection = actual(row, parsed, actualLabels, actualValues, at);
            if (rejection == null) {
                rejection = features(row, parsed, features, inputs, texts, at);
            }
            if (rejection != null) {
                rejections.add(rejection);
                continue;
            }
            for (int c = 0, h = 0; h < parsed.length; h++) {
                if (h != labelIndex) {
                    numbers[c++][at] = parsed[h];
                }
            }
            rows.add(row);
        }
        int m = rows.size();
        for (int c = 0; c < numbers.length; c++) {
            numbers[c] = Arrays.copyOf(numbers[c], m);
        }
        if (m == 0) {
            return new ScoredBatch(List.of(), numbers, rejections);
        }
        for (int f = 0; f < inputs.length; f++) {
            inputs[f] = Arrays.copyOf(inputs[f], m);
            if (texts[f] != null) {
                texts[f] = Arrays.copyOf(texts[f], m);
            }
        }
        TabularModel.Predictions predictions = model.predict(new TabularModel.FeatureBatch(m, inputs, texts));
        List<ScoredRow> scored = new ArrayList<>(m);
        boolean[] kept = new boolean[m];
        for (int i = 0; i < m; i++) {
            CsvRow row = rows.get(i);
            ScoredRow out = model.task() == Task.CLASSIFICATION
                    ? classified(row, actualLabels[i], predictions, i, rejections)
                    : regressed(row, actualValues[i], predictions.values()[i], rejections);
            if (out != null) {
                scored.add(out);
                kept[i] = true;
            }
        }
        if (scored.size() < m) {
            numbers = keep(numbers, kept, scored.size());
            rejections.sort(Comparator.comparingLong(Rejection::line));
        }
        return new ScoredBatch(scored, numbers, rejections);
    }

    /**
     * A classifier none of whose classes is ever an actual label is judged against the wrong names (XGBoost's classes
     * are 0, 1, ... unless {@code labels} names them): every metric would be 0, so the build stops instead.
     */
    @Override
    public void finish() {
        if (model.task() == Task.CLASSIFICATION && scored > 0 && knownActuals.sum() == 0) {
            throw new InputException("None of the actual labels in column '" + labelColumn + "' of " + dataFile
                    + " (for instance '" + anActual + "') is one of the classes of " + model.info().path() + " ("
                    + FeatureMapping.shortList(model.labels()) + "); set labels to the class names in the order of the"
                    + " model's classes (XGBoost's 0, 1, ...; an ONNX model's class labels), or labelColumn to the"
                    + " column that holds them.");
        }
    }

    @Override
    public void account(ScoredBatch batch) {
        batch.rejections().forEach(rejection -> rejection.applyTo(badRows));
        scored += batch.size();
    }

    /** Reads the row's actual value into the arrays at {@code at}; a rejection when it has none. */
    private Rejection actual(CsvRow row, double[] parsed, String[] actualLabels, double[] actualValues, int at) {
        String actual = row.cells()[labelIndex];
        if (actual.isEmpty()) {
            return new Rejection(row.line(), "an empty label", table.where(row.line())
                    + " has an empty label column '" + labelColumn + "'.");
        }
        if (model.task() == Task.REGRESSION) {
            if (Double.isNaN(parsed[labelIndex])) {
                return new Rejection(row.line(), "a non-numeric actual value",
                        table.where(row.line()) + " has '" + actual + "' in the label column '" + labelColumn
                        + "', which is not a number, but the model is a regression model.");
            }
            actualValues[at] = parsed[labelIndex];
        } else {
            actualLabels[at] = actual;
        }
        return null;
    }

    /** Reads the row's feature values into the model's inputs at {@code at}; a rejection for a cell they refuse. */
    private Rejection features(CsvRow row, double[] parsed, TabularModel.ModelFeatures features, double[][] inputs,
                               String[][] texts, int at) {
        List<String> missing = null;
        for (int f = 0; f < featureIndexes.length; f++) {
            int column = featureIndexes[f];
            String cell = row.cells()[column];
            double number = parsed[column];
            TabularModel.Kind kind = features.kind(f);
            inputs[f][at] = number;
            if (kind == TabularModel.Kind.TEXT) {
                texts[f][at] = cell;
            } else if (cell.isEmpty() && kind == TabularModel.Kind.NUMBER) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add(table.header().get(column));
            } else if (Double.isNaN(number) || kind == TabularModel.Kind.INTEGER && number != Math.rint(number)) {
                String what = cell.isEmpty() ? "an empty cell" : "'" + cell + "'";
                return new Rejection(row.line(), "a feature cell that is not " + kind.describe(),
                        table.where(row.line()) + " has " + what + " in column '" + table.header().get(column)
                        + "', which the model reads as " + kind.describe() + ".");
            }
        }
        if (missing != null) {
            missingRows.increment();
            missingColumns.addAll(missing);
        }
        return null;
    }

    private ScoredRow classified(CsvRow row, String actual, TabularModel.Predictions predictions, int i,
                                 List<Rejection> rejections) {
        if (classes.contains(actual)) {
            knownActuals.increment();
        } else if (anActual == null) {
            anActual = actual;
        }
        double[] p = null;
        if (predictions.probabilities() != null) {
            p = predictions.probabilities()[i];
            for (int c = 0; c < p.length; c++) {
                if (!(p[c] >= -PROBABILITY_SLACK && p[c] <= 1 + PROBABILITY_SLACK)) {
                    rejections.add(new Rejection(row.line(), "a prediction that is not a probability", "The model "
                            + model.info().path() + " gave " + place(row) + " the "
                            + "probability " + p[c] + " for '" + model.labels().get(c) + "', which is not between 0 "
                            + "and 1; check that its probability output is what you meant to evaluate."));
                    return null;
                }
                p[c] = Math.min(1, Math.max(0, p[c]));
            }
        }
        String predicted = predictions.labels() == null ? null : predictions.labels()[i];
        if (predicted == null) {
            if (p == null) {
                rejections.add(new Rejection(row.line(), "no prediction", "The model " + model.info().path()
                        + " gave " + place(row) + " no label."));
                return null;
            }
            predicted = model.labels().get(argmax(p));
        }
        return new ScoredRow(row.ordinal(), row.line(), featureCells(row), actual, predicted, p, Double.NaN,
                Double.NaN);
    }

    private ScoredRow regressed(CsvRow row, double actual, double predicted, List<Rejection> rejections) {
        if (!Double.isFinite(predicted)) {
            rejections.add(new Rejection(row.line(), "a prediction that is not a number", "The model "
                    + model.info().path() + " predicted " + predicted + " for " + place(row)
                    + "; check the row's features and the model."));
            return null;
        }
        return new ScoredRow(row.ordinal(), row.line(), featureCells(row), null, null, null, actual, predicted);
    }

    /** Where the row is, inside a sentence: "line 7 of f.csv", "row 7 of f.parquet (row group 0, ...)". */
    private String place(CsvRow row) {
        String where = table.where(row.line());
        return Character.toLowerCase(where.charAt(0)) + where.substring(1);
    }

    /** The first most probable class, as argmax does in NumPy and ONNX. */
    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    private static double[][] keep(double[][] numbers, boolean[] kept, int size) {
        double[][] out = new double[numbers.length][size];
        for (int c = 0; c < numbers.length; c++) {
            for (int i = 0, j = 0; i < kept.length; i++) {
                if (kept[i]) {
                    out[c][j++] = numbers[c][i];
                }
            }
        }
        return out;
    }

    /** The label cell goes back where the file had it, so that permutation importance can score changed rows. */
    @Override
    public java.util.Optional<RawRows> rescorable(List<ScoredRow> scoredRows) {
        return java.util.Optional.of(LabelCell.restored(scoredRows, labelIndex, model.task()));
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
        if (!unused.isEmpty()) {
            notes.add((unused.size() == 1 ? "Column " : "Columns ") + FeatureMapping.shortList(unused)
                    + (unused.size() == 1 ? " is" : " are") + " not read by the model; kept for analysis only.");
        }
        long missing = missingRows.sum();
        if (missing > 0) {
            notes.add(missing + (missing == 1 ? " row has" : " rows have") + " empty cells in "
                    + (missingColumns.size() == 1 ? "column " : "columns ")
                    + FeatureMapping.shortList(new TreeSet<>(missingColumns)) + ", " + model.missingValues() + ".");
        }
        badRows.note().ifPresent(notes::add);
        return notes;
    }

    @Override
    public void close() {
        try {
            model.close();
        } finally {
            table.close();
        }
    }
}
