package org.mlgate.analysis.metrics;

import org.mlgate.analysis.stats.Hypergeometric;

/**
 * The mutual information two labellings with these group sizes have on average when rows are assigned at random
 * (Vinh, Epps and Bailey 2010), which the adjusted mutual information subtracts: a sum over every pair (label,
 * cluster) and every count the pair's cell can take, of that count's share of the mutual information weighted by its
 * hypergeometric probability. scikit-learn sums every possible count with probabilities from differences of
 * log-gamma values; here each cell's counts are walked outwards from the most likely one, with the probability of
 * that one from {@link Hypergeometric#probability} and of the others by the ratio of consecutive probabilities, until
 * a probability no longer matters (below {@value #NEGLIGIBLE}): the same sum to about 1e-15, in a few standard
 * deviations of terms per cell instead of up to the row count.
 */
final class ExpectedMutualInformation {
    static final double NEGLIGIBLE = 1e-30;
    /** The most terms computed before giving up: the adjusted mutual information is then null, with a note. */
    static final long MAX_TERMS = 200_000_000L;

    private ExpectedMutualInformation() {
    }

    /**
     * @param labelSizes   rows per true label (each at least 1)
     * @param clusterSizes rows per cluster (each at least 1)
     * @return the expected mutual information (natural log), or NaN when it would take more than {@link #MAX_TERMS}
     */
    static double of(double[] labelSizes, double[] clusterSizes) {
        if (labelSizes.length <= 1 || clusterSizes.length <= 1) {
            return 0;
        }
        long n = 0;
        for (double size : labelSizes) {
            n += (long) size;
        }
        double logN = Math.log(n);
        double expected = 0;
        long terms = 0;
        for (double labelSize : labelSizes) {
            long a = (long) labelSize;
            for (double clusterSize : clusterSizes) {
                long b = (long) clusterSize;
                long lowest = Math.max(1, a + b - n);
                long highest = Math.min(a, b);
                if (lowest > highest) {
                    continue;
                }
                long mode = Math.min(highest, Math.max(lowest, (long) Math.floor((a + 1.0) * (b + 1.0) / (n + 2.0))));
                double atMode = Hypergeometric.probability(mode, b, a, n);
                double logAB = Math.log(a) + Math.log(b);
                expected += term(mode, n, logN, logAB, atMode);
                terms++;
                double p = atMode;
                for (long x = mode + 1; x <= highest && p > NEGLIGIBLE; x++) {
                    // P(x) / P(x - 1) = (a - x + 1)(b - x + 1) / (x (n - a - b + x))
                    p *= (double) (a - x + 1) * (b - x + 1) / ((double) x * (n - a - b + x));
                    expected += term(x, n, logN, logAB, p);
                    terms++;
                }
                p = atMode;
                for (long x = mode - 1; x >= lowest && p > NEGLIGIBLE; x--) {
                    // P(x) / P(x + 1) = (x + 1)(n - a - b + x + 1) / ((a - x)(b - x))
                    p *= (double) (x + 1) * (n - a - b + x + 1) / ((double) (a - x) * (b - x));
                    expected += term(x, n, logN, logAB, p);
                    terms++;
                }
                if (terms > MAX_TERMS) {
                    return Double.NaN;
                }
            }
        }
        return expected;
    }

    /** One count's contribution: (x / n) log(n x / (a b)) times its probability. */
    private static double term(long x, long n, double logN, double logAB, double probability) {
        return (double) x / n * (logN + Math.log(x) - logAB) * probability;
    }
}
