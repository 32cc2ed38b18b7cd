package org.mlgate.analysis.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * report.json's {@code whyFailed}: for every violated rule, where its shortfall comes from, so that a failed build
 * says what to look at first. Computed by the gate from the report's classes, confusion matrix, slices and baseline.
 *
 * @param summary one paragraph for the top of the report and summary.md
 * @param rules   one explanation per violated rule, in the order of {@code rules}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WhyFailed(String summary, List<Explanation> rules) {

    /**
     * One violated rule.
     *
     * @param against   {@code limit} or {@code baseline}: what the shortfall is measured from
     * @param value     the rule's value
     * @param reference the limit (or the baseline's value)
     * @param shortfall how far the value is on the wrong side of the reference, in the metric's unit (positive)
     * @param exact     whether the contributions add up to the shortfall (the metric is a mean over rows or classes);
     *                  false when they only rank where the metric is worst
     * @param classes   the classes (or, for a CLASS rule, the class pairs) that contribute most, largest first
     * @param slices    the slices that contribute most, largest first
     * @param sentence  the explanation in words
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Explanation(String scope, String target, String metric, String against, Double value,
                              Double reference, Double shortfall, boolean exact, List<Contribution> classes,
                              List<Contribution> slices, String sentence) {
    }

    /**
     * A part of the shortfall.
     *
     * @param name         a class, a pair {@code actual -> predicted}, or a slice's description
     * @param rows         rows in it
     * @param value        the metric there (the class's recall, F1, ...; the slice's metric)
     * @param contribution its part of the shortfall, in the metric's unit
     * @param share        contribution / shortfall (exact decompositions only)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contribution(String name, long rows, Double value, double contribution, Double share) {
    }
}
