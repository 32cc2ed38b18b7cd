package org.mlgate.analysis.checks;

/** Reads a cell as a number without throwing: the checks look at numbers where they find them. */
final class NumberCells {
    private NumberCells() {
    }

    /** The cell's value, or NaN when it is empty, not a number, or itself NaN. */
    static double parse(String cell) {
        if (cell == null) {
            return Double.NaN;
        }
        String text = cell.trim();
        if (text.isEmpty() || !looksNumeric(text)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    // Double.parseDouble accepts "NaN", "Infinity", hex and a trailing 'd'/'f': a cell like "1f" is a category.
    private static boolean looksNumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }
}
