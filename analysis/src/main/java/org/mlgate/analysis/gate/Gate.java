package org.mlgate.analysis.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * Applies the POM's rules to a report. Every limit of every rule on every matching target gives one
 * {@link RuleResult}. An undefined metric (null) fails its limit with the reason, never passes silently; a CLASS rule
 * whose includes match no class fails too, so that a misspelt class name cannot turn the gate off.
 */
public final class Gate {
    private final List<Rule> rules;

    /** Checks the rules' metric names now, so that a typo fails before any model is loaded. */
    public Gate(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule rule : this.rules) {
            for (Limit limit : rule.getLimits()) {
                validate(rule, limit);
            }
        }
    }

    public boolean isEmpty() {
        return rules.stream().allMatch(rule -> rule.getLimits().isEmpty());
    }

    public List<RuleResult> evaluate(Report report) {
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : rules) {
            switch (rule.getElement()) {
                case MODEL -> rule.getLimits().forEach(limit -> {
                    if (limit.getMinimum() != null || limit.getMaximum() != null) {
                        results.add(checkModel(limit, report));
                    }
                    if (limit.getMaximumDrop() != null) { // baseline limit (issue 6)
                        results.add(BaselineLimits.check("MODEL", null, limit, report));
                    }
                });
                case CLASS -> results.addAll(checkClasses(rule, report));
                case SLICE -> results.addAll(SliceRules.check(rule, report));
            }
        }
        return results;
    }

    private static void validate(Rule rule, Limit limit) {
        String metric = limit.getMetric();
        if (metric == null || metric.isEmpty()) {
            throw new InputException("A <limit> of a " + rule.getElement() + " rule has no <metric>; name one, "
                    + "for instance <metric>accuracy</metric>.");
        }
        if (limit.getMinimum() == null && limit.getMaximum() == null && limit.getMaximumDrop() == null) {
            throw new InputException("The limit on '" + metric + "' of a " + rule.getElement()
                    + " rule has neither <minimum> nor <maximum> nor <maximumDrop>; give at least one.");
        }
        if (limit.getMaximumDrop() != null && rule.getElement() == Element.SLICE) {
            throw new InputException("The limit on '" + metric + "' of a SLICE rule has a <maximumDrop>; baseline"
                    + " comparisons exist for MODEL and CLASS rules only.");
        }
        if (limit.getSignificance() != null && limit.getMaximumDrop() == null) {
            throw new InputException("The limit on '" + metric + "' of a " + rule.getElement() + " rule has a"
                    + " <significance> but no <maximumDrop>; significance only applies to a drop below the baseline.");
        }
        boolean known = rule.getElement() == Element.CLASS ? MetricNames.CLASS.contains(metric)
                : MetricNames.isModelMetric(metric);
        if (!known) {
            List<String> valid = rule.getElement() == Element.CLASS ? MetricNames.CLASS
                    : concat(MetricNames.CLASSIFICATION, MetricNames.REGRESSION);
            throw new InputException("A " + rule.getElement() + " rule has a limit on unknown metric '" + metric
                    + "'; use one of: " + String.join(", ", valid) + ".");
        }
        if (limit.getBound() != Limit.Bound.ESTIMATE && rule.getElement() != Element.MODEL) {
            throw new InputException("The limit on '" + metric + "' of a " + rule.getElement()
                    + " rule has a <bound>; confidence intervals exist for MODEL metrics only.");
        }
    }

    private static RuleResult checkModel(Limit limit, Report report) {
        String metric = limit.getMetric();
        List<String> ofTask = "regression".equals(report.task()) ? MetricNames.REGRESSION : MetricNames.CLASSIFICATION;
        if (!ofTask.contains(metric)) {
            return LimitCheck.fail("MODEL", null, limit, null, "Rule violated for MODEL: " + metric
                    + " is not a metric of a " + report.task() + " model, so it cannot be checked");
        }
        if (limit.getBound() == Limit.Bound.ESTIMATE) {
            Double value = report.metrics().get(metric);
            return LimitCheck.check("MODEL", null, limit, value, metric, reasonUndefined(report, metric, null));
        }
        Interval interval = report.intervals() == null ? null : report.intervals().get(metric);
        String what = (limit.getBound() == Limit.Bound.LOWER ? "lower" : "upper") + " bound of " + metric
                + (interval == null ? "" : " (" + percent(interval.level()) + " interval)");
        Double value = interval == null ? null
                : limit.getBound() == Limit.Bound.LOWER ? interval.lower() : interval.upper();
        String reason = interval == null ? "no confidence interval was computed for " + metric : null;
        return LimitCheck.check("MODEL", null, limit, value, what, reason);
    }

    private static List<RuleResult> checkClasses(Rule rule, Report report) {
        Map<String, ClassMetrics> classes = report.classes() == null ? Map.of() : report.classes();
        List<RuleResult> results = new ArrayList<>();
        for (Map.Entry<String, ClassMetrics> entry : classes.entrySet()) {
            if (!rule.includes(entry.getKey())) {
                continue;
            }
            for (Limit limit : rule.getLimits()) {
                if (limit.getMinimum() != null || limit.getMaximum() != null) {
                    Double value = classValue(entry.getValue(), limit.getMetric());
                    results.add(LimitCheck.check("CLASS", entry.getKey(), limit, value, limit.getMetric(),
                            reasonUndefined(report, limit.getMetric(), entry.getKey())));
                }
                if (limit.getMaximumDrop() != null) { // baseline limit (issue 6)
                    results.add(BaselineLimits.check("CLASS", entry.getKey(), limit, report));
                }
            }
        }
        if (results.isEmpty()) {
            String patterns = rule.getIncludes().isEmpty() ? "*" : String.join(", ", rule.getIncludes());
            for (Limit limit : rule.getLimits()) {
                results.add(LimitCheck.fail("CLASS", patterns, limit, null, "Rule violated for CLASS '" + patterns
                        + "': no class of the validation data matches (classes: "
                        + String.join(", ", classes.keySet()) + "), so " + limit.getMetric() + " cannot be checked"));
            }
        }
        return results;
    }

    private static Double classValue(ClassMetrics metrics, String metric) {
        return switch (metric) {
            case "support" -> (double) metrics.support();
            case "precision" -> metrics.precision();
            case "recall" -> metrics.recall();
            case "f1" -> metrics.f1();
            case "aucRoc" -> metrics.aucRoc();
            case "averagePrecision" -> metrics.averagePrecision();
            default -> throw new IllegalArgumentException(metric);
        };
    }

    /** The report's own note about an undefined metric, when there is one, so the failure says why. */
    static String reasonUndefined(Report report, String metric, String target) {
        if (report.notes() != null) {
            for (String note : report.notes()) {
                if (note.contains(metric) && (target == null || note.contains(target))) {
                    return note;
                }
            }
        }
        return "it is undefined for this data";
    }

    private static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
