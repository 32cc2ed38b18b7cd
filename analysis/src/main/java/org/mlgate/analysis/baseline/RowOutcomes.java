package org.mlgate.analysis.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.ScoredRow;

/**
 * This run's outcome per validation row, kept for a paired comparison with a stored baseline and for
 * {@code storeRows}: the row key (the {@link RowsDigest#hash} of the row), its line, and the label indices of the
 * actual and predicted values (classification) or the absolute error (regression). A documented per-row array
 * (GUIDE section 1): 8 + 8 + 4 + 4 bytes per classification row, 8 + 8 + 8 per regression row, at most
 * {@link #MAX_ROWS} rows (about 120 MB), refused above that.
 */
final class RowOutcomes {
    /** The most rows kept; above it the per-row arrays and the stored section would crowd a 512 MB heap. */
    static final int MAX_ROWS = 5_000_000;

    private final boolean regression;
    private final int maxRows;
    private final String why;
    private final String advice;
    private final Map<String, Integer> labelIndex = new LinkedHashMap<>();
    private long[] keys = new long[1024];
    private long[] lines = new long[1024];
    private int[] actual;
    private int[] predicted;
    private double[] absErrors;
    private int rows;

    /**
     * @param why    what the rows are kept for and over which file, for the refusal message, such as
     *               "storeRows (ml.storeRows) on data/valid.csv"
     * @param advice what to do instead, for the same message
     */
    RowOutcomes(boolean regression, String why, String advice) {
        this(regression, why, advice, MAX_ROWS);
    }

    RowOutcomes(boolean regression, String why, String advice, int maxRows) {
        this.regression = regression;
        this.why = why;
        this.advice = advice;
        this.maxRows = maxRows;
        this.actual = regression ? null : new int[1024];
        this.predicted = regression ? null : new int[1024];
        this.absErrors = regression ? new double[1024] : null;
    }

    /** Adds one row under its key. */
    void add(long key, ScoredRow row) {
        if (rows == maxRows) {
            throw new InputException(String.format(Locale.ROOT, "%s keeps every validation row's outcome in memory"
                    + " (about 24 bytes a row), but there are more than %,d rows; %s, or validate on a sample of at"
                    + " most %,d rows.", why, maxRows, advice, maxRows));
        }
        grow();
        keys[rows] = key;
        lines[rows] = row.line();
        if (regression) {
            absErrors[rows] = Math.abs(row.predictedValue() - row.actualValue());
        } else {
            actual[rows] = index(row.actualLabel());
            predicted[rows] = index(row.predictedLabel());
        }
        rows++;
    }

    boolean regression() {
        return regression;
    }

    int rows() {
        return rows;
    }

    /** The keys of the rows; only the first {@link #rows()} entries are set. */
    long[] keys() {
        return keys;
    }

    long key(int row) {
        return keys[row];
    }

    long line(int row) {
        return lines[row];
    }

    /** The labels in the order of their indices (empty for regression). */
    List<String> labels() {
        return new ArrayList<>(labelIndex.keySet());
    }

    String actualLabel(int row, List<String> labels) {
        return labels.get(actual[row]);
    }

    int predictedIndex(int row) {
        return predicted[row];
    }

    boolean correct(int row) {
        return actual[row] == predicted[row];
    }

    double absError(int row) {
        return absErrors[row];
    }

    private int index(String label) {
        return labelIndex.computeIfAbsent(label, l -> labelIndex.size());
    }

    private void grow() {
        if (rows == keys.length) {
            int size = (int) Math.min((long) rows * 2, maxRows);
            keys = Arrays.copyOf(keys, size);
            lines = Arrays.copyOf(lines, size);
            if (regression) {
                absErrors = Arrays.copyOf(absErrors, size);
            } else {
                actual = Arrays.copyOf(actual, size);
                predicted = Arrays.copyOf(predicted, size);
            }
        }
    }
}
