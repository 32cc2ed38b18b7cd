package org.mlgate.analysis.metrics;

import java.util.SplittableRandom;

/**
 * The bootstrap's view of multi-label rows: sums of each row-level statistic per block of rows (keyed on the row's
 * global index, {@link Bootstrap#block}), and, while the label universe is small, each label's true positives, false
 * positives and false negatives per block, so that a replicate gives every row one Poisson(1) weight in every
 * statistic and label at once (the labels of a row are not independent, so drawing each label's counts alone would
 * understate the spread of micro and macro averages).
 *
 * <p>Memory: {@value Bootstrap#BLOCKS} blocks of {@value #STATS} sums, plus {@value Bootstrap#BLOCKS} x 3 x
 * {@value #MAX_LABELS} ints for the label counts, dropped (with a note) once a {@value #MAX_LABELS}-first label shows
 * up.
 */
final class MultiLabelBlocks {
    static final int MAX_LABELS = 64;
    static final int STATS = 8;
    static final int COUNT = 0, EXACT = 1, SYMMETRIC_DIFFERENCE = 2, PRECISION = 3, RECALL = 4, F1 = 5, JACCARD = 6,
            RANKING = 7;
    private static final int BLOCKS = Bootstrap.BLOCKS;

    private final CompensatedSum[][] sums = new CompensatedSum[BLOCKS][];
    /** {@code labelCounts[block][3 * label + kind]}, kind 0 tp, 1 fp, 2 fn; null once there are too many labels. */
    private int[][] labelCounts = new int[BLOCKS][];
    private boolean tooManyLabels;

    /** Adds one row's statistics ({@link #STATS} values, in the order of the constants) to its block. */
    void add(long index, double[] stats) {
        int block = Bootstrap.block(index);
        CompensatedSum[] blockSums = sums[block];
        if (blockSums == null) {
            blockSums = new CompensatedSum[STATS];
            for (int s = 0; s < STATS; s++) {
                blockSums[s] = new CompensatedSum();
            }
            sums[block] = blockSums;
        }
        for (int s = 0; s < STATS; s++) {
            blockSums[s].add(stats[s]);
        }
    }

    /** Counts one label's outcome (0 tp, 1 fp, 2 fn) in the row's block. */
    void countLabel(long index, int label, int kind) {
        if (tooManyLabels) {
            return;
        }
        if (label >= MAX_LABELS) {
            tooManyLabels = true;
            labelCounts = null;
            return;
        }
        int block = Bootstrap.block(index);
        if (labelCounts[block] == null) {
            labelCounts[block] = new int[3 * MAX_LABELS];
        }
        labelCounts[block][3 * label + kind]++;
    }

    /** Adds another's blocks; {@code remap} turns the other's label codes into this one's. */
    void merge(MultiLabelBlocks other, int[] remap) {
        for (int b = 0; b < BLOCKS; b++) {
            if (other.sums[b] == null) {
                continue;
            }
            if (sums[b] == null) {
                sums[b] = new CompensatedSum[STATS];
                for (int s = 0; s < STATS; s++) {
                    sums[b][s] = new CompensatedSum();
                }
            }
            for (int s = 0; s < STATS; s++) {
                sums[b][s].add(other.sums[b][s]);
            }
        }
        if (tooManyLabels || other.tooManyLabels || maxCode(remap) >= MAX_LABELS) {
            tooManyLabels = true;
            labelCounts = null;
            return;
        }
        for (int b = 0; b < BLOCKS; b++) {
            if (other.labelCounts[b] == null) {
                continue;
            }
            if (labelCounts[b] == null) {
                labelCounts[b] = new int[3 * MAX_LABELS];
            }
            for (int c = 0; c < remap.length; c++) {
                for (int kind = 0; kind < 3; kind++) {
                    labelCounts[b][3 * remap[c] + kind] += other.labelCounts[b][3 * c + kind];
                }
            }
        }
    }

    private static int maxCode(int[] remap) {
        int max = -1;
        for (int code : remap) {
            max = Math.max(max, code);
        }
        return max;
    }

    boolean hasLabelCounts() {
        return !tooManyLabels;
    }

    /** One replicate: every block's Poisson(1) weight, from the replicate's own stream. */
    static double[] weights(long seed, int replicate) {
        SplittableRandom random = Bootstrap.stream(seed, Bootstrap.MULTI_LABEL, replicate);
        double[] weights = new double[BLOCKS];
        for (int b = 0; b < BLOCKS; b++) {
            weights[b] = PoissonSampler.draw(random, 1.0);
        }
        return weights;
    }

    /** The weighted sum of one row-level statistic. */
    double weighted(double[] weights, int stat) {
        double total = 0;
        for (int b = 0; b < BLOCKS; b++) {
            if (sums[b] != null && weights[b] != 0) {
                total += weights[b] * sums[b][stat].value();
            }
        }
        return total;
    }

    /**
     * The weighted tp, fp and fn of each label, {@code [label][kind]}, for labels coded {@code codeToLabel} (label
     * code to index in the result, -1 for none).
     */
    double[][] weightedLabelCounts(double[] weights, int[] codeToLabel, int labels) {
        double[][] counts = new double[labels][3];
        for (int b = 0; b < BLOCKS; b++) {
            if (labelCounts[b] == null || weights[b] == 0) {
                continue;
            }
            for (int code = 0; code < codeToLabel.length; code++) {
                for (int kind = 0; kind < 3; kind++) {
                    counts[codeToLabel[code]][kind] += weights[b] * labelCounts[b][3 * code + kind];
                }
            }
        }
        return counts;
    }
}
