package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consumes the distinct score values of a one-vs-rest problem from the highest down (value, positives, negatives)
 * and computes, in one pass and in memory independent of the row count:
 * <ul>
 *   <li>the exact ROC AUC and average precision (scikit-learn's tie semantics, see {@link RankedGroups});</li>
 *   <li>the ROC and precision-recall curves, sampled at about {@value #CURVE_SAMPLES} equal-count steps (every
 *       distinct value when there are fewer), always with both ends;</li>
 *   <li>the groups for the bootstrap: the distinct values themselves when there are at most {@code maxBins} of
 *       them (the bootstrap is then exact), otherwise about {@code maxBins} bins of consecutive values holding
 *       about equally many rows, whose rows count as tied inside a replicate.</li>
 * </ul>
 */
final class RankingSweep {
    static final int CURVE_SAMPLES = 2000;

    private final double totalPositives;
    private final double totalNegatives;
    private final int maxBins;
    private final double rowsPerBin;
    private final double rowsPerSample;

    private double tp;
    private double fp;
    private double orderedPairs;
    private double ap;
    private double firstValue = Double.NaN;
    private long groups;
    private double nextSample;

    private final GroupList exact = new GroupList();
    private final GroupList bins = new GroupList();
    private double inBin;
    private final List<CurvePoint> roc = new ArrayList<>();
    private final List<CurvePoint> pr = new ArrayList<>();
    /** The last distinct value, where both curves end; its points are made only when it was not sampled. */
    private double lastValue = Double.NaN;
    private boolean lastSampled;

    RankingSweep(long positives, long negatives, int maxBins) {
        this.totalPositives = positives;
        this.totalNegatives = negatives;
        this.maxBins = maxBins;
        this.rowsPerBin = (double) (positives + negatives) / maxBins;
        this.rowsPerSample = (double) (positives + negatives) / CURVE_SAMPLES;
    }

    void accept(double value, long positives, long negatives) {
        if (groups == 0) {
            firstValue = value;
        }
        groups++;
        orderedPairs += negatives * (tp + positives / 2.0);
        tp += positives;
        fp += negatives;
        if (positives > 0 && totalPositives > 0) {
            ap += (positives / totalPositives) * (tp / (tp + fp));
        }
        if (exact.size <= maxBins) {
            exact.add(positives, negatives, value);
        }
        if (inBin == 0) {
            bins.add(0, 0, value);
        }
        bins.addToLast(positives, negatives, value);
        inBin += positives + negatives;
        if (inBin >= rowsPerBin) {
            inBin = 0;
        }
        lastValue = value;
        lastSampled = false;
        if (tp + fp >= nextSample) {
            roc.add(rocPoint());
            pr.add(prPoint());
            lastSampled = true;
            nextSample = tp + fp + rowsPerSample;
        }
    }

    /** The ROC point after the last value accepted (one per sampled value: a million values make 2,000 points). */
    private CurvePoint rocPoint() {
        return new CurvePoint(rate(fp, totalNegatives), rate(tp, totalPositives), lastValue);
    }

    private CurvePoint prPoint() {
        return new CurvePoint(rate(tp, totalPositives), tp / (tp + fp), lastValue);
    }

    private static double rate(double count, double total) {
        return total == 0 ? 0 : count / total;
    }

    /** Exact ROC AUC; NaN when only one class is present. */
    double auc() {
        double pairs = totalPositives * totalNegatives;
        return pairs == 0 ? Double.NaN : orderedPairs / pairs;
    }

    /** Exact average precision; NaN without positives. */
    double averagePrecision() {
        return totalPositives == 0 ? Double.NaN : ap;
    }

    RankedGroups bootstrapGroups() {
        return exact.size <= maxBins ? exact.toGroups() : bins.toGroups();
    }

    /**
     * The lowest score of each of the {@link #bootstrapGroups()}, strictly decreasing: a score belongs to the first
     * group whose floor it reaches. This lets a second pass put each row into its group without sorting rows.
     */
    double[] bootstrapFloors() {
        return exact.size <= maxBins ? exact.floors() : bins.floors();
    }

    /** ROC points from (0, 0) at threshold max + 1 (scikit-learn 1.2's convention) to (1, 1). */
    List<CurvePoint> rocCurve(int maxPoints) {
        List<CurvePoint> points = new ArrayList<>(roc.size() + 2);
        points.add(new CurvePoint(0, 0, groups == 0 ? 1 : firstValue + 1));
        points.addAll(roc);
        if (!lastSampled && groups > 0) {
            points.add(rocPoint());
        }
        return CurveThinner.thin(points, maxPoints);
    }

    /** Precision-recall points from (recall 0, precision 1) to full recall. */
    List<CurvePoint> precisionRecallCurve(int maxPoints) {
        List<CurvePoint> points = new ArrayList<>(pr.size() + 2);
        points.add(new CurvePoint(0, 1, groups == 0 ? 1 : firstValue + 1));
        points.addAll(pr);
        if (!lastSampled && groups > 0) {
            points.add(prPoint());
        }
        return CurveThinner.thin(points, maxPoints);
    }

    /** A growable pair of count arrays, with the lowest score of each group. */
    private static final class GroupList {
        double[] pos = new double[64];
        double[] neg = new double[64];
        double[] floor = new double[64];
        int size;

        void add(double p, double n, double value) {
            if (size == pos.length) {
                pos = Arrays.copyOf(pos, size * 2);
                neg = Arrays.copyOf(neg, size * 2);
                floor = Arrays.copyOf(floor, size * 2);
            }
            pos[size] = p;
            neg[size] = n;
            floor[size] = value;
            size++;
        }

        /** Values arrive from the highest down, so the last one added is the group's floor. */
        void addToLast(double p, double n, double value) {
            pos[size - 1] += p;
            neg[size - 1] += n;
            floor[size - 1] = value;
        }

        double[] floors() {
            return Arrays.copyOf(floor, size);
        }

        RankedGroups toGroups() {
            return new RankedGroups(Arrays.copyOf(pos, size), Arrays.copyOf(neg, size));
        }
    }
}
