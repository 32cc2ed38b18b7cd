package org.mlgate.analysis.metrics;

import java.util.Arrays;

/**
 * Ranks the scores of one binary problem (a label of a multi-label task, the anomalies of an anomaly detector): the
 * positives' and the negatives' scores, each sorted, walked from the highest score down in groups of equal scores,
 * so that {@link RankingSweep} gives the exact ROC AUC and average precision with scikit-learn's tie semantics.
 */
final class ScoreRanking {

    private ScoreRanking() {
    }

    /**
     * @param positives the positive rows' scores; sorted here, in place
     * @param negatives the negative rows' scores; sorted here, in place
     * @param maxBins   the bootstrap's groups (see {@link RankingSweep})
     */
    static RankingSweep sweep(double[] positives, double[] negatives, int maxBins) {
        Arrays.sort(positives);
        Arrays.sort(negatives);
        RankingSweep sweep = new RankingSweep(positives.length, negatives.length, maxBins);
        int p = positives.length - 1;
        int n = negatives.length - 1;
        while (p >= 0 || n >= 0) {
            double value = Math.max(p >= 0 ? positives[p] : Double.NEGATIVE_INFINITY,
                    n >= 0 ? negatives[n] : Double.NEGATIVE_INFINITY);
            long pos = 0;
            long neg = 0;
            while (p >= 0 && positives[p] == value) {
                p--;
                pos++;
            }
            while (n >= 0 && negatives[n] == value) {
                n--;
                neg++;
            }
            sweep.accept(value, pos, neg);
        }
        return sweep;
    }

    /**
     * How many positives are among the {@code k} highest scores, for sorted scores (as {@link #sweep} leaves them):
     * a group of tied scores that the cut splits counts with its share of positives, the expectation over the orders
     * a tie could be broken in, so that the result does not depend on the order of the rows.
     */
    static double positivesInTop(double[] sortedPositives, double[] sortedNegatives, long k) {
        int p = sortedPositives.length - 1;
        int n = sortedNegatives.length - 1;
        long remaining = k;
        double found = 0;
        while (remaining > 0 && (p >= 0 || n >= 0)) {
            double value = Math.max(p >= 0 ? sortedPositives[p] : Double.NEGATIVE_INFINITY,
                    n >= 0 ? sortedNegatives[n] : Double.NEGATIVE_INFINITY);
            long pos = 0;
            long neg = 0;
            while (p >= 0 && sortedPositives[p] == value) {
                p--;
                pos++;
            }
            while (n >= 0 && sortedNegatives[n] == value) {
                n--;
                neg++;
            }
            long size = pos + neg;
            if (size <= remaining) {
                found += pos;
                remaining -= size;
            } else {
                found += (double) pos * remaining / size;
                remaining = 0;
            }
        }
        return found;
    }
}
