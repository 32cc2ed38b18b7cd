package org.mlgate.analysis.gate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlgate.analysis.errors.SliceResult;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * SLICE rules, checked against the report's slices (the values or bins of {@code sliceColumns}, and the weak
 * slices that discovery found). Includes name slices as {@code region=west}, as the report shows them
 * ({@code region = west}, {@code charDollar <= 0}), or with wildcards ({@code region=*}, {@code *}). Exact includes
 * check each named slice; includes with a wildcard check the worst matching slice of at least {@code minSliceSize}
 * rows for each limit, so that "no slice of 50 rows or more may have accuracy under 0.80" is one result (target: the
 * patterns) whose message names the slice that decides it.
 */
final class SliceRules {
    private SliceRules() {
    }

    static List<RuleResult> check(Rule rule, Report report, Certainty certainty) {
        List<SliceResult> slices = report.slices() == null ? List.of() : report.slices();
        List<SliceResult> candidates = slices.stream()
                .filter(slice -> rule.includesAny(slice.name(), slice.description())
                        && slice.rows() >= rule.getMinSliceSize())
                .toList();
        // A discovered slice with the same conditions as a configured one is the same rows: check it once, with the
        // configured slice's full metric set.
        Set<String> configured = candidates.stream().filter(slice -> !slice.discovered())
                .map(SliceResult::description).filter(Objects::nonNull).collect(Collectors.toSet());
        List<SliceResult> matching = candidates.stream()
                .filter(slice -> !slice.discovered() || !configured.contains(slice.description())).toList();
        boolean wildcard = rule.getIncludes().isEmpty()
                || rule.getIncludes().stream().anyMatch(include -> include.contains("*") || include.contains("?"));
        String patterns = rule.getIncludes().isEmpty() ? "*" : String.join(", ", rule.getIncludes());
        List<RuleResult> results = new ArrayList<>();
        for (Limit limit : rule.getLimits()) {
            List<SliceResult> measured = matching.stream()
                    .filter(slice -> slice.metrics().containsKey(limit.getMetric())).toList();
            if (measured.isEmpty()) {
                results.add(LimitCheck.fail("SLICE", patterns, limit, null, "Rule violated for SLICE '" + patterns
                        + "': no slice of at least " + rule.getMinSliceSize() + " rows with " + limit.getMetric()
                        + " matches (slices: " + names(slices) + "), so " + limit.getMetric()
                        + " cannot be checked; list the column in <sliceColumns>"));
            } else if (wildcard) {
                // The target stays the rule's patterns, so that CI servers see the same test name on every run;
                // the message names the slice that decided it.
                SliceResult worst = worst(measured, limit);
                RuleResult result = LimitCheck.check("SLICE", patterns, limit, worst.metrics().get(limit.getMetric()),
                        limit.getMetric() + " of the worst slice '" + worst.name() + "' (of " + measured.size()
                                + " slices of at least " + rule.getMinSliceSize() + " rows)",
                        Gate.reasonUndefined(report, limit.getMetric(), worst.name()));
                results.add(judge(result, limit, worst, report, certainty));
            } else {
                for (SliceResult slice : measured) {
                    RuleResult result = LimitCheck.check("SLICE", slice.name(), limit,
                            slice.metrics().get(limit.getMetric()), limit.getMetric(),
                            Gate.reasonUndefined(report, limit.getMetric(), slice.name()));
                    results.add(judge(result, limit, slice, report, certainty));
                }
            }
        }
        return results;
    }

    /**
     * The result with its certainty: the slice's own interval, else (a discovered slice's error rate) Wilson's over
     * the slice's rows. More rows are counted in validation rows, the slice keeping its share of them.
     */
    private static RuleResult judge(RuleResult result, Limit limit, SliceResult slice, Report report,
                                    Certainty certainty) {
        String metric = limit.getMetric();
        Interval interval = slice.intervals() == null ? null : slice.intervals().get(metric);
        if (interval == null) {
            interval = certainty.shareInterval(metric, slice.metrics().get(metric), slice.rows());
        }
        long rows = report.data() == null ? slice.rows() : Math.max(slice.rows(), report.data().rows());
        return certainty.judge(result, limit, interval, rows, "rows");
    }

    /** The slice that decides the limit: an undefined value first, then the one furthest past the bounds. */
    private static SliceResult worst(List<SliceResult> slices, Limit limit) {
        Comparator<SliceResult> byValue = Comparator.comparingDouble(slice -> {
            Double value = slice.metrics().get(limit.getMetric());
            if (value == null) {
                return Double.NEGATIVE_INFINITY;
            }
            return limit.getMinimum() != null ? value : -value;
        });
        return slices.stream().min(byValue).orElseThrow();
    }

    private static String names(List<SliceResult> slices) {
        if (slices.isEmpty()) {
            return "none";
        }
        List<String> names = slices.stream()
                .map(slice -> slice.description() != null ? slice.description() : slice.name()).limit(8).toList();
        return String.join(", ", names) + (slices.size() > 8 ? ", ..." : "");
    }
}
