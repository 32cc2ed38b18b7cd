package org.mlgate.analysis.gate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mlgate.analysis.baseline.BaselineComparison;
import org.mlgate.analysis.baseline.BaselineSection;
import org.mlgate.analysis.baseline.NewlyBroken;
import org.mlgate.analysis.errors.SliceResult;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.ConfusionMatrix;
import org.mlgate.analysis.metrics.MetricDirection;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;
import org.mlgate.analysis.report.WhyFailed;

/**
 * Why the gate failed (issue 12): for each violated rule, which classes and which slices its shortfall comes from.
 *
 * <p><b>Against the limit.</b> Many metrics are means over rows or over classes, and then the shortfall
 * {@code limit - value} splits exactly into parts: accuracy is {@code sum_c (n_c / n) recall_c}, so class {@code c}
 * contributes {@code (n_c / n)(limit - recall_c)}; balanced accuracy and the macro averages weigh each class
 * {@code 1 / k}, the weighted averages {@code n_c / n}; the multi-class AUC and average precision are macro averages
 * of the classes' own. A slice {@code s} of a row-mean metric (accuracy, error rate, MAE, MSE, MAPE, log loss, Brier)
 * contributes {@code (n_s / n)(limit - value_s)}, and the slices of one column add up to the shortfall. For other
 * metrics the same weights only rank where the metric is worst ({@code exact = false}). A CLASS rule's recall is
 * explained by where the class's rows went (the confusion pairs), its precision by which classes were mistaken for
 * it.
 *
 * <p><b>Against the baseline</b> (a {@code maximumDrop}): the same weights applied to each class's difference from
 * the baseline's value, and the rows newly broken.
 */
public final class WhyGateFailed {
    /** Classes and slices named per rule. */
    static final int TOP = 3;
    /** Rules spelled out in the summary. */
    static final int SUMMARY_RULES = 3;

    private static final Set<String> ROW_MEANS = Set.of("accuracy", "errorRate", "mae", "mse", "mape", "logLoss",
            "brier");

    private WhyGateFailed() {
    }

    /** The explanation of a judged report's failed rules; null when no rule failed. */
    public static WhyFailed explain(Report report) {
        List<RuleResult> failed = report.rules() == null ? List.of()
                : report.rules().stream().filter(RuleResult::failed).toList();
        if (failed.isEmpty()) {
            return null;
        }
        List<WhyFailed.Explanation> explanations = new ArrayList<>();
        for (RuleResult rule : failed) {
            explanations.add(explain(rule, report));
        }
        StringBuilder summary = new StringBuilder("The gate failed on ").append(failed.size())
                .append(failed.size() == 1 ? " rule." : " rules.");
        for (int i = 0; i < Math.min(SUMMARY_RULES, explanations.size()); i++) {
            summary.append(' ').append(explanations.get(i).sentence());
        }
        if (explanations.size() > SUMMARY_RULES) {
            int more = explanations.size() - SUMMARY_RULES;
            summary.append(" ").append(more).append(more == 1 ? " more rule is" : " more rules are")
                    .append(" listed under Rules.");
        }
        return new WhyFailed(summary.toString(), List.copyOf(explanations));
    }

    static WhyFailed.Explanation explain(RuleResult rule, Report report) {
        String metric = rule.metric();
        Double value = rule.actual();
        String subject = subject(rule);
        boolean againstBaseline = rule.message() != null && rule.message().contains("the baseline's");
        if (value == null) {
            return simple(rule, againstBaseline, subject + ": " + metric + " is undefined, so nothing can be split.");
        }
        boolean lower = MetricDirection.lowerIsBetter(metric);
        Double limit = lower ? rule.maximum() : rule.minimum();
        if (limit == null) {
            limit = lower ? rule.minimum() : rule.maximum();
        }
        if (limit == null || rule.message().contains(" fold")) {
            return simple(rule, againstBaseline, stripped(rule) + ".");
        }
        double shortfall = lower ? value - limit : limit - value;
        if (!(shortfall > 0)) {
            return simple(rule, againstBaseline, stripped(rule) + ".");
        }
        if (againstBaseline) {
            return againstBaseline(rule, report, value, limit, shortfall);
        }
        List<WhyFailed.Contribution> classes;
        boolean exact;
        if ("CLASS".equals(rule.scope())) {
            classes = classPairs(rule.target(), metric, report.confusionMatrix());
            exact = false;
        } else if ("MODEL".equals(rule.scope())) {
            Weighted weighted = byClass(metric, report, limit, lower, shortfall);
            classes = weighted.parts();
            exact = weighted.exact();
        } else {
            classes = List.of();
            exact = false;
        }
        List<WhyFailed.Contribution> slices = "MODEL".equals(rule.scope())
                ? bySlice(metric, report, limit, lower, shortfall) : List.of();
        String sentence = sentence(rule, metric, value, limit, lower, shortfall, classes, slices,
                "CLASS".equals(rule.scope()));
        return new WhyFailed.Explanation(rule.scope(), rule.target(), metric, "limit", value, limit, shortfall,
                exact, classes, slices, sentence);
    }

