package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;

/**
 * Error analysis in one pass over the scored rows, in memory bounded by the options and the number of candidate
 * slices (not by the row count): confusion pairs and confident mistakes (classification), largest residuals and
 * residual quantiles (regression), and weak slices (both; see {@link SliceAccumulator} and {@link SliceFinder}).
 * The error of a row is 1 when the predicted label differs from the actual one (classification) or, in regression,
 * the absolute residual or that relative to the actual value, as {@code sliceError} says ({@link
 * RegressionSliceFeed}).
 *
 * <p>Mergeable like the metric accumulators: chunks analysed separately and merged give the single-pass result for
 * confusion pairs, examples, confident mistakes, largest residuals and exact quantiles (ties are broken by row
 * index, not by arrival; a mean confidence may differ in the last bits, floating-point sums depending on the order of
 * addition); for slices see {@link SliceAccumulator}. Not thread-safe: one analyzer per thread.
 */
public final class ErrorAnalyzer {

    private final Task task;
    final List<String> featureColumns;
    private final List<String> probabilityLabels;
    private final Map<String, Integer> probabilityIndex = new HashMap<>();
    private final ErrorAnalysisOptions options;
    private final int idColumn;
    final ConfusionPairCounter confusion;
    final TopRows<ConfidentMistake> confident;
    final TopRows<LargestResidual> residuals;
    final QuantileSketch quantiles;
    final SliceAccumulator slices;                // classification; null for regression
    final RegressionSliceFeed regressionSlices;   // regression; null for classification
    private final int sliceBufferRows;
    private final int exactQuantiles;
    long rows;
    long mistakesWithoutConfidence;

    /**
     * An analyzer for rows without known probability labels: a row's probability of its predicted class is then
     * taken as its highest probability (true for argmax predictions), and a note says so. Prefer the constructor
     * with {@code probabilityLabels}.
     */
    public ErrorAnalyzer(Task task, List<String> featureColumns, ErrorAnalysisOptions options) {
        this(task, featureColumns, null, options);
    }

    /**
     * @param probabilityLabels the labels of {@link ScoredRow#probabilities()} in order
     *                          ({@code ScoredRowSource.probabilityLabels()}); null when unknown
     * @throws InputException when the id column is not one of the feature columns
     */
    public ErrorAnalyzer(Task task, List<String> featureColumns, List<String> probabilityLabels,
                         ErrorAnalysisOptions options) {
        this(task, featureColumns, probabilityLabels, options, SliceAccumulator.bufferRowsFor(featureColumns.size()),
                QuantileSketch.DEFAULT_EXACT_CAPACITY);
    }

    /** With explicit buffer sizes, so tests can exercise the bounded-memory paths on small data. */
    ErrorAnalyzer(Task task, List<String> featureColumns, List<String> probabilityLabels,
                  ErrorAnalysisOptions options, int sliceBufferRows, int exactQuantiles) {
        this(task, featureColumns, probabilityLabels, options, sliceBufferRows, exactQuantiles, null);
    }

    /** @param parent the analyzer this one is an empty fork of (its slice bins are copied), or null */
    private ErrorAnalyzer(Task task, List<String> featureColumns, List<String> probabilityLabels,
                          ErrorAnalysisOptions options, int sliceBufferRows, int exactQuantiles, ErrorAnalyzer parent) {
        this.task = Objects.requireNonNull(task, "task");
        this.featureColumns = List.copyOf(featureColumns);
        this.probabilityLabels = probabilityLabels == null ? null : List.copyOf(probabilityLabels);
        if (this.probabilityLabels != null) {
            for (int i = 0; i < this.probabilityLabels.size(); i++) {
                probabilityIndex.putIfAbsent(this.probabilityLabels.get(i), i);
            }
        }
        this.options = Objects.requireNonNull(options, "options");
        this.idColumn = options.idColumn() == null ? -1 : this.featureColumns.indexOf(options.idColumn());
        if (options.idColumn() != null && idColumn < 0) {
            throw new InputException("The id column '" + options.idColumn() + "' for error examples is not among the "
                    + "data's feature columns " + this.featureColumns + "; name one of them or leave it unset.");
        }
        this.confusion = new ConfusionPairCounter(options.examplesPerPair());
        this.confident = new TopRows<>(options.confidentMistakes());
        this.residuals = new TopRows<>(options.largestResiduals());
        this.quantiles = new QuantileSketch(exactQuantiles);
        this.sliceBufferRows = sliceBufferRows;
        this.exactQuantiles = exactQuantiles;
        boolean regression = task == Task.REGRESSION;
        if (parent != null) {
            this.slices = regression ? null : parent.slices.fork();
            this.regressionSlices = regression ? parent.regressionSlices.fork() : null;
            return;
        }
        Supplier<SliceAccumulator> accumulators = () -> new SliceAccumulator(this.featureColumns, idColumn, options,
                regression, sliceBufferRows);
        this.slices = regression ? null : accumulators.get();
        this.regressionSlices = regression ? new RegressionSliceFeed(options.sliceError(), accumulators,
                sliceBufferRows) : null;
    }

