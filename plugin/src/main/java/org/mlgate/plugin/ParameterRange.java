package org.mlgate.plugin;

import org.mlgate.analysis.InputException;

/**
 * The allowed range of every numeric parameter of {@code evaluate}, checked before anything is read or allocated
 * (a {@code bootstrapReplicates} of 2,000,000,000 would otherwise allocate its replicate arrays first). A value out of
 * range stops the build with one sentence naming the parameter, its property and the range.
 */
final class ParameterRange {
    /** Ten times as many replicates as any interval needs; each one costs a pass over the counts. */
    static final int MAX_BOOTSTRAP_REPLICATES = 100_000;
    /** The report lists these rows in full; past a thousand the page helps nobody (report.json has them too). */
    static final int MAX_CONFIDENT_MISTAKES = 1_000;
    static final int MAX_MIN_SLICE_SIZE = 1_000_000_000;

    private ParameterRange() {
    }

    static void requireValid(double confidenceLevel, int bootstrapReplicates, double minorityRatio,
                             int confidentMistakes, int minSliceSize) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw refused("confidenceLevel", format(confidenceLevel), "greater than 0 and less than 1, such as 0.95");
        }
        if (bootstrapReplicates < 0 || bootstrapReplicates > MAX_BOOTSTRAP_REPLICATES) {
            throw refused("bootstrapReplicates", Integer.toString(bootstrapReplicates), "between 0 and "
                    + MAX_BOOTSTRAP_REPLICATES + " (0 turns the intervals off; 1000 is the default)");
        }
        if (!(minorityRatio > 0 && minorityRatio <= 1)) {
            throw refused("minorityRatio", format(minorityRatio), "greater than 0 and at most 1, such as 0.10");
        }
        if (confidentMistakes < 0 || confidentMistakes > MAX_CONFIDENT_MISTAKES) {
            throw refused("confidentMistakes", Integer.toString(confidentMistakes), "between 0 and "
                    + MAX_CONFIDENT_MISTAKES);
        }
        if (minSliceSize < 1 || minSliceSize > MAX_MIN_SLICE_SIZE) {
            throw refused("minSliceSize", Integer.toString(minSliceSize), "between 1 and " + MAX_MIN_SLICE_SIZE
                    + " rows");
        }
    }

    /**
     * The largest maxClasses: the confusion matrix is dense, 8 bytes per pair of classes, and each chunk of the pass
     * has one (2,000 classes: 32 MB each).
     */
    static final int MAX_CLASSES = 2_000;

    static void requireValid(int maxClasses, int threads) {
        if (maxClasses < 2 || maxClasses > MAX_CLASSES) {
            throw refused("maxClasses", Integer.toString(maxClasses), "between 2 and " + MAX_CLASSES);
        }
        if (threads < 0 || threads > org.mlgate.analysis.EvaluationRequest.MAX_THREADS) {
            throw refused("threads", Integer.toString(threads), "between 0 (one per processor) and "
                    + org.mlgate.analysis.EvaluationRequest.MAX_THREADS);
        }
    }

    /** precisionAtK's k: a count of rows, 0 for as many as the actual anomalies. */
    static void requireValidTopK(int topK) {
        if (topK < 0) {
            throw refused("topK", Integer.toString(topK), "to 0 (as many rows as actual anomalies, the default) or"
                    + " a number of rows");
        }
    }

    private static InputException refused(String parameter, String value, String range) {
        return new InputException("Parameter " + parameter + " (ml." + parameter + ") is " + value + "; set it "
                + range + ".");
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
