package org.mlgate.analysis.metrics;

/**
 * A double-double running sum (Knuth's TwoSum): about 106 bits of precision, so the rounded result does not depend
 * on the order of the additions or on how partial sums were merged, except when the exact sum lies within about
 * 1e-30 (relative) of a rounding boundary. This is what makes merged accumulators give the same metrics as one.
 */
final class CompensatedSum {
    double high;
    double low;

    void add(double value) {
        double sum = high + value;
        double virtual = sum - high;
        double error = (high - (sum - virtual)) + (value - virtual);
        high = sum;
        low += error;
        renormalise();
    }

    void add(CompensatedSum other) {
        add(other.high);
        add(other.low);
    }

    private void renormalise() {
        double sum = high + low;
        low = low - (sum - high);
        high = sum;
    }

    double value() {
        return high + low;
    }
}
