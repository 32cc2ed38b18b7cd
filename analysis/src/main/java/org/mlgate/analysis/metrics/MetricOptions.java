package org.mlgate.analysis.metrics;

/**
 * How the metric engine computes a result.
 *
 * @param positiveLabel       the positive label of a binary task; null = the minority class of the actual labels
 *                            (a tie goes to the label that sorts last, as scikit-learn's default {@code pos_label=1}
 *                            picks the greater of {0, 1})
 * @param bootstrapReplicates number of Poisson-bootstrap replicates for the intervals; 0 = no intervals
 * @param confidenceLevel     coverage of the percentile intervals, in (0, 1)
 * @param seed                seed of the bootstrap; the same seed and rows give the same intervals
 * @param maxClasses          the most distinct labels a classification accepts (more means the label column holds ids
 *                            or numbers)
 * @param topK                anomaly detection: how many of the highest-scored rows {@code precisionAtK} looks at; 0
 *                            for as many as the actual anomalies
 */
public record MetricOptions(String positiveLabel, int bootstrapReplicates, double confidenceLevel, long seed,
                            int maxClasses, int topK) {

    public MetricOptions(String positiveLabel, int bootstrapReplicates, double confidenceLevel, long seed,
                         int maxClasses) {
        this(positiveLabel, bootstrapReplicates, confidenceLevel, seed, maxClasses, 0);
    }

    public MetricOptions(String positiveLabel, int bootstrapReplicates, double confidenceLevel, long seed) {
        this(positiveLabel, bootstrapReplicates, confidenceLevel, seed, ClassificationAccumulator.DEFAULT_MAX_CLASSES);
    }

    public static final int DEFAULT_REPLICATES = 1000;
    public static final double DEFAULT_LEVEL = 0.95;
    public static final long DEFAULT_SEED = 20_240_601L;

    public MetricOptions {
        if (bootstrapReplicates < 0) {
            throw new IllegalArgumentException("bootstrapReplicates must be 0 (no intervals) or more, was " + bootstrapReplicates);
        }
        if (maxClasses < 2) {
            throw new IllegalArgumentException("maxClasses must be at least 2, was " + maxClasses);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be 0 (as many as the anomalies) or more, was " + topK);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be strictly between 0 and 1, was " + confidenceLevel);
        }
    }

    /** Minority-class positive label, 1000 replicates, 95 % level, the fixed default seed. */
    public static MetricOptions defaults() {
        return new MetricOptions(null, DEFAULT_REPLICATES, DEFAULT_LEVEL, DEFAULT_SEED);
    }

    public MetricOptions withPositiveLabel(String label) {
        return new MetricOptions(label, bootstrapReplicates, confidenceLevel, seed, maxClasses, topK);
    }

    public MetricOptions withBootstrapReplicates(int replicates) {
        return new MetricOptions(positiveLabel, replicates, confidenceLevel, seed, maxClasses, topK);
    }

    public MetricOptions withSeed(long newSeed) {
        return new MetricOptions(positiveLabel, bootstrapReplicates, confidenceLevel, newSeed, maxClasses, topK);
    }

    public MetricOptions withTopK(int k) {
        return new MetricOptions(positiveLabel, bootstrapReplicates, confidenceLevel, seed, maxClasses, k);
    }
}
