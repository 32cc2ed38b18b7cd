package org.mlgate.analysis.errors;

/**
 * Consecutive levels {@code first..last} (inclusive) of one column's binning: one categorical value or missing
 * ({@code first == last}), or the numeric bins between two edges, such as a quintile or a tail.
 */
record LevelRange(int first, int last) {

    static LevelRange of(int level) {
        return new LevelRange(level, level);
    }

    /** Strictly inside {@code other}: every level of this one is one of other's, and other has more. */
    boolean within(LevelRange other) {
        return first >= other.first && last <= other.last && !equals(other);
    }
}
