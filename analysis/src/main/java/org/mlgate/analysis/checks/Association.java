package org.mlgate.analysis.checks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much one column tells about the label, on sampled rows. Three scores, each in [0, 1]:
 * <ul>
 *   <li>{@link #uncertaintyCoefficient}: I(X;Y) / H(Y), the share of the label's entropy that the column's
 *       values (numbers in equal-frequency bins) explain; 1 when the column determines the label. Unlike the
 *       symmetric normalised mutual information, it does not punish a column for having more values than the
 *       label has classes.</li>
 *   <li>{@link #separation}: for a binary label and a numeric column, max(AUC, 1 - AUC) of the column as a score
 *       (ties count one half), so a column that sorts the classes apart in either direction scores 1.</li>
 *   <li>{@link #absCorrelation}: |Pearson r| of a numeric column and a numeric label (regression).</li>
 * </ul>
 */
final class Association {
    private Association() {
    }

    /** Maps each value to a bin of about equal frequency (at most {@code bins} bins; ties share a bin). */
    static int[] quantileBins(double[] values, int bins) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[bins - 1];
        for (int b = 1; b < bins; b++) {
            cuts[b - 1] = sorted[(int) ((long) b * sorted.length / bins)];
        }
        int[] binOf = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            int bin = 0;
            while (bin < cuts.length && values[i] >= cuts[bin]) {
                bin++;
            }
            binOf[i] = bin;
        }
        return binOf;
    }

    /** I(X;Y) / H(Y) for paired categories; 0 when the label has one class. */
    static double uncertaintyCoefficient(List<?> x, List<String> y) {
        int n = x.size();
        Map<Object, Integer> xCounts = new HashMap<>();
        Map<String, Integer> yCounts = new HashMap<>();
        Map<List<Object>, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            xCounts.merge(x.get(i), 1, Integer::sum);
            yCounts.merge(y.get(i), 1, Integer::sum);
            joint.merge(List.of(x.get(i), y.get(i)), 1, Integer::sum);
        }
        double hy = entropy(yCounts.values(), n);
        if (hy <= 0) {
            return 0;
        }
        double hyGivenX = entropy(joint.values(), n) - entropy(xCounts.values(), n);
        return Math.max(0, Math.min(1, (hy - hyGivenX) / hy));
    }

    private static double entropy(Iterable<Integer> counts, int n) {
        double h = 0;
        for (int c : counts) {
            double p = (double) c / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    /** max(AUC, 1 - AUC) of {@code scores} for {@code positive}; NaN when a class is absent. */
    static double separation(double[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double auc = (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
        return Math.max(auc, 1 - auc);
    }

    /** |Pearson r|; 0 when either side is constant. */
    static double absCorrelation(double[] x, double[] y) {
        int n = x.length;
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx <= 0 || syy <= 0 ? 0 : Math.abs(sxy) / Math.sqrt(sxx * syy);
    }
}
