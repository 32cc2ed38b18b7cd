package org.mlgate.analysis.report;

/**
 * One limit of one rule applied to one target: report.json's {@code rules[]}.
 *
 * @param scope   MODEL, CLASS or SLICE
 * @param target  the class or slice name; null for MODEL
 * @param actual  the value checked (the point estimate, or an interval bound); null when undefined
 * @param status  "pass" or "fail"
 * @param message for a failure, the line logged: {@code Rule violated for CLASS 'fraud': recall is 0.66, but
 *                expected minimum is 0.80}; for a pass, a short statement of what held
 */
public record RuleResult(String scope, String target, String metric, Double actual, Double minimum, Double maximum,
                         String status, String message) {

    public boolean failed() {
        return "fail".equals(status);
    }
}
