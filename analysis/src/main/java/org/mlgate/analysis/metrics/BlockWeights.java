package org.mlgate.analysis.metrics;

/**
 * One Poisson(1) weight per (replicate, bootstrap block), laid out for summing over rows: replicates are split into
 * batches, and a batch holds, for each block, the weights of its replicates side by side ({@code batch(b)[block][i]}
 * is the weight of the block in replicate {@code b x batchSize + i}).
 *
 * <p>A weight is a function of (seed, replicate, block) alone: the inverse Poisson(1) distribution function of a
 * uniform hashed from the three (SplitMix64, as {@link java.util.SplittableRandom} derives its values). So only the
 * blocks that hold rows are drawn, which keeps a small slice of a large file cheap, and no weight depends on which
 * other blocks are present or on the batch size.
 */
final class BlockWeights {
    /** P(X &lt;= k) for X ~ Poisson(1), up to the k whose tail is below the 2^-53 resolution of a uniform. */
    private static final double[] CDF = poissonOneCdf();

    private final int[][][] batches;
    private final int replicates;
    private final int batchSize;
    private final int maxWeight;

    private BlockWeights(int[][][] batches, int replicates, int batchSize, int maxWeight) {
        this.batches = batches;
        this.replicates = replicates;
        this.batchSize = batchSize;
        this.maxWeight = maxWeight;
    }

    /**
     * @param present which blocks hold rows (indexed by block); absent blocks get no weights (an empty array)
     */
    static BlockWeights draw(long seed, int replicates, int batchSize, boolean[] present) {
        int count = (replicates + batchSize - 1) / batchSize;
        int[][][] batches = new int[count][present.length][];
        int max = 0;
        for (int b = 0; b < count; b++) {
            int first = b * batchSize;
            int size = Math.min(batchSize, replicates - first);
            for (int block = 0; block < present.length; block++) {
                int[] weights = new int[present[block] ? size : 0];
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = weight(seed, first + i, block);
                    max = Math.max(max, weights[i]);
                }
                batches[b][block] = weights;
            }
        }
        return new BlockWeights(batches, replicates, batchSize, max);
    }

    /** The Poisson(1) weight of a block in a replicate. */
    static int weight(long seed, int replicate, int block) {
        long replicateKey = Bootstrap.mix(seed ^ Bootstrap.mix(Bootstrap.ONE_VS_REST * 0x9E3779B97F4A7C15L
                + Bootstrap.mix(replicate + 1L)));
        double u = (Bootstrap.mix(replicateKey + (block + 1L) * 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53;
        int k = 0;
        while (k < CDF.length - 1 && u >= CDF[k]) {
            k++;
        }
        return k;
    }

    private static double[] poissonOneCdf() {
        double[] cdf = new double[20];
        double term = Math.exp(-1);
        double sum = 0;
        for (int k = 0; k < cdf.length; k++) {
            sum += term;
            cdf[k] = sum;
            term /= k + 1;
        }
        cdf[cdf.length - 1] = 1; // P(X > 19) < 1e-18: the last value takes the rest
        return cdf;
    }

    int replicates() {
        return replicates;
    }

    int batchSize() {
        return batchSize;
    }

    int batches() {
        return batches.length;
    }

    int[][] batch(int b) {
        return batches[b];
    }

    /** The largest weight drawn, to bound integer sums. */
    int maxWeight() {
        return maxWeight;
    }
}
