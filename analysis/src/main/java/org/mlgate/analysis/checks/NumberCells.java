package org.mlgate.analysis.checks;

import org.mlgate.analysis.data.CellNumbers;

/** Reads a cell as a number without throwing: the checks look at numbers where they find them. */
final class NumberCells {
    private NumberCells() {
    }

    /** The cell's value, or NaN when it is empty or not a plain decimal number ({@link CellNumbers#parse}). */
    static double parse(String cell) {
        return CellNumbers.parse(cell);
    }
}
