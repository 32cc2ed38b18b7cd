package org.mlgate.analysis.stats;

/**
 * The binomial distribution for the data checks' decision rules: exact tails (through the regularized incomplete
 * beta, {@code P(X >= k) = I_p(k, n - k + 1)}) and Clopper-Pearson bounds, which hold their coverage at every
 * sample size, unlike the normal approximation that small validation sets would break.
 */
public final class Binomial {

    private Binomial() {
    }

    /** P(X >= k) for X ~ Binomial(n, p). */
    public static double upperTail(long k, long n, double p) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n) {
            return 0.0;
        }
        if (p <= 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 1.0;
        }
        return Distributions.regularizedIncompleteBeta(k, n - k + 1.0, p);
    }

    /**
     * The one-sided upper confidence bound of a proportion after {@code successes} in {@code n} trials (Clopper and
     * Pearson): the p at which seeing at most {@code successes} has probability {@code alpha}. 1 when n is 0.
     */
    public static double upperBound(long successes, long n, double alpha) {
        if (n <= 0 || successes >= n) {
            return 1.0;
        }
        // P(X <= s; n, p) = 1 - I_p(s + 1, n - s), decreasing in p: bisect for the p where it equals alpha.
        double lo = (double) successes / n;
        double hi = 1.0;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            double atMost = 1 - Distributions.regularizedIncompleteBeta(successes + 1.0, (double) (n - successes), mid);
            if (atMost > alpha) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }
}
