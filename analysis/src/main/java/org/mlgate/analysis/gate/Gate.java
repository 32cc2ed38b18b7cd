package org.mlgate.analysis.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.diagnostics.Folds;
import org.mlgate.analysis.diagnostics.Inconclusive;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * Applies the POM's rules to a report. Every limit of every rule on every matching target gives one
 * {@link RuleResult}. An undefined metric (null) fails its limit with the reason, never passes silently; a CLASS rule
 * whose includes match no class fails too, so that a misspelt class name cannot turn the gate off.
 *
 * <p>The rules are checked when the gate is made, before any row is read: every value must be a number within the
 * metric's range (a {@code 90} on a metric between 0 and 1 is refused with "write 0.90 or 90%"), a limit must be able
 * to fail, and a metric name must be one of the task's ({@link #requireMetricsOf}, as soon as the task is known).
 */
public final class Gate {
    private final List<Rule> rules;
    private final Certainty certainty;

    /** A gate whose task is not known yet: metric names are checked by {@link #requireMetricsOf}. */
    public Gate(List<Rule> rules) {
        this(rules, null);
    }

    /** A gate whose point estimates decide inconclusive limits (the default), at the default level. */
    public Gate(List<Rule> rules, Task task) {
        this(rules, task, Inconclusive.ESTIMATE, MetricOptions.DEFAULT_LEVEL);
    }

    /**
     * Checks the rules now, so that a typo fails before any model is loaded.
     *
     * @param task           the task when the caller knows it (the POM says so), else null
     * @param onInconclusive what a limit within its value's confidence interval does to the verdict
     * @param level          the level of the intervals a share's own interval is computed at when it has none
     * @throws InputException naming the rule, the limit and what to write instead
     */
    public Gate(List<Rule> rules, Task task, Inconclusive onInconclusive, double level) {
        this.rules = List.copyOf(rules);
        this.certainty = new Certainty(onInconclusive, level);
        for (Rule rule : this.rules) {
            Element element = rule.getElement();
            if (rule.getMinSliceSize() < 1) {
                throw new InputException("A SLICE rule has <minSliceSize>" + rule.getMinSliceSize()
                        + "</minSliceSize>; set it to 1 or more rows.");
            }
            for (Limit limit : rule.getLimits()) {
                validate(element, limit);
            }
        }
        if (task != null) {
            requireMetricsOf(task);
        }
    }

    public boolean isEmpty() {
        return rules.stream().allMatch(rule -> rule.getLimits().isEmpty());
    }

    /**
     * Refuses a limit on a metric that the task does not have, saying what was probably meant and listing the task's
     * own metrics (never the other task's).
     *
     * @throws InputException for the first such limit
     */
    public void requireMetricsOf(Task task) {
        List<String> ofTask = MetricNames.of(task);
        String model = MetricNames.model(task);
        for (Rule rule : rules) {
            Element element = rule.getElement();
            if (element == Element.SLICE && !MetricNames.sliced(task) && !rule.getLimits().isEmpty()) {
                throw new InputException("A SLICE rule cannot gate " + model + ": slices are measured with"
                        + " classification and regression metrics; use a MODEL rule with one of: "
                        + String.join(", ", ofTask) + ".");
            }
            List<String> valid = element == Element.CLASS ? MetricNames.ofClasses(task) : ofTask;
            for (Limit limit : rule.getLimits()) {
                String metric = limit.getMetric();
                if (valid.contains(metric)) {
                    continue;
                }
                if (valid.isEmpty()) {
                    throw new InputException("A CLASS rule has a limit on '" + metric + "', but " + model
                            + " has no classes; use a MODEL or SLICE rule with one of: " + String.join(", ", ofTask)
                            + ".");
                }
                String what;
                Task other = MetricNames.otherTaskOf(metric, task);
                if (element != Element.CLASS && other != null) {
                    what = "a metric of " + MetricNames.words(other) + ", but this is " + model;
                } else {
                    what = element == Element.CLASS ? "which is not a per-class metric" : "which is not a metric of "
                            + model;
                }
                String hint = DidYouMean.closest(metric, valid).map(name -> "; did you mean " + name + "?")
                        .orElse(".");
                String list = element == Element.CLASS ? "The per-class metrics are: "
                        : "The metrics of " + model + " are: ";
                throw new InputException("A " + element + " rule has a limit on '" + metric + "', " + what + hint
                        + " " + list + String.join(", ", valid) + ".");
            }
        }
    }

    public List<RuleResult> evaluate(Report report) {
        requireMetricsOf(taskOf(report));
        List<RuleResult> results = new ArrayList<>();
        for (Rule rule : rules) {
            switch (rule.getElement()) {
                case MODEL -> rule.getLimits().forEach(limit -> {
                    if (limit.getMinimum() != null || limit.getMaximum() != null) {
                        RuleResult result = checkModel(limit, report);
                        results.add(limit.getBound() == Limit.Bound.ESTIMATE ? result
                                : result.withBound(boundName(limit.getBound())));
                    }
                    if (limit.getMaximumDrop() != null) { // baseline limit (issue 6)
                        results.add(BaselineLimits.check("MODEL", null, limit, report));
                    }
                });
                case CLASS -> results.addAll(checkClasses(rule, report));
                case SLICE -> results.addAll(SliceRules.check(rule, report, certainty));
            }
        }
        return results;
    }

