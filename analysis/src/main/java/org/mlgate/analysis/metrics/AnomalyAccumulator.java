package org.mlgate.analysis.metrics;

import org.mlgate.analysis.InputException;

/**
 * Streams anomaly-detection rows (whether the row is an anomaly, whether the model flagged it, and its anomaly score,
 * higher meaning more anomalous) into the counts and scores {@link AnomalyResultBuilder} turns into metrics.
 * Accumulators of chunks merge exactly.
 *
 * <p>Memory: four counters; with scores one double per row, kept apart for anomalies and expected rows, which the
 * exact AUC, average precision and precision at k need.
 */
public final class AnomalyAccumulator {
    public static final String ANOMALOUS = "ANOMALOUS";
    public static final String EXPECTED = "EXPECTED";

    private final boolean scored;
    /** {@code counts[actual][predicted]}, index 0 = anomalous, 1 = expected (the labels' sorted order). */
    private final long[][] counts = new long[2][2];
    private final DoubleChunks anomalyScores = new DoubleChunks();
    private final DoubleChunks expectedScores = new DoubleChunks();

    /** @param scored whether every row has an anomaly score */
    public AnomalyAccumulator(boolean scored) {
        this.scored = scored;
    }

    public boolean scored() {
        return scored;
    }

    /**
     * @param score the row's anomaly score (higher: more anomalous); ignored (NaN) without scores
     */
    public void add(long index, boolean actualAnomaly, boolean flagged, double score) {
        counts[actualAnomaly ? 0 : 1][flagged ? 0 : 1]++;
        if (!scored) {
            return;
        }
        if (!Double.isFinite(score)) {
            throw new InputException("Row " + index + " has a non-finite anomaly score (" + score + "); scores must be"
                    + " numbers.");
        }
        (actualAnomaly ? anomalyScores : expectedScores).add(score);
    }

    public void merge(AnomalyAccumulator other) {
        for (int a = 0; a < 2; a++) {
            for (int p = 0; p < 2; p++) {
                counts[a][p] += other.counts[a][p];
            }
        }
        anomalyScores.addAll(other.anomalyScores);
        expectedScores.addAll(other.expectedScores);
    }

    public long rows() {
        return counts[0][0] + counts[0][1] + counts[1][0] + counts[1][1];
    }

    public MetricResult result(MetricOptions options) {
        return new AnomalyResultBuilder(this, options).build();
    }

    // Package-private views for AnomalyResultBuilder.
    long count(int actual, int predicted) { return counts[actual][predicted]; }

    double[] anomalyScores() { return values(anomalyScores); }

    double[] expectedScores() { return values(expectedScores); }

    private static double[] values(DoubleChunks chunks) {
        double[] out = new double[Math.toIntExact(chunks.size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = chunks.get(i);
        }
        return out;
    }
}