    private static WhyFailed.Explanation simple(RuleResult rule, boolean baseline, String sentence) {
        return new WhyFailed.Explanation(rule.scope(), rule.target(), rule.metric(), baseline ? "baseline" : "limit",
                rule.actual(), null, null, false, List.of(), List.of(), sentence);
    }

    private record Weighted(List<WhyFailed.Contribution> parts, boolean exact) {
    }

    /** The classes' parts of a MODEL metric's shortfall, largest first; empty when the metric has no such split. */
    private static Weighted byClass(String metric, Report report, double limit, boolean lower, double shortfall) {
        Map<String, ClassMetrics> classes = report.classes();
        if (classes == null || classes.size() < 2 || !"classification".equals(report.task())) {
            return new Weighted(List.of(), false);
        }
        boolean binary = report.positiveLabel() != null;
        String perClass;
        String weighting;
        switch (metric) {
            case "accuracy", "errorRate" -> {
                perClass = "recall";
                weighting = "support";
            }
            case "balancedAccuracy" -> {
                perClass = "recall";
                weighting = "present";
            }
            case "macroRecall" -> {
                perClass = "recall";
                weighting = "all";
            }
            case "macroPrecision" -> {
                perClass = "precision";
                weighting = "all";
            }
            case "macroF1" -> {
                perClass = "f1";
                weighting = "all";
            }
            case "weightedRecall", "weightedPrecision", "weightedF1" -> {
                perClass = metric.substring("weighted".length()).toLowerCase(Locale.ROOT);
                weighting = "support";
            }
            case "f1", "precision", "recall" -> {
                if (binary) {
                    return new Weighted(List.of(), false);
                }
                perClass = metric;
                weighting = "all";
            }
            case "aucRoc", "averagePrecision" -> {
                if (binary) {
                    return new Weighted(List.of(), false);
                }
                perClass = metric;
                weighting = "present";
            }
            default -> {
                return new Weighted(List.of(), false);
            }
        }
        long total = 0;
        int present = 0;
        for (ClassMetrics c : classes.values()) {
            total += c.support();
            present += c.support() > 0 ? 1 : 0;
        }
        boolean errorRate = "errorRate".equals(metric);
        List<WhyFailed.Contribution> parts = new ArrayList<>();
        boolean exact = true;
        for (Map.Entry<String, ClassMetrics> entry : classes.entrySet()) {
            ClassMetrics c = entry.getValue();
            if ("present".equals(weighting) && c.support() == 0) {
                continue;
            }
            double weight = "support".equals(weighting) ? c.support() / (double) Math.max(1, total)
                    : 1.0 / ("present".equals(weighting) ? present : classes.size());
            Double classValue = classValue(c, perClass);
            if (classValue == null) {
                exact = false;
                continue;
            }
            double value = errorRate ? 1 - classValue : classValue;
            double part = weight * (lower ? value - limit : limit - value);
            parts.add(new WhyFailed.Contribution(entry.getKey(), c.support(), value, part, part / shortfall));
        }
        return new Weighted(top(parts), exact);
    }

    /** Where a class's rows went (recall), which classes were mistaken for it (precision), or both (F1). */
    private static List<WhyFailed.Contribution> classPairs(String target, String metric, ConfusionMatrix matrix) {
        if (matrix == null || matrix.labels() == null || !matrix.labels().contains(target)) {
            return List.of();
        }
        int c = matrix.labels().indexOf(target);
        int k = matrix.labels().size();
        List<WhyFailed.Contribution> parts = new ArrayList<>();
        long support = 0;
        long predicted = 0;
        for (int j = 0; j < k; j++) {
            support += matrix.counts()[c][j];
            predicted += matrix.counts()[j][c];
        }
        boolean misses = !"precision".equals(metric);
        boolean falseAlarms = "precision".equals(metric) || "f1".equals(metric);
        for (int j = 0; j < k; j++) {
            if (j == c) {
                continue;
            }
            long missed = matrix.counts()[c][j];
            long mistaken = matrix.counts()[j][c];
            if (misses && missed > 0 && support > 0) {
                parts.add(new WhyFailed.Contribution(target + " \u2192 " + matrix.labels().get(j), missed,
                        null, missed / (double) support, null));
            }
            if (falseAlarms && mistaken > 0 && predicted > 0) {
                parts.add(new WhyFailed.Contribution(matrix.labels().get(j) + " \u2192 " + target, mistaken,
                        null, mistaken / (double) predicted, null));
            }
        }
        return top(parts);
    }

