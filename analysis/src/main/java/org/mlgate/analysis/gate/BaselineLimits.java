package org.mlgate.analysis.gate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mlgate.analysis.baseline.BaselineComparison;
import org.mlgate.analysis.baseline.BaselineSection;
import org.mlgate.analysis.baseline.MetricDirection;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * A limit's {@code maximumDrop} against the baseline:
 * {@code Rule violated for MODEL: accuracy is 0.862, 0.031 below the baseline's 0.893 (maximum drop 0.010)}; for
 * an error metric the drop is an increase ("above the baseline's"). With {@code significance}, a drop beyond the
 * maximum fails only when the paired test's p-value is below it. The result's minimum (or, for error metrics,
 * maximum) is the effective bound: the baseline's value minus (plus) the allowed drop.
 */
final class BaselineLimits {
    /** Rounding slack, so that a drop of exactly the maximum (0.9 - 0.89 = 0.010000000000000009) passes. */
    private static final double SLACK = 1e-12;

    private BaselineLimits() {
    }

    static RuleResult check(String scope, String target, Limit limit, Report report) {
        String metric = limit.getMetric();
        String subject = target == null ? scope : scope + " '" + target + "'";
        BaselineSection baseline = report.baseline();
        if (baseline == null) {
            return result(scope, target, limit, null, null, "fail", "Rule violated for " + subject + ": " + metric
                    + " has a maximumDrop but no baseline was given, so it cannot be compared; set baseline"
                    + " (ml.baseline) or baselineModel (ml.baselineModel)");
        }
        List<BaselineComparison> candidates = target == null ? baseline.comparisons() : baseline.classComparisons();
        BaselineComparison comparison = candidates.stream()
                .filter(c -> c.metric().equals(metric) && Objects.equals(c.target(), target))
                .findFirst().orElse(null);
        if (comparison == null || comparison.value() == null || comparison.baselineValue() == null) {
            String which = comparison == null ? "the baseline has no " + metric
                    + (target == null ? "" : " for class '" + target + "'")
                    : comparison.value() == null ? metric + " is undefined here"
                    : metric + " is undefined in the baseline";
            return result(scope, target, limit, comparison == null ? null : comparison.value(), null, "fail",
                    "Rule violated for " + subject + ": " + which + ", so the maximum drop "
                            + LimitCheck.format(limit.getMaximumDrop(), limit.getMaximumDrop()) + " cannot be checked");
        }
        double value = comparison.value();
        double base = comparison.baselineValue();
        double allowed = limit.getMaximumDrop();
        double drop = MetricDirection.drop(metric, value, base);
        boolean lower = MetricDirection.lowerIsBetter(metric);
        double bound = lower ? base + allowed : base - allowed;
        String relation = drop > 0 ? LimitCheck.format(Math.abs(value - base), allowed) + (lower ? " above" : " below")
                + " the baseline's " + LimitCheck.format(base, value)
                : "not worse than the baseline's " + LimitCheck.format(base, value);
        String facts = metric + " is " + LimitCheck.format(value, base) + ", " + relation + " (maximum drop "
                + LimitCheck.format(allowed, drop) + ")";
        if (drop <= allowed + SLACK) {
            return result(scope, target, limit, value, bound, "pass", subject + ": " + facts);
        }
        Double significance = limit.getSignificance();
        if (significance == null) {
            return result(scope, target, limit, value, bound, "fail", "Rule violated for " + subject + ": " + facts);
        }
        if (comparison.pValue() == null) {
            return result(scope, target, limit, value, bound, "fail", "Rule violated for " + subject + ": " + facts
                    + "; no paired test was possible (set baselineModel), so the drop counts as significant");
        }
        String test = "p = " + pValue(comparison.pValue()) + ", " + comparison.test() + ", significance "
                + LimitCheck.format(significance, significance);
        if (comparison.pValue() >= significance) {
            return result(scope, target, limit, value, bound, "pass", subject + ": " + facts
                    + ", but the drop is not significant (" + test + ")");
        }
        return result(scope, target, limit, value, bound, "fail", "Rule violated for " + subject + ": " + facts
                + ", a significant drop (" + test + ")");
    }

    private static RuleResult result(String scope, String target, Limit limit, Double value, Double bound,
                                     String status, String message) {
        boolean lower = MetricDirection.lowerIsBetter(limit.getMetric());
        return new RuleResult(scope, target, limit.getMetric(), value, lower ? null : bound, lower ? bound : null,
                status, message);
    }

    private static String pValue(double p) {
        return p < 0.0001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
