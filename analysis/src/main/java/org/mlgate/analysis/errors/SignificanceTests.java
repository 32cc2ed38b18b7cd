package org.mlgate.analysis.errors;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.mlgate.analysis.stats.Distributions;

/**
 * The tests behind weak-slice discovery: two-sided two-proportion z-test, two-sided Welch's t-test and
 * Benjamini-Hochberg adjustment. Pure functions; the distributions are {@link Distributions}.
 */
final class SignificanceTests {

    private SignificanceTests() {
    }

    /**
     * Two-sided p-value of the pooled two-proportion z-test of {@code errors1 / n1} against {@code errors2 / n2}.
     * 1 when the pooled proportion is 0 or 1 (no variation, no evidence of a difference).
     */
    static double twoProportionPValue(double errors1, long n1, double errors2, long n2) {
        if (n1 <= 0 || n2 <= 0) {
            return 1.0;
        }
        double pooled = (errors1 + errors2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (!(variance > 0)) {
            return 1.0;
        }
        double z = (errors1 / n1 - errors2 / n2) / Math.sqrt(variance);
        return normalTwoSided(z);
    }

    /**
     * Two-sided p-value of Welch's t-test (unequal variances, Welch-Satterthwaite degrees of freedom) from the
     * count, sum and sum of squares of each sample. Both variances zero: 1 when the means are equal, else 0.
     */
    static double welchPValue(long n1, double sum1, double sumSq1, long n2, double sum2, double sumSq2) {
        if (n1 < 2 || n2 < 2) {
            return 1.0;
        }
        double mean1 = sum1 / n1;
        double mean2 = sum2 / n2;
        double se1 = sampleVariance(n1, sum1, sumSq1) / n1;
        double se2 = sampleVariance(n2, sum2, sumSq2) / n2;
        double se = se1 + se2;
        if (!(se > 0)) {
            return mean1 == mean2 ? 1.0 : 0.0;
        }
        double t = (mean1 - mean2) / Math.sqrt(se);
        double df = se * se / (se1 * se1 / (n1 - 1) + se2 * se2 / (n2 - 1));
        return studentTwoSided(t, df);
    }

    /** Unbiased variance from moments, clamped at 0 against rounding. */
    static double sampleVariance(long n, double sum, double sumSq) {
        if (n < 2) {
            return 0.0;
        }
        double v = (sumSq - sum * sum / n) / (n - 1);
        return Math.max(0.0, v);
    }

    /**
     * Benjamini-Hochberg q-values (step-up adjusted p-values) in the order of {@code pValues}:
     * {@code q(i) = min over j with rank(j) >= rank(i) of p(j) * m / rank(j)}, capped at 1.
     */
    static double[] benjaminiHochberg(double[] pValues) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, pValues[i] * m / rank);
            q[i] = running;
        }
        return q;
    }

    static double normalTwoSided(double z) {
        return Distributions.normalTwoSided(z);
    }

    static double studentTwoSided(double t, double df) {
        return Distributions.studentTwoSided(t, df);
    }
}
