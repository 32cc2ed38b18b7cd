package org.mlgate.analysis.checks;

import java.util.Arrays;

/**
 * How well one column alone predicts the label, measured the same way for 2 or 26 classes and for rare classes: the
 * rule "predict the class most over-represented among the row's neighbours" (each class's count among the
 * neighbours divided by its count in all rows), scored leave-one-out so that a column of many small groups cannot look
 * good by memorising its rows. Neighbours: for text, the other rows with the same value; for numbers, the other rows
 * with the same value when there are more than {@value #NEIGHBOURS} of them (a code, a rating), else the
 * {@value #NEIGHBOURS} rows nearest in the column's order (a continuous column, where fixed bins would straddle the
 * boundaries between classes: 26 classes need narrow neighbourhoods).
 *
 * <ul>
 *   <li>Classification: {@code strength} = the rule's balanced accuracy, the mean recall over the classes: 1 for a
 *       copy of the label, 1 / classes by chance, and 0.98 for a copy with 2% of its rows wrong whether there are 2
 *       or 26 classes and however rare they are (a copy of a 6% minority class with 2% of rows wrong removes only a
 *       third of the majority rule's errors, but its AUC is 0.98, and so is its balanced accuracy). The lower bound
 *       is the normal bound on the mean of the per-class recalls, each smoothed by one success and one failure so
 *       that a perfect column on few rows keeps a variance.</li>
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
 * @param ruleError  the rule's leave-one-out balanced error rate (classification) or mean squared error (regression)
 * @param baseError  the same by chance (1 - 1 / classes), or of always predicting the mean (regression)
 * @param bins       how many distinct values (or neighbourhoods) the column has
 */
record SingleColumnRule(double strength, double lowerBound, double ruleError, double baseError, int bins) {

    static final int NEIGHBOURS = 10;
    /** Bins times classes above this are not counted (an id-like text column against many labels): not a proxy. */
    private static final long MAX_CELLS = 20_000_000L;
    private static final double Z_ONE_SIDED_95 = 1.6448536269514722;

    /** Classification on a text column: the other rows with the same value. */
    static SingleColumnRule classification(int[] bin, int[] label) {
        int n = bin.length;
        int bins = ColumnBins.count(bin);
        int classes = ColumnBins.count(label);
        if (n < 2 || classes < 2 || (long) bins * classes > MAX_CELLS) {
            return new SingleColumnRule(Double.NaN, Double.NaN, Double.NaN, Double.NaN, bins);
        }
        int[][] counts = new int[bins][classes];
        for (int i = 0; i < n; i++) {
            counts[bin[i]][label[i]]++;
        }
        BalancedVote vote = new BalancedVote(label, classes);
        for (int i = 0; i < n; i++) {
            vote.row(i, counts[bin[i]]);
        }
        return vote.score(bins);
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
        Arrays.sort(order, (a, b) -> Double.compare(column[a], column[b]));
        BalancedVote vote = new BalancedVote(label, classes);
        int window = Math.min(NEIGHBOURS, n - 1);
        int[] counts = new int[classes];
        int blocks = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && column[order[end]] == column[order[start]]) {
                end++;
            }
            blocks++;
            if (end - start > NEIGHBOURS) {
                Arrays.fill(counts, 0);
                for (int r = start; r < end; r++) {
                    counts[label[order[r]]]++;
                }
                for (int r = start; r < end; r++) {
                    vote.row(order[r], counts);
                }
            } else {
                for (int r = start; r < end; r++) {
                    // The row and the window of its nearest rows in the column's order; vote.row leaves it out.
                    int from = Math.max(0, Math.min(r - window / 2, n - 1 - window));
                    Arrays.fill(counts, 0);
                    for (int w = from; w <= from + window; w++) {
                        counts[label[order[w]]]++;
                    }
                    vote.row(order[r], counts);
                }
            }
            start = end;
        }
        return vote.score(blocks);
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
        Arrays.sort(order, (a, b) -> Double.compare(column[a], column[b]));
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
     * The leave-one-out votes of one column: for each row, the classes most over-represented among its neighbours
     * (counts that include the row itself, which is taken out here), and the share of a right answer per class.
     */
    private static final class BalancedVote {
        private final int[] label;
        private final int[] totals;
        private final double[] credit;
        private final double[] rows;

        BalancedVote(int[] label, int classes) {
            this.label = label;
            this.totals = new int[classes];
            for (int c : label) {
                totals[c]++;
            }
            this.credit = new double[classes];
            this.rows = new double[classes];
        }

        /** @param counts the classes in the row's neighbourhood, the row itself included */
        void row(int i, int[] counts) {
            int own = label[i];
            double best = -1;
            int winners = 0;
            boolean ownWins = false;
            for (int c = 0; c < counts.length; c++) {
                int near = counts[c] - (c == own ? 1 : 0);
                int all = totals[c] - (c == own ? 1 : 0);
                double ratio = all == 0 ? 0 : (double) near / all;
                if (ratio > best) {
                    best = ratio;
                    winners = 1;
                    ownWins = c == own;
                } else if (ratio == best) {
                    winners++;
                    ownWins |= c == own;
                }
            }
            credit[own] += ownWins ? 1.0 / winners : 0;
            rows[own]++;
        }

        SingleColumnRule score(int bins) {
            int present = 0;
            double recalls = 0;
            double variance = 0;
            for (int c = 0; c < totals.length; c++) {
                if (rows[c] == 0) {
                    continue;
                }
                present++;
                recalls += credit[c] / rows[c];
                double smoothed = (credit[c] + 1) / (rows[c] + 2);
                variance += smoothed * (1 - smoothed) / rows[c];
            }
            if (present < 2) {
                return new SingleColumnRule(Double.NaN, Double.NaN, Double.NaN, Double.NaN, bins);
            }
            double balanced = recalls / present;
            double lower = balanced - Z_ONE_SIDED_95 * Math.sqrt(variance) / present;
            return new SingleColumnRule(balanced, lower, 1 - balanced, 1 - 1.0 / present, bins);
        }
    }
}
