package org.mlgate.analysis.data;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * A double as the shortest decimal text that reads back as the same double, as pandas writes floats to CSV
 * ({@code 0.1}, {@code 1.0}, {@code 2.5e-07} there; {@code 2.5E-7} here), so that a number read from a binary file
 * gives the cell a CSV export would and {@link CellNumbers#parse} returns the very same double. NaN is an empty cell
 * (pandas' missing value), infinities {@code inf} and {@code -inf}.
 */
final class DoubleText {
    private DoubleText() {
    }

    static String of(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        // Schubfach (Giulietti), as jackson-core carries it: the shortest decimal that reads back as this double,
        // several times faster than Double.toString before Java 19, which is neither shortest nor fast.
        return DoubleToDecimal.toString(value);
    }
}