    /** Each slice's part: its share of the rows times how far it is on the wrong side of the limit. */
    private static List<WhyFailed.Contribution> bySlice(String metric, Report report, double limit, boolean lower,
                                                        double shortfall) {
        List<SliceResult> slices = report.slices() == null ? List.of() : report.slices();
        long total = report.data() == null ? 0 : report.data().rows();
        if (total == 0) {
            return List.of();
        }
        boolean mean = ROW_MEANS.contains(metric);
        Map<String, WhyFailed.Contribution> parts = new LinkedHashMap<>();
        for (SliceResult slice : slices) {
            Double value = slice.metrics() == null ? null : slice.metrics().get(metric);
            if (value == null || slice.rows() == 0) {
                continue;
            }
            String name = slice.description() != null ? slice.description() : slice.name();
            double part = slice.rows() / (double) total * (lower ? value - limit : limit - value);
            parts.putIfAbsent(name, new WhyFailed.Contribution(name, slice.rows(), value, part,
                    mean ? part / shortfall : null));
        }
        return top(new ArrayList<>(parts.values()));
    }

    private static WhyFailed.Explanation againstBaseline(RuleResult rule, Report report, double value, double bound,
                                                         double shortfall) {
        BaselineSection baseline = report.baseline();
        String metric = rule.metric();
        boolean lower = MetricDirection.lowerIsBetter(metric);
        Double base = null;
        if (baseline != null) {
            for (BaselineComparison c : "CLASS".equals(rule.scope()) ? baseline.classComparisons()
                    : baseline.comparisons()) {
                if (c.metric().equals(metric) && java.util.Objects.equals(c.target(), rule.target())) {
                    base = c.baselineValue();
                }
            }
        }
        double drop = base == null ? shortfall : MetricDirection.drop(metric, value, base);
        List<WhyFailed.Contribution> classes = new ArrayList<>();
        boolean exact = false;
        if (baseline != null && "MODEL".equals(rule.scope()) && report.classes() != null) {
            String perClass = switch (metric) {
                case "accuracy", "errorRate", "balancedAccuracy", "macroRecall", "weightedRecall" -> "recall";
                case "macroF1", "weightedF1" -> "f1";
                case "macroPrecision", "weightedPrecision" -> "precision";
                default -> null;
            };
            if (perClass != null) {
                boolean bySupport = metric.startsWith("weighted") || "accuracy".equals(metric)
                        || "errorRate".equals(metric);
                long total = report.classes().values().stream().mapToLong(ClassMetrics::support).sum();
                long present = report.classes().values().stream().filter(c -> c.support() > 0).count();
                exact = baseline.sameRows();
                for (BaselineComparison c : baseline.classComparisons()) {
                    ClassMetrics metrics = report.classes().get(c.target());
                    if (!perClass.equals(c.metric()) || metrics == null || c.value() == null
                            || c.baselineValue() == null) {
                        continue;
                    }
                    double weight = bySupport ? metrics.support() / (double) Math.max(1, total)
                            : 1.0 / ("balancedAccuracy".equals(metric) ? present : report.classes().size());
                    double part = weight * (c.baselineValue() - c.value());
                    classes.add(new WhyFailed.Contribution(c.target(), metrics.support(), c.value(), part,
                            drop > 0 ? part / drop : null));
                }
                classes = top(classes);
            }
        }
        StringBuilder sentence = new StringBuilder(stripped(rule));
        if (!classes.isEmpty()) {
            sentence.append("; the drop comes most from ").append(list(classes, "class", perClassName(metric), drop,
                    exact));
        }
        if (baseline != null && baseline.newlyBroken() != null && !baseline.newlyBroken().isEmpty()) {
            NewlyBroken first = baseline.newlyBroken().get(0);
            sentence.append("; ").append(baseline.newlyBrokenRows()).append(" rows the baseline got right are wrong"
                    + " now, most of them '").append(first.actual()).append("' predicted as '")
                    .append(first.predicted()).append("' (").append(first.count()).append(')');
        }
        sentence.append('.');
        return new WhyFailed.Explanation(rule.scope(), rule.target(), metric, "baseline", value, base, drop, exact,
                classes, List.of(), sentence.toString());
    }

