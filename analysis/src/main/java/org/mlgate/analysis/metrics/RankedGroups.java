package org.mlgate.analysis.metrics;

/**
 * Scores collapsed to groups in descending order of score, with the number of positive and negative rows in each
 * group. Rows inside a group count as tied: half a correctly ordered pair for the AUC, one step for the average
 * precision. When the groups are the distinct score values this is exactly scikit-learn's
 * {@code roc_auc_score} and {@code average_precision_score}; the bootstrap also uses coarser groups (bins).
 *
 * <p>Counts are doubles so that a bootstrap replicate can reuse the formulas with Poisson-reweighted counts.
 */
record RankedGroups(double[] positives, double[] negatives) {

    /** Area under the ROC curve; NaN when one of the two classes has no weight. */
    static double auc(double[] positives, double[] negatives) {
        double positivesAbove = 0;
        double negativesTotal = 0;
        double orderedPairs = 0;
        for (int g = 0; g < positives.length; g++) {
            orderedPairs += negatives[g] * (positivesAbove + positives[g] / 2);
            positivesAbove += positives[g];
            negativesTotal += negatives[g];
        }
        double pairs = positivesAbove * negativesTotal;
        return pairs == 0 ? Double.NaN : orderedPairs / pairs;
    }

    /** Average precision: the sum over groups of (recall step) x (precision at the group); NaN without positives. */
    static double averagePrecision(double[] positives, double[] negatives) {
        double totalPositives = 0;
        for (double p : positives) {
            totalPositives += p;
        }
        if (totalPositives == 0) {
            return Double.NaN;
        }
        double tp = 0;
        double fp = 0;
        double ap = 0;
        for (int g = 0; g < positives.length; g++) {
            tp += positives[g];
            fp += negatives[g];
            if (positives[g] > 0) {
                ap += (positives[g] / totalPositives) * (tp / (tp + fp));
            }
        }
        return ap;
    }
}
