package org.mlgate.analysis.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.mlgate.analysis.report.RuleResult;

/** Compares one value with one limit and words the result the way JaCoCo's check goal does. */
final class LimitCheck {
    private LimitCheck() {
    }

    /**
     * @param what      how the value is named in the message ("recall", "lower bound of accuracy (95% interval)")
     * @param undefined why the value is null, used only when it is
     */
    static RuleResult check(String scope, String target, Limit limit, Double value, String what, String undefined) {
        String subject = subject(scope, target);
        if (value == null) {
            return fail(scope, target, limit, null, "Rule violated for " + subject + ": " + what
                    + " is undefined (" + stripPeriod(undefined) + "), so " + expectation(limit)
                    + " cannot be checked");
        }
        if (limit.getMinimum() != null && value < limit.getMinimum()) {
            return fail(scope, target, limit, value, "Rule violated for " + subject + ": " + what + " is "
                    + format(value, limit.getMinimum()) + ", but expected minimum is "
                    + format(limit.getMinimum(), value));
        }
        if (limit.getMaximum() != null && value > limit.getMaximum()) {
            return fail(scope, target, limit, value, "Rule violated for " + subject + ": " + what + " is "
                    + format(value, limit.getMaximum()) + ", but expected maximum is "
                    + format(limit.getMaximum(), value));
        }
        return new RuleResult(scope, target, limit.getMetric(), value, limit.getMinimum(), limit.getMaximum(),
                "pass", subject + ": " + what + " is " + format(value, value) + ", within " + expectation(limit));
    }

    static RuleResult fail(String scope, String target, Limit limit, Double value, String message) {
        return new RuleResult(scope, target, limit.getMetric(), value, limit.getMinimum(), limit.getMaximum(),
                "fail", message);
    }

    private static String subject(String scope, String target) {
        return target == null ? scope : scope + " '" + target + "'";
    }

    private static String expectation(Limit limit) {
        if (limit.getMinimum() != null && limit.getMaximum() != null) {
            return "minimum " + format(limit.getMinimum(), limit.getMinimum()) + " and maximum "
                    + format(limit.getMaximum(), limit.getMaximum());
        }
        return limit.getMinimum() != null ? "minimum " + format(limit.getMinimum(), limit.getMinimum())
                : "maximum " + format(limit.getMaximum(), limit.getMaximum());
    }

    /**
     * At least 2 and usually at most 4 decimals ("0.66", "0.80", "0.9123"), but as many as it takes (up to 12) to
     * tell {@code value} from {@code other}, so a message never reads "0.90, but expected minimum is 0.90".
     */
    static String format(double value, double other) {
        int scale = 4;
        while (scale < 12 && value != other && round(value, scale).compareTo(round(other, scale)) == 0) {
            scale++;
        }
        BigDecimal rounded = round(value, scale).stripTrailingZeros();
        if (rounded.scale() < 2) {
            rounded = rounded.setScale(2, RoundingMode.UNNECESSARY);
        }
        return rounded.toPlainString();
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static String stripPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
