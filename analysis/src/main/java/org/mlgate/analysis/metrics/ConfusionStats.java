package org.mlgate.analysis.metrics;

import java.util.List;

/**
 * The metrics that depend only on a confusion matrix, as scikit-learn 1.2.1 defines them. Counts are doubles so
 * that bootstrap replicates (Poisson-reweighted matrices) reuse the same formulas as the point estimate.
 *
 * <p>Zero denominators: precision, recall and F1 are 0 (scikit-learn's {@code zero_division=0}); balanced accuracy
 * averages the recalls of the classes that occur among the actual labels only; MCC is 0 when either marginal is
 * constant; Cohen's kappa is NaN (the caller turns it into null and a note) when the expected disagreement is 0.
 */
final class ConfusionStats {
    final int k;
    final double total;
    final double[] support;
    final double[] predictedCount;
    final double[] truePositive;
    final double[] precision;
    final double[] recall;
    final double[] f1;

    /**
     * @param counts   rows = actual, columns = predicted
     * @param labels   label names for the notes
     * @param notes    receives one sentence per zero denominator; null for bootstrap replicates
     */
    ConfusionStats(double[][] counts, List<String> labels, List<String> notes) {
        k = counts.length;
        support = new double[k];
        predictedCount = new double[k];
        truePositive = new double[k];
        double sum = 0;
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                support[a] += counts[a][p];
                predictedCount[p] += counts[a][p];
                sum += counts[a][p];
            }
            truePositive[a] = counts[a][a];
        }
        total = sum;
        precision = new double[k];
        recall = new double[k];
        f1 = new double[k];
        for (int c = 0; c < k; c++) {
            if (predictedCount[c] > 0) {
                precision[c] = truePositive[c] / predictedCount[c];
            } else if (notes != null) {
                notes.add("Precision of class '" + labels.get(c) + "' is set to 0: the class is never predicted.");
            }
            if (support[c] > 0) {
                recall[c] = truePositive[c] / support[c];
            } else if (notes != null) {
                notes.add("Recall of class '" + labels.get(c) + "' is set to 0: the class never occurs among the actual labels.");
            }
            double pr = precision[c] + recall[c];
            f1[c] = pr == 0 ? 0 : 2 * precision[c] * recall[c] / pr;
            if (notes != null && predictedCount[c] == 0 && support[c] == 0) {
                notes.add("F1 of class '" + labels.get(c) + "' is set to 0: the class is neither predicted nor actual.");
            }
        }
    }

    double accuracy() {
        double correct = 0;
        for (double tp : truePositive) {
            correct += tp;
        }
        return total == 0 ? Double.NaN : correct / total;
    }

    /** Mean recall over the classes that occur among the actual labels (scikit-learn drops the others). */
    double balancedAccuracy() {
        double sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            if (support[c] > 0) {
                sum += recall[c];
                present++;
            }
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    static double macro(double[] perClass) {
        double sum = 0;
        for (double v : perClass) {
            sum += v;
        }
        return sum / perClass.length;
    }

    double weighted(double[] perClass) {
        double sum = 0;
        double weight = 0;
        for (int c = 0; c < k; c++) {
            sum += perClass[c] * support[c];
            weight += support[c];
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /** Micro precision = micro recall = micro F1 = accuracy for single-label data over all labels. */
    double micro() {
        return accuracy();
    }

    /** scikit-learn's multi-class Matthews correlation (Gorodkin's R_K). */
    double mcc() {
        double correct = 0;
        double tp = 0;
        double pp = 0;
        double tt = 0;
        for (int c = 0; c < k; c++) {
            correct += truePositive[c];
            tp += support[c] * predictedCount[c];
            pp += predictedCount[c] * predictedCount[c];
            tt += support[c] * support[c];
        }
        double covYtYp = correct * total - tp;
        double covYpYp = total * total - pp;
        double covYtYt = total * total - tt;
        if (covYpYp * covYtYt == 0) {
            return 0.0;
        }
        return covYtYp / Math.sqrt(covYtYt * covYpYp);
    }

    /** Unweighted Cohen's kappa: 1 - observed disagreement / expected disagreement. */
    double cohenKappa(double[][] counts) {
        double observed = 0;
        double expected = 0;
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                if (a != p) {
                    observed += counts[a][p];
                    expected += predictedCount[a] * support[p] / total;
                }
            }
        }
        return 1 - observed / expected;
    }
}
