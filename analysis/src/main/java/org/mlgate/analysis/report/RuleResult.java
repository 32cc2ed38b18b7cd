package org.mlgate.analysis.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.mlgate.analysis.metrics.Interval;

/**
 * One limit of one rule applied to one target: report.json's {@code rules[]}.
 *
 * <p>The last four keys say how sure the decision is (issue 12, "sample-size honesty"); they are absent where no
 * interval is known for the value.
 *
 * @param scope                MODEL, CLASS or SLICE
 * @param target               the class or slice name; null for MODEL
 * @param actual               the value checked (the point estimate, an interval bound, or a fold statistic); null
 *                             when undefined
 * @param status               "pass", "fail", or "warn" (an inconclusive limit with {@code onInconclusive=warn})
 * @param message              for a failure, the line logged: {@code Rule violated for CLASS 'fraud': recall is 0.66,
 *                             but expected minimum is 0.80}; for a pass, a short statement of what held
 * @param interval             the confidence interval of the value the decision rests on; null when none is known
 * @param detectableDifference the smallest distance between the estimate and the limit that these rows can tell
 *                             from chance at the interval's level: the interval's half-width on the limit's side
 * @param conclusive           false when the limit lies within the interval, so that the data cannot decide it
 * @param rowsToConclude       for an inconclusive limit, about how many more validation rows like these would make
 *                             the interval exclude the limit (widths shrink as one over the square root of the rows);
 *                             null when conclusive, or when no number of rows would (the estimate equals the limit)
 * @param bound                which value of the metric was checked, as the limit's {@code <bound>} says:
 *                             {@code lower}, {@code upper}, {@code foldMean}, {@code worstFold}, {@code foldSpread};
 *                             absent for the point estimate
 */
public record RuleResult(String scope, String target, String metric, Double actual, Double minimum, Double maximum,
                         String status, String message,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Interval interval,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Double detectableDifference,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conclusive,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Long rowsToConclude,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String bound) {

    /** A result of the point estimate that says nothing of how sure it is. */
    public RuleResult(String scope, String target, String metric, Double actual, Double minimum, Double maximum,
                      String status, String message) {
        this(scope, target, metric, actual, minimum, maximum, status, message, null, null, null, null, null);
    }

    /** A result of the point estimate with its certainty. */
    public RuleResult(String scope, String target, String metric, Double actual, Double minimum, Double maximum,
                      String status, String message, Interval interval, Double detectableDifference,
                      Boolean conclusive, Long rowsToConclude) {
        this(scope, target, metric, actual, minimum, maximum, status, message, interval, detectableDifference,
                conclusive, rowsToConclude, null);
    }

    @JsonIgnore
    public boolean failed() {
        return "fail".equals(status);
    }

    /** An inconclusive limit that only warns ({@code onInconclusive=warn}). */
    @JsonIgnore
    public boolean warned() {
        return "warn".equals(status);
    }

    /** Whether the data could not decide the limit (whatever the status it was given for that). */
    @JsonIgnore
    public boolean inconclusive() {
        return Boolean.FALSE.equals(conclusive);
    }

    /** This result with the certainty of its decision. */
    public RuleResult withCertainty(Interval newInterval, Double difference, Boolean isConclusive, Long moreRows) {
        return new RuleResult(scope, target, metric, actual, minimum, maximum, status, message, newInterval,
                difference, isConclusive, moreRows, bound);
    }

    /** This result as the check of another value than the estimate ({@code <bound>}). */
    public RuleResult withBound(String newBound) {
        return new RuleResult(scope, target, metric, actual, minimum, maximum, status, message, interval,
                detectableDifference, conclusive, rowsToConclude, newBound);
    }

    /** This result with another status and message. */
    public RuleResult withStatus(String newStatus, String newMessage) {
        return new RuleResult(scope, target, metric, actual, minimum, maximum, newStatus, newMessage, interval,
                detectableDifference, conclusive, rowsToConclude, bound);
    }
}
