package org.mlgate.analysis.errors;

/**
 * What a candidate slice (or the rest of one) holds: its rows, the sum of their errors, and how many of them have a
 * large error (a wrong prediction, or a regression error above the threshold {@link SliceAccumulator} fixed).
 */
record Tally(long rows, double errorSum, long large) {

    /** The rows of this tally that are not in {@code inner} (which must lie inside it). */
    Tally minus(Tally inner) {
        return new Tally(rows - inner.rows, errorSum - inner.errorSum, large - inner.large);
    }

    /** Error rate (classification) or mean error (regression). */
    double mean() {
        return errorSum / rows;
    }
}
