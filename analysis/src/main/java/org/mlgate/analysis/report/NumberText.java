package org.mlgate.analysis.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a number reads in the human formats (HTML, Markdown, JUnit test names): four significant digits, no
 * exponent, no grouping, trailing zeros dropped. report.json keeps full precision; this is only for eyes.
 */
final class NumberText {

    /** Four digits tell 0.9996 from 0.9995, which is where gate limits tend to sit. */
    private static final MathContext SIGNIFICANT = new MathContext(4, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal decimal = new BigDecimal(value);
        // Large values (an MSE of 12345.6) keep their integer digits rather than turning into 12350.
        BigDecimal rounded = Math.abs(value) >= 1000
                ? decimal.setScale(0, RoundingMode.HALF_EVEN)
                : decimal.round(SIGNIFICANT);
        String text = rounded.stripTrailingZeros().toPlainString();
        return "-0".equals(text) ? "0" : text;
    }

    /** {@code of(value)}, or the given word when the value is undefined. */
    static String of(Double value, String whenNull) {
        return value == null ? whenNull : of(value.doubleValue());
    }
}
