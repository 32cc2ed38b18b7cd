package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlgate.analysis.InputException;

/**
 * Streams classification rows (actual label, predicted label, optional probabilities) and computes every
 * classification metric of GUIDE section 2 as scikit-learn 1.2.1 does. Accumulators of chunks of the same data can be
 * merged in any order and give the same result, bootstrap intervals included.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li>Labels: the union of the actual and predicted labels seen (plus a configured positive label), sorted as
 *       strings like scikit-learn's {@code np.unique}. Binary when there are exactly two.</li>
 *   <li>{@code precision}, {@code recall}, {@code f1}: binary = of the positive class; multi-class = the macro
 *       averages. Zero denominators give 0 and a note.</li>
 *   <li>{@code aucRoc}: binary = of the positive class's probability; multi-class = one-vs-rest macro over the
 *       classes present among the actual labels. {@code aucRocWeighted}: weighted by support (binary: = aucRoc).
 *       {@code aucRocOvo}: Hand and Till's one-vs-one macro (binary: = aucRoc). Exact with tied scores.</li>
 *   <li>{@code averagePrecision}: step sum (not the trapezoid); multi-class = macro of one-vs-rest.</li>
 *   <li>{@code logLoss}: probabilities clipped to [eps, 1 - eps] with eps the float64 machine epsilon
 *       (scikit-learn 1.2's {@code eps="auto"}) and rows renormalised, as scikit-learn 1.2.1 does.</li>
 *   <li>{@code brier}: binary = mean squared error of the positive class's probability; multi-class = mean over
 *       rows of the sum over probability columns of (p - y)^2.</li>
 *   <li>{@code expectedCalibrationError}: 10 equal-width bins; binary = the positive class's probability against the
 *       positive indicator; multi-class = top-label confidence (the largest probability) against whether its label
 *       is the actual one.</li>
 * </ul>
 *
 * <h2>Bootstrap intervals</h2>
 * Poisson bootstrap: each row gets a weight drawn from Poisson(1). Because the sum of n independent Poisson(1)
 * weights is Poisson(n), a replicate's confusion matrix is drawn exactly as one Poisson(count) per cell, so
 * {@code accuracy}, {@code balancedAccuracy}, {@code macroF1} and {@code f1} intervals are an exact Poisson bootstrap
 * at O(replicates x k^2) cost. {@code aucRoc} and {@code averagePrecision} intervals (binary only) are drawn the same
 * way over (score group x actual class) counts: exact when the positive class's probability has at most
 * {@value #BOOTSTRAP_BINS} distinct values, otherwise over {@value #BOOTSTRAP_BINS} equal-count bins of consecutive
 * scores whose rows count as tied inside a replicate, and every replicate is shifted by the difference between the
 * exact point estimate and the estimate on the bins (so the interval is centred on the exact value, which stays the
 * reported point estimate). Multi-class {@code aucRoc}, {@code aucRocWeighted} and {@code averagePrecision} cannot
 * be drawn from counts, because the one-vs-rest problems of all classes rank the same rows: a replicate must give a
 * row the same weight in every class column. {@link OneVsRestIntervals} does this with per-row weights taken from the
 * row's bootstrap block (keyed on the row index given to {@link #add}), summed per score group of each column for all
 * replicates at once; it caps its cost and says so in a note. The replicate streams derive from (seed, replicate),
 * never from the order of rows.
 *
 * <h2>Memory</h2>
 * Counts and histograms are independent of the row count. With probabilities, each row keeps its actual label as an
 * int code packed with its bootstrap block ({@link RowKeys}) and its probabilities as doubles in chunked arrays
 * (exact AUC and the multi-class intervals need them): 10 million 3-class rows take about 280 MB, plus one temporary
 * double per row while a column is ranked, and one int and one short per row while the multi-class intervals are
 * computed.
 */
public final class ClassificationAccumulator {
    static final int BOOTSTRAP_BINS = 2000;
    /** Distinct labels accepted by default. */
    public static final int DEFAULT_MAX_CLASSES = 1000;
    static final int CURVE_POINTS = 200;
    /**
     * scikit-learn 1.2 clips at {@code eps="auto"}, the machine epsilon of float64 (2.2e-16), not at the 1e-15 of
     * earlier versions: {@code log_loss([0, 1], [0, 0])} is 18.02 in 1.2.1 (see the golden edge cases).
     */
    private static final double LOG_LOSS_EPS = Math.ulp(1.0);
    private static final double RENORMALISE_NOTE_TOLERANCE = 1e-4;

    private final List<String> probabilityLabels;
    private final int width;
    private final List<String> codeLabels = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();
    /** The confusion counts, {@code codeLabels.size()} used; the capacity doubles, so k labels cost O(k^2), not O(k^3). */
    private long[][] matrix = new long[0][0];
    private final int maxClasses;
    private final boolean keepRows;
    private long rows;

