package org.mlgate.analysis.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The challenger's and the baseline's predictions on the same rows, kept per row for the paired tests (documented
 * per-row arrays: three ints per classification row, two doubles per regression row), plus the newly broken and
 * newly fixed rows.
 */
final class PairedRows {
    private static final int EXAMPLES = 5;

    private final Map<String, Integer> labelIndex = new LinkedHashMap<>();
    private final Map<List<String>, Broken> broken = new LinkedHashMap<>();
    // Only the arrays of the task grow: a classification run never pays for the two doubles, nor the reverse.
    private int[] actual = new int[0];
    private int[] challenger = new int[0];
    private int[] baseline = new int[0];
    private double[] challengerError = new double[0];
    private double[] baselineError = new double[0];
    private int capacity;
    private int rows;
    private boolean regression;
    private long newlyBroken;
    private long newlyFixed;

    /** Room for rows as they come. */
    PairedRows() {
        this(1024);
    }

    /** @param expectedRows how many rows will be added, when known: no array grows beyond need */
    PairedRows(int expectedRows) {
        this.capacity = Math.max(16, expectedRows);
    }

    /** Adds one row as both models scored it; the caller has checked that it is the same line. */
    void add(ScoredRow challengerRow, ScoredRow baselineRow) {
        if (challengerRow.actualLabel() == null) {
            addRegression(Math.abs(challengerRow.predictedValue() - challengerRow.actualValue()),
                    Math.abs(baselineRow.predictedValue() - challengerRow.actualValue()));
        } else {
            addClassification(challengerRow.actualLabel(), challengerRow.predictedLabel(),
                    baselineRow.predictedLabel(), challengerRow.line());
        }
    }

    /** Adds one classification row by its labels; {@code line} is the challenger's, for the examples. */
    void addClassification(String truth, String challengerPredicted, String baselinePredicted, long line) {
        if (rows == actual.length) {
            capacity = rows == 0 ? capacity : rows * 2;
            actual = Arrays.copyOf(actual, capacity);
            challenger = Arrays.copyOf(challenger, capacity);
            baseline = Arrays.copyOf(baseline, capacity);
        }
        actual[rows] = index(truth);
        challenger[rows] = index(challengerPredicted);
        baseline[rows] = index(baselinePredicted);
        boolean challengerRight = truth.equals(challengerPredicted);
        boolean baselineRight = truth.equals(baselinePredicted);
        if (baselineRight && !challengerRight) {
            newlyBroken++;
            broken.computeIfAbsent(List.of(truth, challengerPredicted), key -> new Broken()).add(line);
        } else if (challengerRight && !baselineRight) {
            newlyFixed++;
        }
        rows++;
    }

    /** Adds one regression row by the absolute errors of both models. */
    void addRegression(double challengerAbsError, double baselineAbsError) {
        if (rows == challengerError.length) {
            capacity = rows == 0 ? capacity : rows * 2;
            challengerError = Arrays.copyOf(challengerError, capacity);
            baselineError = Arrays.copyOf(baselineError, capacity);
        }
        regression = true;
        challengerError[rows] = challengerAbsError;
        baselineError[rows] = baselineAbsError;
        rows++;
    }

    int rows() {
        return rows;
    }

    boolean regression() {
        return regression;
    }

    long newlyBroken() {
        return newlyBroken;
    }

    long newlyFixed() {
        return newlyFixed;
    }

    /** The groups of newly broken rows, largest first. */
    List<NewlyBroken> newlyBrokenGroups() {
        List<NewlyBroken> groups = new ArrayList<>();
        broken.forEach((pair, group) -> groups.add(new NewlyBroken(pair.get(0), pair.get(1), group.count,
                group.lines)));
        groups.sort((a, b) -> Long.compare(b.count(), a.count()));
        return groups;
    }

    /** McNemar on accuracy; a paired bootstrap on the other supported metrics; null for the rest. */
    PairedTest test(String metric, String positiveLabel, PairedBootstrap bootstrap) {
        if (rows == 0) {
            return null;
        }
        if (!regression && ("accuracy".equals(metric) || "errorRate".equals(metric))) {
            return McNemar.test(newlyBroken, newlyFixed);
        }
        if (bootstrap.replicates() == 0) {
            return null;
        }
        if (!regression && List.of("macroF1", "balancedAccuracy").contains(metric)
                || !regression && "f1".equals(metric) && positiveLabel != null) {
            int positive = positiveLabel == null ? -1 : labelIndex.getOrDefault(positiveLabel, -1);
            if ("f1".equals(metric) && positive < 0) {
                return null;
            }
            int[] truth = Arrays.copyOf(actual, rows);
            int[] a = Arrays.copyOf(challenger, rows);
            int[] b = Arrays.copyOf(baseline, rows);
            int labels = labelIndex.size();
            return bootstrap.test(rows, weights -> ConfusionScores.of(labels, truth, a, weights).metric(metric, positive)
                    - ConfusionScores.of(labels, truth, b, weights).metric(metric, positive));
        }
        if (regression && ("mae".equals(metric) || "rmse".equals(metric))) {
            boolean root = "rmse".equals(metric);
            return bootstrap.test(rows, weights -> meanError(challengerError, weights, root)
                    - meanError(baselineError, weights, root));
        }
        return null;
    }

    private double meanError(double[] errors, int[] weights, boolean root) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < rows; i++) {
            double e = root ? errors[i] * errors[i] : errors[i];
            sum += weights[i] * e;
            n += weights[i];
        }
        double mean = sum / n;
        return root ? Math.sqrt(mean) : mean;
    }

    private int index(String label) {
        return labelIndex.computeIfAbsent(label, l -> labelIndex.size());
    }

    private static final class Broken {
        private long count;
        private final List<Long> lines = new ArrayList<>();

        void add(long line) {
            count++;
            if (lines.size() < EXAMPLES) {
                lines.add(line);
            }
        }
    }
}
