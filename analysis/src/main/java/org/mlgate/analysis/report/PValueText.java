package org.mlgate.analysis.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A p- or q-value as people read it: two significant digits, and "< 0.001" below that, since 3e-15 and 2e-9 say
 * the same thing to a reader (the slice is no accident) and long runs of zeros only hide it.
 */
final class PValueText {

    static final double FLOOR = 0.001;

    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

    private PValueText() {
    }

    static String of(double p) {
        if (!Double.isFinite(p)) {
            return Double.toString(p);
        }
        if (p < FLOOR) {
            return "< 0.001";
        }
        return new BigDecimal(p).round(TWO_DIGITS).stripTrailingZeros().toPlainString();
    }
}
