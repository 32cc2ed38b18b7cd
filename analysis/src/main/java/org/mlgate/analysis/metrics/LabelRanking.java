package org.mlgate.analysis.metrics;

/**
 * One row's label ranking average precision, as scikit-learn 1.2.1's {@code label_ranking_average_precision_score}
 * defines it: for each relevant label, the share of relevant labels among those scored at least as high, averaged
 * over the relevant labels; 1 when no label or every label is relevant (the ranking then means nothing). Ties count
 * against the row ("max" ranks): a relevant label tied with an irrelevant one does not rank above it.
 */
final class LabelRanking {

    private LabelRanking() {
    }

    /**
     * @param scores   the row's score of every label
     * @param relevant whether each label is among the row's actual labels
     */
    static double averagePrecision(double[] scores, boolean[] relevant) {
        int labels = scores.length;
        int relevantCount = 0;
        for (boolean r : relevant) {
            relevantCount += r ? 1 : 0;
        }
        if (relevantCount == 0 || relevantCount == labels) {
            return 1.0;
        }
        double sum = 0;
        for (int j = 0; j < labels; j++) {
            if (!relevant[j]) {
                continue;
            }
            int atLeast = 0;
            int relevantAtLeast = 0;
            for (int k = 0; k < labels; k++) {
                if (scores[k] >= scores[j]) {
                    atLeast++;
                    relevantAtLeast += relevant[k] ? 1 : 0;
                }
            }
            sum += (double) relevantAtLeast / atLeast;
        }
        return sum / relevantCount;
    }
}
