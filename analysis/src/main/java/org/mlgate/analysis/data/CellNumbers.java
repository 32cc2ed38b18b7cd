package org.mlgate.analysis.data;

/** Reading a CSV cell as a number, the one way every reader in mlgate does it. */
public final class CellNumbers {

    private CellNumbers() {
    }

    /**
     * The cell (trimmed) as a finite double, or NaN when it is empty, not a plain decimal number, or out of the double
     * range: callers then report the cell, so NaN never travels on as data.
     *
     * <p>Plain decimal: an optional sign, digits with at most one decimal point, and an optional exponent
     * ({@code -1.5}, {@code .5}, {@code 3e-4}). {@code Double.parseDouble} alone would also take Java's {@code 0x1p3},
     * {@code 1d}, {@code 2f}, {@code NaN} and {@code Infinity}, which no CSV tool writes as numbers: such cells are
     * text here.
     */
    public static double parse(String cell) {
        if (cell == null) {
            return Double.NaN;
        }
        String text = cell.trim();
        if (!isPlainDecimal(text)) {
            return Double.NaN;
        }
        double d = Double.parseDouble(text);
        return Double.isFinite(d) ? d : Double.NaN;
    }

    /** True for text of the form {@code [+-]digits[.digits][(e|E)[+-]digits]} with at least one mantissa digit. */
    static boolean isPlainDecimal(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
