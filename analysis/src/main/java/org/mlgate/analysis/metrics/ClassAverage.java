package org.mlgate.analysis.metrics;

/**
 * The macro mean and the weighted mean of per-class values over the classes where the value is defined: how
 * one-vs-rest AUC and average precision become {@code aucRoc}, {@code aucRocWeighted} and {@code averagePrecision},
 * for the point estimate and for every bootstrap replicate alike. NaN when no class counts (or no weight).
 */
record ClassAverage(double macro, double weighted) {

    static ClassAverage of(double[] values, double[] weights, boolean[] defined) {
        double sum = 0;
        double weightedSum = 0;
        double weightTotal = 0;
        int count = 0;
        for (int c = 0; c < values.length; c++) {
            if (defined[c]) {
                sum += values[c];
                weightedSum += values[c] * weights[c];
                weightTotal += weights[c];
                count++;
            }
        }
        return new ClassAverage(count == 0 ? Double.NaN : sum / count,
                count == 0 || weightTotal == 0 ? Double.NaN : weightedSum / weightTotal);
    }
}