    private static void validate(Element element, Limit limit) {
        String metric = limit.getMetric();
        if (metric == null || metric.isEmpty()) {
            throw new InputException("A <limit> of a " + element + " rule has no <metric>; name one, "
                    + "for instance <metric>accuracy</metric>.");
        }
        Double minimum = limit.getMinimum();
        Double maximum = limit.getMaximum();
        Double drop = limit.getMaximumDrop();
        Double significance = limit.getSignificance();
        limit.getBound(); // reads the POM's <bound> text: a bad one fails here, before any row is read
        if (minimum == null && maximum == null && drop == null) {
            throw new InputException("The limit on '" + metric + "' of a " + element
                    + " rule has neither <minimum> nor <maximum> nor <maximumDrop>; give at least one.");
        }
        if (drop != null && element == Element.SLICE) {
            throw new InputException("The limit on '" + metric + "' of a SLICE rule has a <maximumDrop>; baseline"
                    + " comparisons exist for MODEL and CLASS rules only.");
        }
        if (significance != null && drop == null) {
            throw new InputException("The limit on '" + metric + "' of a " + element + " rule has a"
                    + " <significance> but no <maximumDrop>; significance only applies to a drop below the baseline.");
        }
        if (limit.getBound() != Limit.Bound.ESTIMATE && element != Element.MODEL) {
            throw new InputException("The limit on '" + metric + "' of a " + element + " rule has a <bound>; "
                    + (limit.getBound().ofFolds() ? "fold statistics" : "confidence intervals")
                    + " exist for MODEL metrics only.");
        }
        if (limit.getBound() == Limit.Bound.FOLD_SPREAD && ((minimum != null && minimum < 0)
                || (maximum != null && maximum < 0))) {
            throw new InputException("The limit on '" + metric + "' with <bound>foldSpread</bound> has a negative"
                    + " bound; a spread (standard deviation over the folds) is 0 or more.");
        }
        MetricRange range = MetricRange.of(metric);
        if (range == null) {
            return; // not a metric name: requireMetricsOf says so, with the task's names
        }
        requireInRange(limit, "minimum", minimum, range);
        requireInRange(limit, "maximum", maximum, range);
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new InputException("The limit on '" + metric + "' has <minimum>" + limit.text("minimum")
                    + "</minimum> above <maximum>" + limit.text("maximum") + "</maximum>, so it always fails; swap"
                    + " them.");
        }
        boolean minimumCanFail = minimum != null && minimum > range.lower();
        boolean maximumCanFail = maximum != null && maximum < range.upper();
        if ((minimum != null || maximum != null) && !minimumCanFail && !maximumCanFail) {
            String which = minimum != null ? "<minimum>" + limit.text("minimum") + "</minimum>"
                    : "<maximum>" + limit.text("maximum") + "</maximum>";
            String instead = range.lowerIsBetter() ? "a <maximum> below " + MetricRange.plain(range.upper())
                    : "a <minimum> above " + MetricRange.plain(range.lower());
            throw new InputException("The limit on '" + metric + "' with " + which + " can never fail: " + metric
                    + " is " + range.describe() + " (" + range.direction() + "); write " + instead + ".");
        }
        if (drop != null && drop > range.width()) {
            throw new InputException("The <maximumDrop>" + limit.text("maximumDrop")
                    + "</maximumDrop> of the limit on '" + metric + "' is larger than " + metric
                    + " can ever drop (it is " + range.describe() + ")" + percentHint(drop, range) + ".");
        }
    }

    /** Refuses a bound outside the metric's range; a bound that reads as a percentage gets the two ways to write it. */
    private static void requireInRange(Limit limit, String what, Double value, MetricRange range) {
        if (value == null || range.contains(value)) {
            return;
        }
        throw new InputException("The <" + what + ">" + limit.text(what) + "</" + what + "> of the limit on '"
                + limit.getMetric() + "' is outside the range of " + limit.getMetric() + ", " + range.describe() + " ("
                + range.direction() + ")" + percentHint(value, range) + ".");
    }

    /** {@code : write 0.90 or 90%} when dividing by 100 brings the value into the range. */
    private static String percentHint(double value, MetricRange range) {
        double share = value / 100;
        if (value > 1 && value <= 100 && range.contains(share) && range.upper() <= 2) {
            String decimal = LimitCheck.format(share, share);
            return ": write " + decimal + " or " + MetricRange.plain(value) + "%";
        }
        return "";
    }

    private RuleResult checkModel(Limit limit, Report report) {
        String metric = limit.getMetric();
        if (!MetricNames.of(taskOf(report)).contains(metric)) {
            return LimitCheck.fail("MODEL", null, limit, null, "Rule violated for MODEL: " + metric
                    + " is not a metric of a " + report.task() + " model, so it cannot be checked");
        }
        if (limit.getBound() == Limit.Bound.ESTIMATE) {
            Double value = report.metrics().get(metric);
            RuleResult result = LimitCheck.check("MODEL", null, limit, value, metric,
                    reasonUndefined(report, metric, null));
            Interval interval = report.intervals() == null ? null : report.intervals().get(metric);
            if (interval == null) {
                interval = certainty.shareInterval(metric, value, rows(report));
            }
            return certainty.judge(result, limit, interval, rows(report), "rows");
        }
        if (limit.getBound().ofFolds()) {
            return checkFolds(limit, report);
        }
        Interval interval = report.intervals() == null ? null : report.intervals().get(metric);
        String what = (limit.getBound() == Limit.Bound.LOWER ? "lower" : "upper") + " bound of " + metric
                + (interval == null ? "" : " (" + percent(interval.level()) + " interval)");
        Double value = interval == null ? null
                : limit.getBound() == Limit.Bound.LOWER ? interval.lower() : interval.upper();
        String reason = interval == null ? "no confidence interval was computed for " + metric : null;
        return LimitCheck.check("MODEL", null, limit, value, what, reason);
    }

    /** A limit on the mean, the worst fold or the spread of cross-validated predictions. */
    private RuleResult checkFolds(Limit limit, Report report) {
        String metric = limit.getMetric();
        Folds folds = report.folds();
        if (folds == null) {
            return LimitCheck.fail("MODEL", null, limit, null, "Rule violated for MODEL: " + metric + " has a <bound>"
                    + boundName(limit.getBound()) + "</bound> but the predictions have no folds, so it cannot be"
                    + " checked; set foldColumn (ml.foldColumn) to the column of each row's cross-validation fold");
        }
        Folds.AcrossFolds across = folds.of(metric);
        int count = folds.folds() == null ? 0 : folds.folds().size();
        if (across == null) {
            return LimitCheck.fail("MODEL", null, limit, null, "Rule violated for MODEL: " + metric
                    + " is undefined in every fold, so its " + boundName(limit.getBound()) + " cannot be checked");
        }
        return switch (limit.getBound()) {
            case FOLD_MEAN -> certainty.judge(LimitCheck.check("MODEL", null, limit, across.mean(), "mean of "
                    + metric + " over " + across.folds() + " folds", reasonUndefined(report, metric, null)), limit,
                    across.interval(), 0, "folds");
            case WORST_FOLD -> {
                boolean lowest = limit.getMinimum() != null;
                Double value = lowest ? across.min() : across.max();
                String fold = lowest ? across.minFold() : across.maxFold();
                yield LimitCheck.check("MODEL", null, limit, value, metric + " of the worst fold '" + fold + "' (of "
                        + across.folds() + ")", reasonUndefined(report, metric, null));
            }
            default -> LimitCheck.check("MODEL", null, limit, across.standardDeviation(), "spread (standard"
                    + " deviation) of " + metric + " over " + across.folds() + " folds",
                    across.folds() < 2 ? "the spread needs two or more folds with a value, and " + count
                            + (count == 1 ? " fold has" : " folds have") + " one" : "it is undefined");
        };
    }

    private static String boundName(Limit.Bound bound) {
        return switch (bound) {
            case FOLD_MEAN -> "foldMean";
            case WORST_FOLD -> "worstFold";
            case FOLD_SPREAD -> "foldSpread";
            default -> bound.name().toLowerCase(Locale.ROOT);
        };
    }

    private static long rows(Report report) {
        return report.data() == null ? 0 : report.data().rows();
    }

    private List<RuleResult> checkClasses(Rule rule, Report report) {
        Map<String, ClassMetrics> classes = report.classes() == null ? Map.of() : report.classes();
        List<RuleResult> results = new ArrayList<>();
        for (Map.Entry<String, ClassMetrics> entry : classes.entrySet()) {
            if (!rule.includes(entry.getKey())) {
                continue;
            }
            for (Limit limit : rule.getLimits()) {
                if (limit.getMinimum() != null || limit.getMaximum() != null) {
                    Double value = classValue(entry.getValue(), limit.getMetric());
                    RuleResult result = LimitCheck.check("CLASS", entry.getKey(), limit, value, limit.getMetric(),
                            reasonUndefined(report, limit.getMetric(), entry.getKey()));
                    results.add(certainty.judge(result, limit, entry.getValue().intervals().get(limit.getMetric()),
                            rows(report), "rows"));
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

    /** The report's task; classification for a report that names none. */
    private static Task taskOf(Report report) {
        Task task = Task.fromJsonName(report.task());
        return task == null ? Task.CLASSIFICATION : task;
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

}
