package org.mlgate.analysis.errors;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The tests behind weak-slice discovery: two-sided two-proportion z-test, two-sided Welch's t-test and
 * Benjamini-Hochberg adjustment. Pure functions; the special functions follow Numerical Recipes (Lanczos log-gamma,
 * continued fraction of the regularized incomplete beta, Chebyshev erfc with relative error below 1.2e-7), which is
 * plenty for p-values that are compared against 0.05.
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
        return Math.min(1.0, erfc(Math.abs(z) / Math.sqrt(2.0)));
    }

    static double studentTwoSided(double t, double df) {
        if (Double.isNaN(t)) {
            return 1.0;
        }
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        return Math.min(1.0, regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t)));
    }

    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }

    static double logGamma(double x) {
        final double[] cof = {76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155,
            0.1208650973866179e-2, -0.5395239384953e-5};
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double ser = 1.000000000190015;
        for (double c : cof) {
            ser += c / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * ser / x);
    }

    static double regularizedIncompleteBeta(double a, double b, double x) {
        if (x <= 0) {
            return 0.0;
        }
        if (x >= 1) {
            return 1.0;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x)
                + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(a, b, x) / a;
        }
        return 1.0 - front * betaContinuedFraction(b, a, 1 - x) / b;
    }

    /** Modified Lentz evaluation of the continued fraction for the incomplete beta function. */
    private static double betaContinuedFraction(double a, double b, double x) {
        final double tiny = 1e-300;
        final double eps = 1e-15;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1.0;
        double d = 1.0 - qab * x / qap;
        if (Math.abs(d) < tiny) {
            d = tiny;
        }
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= 100_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1.0 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1.0) < eps) {
                break;
            }
        }
        return h;
    }
}