    private final RowKeys rowKeys = new RowKeys();
    private final DoubleChunks probabilities = new DoubleChunks();
    private final CompensatedSum logLoss = new CompensatedSum();
    private final CompensatedSum[] squaredError;
    private final CalibrationHistogram[] columnCalibration;
    private final CalibrationHistogram topLabelCalibration = new CalibrationHistogram();
    private long rowsWithoutProbabilityColumn;
    private long renormalisedRows;
    private long rowsOutOfRange;

    /**
     * @param probabilityLabels the labels of the probability vectors passed to {@link #add}, in order; empty when the
     *                          model gives no probabilities
     */
    public ClassificationAccumulator(List<String> probabilityLabels) {
        this(probabilityLabels, DEFAULT_MAX_CLASSES);
    }

    /**
     * @param maxClasses the most distinct labels accepted: more means the label column holds ids or numbers, and a
     *                   k x k confusion matrix of them would fill the heap before saying so
     */
    public ClassificationAccumulator(List<String> probabilityLabels, int maxClasses) {
        this(probabilityLabels, maxClasses, true);
    }

    /**
     * @param keepRows false for a slice of rows whose per-row scores another accumulator keeps: the slice counts and
     *                 sums its rows, and {@link #result(MetricOptions, ClassificationAccumulator, int[])} reads the
     *                 ranking metrics' scores from the other one
     */
    ClassificationAccumulator(List<String> probabilityLabels, int maxClasses, boolean keepRows) {
        this.maxClasses = maxClasses;
        this.keepRows = keepRows;
        if (probabilityLabels.size() > maxClasses) {
            throw new InputException("There are " + probabilityLabels.size() + " probability columns, more than the "
                    + maxClasses + " classes mlgate accepts; check the probability prefix (probabilityPrefix), or raise"
                    + " maxClasses (ml.maxClasses) if the task really has that many classes.");
        }
        this.probabilityLabels = List.copyOf(probabilityLabels);
        this.width = this.probabilityLabels.size();
        if (new TreeSet<>(this.probabilityLabels).size() != width) {
            throw new IllegalArgumentException("Probability labels must be distinct: " + probabilityLabels);
        }
        this.squaredError = new CompensatedSum[width];
        this.columnCalibration = new CalibrationHistogram[width];
        for (int c = 0; c < width; c++) {
            code(this.probabilityLabels.get(c));
            squaredError[c] = new CompensatedSum();
            columnCalibration[c] = new CalibrationHistogram();
        }
    }

    public List<String> probabilityLabels() {
        return probabilityLabels;
    }

    public int maxClasses() {
        return maxClasses;
    }

    /**
     * Adds one row.
     *
     * @param index         the row's 0-based global position: it keys the row's bootstrap block for the multi-class
     *                      ranking intervals, so chunks added with their global positions and merged give the
     *                      intervals of the whole
     * @param probabilities aligned with the probability labels; must be given for every row when there are such
     *                      labels, and null otherwise
     */
    public void add(long index, String actual, String predicted, double[] probabilities) {
        if (actual == null || predicted == null) {
            throw new InputException("Row " + index + " has no " + (actual == null ? "actual" : "predicted")
                    + " label; fill in the label or drop the row.");
        }
        int a = code(actual);
        int p = code(predicted);
        matrix[a][p]++;
        rows++;
        if (width == 0) {
            if (probabilities != null) {
                throw new IllegalArgumentException("Row " + index + " has probabilities but no probability labels were declared.");
            }
            return;
        }
        if (probabilities == null || probabilities.length != width) {
            throw new InputException("Row " + index + " has " + (probabilities == null ? "no" : probabilities.length)
                    + " probabilities but " + width + " are expected (" + probabilityLabels + "); every row needs one per class.");
        }
        if (a >= RowKeys.MAX_CODES) {
            throw new InputException("Row " + index + " brings the number of distinct labels past " + RowKeys.MAX_CODES
                    + "; a classification label column cannot hold that many classes: check the label column.");
        }
        if (keepRows) {
            rowKeys.add(a, Bootstrap.block(index));
        }
        double clippedSum = 0;
        double rawSum = 0;
        int top = 0;
        boolean outOfRange = false;
        for (int c = 0; c < width; c++) {
            double v = probabilities[c];
            if (!Double.isFinite(v)) {
                throw new InputException("Row " + index + " has a non-finite probability (" + v + ") for class '"
                        + probabilityLabels.get(c) + "'; probabilities must be numbers between 0 and 1.");
            }
            if (keepRows) {
                this.probabilities.add(v);
            }
            outOfRange |= v < 0 || v > 1;
            rawSum += v;
            clippedSum += clip(v);
            boolean event = c == a;
            double diff = v - (event ? 1 : 0);
            squaredError[c].add(diff * diff);
            columnCalibration[c].add(v, event);
            if (v > probabilities[top]) {
                top = c;
            }
        }
        topLabelCalibration.add(probabilities[top], top == a);
        if (outOfRange) {
            rowsOutOfRange++;
        }
        if (Math.abs(rawSum - 1) > RENORMALISE_NOTE_TOLERANCE) {
            renormalisedRows++;
        }
        if (a < width) {
            logLoss.add(-Math.log(clip(probabilities[a]) / clippedSum));
        } else {
            rowsWithoutProbabilityColumn++;
        }
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    }

