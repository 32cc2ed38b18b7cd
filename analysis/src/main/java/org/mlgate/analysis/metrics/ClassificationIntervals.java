package org.mlgate.analysis.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Poisson-bootstrap percentile intervals of the classification headline metrics, drawn from counts only (see
 * {@link ClassificationAccumulator}): one Poisson(count) per confusion-matrix cell, and one per (score group, class)
 * for the binary AUC and average precision.
 */
final class ClassificationIntervals {
    private final MetricOptions options;
    private final double[][] counts;
    private final int positive;
    private final RankedGroups positiveGroups;
    private final double exactAuc;
    private final double exactAp;
    /** Per class, the intervals of its precision, recall and F1; filled by {@link #compute()}. */
    private final List<Map<String, Interval>> ofClass = new java.util.ArrayList<>();

    /**
     * @param positive       class index of the positive label, or -1 for multi-class
     * @param positiveGroups the positive class's score groups (binary with probabilities), else null
     * @param exactAuc       the exact point estimate of the AUC (NaN when undefined)
     * @param exactAp        the exact point estimate of the average precision (NaN when undefined)
     */
    ClassificationIntervals(MetricOptions options, double[][] counts, int positive, RankedGroups positiveGroups,
                            double exactAuc, double exactAp) {
        this.options = options;
        this.counts = counts;
        this.positive = positive;
        this.positiveGroups = positiveGroups;
        this.exactAuc = exactAuc;
        this.exactAp = exactAp;
    }

    Map<String, Interval> compute() {
        Map<String, Interval> intervals = new LinkedHashMap<>();
        int replicates = options.bootstrapReplicates();
        if (replicates == 0 || counts.length == 0) {
            return intervals;
        }
        double[] accuracy = new double[replicates];
        double[] balanced = new double[replicates];
        double[] macroF1 = new double[replicates];
        double[] f1 = new double[replicates];
        int k = counts.length;
        double[][] classPrecision = new double[k][replicates];
        double[][] classRecall = new double[k][replicates];
        double[][] classF1 = new double[k][replicates];
        double[][] replicate = new double[k][k];
        List<String> labels = java.util.Collections.nCopies(k, "");
        for (int r = 0; r < replicates; r++) {
            SplittableRandom random = Bootstrap.stream(options.seed(), Bootstrap.CONFUSION, r);
            for (int a = 0; a < k; a++) {
                for (int p = 0; p < k; p++) {
                    replicate[a][p] = PoissonSampler.draw(random, counts[a][p]);
                }
            }
            ConfusionStats stats = new ConfusionStats(replicate, labels, null);
            accuracy[r] = stats.accuracy();
            balanced[r] = stats.balancedAccuracy();
            macroF1[r] = stats.total == 0 ? Double.NaN : ConfusionStats.macro(stats.f1);
            f1[r] = positive >= 0 && stats.total > 0 ? stats.f1[positive] : Double.NaN;
            for (int c = 0; c < k; c++) {
                // A class the replicate drew no row of has no precision (or recall) to speak of.
                double predicted = 0;
                double actual = 0;
                for (int other = 0; other < k; other++) {
                    predicted += replicate[other][c];
                    actual += replicate[c][other];
                }
                classPrecision[c][r] = predicted > 0 ? stats.precision[c] : Double.NaN;
                classRecall[c][r] = actual > 0 ? stats.recall[c] : Double.NaN;
                classF1[c][r] = predicted > 0 || actual > 0 ? stats.f1[c] : Double.NaN;
            }
        }
        for (int c = 0; c < k; c++) {
            Map<String, Interval> perClass = new LinkedHashMap<>();
            putIfDefined(perClass, "precision", Bootstrap.percentile(classPrecision[c], replicates,
                    options.confidenceLevel()));
            putIfDefined(perClass, "recall", Bootstrap.percentile(classRecall[c], replicates,
                    options.confidenceLevel()));
            putIfDefined(perClass, "f1", Bootstrap.percentile(classF1[c], replicates, options.confidenceLevel()));
            ofClass.add(java.util.Collections.unmodifiableMap(perClass));
        }
        double level = options.confidenceLevel();
        putIfDefined(intervals, "accuracy", Bootstrap.percentile(accuracy, replicates, level));
        putIfDefined(intervals, "balancedAccuracy", Bootstrap.percentile(balanced, replicates, level));
        putIfDefined(intervals, "macroF1", Bootstrap.percentile(macroF1, replicates, level));
        if (positive >= 0) {
            putIfDefined(intervals, "f1", Bootstrap.percentile(f1, replicates, level));
        }
        if (positiveGroups != null) {
            rankingIntervals(intervals, replicates, level);
        }
        return intervals;
    }

    /** The intervals of class {@code c}'s precision, recall and F1 (empty without replicates), once computed. */
    Map<String, Interval> ofClass(int c) {
        return c < ofClass.size() ? ofClass.get(c) : Map.of();
    }

    /** Replicates drawn by one task of the parallel AUC and average-precision bootstrap. */
    private static final int REPLICATES_PER_BLOCK = 50;

    /**
     * When the groups are bins, ties inside a bin pull the replicates' AUC and AP slightly towards chance; each
     * replicate is shifted by (exact point estimate - estimate on the bins), so the interval takes its width from the
     * bins and its centre from the exact value. With exact groups the shift is zero.
     */
    private void rankingIntervals(Map<String, Interval> intervals, int replicates, double level) {
        double[] pos = positiveGroups.positives();
        double[] neg = positiveGroups.negatives();
        double aucShift = exactAuc - RankedGroups.auc(pos, neg);
        double apShift = exactAp - RankedGroups.averagePrecision(pos, neg);
        double[] auc = new double[replicates];
        double[] ap = new double[replicates];
        // Replicate r draws from its own stream, so blocks of replicates run on every core with the result of one.
        int blocks = (replicates + REPLICATES_PER_BLOCK - 1) / REPLICATES_PER_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            double[] weightedPos = new double[pos.length];
            double[] weightedNeg = new double[neg.length];
            int last = Math.min(replicates, (block + 1) * REPLICATES_PER_BLOCK);
            for (int r = block * REPLICATES_PER_BLOCK; r < last; r++) {
                SplittableRandom random = Bootstrap.stream(options.seed(), Bootstrap.RANKING, r);
                for (int g = 0; g < pos.length; g++) {
                    weightedPos[g] = PoissonSampler.draw(random, pos[g]);
                    weightedNeg[g] = PoissonSampler.draw(random, neg[g]);
                }
                auc[r] = RankedGroups.auc(weightedPos, weightedNeg) + aucShift;
                ap[r] = RankedGroups.averagePrecision(weightedPos, weightedNeg) + apShift;
            }
        });
        putIfDefined(intervals, "aucRoc", Bootstrap.percentile(auc, replicates, level));
        putIfDefined(intervals, "averagePrecision", Bootstrap.percentile(ap, replicates, level));
    }

    private static void putIfDefined(Map<String, Interval> intervals, String name, Interval interval) {
        if (interval != null) {
            intervals.put(name, interval);
        }
    }
}