    private static String sentence(RuleResult rule, String metric, double value, double limit, boolean lower,
                                   double shortfall, List<WhyFailed.Contribution> classes,
                                   List<WhyFailed.Contribution> slices, boolean pairs) {
        StringBuilder text = new StringBuilder(subject(rule)).append(": ").append(metric).append(" is ")
                .append(LimitCheck.format(value, limit)).append(", ").append(LimitCheck.format(shortfall, shortfall))
                .append(lower ? " above the maximum " : " below the minimum ").append(LimitCheck.format(limit, value));
        if (!classes.isEmpty()) {
            if (pairs) {
                text.append("; ").append("precision".equals(metric) ? "predicted as '" + rule.target()
                        + "' but actually " : "its rows went to ").append(pairList(classes, rule.target(), metric));
            } else {
                text.append("; most of it comes from ").append(list(classes, "class", perClassName(metric),
                        shortfall, true));
            }
        }
        if (!slices.isEmpty()) {
            text.append(classes.isEmpty() ? "; most of it comes from " : "; among slices, ")
                    .append(list(slices, "slice", metric, shortfall, slices.get(0).share() != null));
        }
        return text.append('.').toString();
    }

    private static String list(List<WhyFailed.Contribution> parts, String kind, String measure, double total,
                               boolean shares) {
        List<String> items = new ArrayList<>();
        for (WhyFailed.Contribution part : parts) {
            StringBuilder item = new StringBuilder(kind).append(" '").append(part.name()).append("' (");
            if (part.value() != null) {
                item.append(measure).append(' ').append(LimitCheck.format(part.value(), part.value())).append(", ");
            }
            item.append(String.format(Locale.ROOT, "%,d", part.rows())).append(part.rows() == 1 ? " row" : " rows");
            if (shares && part.share() != null) {
                item.append(", ").append(percent(part.share())).append(" of it");
            }
            items.add(item.append(')').toString());
        }
        return join(items);
    }

    private static String pairList(List<WhyFailed.Contribution> parts, String target, String metric) {
        List<String> items = new ArrayList<>();
        for (WhyFailed.Contribution part : parts) {
            String other = part.name().replace(target + " \u2192 ", "").replace(" \u2192 " + target, "");
            boolean missed = part.name().startsWith(target + " \u2192 ");
            items.add((missed ? "'" + other + "'" : "'" + other + "'") + " (" + String.format(Locale.ROOT, "%,d",
                    part.rows()) + (part.rows() == 1 ? " row" : " rows") + ", " + percent(part.contribution())
                    + (missed ? " of its rows" : " of its predictions") + ")");
        }
        return join(items);
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String perClassName(String metric) {
        return switch (metric) {
            case "accuracy", "balancedAccuracy", "macroRecall", "weightedRecall" -> "recall";
            case "errorRate" -> "error rate";
            case "macroF1", "weightedF1" -> "F1";
            case "macroPrecision", "weightedPrecision" -> "precision";
            default -> metric;
        };
    }

    /** The largest positive parts, at most {@link #TOP}. */
    private static List<WhyFailed.Contribution> top(List<WhyFailed.Contribution> parts) {
        return parts.stream().filter(p -> p.contribution() > 0)
                .sorted(Comparator.comparingDouble(WhyFailed.Contribution::contribution).reversed()
                        .thenComparing(WhyFailed.Contribution::name))
                .limit(TOP).toList();
    }

    private static Double classValue(ClassMetrics metrics, String metric) {
        return switch (metric) {
            case "precision" -> metrics.precision();
            case "recall" -> metrics.recall();
            case "f1" -> metrics.f1();
            case "aucRoc" -> metrics.aucRoc();
            case "averagePrecision" -> metrics.averagePrecision();
            default -> null;
        };
    }

    private static String subject(RuleResult rule) {
        return rule.target() == null ? rule.scope() : rule.scope() + " '" + rule.target() + "'";
    }

    /** The rule's message without "Rule violated for ". */
    private static String stripped(RuleResult rule) {
        String message = rule.message() == null ? subject(rule) : rule.message();
        return message.startsWith("Rule violated for ") ? message.substring("Rule violated for ".length()) : message;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
