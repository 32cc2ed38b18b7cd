package org.mlgate.analysis.baseline;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A paired bootstrap: resample the rows with replacement, compute the metric of both models on the same resample,
 * and see how often the difference lands on either side of zero. Two-sided p-value
 * {@code min(1, 2 * min(1 + #{d* <= 0}, 1 + #{d* >= 0}) / (B + 1))}, where d* is challenger minus baseline.
 * Deterministic for a seed.
 */
final class PairedBootstrap {
    static final String TEST = "paired-bootstrap";

    /** A metric of both models on one resample, given how often each row was drawn. */
    interface PairedStatistic {
        /** challenger minus baseline on rows weighted by {@code weights} (all 1 = the observed data) */
        double difference(int[] weights);
    }

    private final int replicates;
    private final long seed;

    PairedBootstrap(int replicates, long seed) {
        this.replicates = replicates;
        this.seed = seed;
    }

    int replicates() {
        return replicates;
    }

    PairedTest test(int rows, PairedStatistic statistic) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] weights = new int[rows];
        long atOrBelow = 0;
        long atOrAbove = 0;
        int valid = 0;
        for (int b = 0; b < replicates; b++) {
            Arrays.fill(weights, 0);
            for (int i = 0; i < rows; i++) {
                weights[random.nextInt(rows)]++;
            }
            double d = statistic.difference(weights);
            if (Double.isNaN(d)) {
                continue;
            }
            valid++;
            atOrBelow += d <= 0 ? 1 : 0;
            atOrAbove += d >= 0 ? 1 : 0;
        }
        double p = 2.0 * Math.min(atOrBelow + 1, atOrAbove + 1) / (valid + 1);
        return new PairedTest(Math.min(1.0, p), TEST);
    }
}
