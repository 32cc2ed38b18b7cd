package org.mlgate.analysis.metrics;

import java.util.SplittableRandom;

/**
 * One Poisson(1) weight per (replicate, bootstrap block), laid out for summing over rows: replicates are split into
 * batches, and a batch holds, for each block, the weights of its replicates side by side ({@code batch(b)[block][i]}
 * is the weight of the block in replicate {@code b x batchSize + i}). Replicate r's weights come from the stream
 * (seed, {@link Bootstrap#ONE_VS_REST}, r), so they do not depend on the batch size.
 */
final class BlockWeights {
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
     * @param blocks how many blocks (from block 0) need weights: a replicate's stream is drawn in block order, so the
     *               weight of a block does not depend on how many blocks are drawn
     */
    static BlockWeights draw(long seed, int replicates, int batchSize, int blocks) {
        int count = (replicates + batchSize - 1) / batchSize;
        int[][][] batches = new int[count][][];
        for (int b = 0; b < count; b++) {
            batches[b] = new int[blocks][Math.min(batchSize, replicates - b * batchSize)];
        }
        int max = 0;
        for (int r = 0; r < replicates; r++) {
            SplittableRandom random = Bootstrap.stream(seed, Bootstrap.ONE_VS_REST, r);
            int[][] batch = batches[r / batchSize];
            int i = r % batchSize;
            for (int block = 0; block < blocks; block++) {
                // Poisson(1) is above 20 with probability below 1e-19: the int cast cannot overflow.
                int w = (int) PoissonSampler.draw(random, 1.0);
                batch[block][i] = w;
                max = Math.max(max, w);
            }
        }
        return new BlockWeights(batches, replicates, batchSize, max);
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
