package org.mlgate.analysis.partial;

import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * What a codec needs besides its part: the state's header (columns, labels, options: the limits of what it reads),
 * the rows of the template a fork came from (which it can tell duplicates of), and, when a fork's row hashes are read
 * back, where the cells of a duplicate come from.
 *
 * @param inTemplate whether a row hash is one of the template's rows, when a partition's state is written
 * @param previews turns a row of a fork's log (its line, and its cells when the state has them) into the cells that
 *                 a duplicate example shows, when asked
 */
record PartContext(StateHeader header, LongPredicate inTemplate, Previews previews) {

    /** The cells of a logged row, for the duplicate examples. */
    @FunctionalInterface
    interface Previews {
        /** @param stored the row's cells as the state holds them, or null when it holds none */
        Supplier<Map<String, String>> of(long line, Map<String, String> stored);
    }

    StateHeader.Shared shared() {
        return header.shared();
    }

    /** The most rows any per-row array of the state can have. */
    long rowBound() {
        return header.rows();
    }
}
