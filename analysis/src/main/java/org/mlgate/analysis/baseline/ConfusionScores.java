package org.mlgate.analysis.baseline;

/**
 * macroF1, balancedAccuracy and binary f1 from weighted (actual, predicted) label indices, with scikit-learn's
 * definitions (GUIDE section 3): macro averages over the labels present in the actual or predicted values,
 * balanced accuracy over the labels present in the actual values, 0 for a zero denominator.
 */
final class ConfusionScores {
    private final long[][] counts;

    private ConfusionScores(long[][] counts) {
        this.counts = counts;
    }

    static ConfusionScores of(int labels, int[] actual, int[] predicted, int[] weights) {
        long[][] counts = new long[labels][labels];
        for (int i = 0; i < actual.length; i++) {
            counts[actual[i]][predicted[i]] += weights[i];
        }
        return new ConfusionScores(counts);
    }

    double metric(String name, int positive) {
        return switch (name) {
            case "macroF1" -> macroF1();
            case "balancedAccuracy" -> balancedAccuracy();
            case "f1" -> f1(positive);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private double macroF1() {
        double sum = 0;
        int present = 0;
        for (int k = 0; k < counts.length; k++) {
            if (support(k) + predicted(k) > 0) {
                sum += f1(k);
                present++;
            }
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    private double balancedAccuracy() {
        double sum = 0;
        int present = 0;
        for (int k = 0; k < counts.length; k++) {
            long support = support(k);
            if (support > 0) {
                sum += (double) counts[k][k] / support;
                present++;
            }
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    private double f1(int k) {
        long denominator = support(k) + predicted(k);
        return denominator == 0 ? 0 : 2.0 * counts[k][k] / denominator;
    }

    private long support(int k) {
        long sum = 0;
        for (long c : counts[k]) {
            sum += c;
        }
        return sum;
    }

    private long predicted(int k) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[k];
        }
        return sum;
    }
}
