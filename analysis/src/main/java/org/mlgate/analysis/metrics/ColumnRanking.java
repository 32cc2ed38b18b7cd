package org.mlgate.analysis.metrics;

import java.util.Arrays;

/**
 * Ranks one probability column against the actual labels: the one-vs-rest groups of its class and, for
 * Hand and Till's one-vs-one AUC, the AUC of this column between its class and each other class alone.
 *
 * <p>Memory: one temporary {@code double[]} of the row count (the column's scores, grouped by actual class and
 * sorted within each group); the rows themselves are not copied otherwise.
 */
final class ColumnRanking {
    final RankingSweep oneVsRest;
    /** {@code halfAuc[b]}: AUC of this column's class (positive) against class b alone; NaN if either is absent. */
    final double[] halfAuc;

    private ColumnRanking(RankingSweep oneVsRest, double[] halfAuc) {
        this.oneVsRest = oneVsRest;
        this.halfAuc = halfAuc;
    }

    /**
     * @param scores     row-major probabilities, {@code width} per row
     * @param column     which column to rank
     * @param rows        label code of each row's actual label
     * @param codeToClass class index (0..classes-1) of each label code
     * @param classCount rows per class index
     * @param positive   class index of the column's label
     */
    /**
     * Sorts a range on every core when it is large: ranking a million scores is most of the time after the pass, and
     * a sorted array is the same whoever sorted it.
     */
    private static void sort(double[] values, int from, int to) {
        if (to - from > PARALLEL_SORT) {
            Arrays.parallelSort(values, from, to);
        } else {
            Arrays.sort(values, from, to);
        }
    }

    private static final int PARALLEL_SORT = 1 << 16;

    static ColumnRanking of(DoubleChunks scores, int width, int column, RowKeys rows, int[] codeToClass, long[] classCount,
                            int positive, int maxBins) {
        int classes = classCount.length;
        int[] start = new int[classes + 1];
        for (int c = 0; c < classes; c++) {
            start[c + 1] = Math.toIntExact(start[c] + classCount[c]);
        }
        double[] buffer = new double[start[classes]];
        int[] fill = Arrays.copyOf(start, classes);
        long count = rows.size();
        for (long r = 0; r < count; r++) {
            buffer[fill[codeToClass[rows.code(r)]]++] = scores.get(r * width + column);
        }
        for (int c = 0; c < classes; c++) {
            sort(buffer, start[c], start[c + 1]);
        }
        double[] halfAuc = new double[classes];
        for (int b = 0; b < classes; b++) {
            halfAuc[b] = b == positive ? Double.NaN
                    : pairAuc(buffer, start[positive], start[positive + 1], start[b], start[b + 1]);
        }
        // One-vs-rest needs the negatives as one sorted run: sort the runs before and after the positive class's
        // (the segments are contiguous), so the walk below merges three runs, not one per class.
        sort(buffer, start[0], start[positive]);
        sort(buffer, start[positive + 1], start[classes]);
        int[] runs = {start[0], start[positive], start[positive + 1], start[classes]};
        long positives = classCount[positive];
        RankingSweep sweep = new RankingSweep(positives, start[classes] - positives, maxBins);
        walk(buffer, runs, 1, sweep);
        return new ColumnRanking(sweep, halfAuc);
    }

    /** AUC of the sorted run [ps, pe) (positives) against the sorted run [ns, ne) (negatives), ties as half. */
    private static double pairAuc(double[] sorted, int ps, int pe, int ns, int ne) {
        if (ps == pe || ns == ne) {
            return Double.NaN;
        }
        double pairs = 0;
        int below = ns;
        int belowOrEqual = ns;
        for (int i = ps; i < pe; i++) {
            double v = sorted[i];
            while (below < ne && sorted[below] < v) {
                below++;
            }
            if (belowOrEqual < below) {
                belowOrEqual = below;
            }
            while (belowOrEqual < ne && sorted[belowOrEqual] <= v) {
                belowOrEqual++;
            }
            pairs += (below - ns) + (belowOrEqual - below) / 2.0;
        }
        return pairs / ((double) (pe - ps) * (ne - ns));
    }

    /**
     * Walks sorted runs [start[r], start[r + 1]) from the highest score down, grouping equal scores across runs; run
     * {@code positive} holds the positives.
     */
    private static void walk(double[] sorted, int[] start, int positive, RankingSweep sweep) {
        int classes = start.length - 1;
        int[] head = new int[classes];
        for (int c = 0; c < classes; c++) {
            head[c] = start[c + 1] - 1;
        }
        while (true) {
            double max = Double.NEGATIVE_INFINITY;
            boolean any = false;
            for (int c = 0; c < classes; c++) {
                if (head[c] >= start[c] && (!any || sorted[head[c]] > max)) {
                    max = sorted[head[c]];
                    any = true;
                }
            }
            if (!any) {
                return;
            }
            long pos = 0;
            long neg = 0;
            for (int c = 0; c < classes; c++) {
                int taken = 0;
                while (head[c] >= start[c] && sorted[head[c]] == max) {
                    head[c]--;
                    taken++;
                }
                if (c == positive) {
                    pos += taken;
                } else {
                    neg += taken;
                }
            }
            sweep.accept(max, pos, neg);
        }
    }
}
