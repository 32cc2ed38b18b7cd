package org.mlgate.analysis.data;

/**
 * A double as the shortest decimal text that reads back as the same double, as pandas writes floats to CSV
 * ({@code 0.1}, {@code 1.0}, {@code 2.5e-07} there; {@code 2.5E-7} here), so that a number read from a binary file
 * gives the cell a CSV export would and {@link CellNumbers#parse} returns the very same double. NaN is an empty cell
 * (pandas' missing value), infinities {@code inf} and {@code -inf}.
 */
final class DoubleText {
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};
    private static final double MAX_DIGITS = 1e15;

    private DoubleText() {
    }

    static String of(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < MAX_DIGITS) {
            // The fewest decimals d such that digits / 10^d is the value: CellNumbers' fast path computes exactly
            // that division, so the text reads back as this double (and Double.parseDouble agrees: both are the
            // correctly rounded value of the same decimal).
            for (int decimals = 0; decimals < POWERS_OF_TEN.length; decimals++) {
                double scaled = magnitude * POWERS_OF_TEN[decimals];
                if (scaled >= MAX_DIGITS) {
                    break;
                }
                double digits = Math.rint(scaled);
                if (digits / POWERS_OF_TEN[decimals] == magnitude) {
                    return text((long) digits, decimals, value < 0);
                }
            }
        }
        return Double.toString(value);
    }

    private static String text(long digits, int decimals, boolean negative) {
        String plain = Long.toString(digits);
        StringBuilder out = new StringBuilder(plain.length() + decimals + 3);
        if (negative) {
            out.append('-');
        }
        if (decimals == 0) {
            return out.append(plain).append(".0").toString();
        }
        if (plain.length() <= decimals) {
            out.append("0.");
            for (int i = plain.length(); i < decimals; i++) {
                out.append('0');
            }
            return out.append(plain).toString();
        }
        int point = plain.length() - decimals;
        return out.append(plain, 0, point).append('.').append(plain, point, plain.length()).toString();
    }
}
