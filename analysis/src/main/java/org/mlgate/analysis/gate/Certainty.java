package org.mlgate.analysis.gate;

import java.util.Locale;
import org.mlgate.analysis.diagnostics.DetectableDifference;
import org.mlgate.analysis.diagnostics.Inconclusive;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.report.RuleResult;

/**
 * Sample-size honesty for one limit (issue 12): how large a difference the validation rows can detect at the
 * report's level, whether the limit lies within the interval of the value it checks (then the rows cannot decide
 * it), and what that does to the result ({@link Inconclusive}). The same for MODEL, CLASS and SLICE limits; a limit on
 * an interval's bound ({@code <bound>lower</bound>}) is already decided by the interval and is left as it is.
 */
final class Certainty {
    private final Inconclusive policy;
    private final double level;

    Certainty(Inconclusive policy, double level) {
        this.policy = policy == null ? Inconclusive.ESTIMATE : policy;
        this.level = level;
    }

    /**
     * The interval of a value that has none of its own but is a share of rows (accuracy, error rate of a discovered
     * slice, or with bootstrap intervals off): Wilson's; null for any other metric.
     */
    Interval shareInterval(String metric, Double value, long rows) {
        if (value == null || rows <= 0 || !("accuracy".equals(metric) || "errorRate".equals(metric))) {
            return null;
        }
        return DetectableDifference.wilson(value, rows, level);
    }

    /**
     * The result with its certainty and, when inconclusive, the status the policy gives it.
     *
     * @param rows validation rows behind the interval (0 when the interval is over folds, not rows)
     * @param unit what more of would narrow the interval: "rows", or "folds"
     */
    RuleResult judge(RuleResult result, Limit limit, Interval interval, long rows, String unit) {
        if (result.actual() == null || interval == null) {
            return result;
        }
        DetectableDifference certainty = DetectableDifference.of(result.actual(), interval, limit.getMinimum(),
                limit.getMaximum(), rows);
        if (certainty == null) {
            return result;
        }
        RuleResult sure = result.withCertainty(interval, certainty.detectableDifference(), certainty.conclusive(),
                certainty.rowsToConclude());
        if (certainty.conclusive()) {
            return sure;
        }
        String why = "inconclusive: the limit lies within the " + percent(interval.level()) + " interval "
                + LimitCheck.format(interval.lower(), interval.upper()) + " to "
                + LimitCheck.format(interval.upper(), interval.lower()) + ", and these " + unit + " detect differences"
                + " of " + LimitCheck.format(certainty.detectableDifference(), certainty.detectableDifference())
                + " or more" + (certainty.rowsToConclude() == null ? ""
                : "; about " + String.format(Locale.ROOT, "%,d", certainty.rowsToConclude()) + " more " + unit
                + " like these would decide it");
        String subject = result.target() == null ? result.scope() : result.scope() + " '" + result.target() + "'";
        String facts = stripSubject(result.message(), subject);
        return switch (policy) {
            case ESTIMATE -> sure.withStatus(result.status(), result.message() + "; " + why);
            case FAIL -> sure.withStatus("fail", result.failed() ? result.message() + "; " + why
                    : "Rule violated for " + subject + ": " + facts + ", but " + why + " (onInconclusive=fail)");
            case WARN -> sure.withStatus("warn", "Rule inconclusive for " + subject + ": " + facts + "; " + why
                    + " (onInconclusive=warn)");
            case PASS -> sure.withStatus("pass", subject + ": " + facts + "; " + why + " (onInconclusive=pass)");
        };
    }

    /** The facts of a message without its "Rule violated for MODEL: " or "MODEL: " opening. */
    private static String stripSubject(String message, String subject) {
        for (String opening : new String[] {"Rule violated for " + subject + ": ", subject + ": "}) {
            if (message.startsWith(opening)) {
                return message.substring(opening.length());
            }
        }
        return message;
    }

    private static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }
}