    private int code(String label) {
        Integer existing = codes.get(label);
        if (existing != null) {
            return existing;
        }
        int code = codeLabels.size();
        if (code >= maxClasses) {
            throw new InputException("The labels take more than " + maxClasses + " distinct values, so the label column"
                    + " looks like an id or a number rather than classes: set labelColumn to the column of classes, set"
                    + " task to regression if the values are quantities, or raise maxClasses (ml.maxClasses).");
        }
        codeLabels.add(label);
        codes.put(label, code);
        if (code == matrix.length) {
            int capacity = Math.max(4, 2 * code);
            long[][] grown = new long[capacity][capacity];
            for (int i = 0; i < code; i++) {
                System.arraycopy(matrix[i], 0, grown[i], 0, code);
            }
            matrix = grown;
        }
        return code;
    }

    /** Adds the rows of another accumulator (same probability labels), as if they had been added here. */
    public void merge(ClassificationAccumulator other) {
        if (!probabilityLabels.equals(other.probabilityLabels)) {
            throw new IllegalArgumentException("Cannot merge accumulators with different probability labels: "
                    + probabilityLabels + " and " + other.probabilityLabels);
        }
        int[] remap = new int[other.codeLabels.size()];
        for (int c = 0; c < remap.length; c++) {
            remap[c] = code(other.codeLabels.get(c));
        }
        for (int a = 0; a < remap.length; a++) {
            for (int p = 0; p < remap.length; p++) {
                matrix[remap[a]][remap[p]] += other.matrix[a][p];
            }
        }
        rows += other.rows;
        rowKeys.addAll(other.rowKeys, remap);
        probabilities.addAll(other.probabilities);
        logLoss.add(other.logLoss);
        for (int c = 0; c < width; c++) {
            squaredError[c].add(other.squaredError[c]);
            columnCalibration[c].merge(other.columnCalibration[c]);
        }
        topLabelCalibration.merge(other.topLabelCalibration);
        rowsWithoutProbabilityColumn += other.rowsWithoutProbabilityColumn;
        renormalisedRows += other.renormalisedRows;
        rowsOutOfRange += other.rowsOutOfRange;
    }

    public long rows() {
        return rows;
    }

    /** Computes all metrics, per-class values, curves and intervals. Does not change what was accumulated. */
    public MetricResult result(MetricOptions options) {
        if (!keepRows) {
            throw new IllegalStateException("a slice without rows: its result needs the rows of the whole");
        }
        return new ClassificationResultBuilder(this, options, rowKeys, probabilities).build();
    }

    /**
     * The result of a slice that kept no rows ({@code keepRows} false): its counts and sums, and for the ranking
     * metrics the rows {@code positions} of {@code whole}, read in place.
     */
    MetricResult result(MetricOptions options, ClassificationAccumulator whole, int[] positions) {
        int[] codes = new int[whole.codeLabels.size()];
        for (int c = 0; c < codes.length; c++) {
            Integer mine = this.codes.get(whole.codeLabels.get(c));
            codes[c] = mine == null ? -1 : mine; // a label the slice never saw has no rows in it
        }
        RowKeys rows = whole.width == 0 ? new RowKeys() : RowKeys.view(whole.rowKeys, positions, codes);
        DoubleChunks scores = whole.width == 0 ? new DoubleChunks()
                : DoubleChunks.view(whole.probabilities, positions, whole.width);
        return new ClassificationResultBuilder(this, options, rows, scores).build();
    }

    // Package-private views for ClassificationResultBuilder.

    List<String> codeLabels() {
        return codeLabels;
    }

    /** The confusion counts of the labels seen, {@code codeLabels().size()} square. */
    long[][] matrix() {
        int k = codeLabels.size();
        long[][] exact = new long[k][];
        for (int i = 0; i < k; i++) {
            exact[i] = java.util.Arrays.copyOf(matrix[i], k);
        }
        return exact;
    }

    int width() {
        return width;
    }

    RowKeys rowKeys() {
        return rowKeys;
    }

    DoubleChunks probabilityValues() {
        return probabilities;
    }

    double logLossSum() {
        return logLoss.value();
    }

    double squaredErrorSum(int column) {
        return squaredError[column].value();
    }

    CalibrationHistogram columnCalibration(int column) {
        return columnCalibration[column];
    }

    CalibrationHistogram topLabelCalibration() {
        return topLabelCalibration;
    }

    long rowsWithoutProbabilityColumn() {
        return rowsWithoutProbabilityColumn;
    }

    long rowsOutOfRange() {
        return rowsOutOfRange;
    }

    long renormalisedRows() {
        return renormalisedRows;
    }
}
