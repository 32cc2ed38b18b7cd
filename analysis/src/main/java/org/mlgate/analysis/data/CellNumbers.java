package org.mlgate.analysis.data;

/** Reading a CSV cell as a number, the one way every reader in mlgate does it. */
public final class CellNumbers {

    private CellNumbers() {
    }

    /**
     * The cell (trimmed) as a finite double, or NaN when it is empty, not a number, or infinite/NaN itself: callers
     * then report the cell, so NaN never travels on as data.
     */
    public static double parse(String cell) {
        try {
            double d = Double.parseDouble(cell.trim());
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
