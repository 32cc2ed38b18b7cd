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
        byte[] ascii = ascii(cell);
        return ascii == null ? Double.NaN : parse(ascii, 0, cell.length());
    }

    /**
     * The text's characters as bytes, in this thread's buffer when they fit (the first {@code text.length()} bytes);
     * null when a character is not ASCII, which no number has (String.trim trims no space beyond ASCII either).
     */
    private static byte[] ascii(String text) {
        int n = text.length();
        Scratch scratch = SCRATCH.get();
        byte[] ascii = n <= scratch.bytes.length ? scratch.bytes : new byte[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return null;
            }
            ascii[i] = (byte) c;
        }
        return ascii;
    }

    /**
     * {@link #parse(String)} of the UTF-8 bytes {@code [from, to)} of a cell, without making a String of them: how the
     * CSV reader reads the columns it only needs as numbers (probabilities).
     */
    public static double parse(byte[] bytes, int from, int to) {
        while (from < to && (bytes[from] & 0xff) <= ' ') { // as String.trim
            from++;
        }
        while (to > from && (bytes[to - 1] & 0xff) <= ' ') {
            to--;
        }
        double fast = fastPath(bytes, from, to);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        if (!isPlainDecimal(bytes, from, to)) {
            return Double.NaN;
        }
        // FastDoubleParser (as jackson-core carries it): correctly rounded as Double.parseDouble, but without its
        // big-number arithmetic for the 16 and 17 digits that full-precision floats are written with.
        int n = to - from;
        Scratch scratch = SCRATCH.get();
        char[] chars = n <= scratch.chars.length ? scratch.chars : new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) bytes[from + i];
        }
        double d = NumberInput.parseDouble(chars, 0, n, true);
        return Double.isFinite(d) ? d : Double.NaN;
    }

    /** Per-thread buffers, so that parsing a cell allocates nothing (cells are rarely longer than 64 characters). */
    private static final class Scratch {
        final byte[] bytes = new byte[64];
        final char[] chars = new char[64];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Clinger's fast path, the common case of CSV numbers: a plain decimal with at most 15 significant digits and a
     * decimal exponent within 22 is its digits times or divided by an exact power of ten, one correctly rounded IEEE
     * operation, so the result is exactly what {@code Double.parseDouble} gives. NaN when the text is not such a
     * number (the caller then takes the general path, or decides it is text).
     */
    private static double fastPath(byte[] text, int i, int n) {
        boolean negative = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            negative = text[i] == '-';
            i++;
        }
        long digits = 0;
        int significant = 0;
        int fraction = 0;
        int mantissaDigits = 0;
        boolean point = false;
        for (; i < n; i++) {
            byte c = text[i];
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
            byte c = text[i];
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = false;
            if (i < n && (text[i] == '+' || text[i] == '-')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            int exponentDigits = 0;
            for (; i < n && isDigit(text[i]) && exponentDigits < 4; i++, exponentDigits++) {
                exponent = exponent * 10 + (text[i] - '0');
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
        byte[] ascii = ascii(text);
        return ascii != null && isPlainDecimal(ascii, 0, text.length());
    }

    private static boolean isPlainDecimal(byte[] text, int i, int n) {
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text[i])) {
            i++;
            digits++;
        }
        if (i < n && text[i] == '.') {
            i++;
            while (i < n && isDigit(text[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            if (i < n && (text[i] == '+' || text[i] == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text[i])) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
