package org.mlgate.analysis.metrics;

import java.math.BigInteger;

/**
 * How well clusters agree with true labels, from their contingency table alone, as scikit-learn 1.2.1's
 * {@code sklearn.metrics.cluster} computes it, special cases included (one label and one cluster agree perfectly;
 * a labelling of one value has no entropy). Counts are doubles so that bootstrap replicates reuse the formulas.
 *
 * @param counts the nonzero cells' counts, with {@code rowOf} and {@code columnOf} their label and cluster
 */
record ClusterAgreement(double[] counts, int[] rowOf, int[] columnOf, double[] labelTotals,
                        double[] clusterTotals) {
    private static final double EPS = Math.ulp(1.0);

    /** A table's agreement; labels or clusters without rows must not be among the totals. */
    static ClusterAgreement of(double[] counts, int[] rowOf, int[] columnOf, int labels, int clusters) {
        double[] labelTotals = new double[labels];
        double[] clusterTotals = new double[clusters];
        for (int c = 0; c < counts.length; c++) {
            labelTotals[rowOf[c]] += counts[c];
            clusterTotals[columnOf[c]] += counts[c];
        }
        return new ClusterAgreement(counts, rowOf, columnOf, present(labelTotals), present(clusterTotals));
    }

    /** Totals of the labels (or clusters) with rows: a bootstrap replicate may draw none of some. */
    private static double[] present(double[] totals) {
        return java.util.Arrays.stream(totals).filter(total -> total > 0).toArray();
    }

    double rows() {
        double n = 0;
        for (double total : labelTotals) {
            n += total;
        }
        return n;
    }

    /** Shannon entropy (natural log) of a labelling given by its group sizes; 0 for a single group. */
    static double entropy(double[] sizes) {
        if (sizes.length == 0) {
            return 1.0; // scikit-learn's value for an empty labelling
        }
        if (sizes.length == 1) {
            return 0;
        }
        double sum = 0;
        for (double size : sizes) {
            sum += size;
        }
        double logSum = Math.log(sum);
        double entropy = 0;
        for (double size : sizes) {
            entropy += (size / sum) * (Math.log(size) - logSum);
        }
        return -entropy;
    }

    double labelEntropy() {
        return entropy(labelTotals);
    }

    double clusterEntropy() {
        return entropy(clusterTotals);
    }

    /** Mutual information: terms below machine epsilon are dropped and the sum clipped at 0, as scikit-learn does. */
    double mutualInformation() {
        if (labelTotals.length == 1 || clusterTotals.length == 1) {
            return 0;
        }
        double[] rowTotals = totals(rowOf, counts, maxIndex(rowOf));
        double[] columnTotals = totals(columnOf, counts, maxIndex(columnOf));
        double n = rows();
        double logN = Math.log(n);
        double mi = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            double share = counts[c] / n;
            double logOuter = -Math.log(rowTotals[rowOf[c]] * columnTotals[columnOf[c]]) + logN + logN;
            double term = share * (Math.log(counts[c]) - logN) + share * logOuter;
            mi += Math.abs(term) < EPS ? 0 : term;
        }
        return Math.max(mi, 0);
    }

    private static int maxIndex(int[] indices) {
        int max = -1;
        for (int i : indices) {
            max = Math.max(max, i);
        }
        return max + 1;
    }

    private static double[] totals(int[] index, double[] counts, int size) {
        double[] totals = new double[size];
        for (int c = 0; c < counts.length; c++) {
            totals[index[c]] += counts[c];
        }
        return totals;
    }

    double homogeneity() {
        double h = labelEntropy();
        return h != 0 ? mutualInformation() / h : 1.0;
    }

    double completeness() {
        double h = clusterEntropy();
        return h != 0 ? mutualInformation() / h : 1.0;
    }

    /** The harmonic mean of homogeneity and completeness (beta 1). */
    double vMeasure() {
        double homogeneity = homogeneity();
        double completeness = completeness();
        if (homogeneity + completeness == 0) {
            return 0;
        }
        return (1 + 1.0) * homogeneity * completeness / (1.0 * homogeneity + completeness);
    }

    /** Mutual information over the arithmetic mean of the two entropies. */
    double normalizedMutualInformation() {
        if (labelTotals.length == clusterTotals.length && labelTotals.length <= 1) {
            return 1.0;
        }
        double mi = mutualInformation();
        if (mi == 0) {
            return 0;
        }
        return mi / ((labelEntropy() + clusterEntropy()) / 2);
    }

    /**
     * Mutual information adjusted for chance, with the arithmetic mean as normaliser, given the expected mutual
     * information of the table's margins ({@link ExpectedMutualInformation}).
     */
    double adjustedMutualInformation(double expected) {
        if (labelTotals.length == clusterTotals.length && labelTotals.length <= 1) {
            return 1.0;
        }
        double normalizer = (labelEntropy() + clusterEntropy()) / 2;
        double denominator = normalizer - expected;
        // Keeps the sign when rounding puts the expectation just above the maximum (a perfect match).
        denominator = denominator < 0 ? Math.min(denominator, -EPS) : Math.max(denominator, EPS);
        return (mutualInformation() - expected) / denominator;
    }

    /**
     * The adjusted Rand index from the pair-confusion matrix, in exact integer arithmetic as scikit-learn does with
     * Python integers; the counts must be whole numbers.
     */
    double adjustedRandIndex() {
        BigInteger n = whole(rows());
        BigInteger sumSquares = BigInteger.ZERO;
        for (double count : counts) {
            BigInteger c = whole(count);
            sumSquares = sumSquares.add(c.multiply(c));
        }
        BigInteger rowSquares = squares(labelTotals);
        BigInteger columnSquares = squares(clusterTotals);
        BigInteger tp = sumSquares.subtract(n);
        BigInteger fp = columnSquares.subtract(sumSquares);
        BigInteger fn = rowSquares.subtract(sumSquares);
        BigInteger tn = n.multiply(n).subtract(fp).subtract(fn).subtract(sumSquares);
        if (fn.signum() == 0 && fp.signum() == 0) {
            return 1.0;
        }
        BigInteger numerator = tp.multiply(tn).subtract(fn.multiply(fp));
        BigInteger denominator = tp.add(fn).multiply(fn.add(tn)).add(tp.add(fp).multiply(fp.add(tn)));
        return 2.0 * numerator.doubleValue() / denominator.doubleValue();
    }

    private static BigInteger squares(double[] totals) {
        BigInteger sum = BigInteger.ZERO;
        for (double total : totals) {
            BigInteger t = whole(total);
            sum = sum.add(t.multiply(t));
        }
        return sum;
    }

    private static BigInteger whole(double count) {
        return BigInteger.valueOf((long) count);
    }
}
