package org.mlgate.analysis.data;

import com.fasterxml.jackson.core.io.NumberInput;

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
        double fast = fastPath(text);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        if (!isPlainDecimal(text)) {
            return Double.NaN;
        }
        // FastDoubleParser (as jackson-core carries it): correctly rounded as Double.parseDouble, but without its
        // big-number arithmetic for the 16 and 17 digits that full-precision floats are written with.
        double d = NumberInput.parseDouble(text, true);
        return Double.isFinite(d) ? d : Double.NaN;
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Clinger's fast path, the common case of CSV numbers: a plain decimal with at most 15 significant digits and a
     * decimal exponent within 22 is its digits times or divided by an exact power of ten, one correctly rounded IEEE
     * operation, so the result is exactly what {@code Double.parseDouble} gives. NaN when the text is not such a
     * number (the caller then takes the general path, or decides it is text).
     */
    private static double fastPath(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long digits = 0;
        int significant = 0;
        int fraction = 0;
        int mantissaDigits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissaDigits++;
                if (significant > 0 || c != '0') {
                    if (++significant > 15) {
                        return Double.NaN;
                    }
                }
                digits = digits * 10 + (c - '0');
                if (point) {
                    fraction++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (mantissaDigits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < n) {
            char c = text.charAt(i);
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = false;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int exponentDigits = 0;
            for (; i < n && isDigit(text.charAt(i)) && exponentDigits < 4; i++, exponentDigits++) {
                exponent = exponent * 10 + (text.charAt(i) - '0');
            }
            if (exponentDigits == 0 || i < n) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        int scale = exponent - fraction;
        double value;
        if (scale >= 0 && scale <= 22) {
            value = digits * POWERS_OF_TEN[scale];
        } else if (scale < 0 && scale >= -22) {
            value = digits / POWERS_OF_TEN[-scale];
        } else {
            return Double.NaN;
        }
        return negative ? -value : value;
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
