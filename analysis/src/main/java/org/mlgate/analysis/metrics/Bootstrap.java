package org.mlgate.analysis.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The seeded randomness and the percentile rule shared by every bootstrap interval. Each replicate of each kind of
 * statistic gets its own stream derived from (seed, kind, replicate), so the result depends neither on the order in
 * which rows were added nor on how the accumulators were split and merged.
 */
final class Bootstrap {
    /** Stream kinds: confusion-matrix cells, ranking groups, regression blocks, multi-class ranking blocks. */
    static final long CONFUSION = 1, RANKING = 2, REGRESSION = 3, ONE_VS_REST = 4;
    /** Stream kinds of the multi-label blocks and the clustering contingency cells. */
    static final long MULTI_LABEL = 5, CONTINGENCY = 6;

    /**
     * Rows are resampled in this many blocks when a statistic needs per-row weights (regression, multi-class ranking):
     * one Poisson(1) weight per (replicate, block) is shared by every row of the block.
     */
    static final int BLOCKS = 2048;

    private Bootstrap() {
    }

    static SplittableRandom stream(long seed, long kind, long replicate) {
        return new SplittableRandom(mix(seed ^ mix(kind * 0x9E3779B97F4A7C15L + mix(replicate + 1))));
    }

    /**
     * The block of the row with this global index: row i &lt; {@value #BLOCKS} is block i (so with at most that many
     * rows every row has its own weight, the exact Poisson bootstrap), later rows are hashed to a block. It depends on
     * the index only, never on the order rows arrive or on how accumulators were split.
     */
    static int block(long index) {
        return index >= 0 && index < BLOCKS ? (int) index : (int) Math.floorMod(mix(index), (long) BLOCKS);
    }

    /** A well-mixed 64-bit hash (the finaliser of SplitMix64). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The percentile interval of the finite values among the first {@code replicates} values (numpy's linear
     * interpolation), or null when fewer than half the replicates gave a defined value.
     */
    static Interval percentile(double[] values, int replicates, double level) {
        double[] finite = Arrays.stream(values, 0, replicates).filter(Double::isFinite).toArray();
        if (finite.length == 0 || finite.length * 2 < replicates) {
            return null;
        }
        Arrays.sort(finite);
        double alpha = (1 - level) / 2;
        return new Interval(quantile(finite, alpha), quantile(finite, 1 - alpha), level);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
