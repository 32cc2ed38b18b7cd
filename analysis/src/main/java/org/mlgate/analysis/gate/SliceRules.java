package org.mlgate.analysis.gate;

import java.util.List;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/** SLICE rules: checked against the report's slices (error-analysis issue); until then each limit fails clearly. */
final class SliceRules {
    private SliceRules() {
    }

    static List<RuleResult> check(Rule rule, Report report) {
        return rule.getLimits().stream()
                .map(limit -> LimitCheck.fail("SLICE", String.join(", ", rule.getIncludes()), limit, null,
                        "Rule violated for SLICE '" + String.join(", ", rule.getIncludes())
                                + "': slice rules are not supported yet, so " + limit.getMetric()
                                + " cannot be checked"))
                .toList();
    }
}
