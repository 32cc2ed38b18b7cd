package org.mlgate.analysis.baseline;

import org.mlgate.analysis.stats.Distributions;

/**
 * McNemar's test on the discordant pairs of two classifiers: {@code b} rows only the baseline got right, {@code c}
 * rows only the challenger got right. Under "equal accuracy" each discordant row is a fair coin. With fewer than
 * {@value #EXACT_BELOW} discordant rows the exact two-sided binomial test is used (the chi-square approximation is
 * poor there); otherwise the chi-square statistic with Edwards' continuity correction,
 * {@code (|b - c| - 1)^2 / (b + c)}, on 1 degree of freedom.
 */
public final class McNemar {
    public static final int EXACT_BELOW = 25;

    private McNemar() {
    }

    public static PairedTest test(long b, long c) {
        long n = b + c;
        if (n < EXACT_BELOW) {
            return new PairedTest(exact(b, c), "mcnemar-exact");
        }
        double corrected = Math.max(0, Math.abs(b - c) - 1.0);
        double chi2 = corrected * corrected / n;
        return new PairedTest(Distributions.chiSquareOneDfSurvival(chi2), "mcnemar-chi2");
    }

    /** Two-sided exact binomial p-value: twice the smaller tail of Binomial(b + c, 1/2), at most 1. */
    static double exact(long b, long c) {
        long n = b + c;
        if (n == 0) {
            return 1.0;
        }
        long k = Math.min(b, c);
        double tail = 0;
        for (long i = 0; i <= k; i++) {
            tail += Math.exp(logChoose(n, i) - n * Math.log(2));
        }
        return Math.min(1.0, 2 * tail);
    }

    private static double logChoose(long n, long k) {
        double sum = 0;
        for (long i = 1; i <= k; i++) {
            sum += Math.log(n - k + i) - Math.log(i);
        }
        return sum;
    }
}
