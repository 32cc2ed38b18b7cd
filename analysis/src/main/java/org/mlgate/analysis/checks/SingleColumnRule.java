package org.mlgate.analysis.checks;

import org.mlgate.analysis.stats.Binomial;

/**
 * How well one column alone predicts the label, measured the same way for 2 or 26 classes: the rule "predict the
 * majority label of the row's neighbours", scored leave-one-out so that a column of many small groups cannot look
 * good by memorising its rows. Neighbours: for text, the other rows with the same value; for numbers, the other rows
 * with the same value when there are at least {@value #NEIGHBOURS} of them (a code, a rating), else the
 * {@value #NEIGHBOURS} rows nearest in the column's order (a continuous column, where fixed bins would straddle the
 * boundaries between classes: 26 classes need narrow neighbourhoods).
 *
 * <ul>
 *   <li>Classification: {@code strength} = 1 - (the rule's error / the error of always predicting the majority
 *       class), Goodman and Kruskal's lambda with leave-one-out errors: the share of the majority rule's errors that
 *       the column removes. 1 for a copy of the label, about 0 for a column unrelated to it, whatever the number of
 *       classes. The lower bound replaces the rule's error by its one-sided 95% Clopper-Pearson upper bound.</li>
 *   <li>Regression: the rule predicts the mean target of the row's neighbours: the other rows with the same value
 *       when there are any (a code, a category), else the rows just below and above it in the column's order (a
 *       continuous column, where a wider bin would blur an exact copy of a continuous target).
 *       {@code strength} = 1 - SSE / SST, both leave-one-out: the share of the target's variance the column
 *       explains. The lower bound replaces the mean squared error by its normal upper bound (mean + 1.645 standard
 *       errors).</li>
 * </ul>
 *
 * @param strength   the score, NaN when not measurable (one class, a constant target)
 * @param lowerBound its one-sided 95% lower confidence bound
 * @param ruleError  the leave-one-out error rate (classification) or mean squared error (regression) of the rule
 * @param baseError  the same for the majority class (classification) or the overall mean (regression)
 * @param bins       how many bins (classification, text) or distinct values (regression on numbers) the column has
 */
record SingleColumnRule(double strength, double lowerBound, double ruleError, double baseError, int bins) {

    static final int NEIGHBOURS = 10;
    private static final double ALPHA = 0.05;
    private static final double Z_ONE_SIDED_95 = 1.6448536269514722;

    /** Classification on a text column: the other rows with the same value. */
    static SingleColumnRule classification(int[] bin, int[] label) {
        int n = bin.length;
        int bins = ColumnBins.count(bin);
        int classes = ColumnBins.count(label);
        if (n < 2 || classes < 2) {
            return new SingleColumnRule(Double.NaN, Double.NaN, Double.NaN, Double.NaN, bins);
        }
        int[][] counts = new int[bins][classes];
        int[] totals = new int[bins];
        int[] overall = new int[classes];
        for (int i = 0; i < n; i++) {
            counts[bin[i]][label[i]]++;
            totals[bin[i]]++;
            overall[label[i]]++;
        }
        TopTwo global = TopTwo.of(overall);
        double ruleErrors = 0;
        for (int b = 0; b < bins; b++) {
            TopTwo top = TopTwo.of(counts[b]);
            for (int c = 0; c < classes; c++) {
                int k = counts[b][c];
                if (k == 0) {
                    continue;
                }
                // A row alone in its bin has nothing to learn from: it gets the majority class of the other rows.
                double credit = totals[b] == 1 ? global.creditWithout(overall[c]) : top.creditWithout(k);
                ruleErrors += k * (1 - credit);
            }
        }
        return classificationScore(ruleErrors, overall, n, bins);
    }

