package org.mlgate.analysis.diagnostics;

import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.stats.Quantiles;

/**
 * How sure a limit's decision is, from the confidence interval of the value it checks (issue 12, "sample-size
 * honesty"). With an interval {@code [lower, upper]} around the estimate at the report's level, a limit strictly
 * inside it cannot be told apart from the estimate by these rows: the decision is <b>inconclusive</b>. The smallest
 * difference the rows can detect is the interval's half-width on the limit's side; interval widths shrink as one
 * over the square root of the rows, so about {@code rows x ((halfWidth / |estimate - limit|)^2 - 1)} more rows like
 * these would make it conclusive.
 *
 * @param interval             the interval the decision rests on
 * @param detectableDifference the half-width on the side of the deciding limit
 * @param conclusive           false when the deciding limit lies strictly within the interval
 * @param rowsToConclude       more validation rows that would decide it; null when conclusive, or when the estimate
 *                             equals the limit (no number of rows would)
 */
public record DetectableDifference(Interval interval, double detectableDifference, boolean conclusive,
                                   Long rowsToConclude) {

    /**
     * @param estimate the value checked
     * @param minimum  the limit's minimum, or null
     * @param maximum  the limit's maximum, or null
     * @param rows     the validation rows behind the interval
     * @return null when there is no interval, or no bound
     */
    public static DetectableDifference of(double estimate, Interval interval, Double minimum, Double maximum,
                                          long rows) {
        if (interval == null || !Double.isFinite(interval.lower()) || !Double.isFinite(interval.upper())
                || (minimum == null && maximum == null)) {
            return null;
        }
        DetectableDifference atMinimum = minimum == null ? null : at(estimate, interval, minimum, rows);
        DetectableDifference atMaximum = maximum == null ? null : at(estimate, interval, maximum, rows);
        if (atMinimum == null) {
            return atMaximum;
        }
        if (atMaximum == null) {
            return atMinimum;
        }
        if (atMinimum.conclusive() != atMaximum.conclusive()) {
            return atMinimum.conclusive() ? atMaximum : atMinimum;
        }
        return Math.abs(estimate - minimum) <= Math.abs(estimate - maximum) ? atMinimum : atMaximum;
    }

    private static DetectableDifference at(double estimate, Interval interval, double limit, long rows) {
        double below = Math.max(0, estimate - interval.lower());
        double above = Math.max(0, interval.upper() - estimate);
        double half = limit < estimate ? below : limit > estimate ? above : Math.max(below, above);
        boolean inside = limit > interval.lower() && limit < interval.upper();
        Long more = null;
        double distance = Math.abs(estimate - limit);
        if (inside && distance > 0 && half > 0 && rows > 0) {
            double factor = (half / distance) * (half / distance);
            double extra = Math.ceil(rows * (factor - 1));
            more = extra >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.max(1, extra);
        }
        return new DetectableDifference(interval, half, !inside, more);
    }

    /**
     * Wilson's score interval of a share {@code p} of {@code n} rows: the interval of an error rate or accuracy that
     * has no bootstrap interval (a discovered slice, or intervals turned off).
     */
    public static Interval wilson(double p, long n, double level) {
        double z = Quantiles.normalCritical(level);
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), level);
    }
}