    /**
     * True once every decision taken from the first rows is taken (slice bins, the large-error threshold, the error
     * sliceError auto compares): from then on, {@link #fork}s count chunks of rows that merge back exactly.
     */
    public boolean decided() {
        return slices != null ? slices.decided() : regressionSlices.decided();
    }

    /**
     * Takes every decision now from the rows seen so far (fewer than the first rows ask for: the data ended), as the
     * result would; forks can then be made.
     */
    public void decide() {
        if (slices != null) {
            slices.decide();
        } else {
            regressionSlices.decide();
        }
    }

    /** An empty analyzer with this one's fixed slice decisions, for a chunk of rows to {@link #merge} back in order. */
    public ErrorAnalyzer fork() {
        if (!decided()) {
            throw new IllegalStateException("the slice decisions are not taken yet: fork after the first rows");
        }
        return new ErrorAnalyzer(task, featureColumns, probabilityLabels, options, sliceBufferRows, exactQuantiles,
                this);
    }

    /**
     * Adds a batch in two loops, the rows' own statistics and then the slices, rather than one loop that does both:
     * the same counts, but two small methods for the just-in-time compiler instead of one that inlines everything
     * (C2 compiled that one three times in every cold run, about 0.6 s of CPU in all).
     */
    public void add(ScoredBatch batch) {
        int n = batch.size();
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = addRow(batch.row(i));
        }
        addToSlices(batch, errors);
    }

    public void add(ScoredRow row) {
        add(ScoredBatch.of(List.of(row)));
    }

    /** The row's own statistics (confusion pairs, confident mistakes or residuals); its error for the slices. */
    private double addRow(ScoredRow row) {
        String[] cells = row.cells();
        if (cells == null || cells.length != featureColumns.size()) {
            throw new InputException("Line " + row.line() + " of the data file has " + (cells == null ? 0 : cells.length)
                    + " feature cells, but " + featureColumns.size() + " feature columns were declared; "
                    + "check the row for missing or extra separators.");
        }
        rows++;
        return task == Task.CLASSIFICATION ? addClassification(row) : addRegression(row);
    }

    /** The batch's rows into the weak-slice counters, each with the feature numbers the reader parsed. */
    private void addToSlices(ScoredBatch batch, double[] errors) {
        double[][] columns = batch.numbers();
        double[] numbers = columns.length == featureColumns.size() ? new double[columns.length] : null;
        for (int i = 0; i < errors.length; i++) {
            if (numbers != null) {
                for (int c = 0; c < numbers.length; c++) {
                    numbers[c] = columns[c][i];
                }
            }
            ScoredRow row = batch.row(i);
            if (task == Task.CLASSIFICATION) {
                slices.add(row.cells(), numbers, errors[i]);
            } else {
                regressionSlices.add(row.cells(), numbers, row.actualValue(), errors[i]);
            }
        }
    }

    private double addClassification(ScoredRow row) {
        if (row.actualLabel() == null || row.predictedLabel() == null) {
            throw new InputException("Line " + row.line() + " of the data file has no " + (row.actualLabel() == null
                    ? "actual label" : "predicted label") + "; fill it in or remove the row.");
        }
        if (row.actualLabel().equals(row.predictedLabel())) {
            return 0.0;
        }
        double confidence = confidenceOfPrediction(row);
        confusion.addMistake(row.actualLabel(), row.predictedLabel(), confidence, row.index(), name(row));
        if (Double.isNaN(confidence)) {
            mistakesWithoutConfidence++;
        } else if (confident.wouldKeep(confidence, row.index())) {
            confident.offer(confidence, row.index(), new ConfidentMistake(row.line(), id(row), row.actualLabel(),
                    row.predictedLabel(), confidence, features(row)));
        }
        return 1.0;
    }

    private double addRegression(ScoredRow row) {
        if (!Double.isFinite(row.actualValue()) || !Double.isFinite(row.predictedValue())) {
            throw new InputException("Line " + row.line() + " of the data file has a non-numeric actual or predicted "
                    + "value (" + row.actualValue() + ", " + row.predictedValue() + "); fix or remove the row.");
        }
        double residual = row.actualValue() - row.predictedValue();
        double error = Math.abs(residual);
        quantiles.add(residual);
        if (residuals.wouldKeep(error, row.index())) {
            residuals.offer(error, row.index(), new LargestResidual(row.line(), id(row), row.actualValue(),
                    row.predictedValue(), residual, features(row)));
        }
        return error;
    }

    /** The probability of the predicted class, or NaN when there is none. */
    private double confidenceOfPrediction(ScoredRow row) {
        double[] p = row.probabilities();
        if (p == null || p.length == 0) {
            return Double.NaN;
        }
        if (probabilityLabels == null) {
            double max = Double.NEGATIVE_INFINITY;
            for (double x : p) {
                max = Math.max(max, x);
            }
            return max;
        }
        Integer i = probabilityIndex.get(row.predictedLabel());
        return i == null || i >= p.length ? Double.NaN : p[i];
    }

    private Object name(ScoredRow row) {
        return idColumn < 0 ? (Object) row.line() : row.cells()[idColumn];
    }

    private String id(ScoredRow row) {
        return idColumn < 0 ? null : row.cells()[idColumn];
    }

    private Map<String, String> features(ScoredRow row) {
        Map<String, String> features = new LinkedHashMap<>();
        for (int i = 0; i < featureColumns.size(); i++) {
            features.put(featureColumns.get(i), row.cells()[i]);
        }
        return Collections.unmodifiableMap(features);
    }

    /**
     * Adds another analyzer's rows, as if they had been added here after this one's.
     *
     * @throws IllegalArgumentException when the other analyzer has a different task, columns or options
     */
    public void merge(ErrorAnalyzer other) {
        if (other.task != task || !other.featureColumns.equals(featureColumns) || !other.options.equals(options)
                || !Objects.equals(other.probabilityLabels, probabilityLabels)) {
            throw new IllegalArgumentException("Only analyzers with the same task, feature columns, probability labels "
                    + "and options can be merged.");
        }
        rows += other.rows;
        mistakesWithoutConfidence += other.mistakesWithoutConfidence;
        confusion.merge(other.confusion);
        confident.merge(other.confident);
        residuals.merge(other.residuals);
        quantiles.merge(other.quantiles);
        if (slices != null) {
            slices.merge(other.slices);
        } else {
            regressionSlices.merge(other.regressionSlices);
        }
    }

    /**
     * How many slice counters this analyzer holds (every level of every sliced column and, at depth 2, every pair of
     * levels, including empty ones); 0 while the first rows are still buffered. Memory is proportional to it.
     */
    public int candidateSlices() {
        return slices != null ? slices.counterCount() : regressionSlices.counterCount();
    }

    /** The analysis of the rows so far; does not change this analyzer. */
    public ErrorAnalysis result() {
        Set<String> notes = new LinkedHashSet<>();
        boolean regression = task == Task.REGRESSION;
        SliceAccumulator.Binned binned = regression ? regressionSlices.counts() : slices.counts();
        SliceError measure = regression ? regressionSlices.measure() : SliceError.ABSOLUTE;
        SliceFinder.Found found = new SliceFinder(binned, regression, measure, options).find();
        notes.addAll(binned.notes);
        notes.add(found.tested() + " candidate slices were tested (single conditions, numeric tails included"
                + (options.maxDepth() >= 2 ? ", and pairs of columns" : "") + ", at least " + options.minSliceSize()
                + " rows each) with Fisher's exact test of their " + (regression ? "errors above the median"
                : "wrong predictions") + "; weak slices have a q-value below " + options.maxQValue()
                + " (Benjamini-Hochberg" + (found.families() == 2 ? " within single conditions and within pairs, "
                + "doubled" : "") + ").");
        if (regression) {
            notes.addAll(regressionSlices.notes(found.slices().size()));
        }
        if (task == Task.CLASSIFICATION) {
            return new ErrorAnalysis(task.jsonName(), confusion.pairs(), confident.largestFirst(), List.of(), null,
                    found.slices(), found.tested(), classificationNotes(notes));
        }
        ResidualQuantiles q = quantiles.count() == 0 ? null : new ResidualQuantiles(quantiles.count(),
                quantiles.quantile(0), quantiles.quantile(0.05), quantiles.quantile(0.25), quantiles.quantile(0.5),
                quantiles.quantile(0.75), quantiles.quantile(0.95), quantiles.quantile(1), quantiles.exact());
        if (q != null && !q.exact()) {
            notes.add("Residual quantiles come from a bounded sketch (within 1% relative error) because there are "
                    + "more than " + quantiles.exactCapacity() + " rows; min and max are exact.");
        }
        return new ErrorAnalysis(task.jsonName(), List.of(), List.of(), residuals.largestFirst(), q, found.slices(),
                found.tested(), new ArrayList<>(notes));
    }

    private List<String> classificationNotes(Set<String> notes) {
        if (mistakesWithoutConfidence > 0) {
            notes.add(mistakesWithoutConfidence + " wrong predictions have no probability for the predicted class, so "
                    + "they are not among the confident mistakes and their confusion pair has no mean confidence.");
        } else if (probabilityLabels == null && confusion.errors() > 0) {
            notes.add("The probability labels were not given, so a prediction's confidence is its highest "
                    + "class probability.");
        }
        return new ArrayList<>(notes);
    }
}