    /** Classification on a numeric column: neighbours by value (see the class comment). */
    static SingleColumnRule classification(double[] column, int[] label) {
        int n = column.length;
        int classes = ColumnBins.count(label);
        if (n < 2 || classes < 2) {
            return new SingleColumnRule(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(column[a], column[b]));
        int[] overall = new int[classes];
        for (int c : label) {
            overall[c]++;
        }
        int window = Math.min(NEIGHBOURS, n - 1);
        int[] counts = new int[classes];
        double ruleErrors = 0;
        int blocks = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && column[order[end]] == column[order[start]]) {
                end++;
            }
            blocks++;
            java.util.Arrays.fill(counts, 0);
            if (end - start > NEIGHBOURS) {
                for (int r = start; r < end; r++) {
                    counts[label[order[r]]]++;
                }
                TopTwo top = TopTwo.of(counts);
                for (int r = start; r < end; r++) {
                    ruleErrors += 1 - top.creditWithout(counts[label[order[r]]]);
                }
            } else {
                for (int r = start; r < end; r++) {
                    // The window of the nearest rows around r in the column's order, r itself left out.
                    int from = Math.max(0, Math.min(r - window / 2, n - 1 - window));
                    java.util.Arrays.fill(counts, 0);
                    for (int w = from; w <= from + window; w++) {
                        if (w != r) {
                            counts[label[order[w]]]++;
                        }
                    }
                    ruleErrors += 1 - TopTwo.of(counts).creditOf(counts[label[order[r]]]);
                }
            }
            start = end;
        }
        return classificationScore(ruleErrors, overall, n, blocks);
    }

    private static SingleColumnRule classificationScore(double ruleErrors, int[] overall, int n, int bins) {
        TopTwo global = TopTwo.of(overall);
        double baseErrors = 0;
        for (int k : overall) {
            baseErrors += k * (1 - global.creditWithout(k));
        }
        double base = baseErrors / n;
        double rule = ruleErrors / n;
        if (!(base > 0)) {
            return new SingleColumnRule(Double.NaN, Double.NaN, rule, base, bins);
        }
        double upper = Binomial.upperBound((long) Math.ceil(ruleErrors - 1e-9), n, ALPHA);
        return new SingleColumnRule(1 - rule / base, 1 - upper / base, rule, base, bins);
    }

    /** Regression on a numeric column: neighbours by value (see the class comment). */
    static SingleColumnRule regression(double[] column, double[] target) {
        int n = column.length;
        if (n < 3) {
            return new SingleColumnRule(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(column[a], column[b]));
        double[] predicted = new double[n];
        int blocks = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            double blockSum = 0;
            while (end < n && column[order[end]] == column[order[start]]) {
                blockSum += target[order[end]];
                end++;
            }
            blocks++;
            for (int r = start; r < end; r++) {
                int i = order[r];
                if (end - start > 1) {
                    predicted[i] = (blockSum - target[i]) / (end - start - 1);
                } else {
                    double below = r > 0 ? target[order[r - 1]] : Double.NaN;
                    double above = r + 1 < n ? target[order[r + 1]] : Double.NaN;
                    predicted[i] = Double.isNaN(below) ? above : Double.isNaN(above) ? below : (below + above) / 2;
                }
            }
            start = end;
        }
        return regressionScore(predicted, target, blocks);
    }

    /** Regression on a text column: the mean target of the other rows with the same value. */
    static SingleColumnRule regression(int[] bin, double[] target) {
        int n = bin.length;
        int bins = ColumnBins.count(bin);
        if (n < 3) {
            return new SingleColumnRule(Double.NaN, Double.NaN, Double.NaN, Double.NaN, bins);
        }
        double[] sums = new double[bins];
        int[] totals = new int[bins];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sums[bin[i]] += target[i];
            totals[bin[i]]++;
            sum += target[i];
        }
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            int b = bin[i];
            predicted[i] = totals[b] > 1 ? (sums[b] - target[i]) / (totals[b] - 1) : (sum - target[i]) / (n - 1);
        }
        return regressionScore(predicted, target, bins);
    }

    private static SingleColumnRule regressionScore(double[] predicted, double[] target, int bins) {
        int n = target.length;
        double sum = 0;
        for (double y : target) {
            sum += y;
        }
        double sse = 0;
        double sseSquares = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            double others = (sum - target[i]) / (n - 1);
            double e = (target[i] - predicted[i]) * (target[i] - predicted[i]);
            sse += e;
            sseSquares += e * e;
            sst += (target[i] - others) * (target[i] - others);
        }
        double mse = sse / n;
        double base = sst / n;
        if (!(base > 0)) {
            return new SingleColumnRule(Double.NaN, Double.NaN, mse, base, bins);
        }
        double sd = Math.sqrt(Math.max(0, sseSquares / n - mse * mse));
        double upper = mse + Z_ONE_SIDED_95 * sd / Math.sqrt(n);
        return new SingleColumnRule(1 - mse / base, 1 - upper / base, mse, base, bins);
    }

    /**
     * The largest and second-largest count of a histogram and how many classes hold each: enough to tell, for a row of
     * a class with count k, whether its class is still the (shared) majority once the row itself is left out.
     */
    private record TopTwo(int first, int atFirst, int second, int atSecond) {

        static TopTwo of(int[] counts) {
            int first = 0;
            int atFirst = 0;
            int second = -1;
            int atSecond = 0;
            for (int k : counts) {
                if (k > first) {
                    second = first;
                    atSecond = atFirst;
                    first = k;
                    atFirst = 1;
                } else if (k == first) {
                    atFirst++;
                } else if (k > second) {
                    second = k;
                    atSecond = 1;
                } else if (k == second) {
                    atSecond++;
                }
            }
            return new TopTwo(first, atFirst, second, atSecond);
        }

        /** The share of a correct majority vote for a class with count k among voters that exclude the row. */
        double creditOf(int k) {
            if (k == 0 || k != first) {
                return 0;
            }
            return 1.0 / atFirst;
        }

        /** The share of a correct majority vote for a row whose class has count k here, the row left out. */
        double creditWithout(int k) {
            if (k != first || atFirst > 1) {
                return 0; // another class has at least k left: it wins or ties with more than this row's class
            }
            int left = k - 1;
            if (left > second) {
                return 1;
            }
            return left == second && left > 0 ? 1.0 / (1 + atSecond) : 0;
        }
    }
}
