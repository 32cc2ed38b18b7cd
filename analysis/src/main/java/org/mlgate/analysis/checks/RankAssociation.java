package org.mlgate.analysis.checks;

import java.util.Arrays;
import org.mlgate.analysis.stats.ChiSquare;
import org.mlgate.analysis.stats.Distributions;

/**
 * Whether an identifier's order goes with the label, as a p-value: a row id carries no information, so any
 * association must be significant to count, never a raw score (a shuffled id in 54 rows of 3 classes scores 0.19 on
 * the uncertainty coefficient by chance). Ranks make the test indifferent to how ids are spaced.
 * <ul>
 *   <li>Classification: the Kruskal-Wallis test of the ids' ranks across the classes (chi-square with k - 1
 *       degrees of freedom; for two classes it is the Mann-Whitney test).</li>
 *   <li>Regression: Spearman's rank correlation with the target, tested with Student's t on n - 2 degrees of
 *       freedom.</li>
 * </ul>
 * Ties get their average rank (ids are usually unique; targets often tie).
 */
final class RankAssociation {

    private RankAssociation() {
    }

    /** Kruskal-Wallis p-value; 1 when there are fewer than two classes or fewer than three rows. */
    static double acrossClasses(double[] ids, int[] label) {
        int n = ids.length;
        int classes = ColumnBins.count(label);
        if (n < 3 || classes < 2) {
            return 1.0;
        }
        double[] ranks = averageRanks(ids);
        double[] rankSums = new double[classes];
        long[] sizes = new long[classes];
        for (int i = 0; i < n; i++) {
            rankSums[label[i]] += ranks[i];
            sizes[label[i]]++;
        }
        double h = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            if (sizes[c] > 0) {
                h += rankSums[c] * rankSums[c] / sizes[c];
                present++;
            }
        }
        if (present < 2) {
            return 1.0;
        }
        h = 12.0 / ((double) n * (n + 1)) * h - 3.0 * (n + 1);
        double tieCorrection = 1 - tieSum(ids) / ((double) n * n * n - n);
        if (!(tieCorrection > 0)) {
            return 1.0;
        }
        return ChiSquare.survival(h / tieCorrection, present - 1);
    }

    /** Two-sided p-value of Spearman's correlation; 1 when either side is constant or there are under four rows. */
    static double withTarget(double[] ids, double[] target) {
        int n = ids.length;
        if (n < 4) {
            return 1.0;
        }
        double rho = pearson(averageRanks(ids), averageRanks(target));
        if (Double.isNaN(rho)) {
            return 1.0;
        }
        if (Math.abs(rho) >= 1) {
            return 0.0;
        }
        double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
        return Distributions.studentTwoSided(t, n - 2);
    }

    static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Sum over groups of tied values of (t^3 - t). */
    private static double tieSum(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }

    private static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx <= 0 || syy <= 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
