package org.mlgate.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;
import org.mlgate.analysis.baseline.BaselineComparison;
import org.mlgate.analysis.diagnostics.Importance;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.report.CheckResult;
import org.mlgate.analysis.report.HeadlineMetric;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * What the build log shows after an evaluation: headline metrics, the comparison with the baseline, then each
 * violation (or, when the gate passed, that all rules are met), then the report's path. Every value that comes from
 * the data is printed through {@link ConsoleText#escape}.
 */
final class ConsoleSummary {
    private static final List<String> CLASSIFICATION_HEADLINE =
            List.of("accuracy", "balancedAccuracy", "macroF1", "f1", "aucRoc", "averagePrecision", "logLoss");
    private static final List<String> REGRESSION_HEADLINE = List.of("mae", "rmse", "r2", "mape");

    private final Log log;

    ConsoleSummary(Log log) {
        this.log = log;
    }

    void print(Report report, Path index, boolean noRules) {
        log.info("mlgate: " + report.task() + " model " + ConsoleText.escape(report.model().type()) + " on "
                + report.data().rows() + " rows of " + ConsoleText.escape(report.data().path())
                + (report.positiveLabel() == null ? ""
                        : " (positive label '" + ConsoleText.escape(report.positiveLabel()) + "')"));
        for (String name : headline(report)) {
            if (report.metrics().containsKey(name)) {
                log.info(String.format(Locale.ROOT, "  %-18s %s", name, value(report, name)));
            }
        }
        if (noRules) {
            log.warn("No <rules> are configured: the gate checks nothing. Add a rule such as "
                    + "<rule><element>MODEL</element><limits><limit><metric>accuracy</metric>"
                    + "<minimum>0.90</minimum></limit></limits></rule>.");
        }
        printBaseline(report);
        printDiagnostics(report);
        for (RuleResult rule : report.rules()) {
            if (rule.failed() || rule.warned()) {
                log.warn(ConsoleText.escape(rule.message()));
            } else if (rule.inconclusive()) {
                log.info(ConsoleText.escape(rule.message()));
            }
        }
        for (CheckResult check : report.checks()) {
            if ("fail".equals(check.status()) || "warn".equals(check.status())) {
                log.warn("Check " + ConsoleText.escape(check.id()) + " " + check.status() + "s: "
                        + ConsoleText.escape(check.message()));
            }
        }
        if (report.whyFailed() != null) {
            log.warn("Why: " + ConsoleText.escape(report.whyFailed().summary()));
        }
        if (report.passed() && !noRules) {
            log.info(VerdictMessage.passed(report));
        }
        log.info("mlgate report: " + ConsoleText.escape(index));
    }

    /**
     * One line per baseline comparison worth reading: the headline metrics, those a MODEL rule names, and those
     * with a paired test.
     */
    private void printBaseline(Report report) {
        if (report.baseline() == null) {
            return;
        }
        List<String> headline = headline(report);
        for (BaselineComparison c : report.baseline().comparisons()) {
            boolean ruled = report.rules().stream()
                    .anyMatch(r -> "MODEL".equals(r.scope()) && c.metric().equals(r.metric()));
            if (headline.contains(c.metric()) || ruled || c.pValue() != null) {
                log.info(String.format(Locale.ROOT, "  baseline %-18s %s vs %s (%s%s)", c.metric(),
                        number(c.value()), number(c.baselineValue()),
                        c.difference() == null ? "difference undefined" : String.format(Locale.ROOT, "%+.4f",
                                c.difference()),
                        c.pValue() == null ? "" : String.format(Locale.ROOT, ", p = %.4f, %s", c.pValue(), c.test())));
            }
        }
        Long broken = report.baseline().newlyBrokenRows();
        if (broken != null) {
            log.info("  baseline: " + broken + " rows newly wrong, " + report.baseline().newlyFixedRows()
                    + " rows newly right");
        }
    }

    /** The metrics printed up front: the HTML report's headline for the multi-label, clustering and anomaly tasks. */
    private static List<String> headline(Report report) {
        return switch (String.valueOf(report.task())) {
            case "regression" -> REGRESSION_HEADLINE;
            case "classification" -> CLASSIFICATION_HEADLINE;
            default -> HeadlineMetric.selectionFor(report);
        };
    }

    /** The fit's diagnosis and the most important columns, one line each. */
    private void printDiagnostics(Report report) {
        if (report.fit() != null) {
            log.info("  fit: " + ConsoleText.escape(report.fit().diagnosis()) + " (" + report.fit().metric()
                    + " training " + number(report.fit().trainingError()) + ", validation "
                    + number(report.fit().validationError()) + ")");
        }
        Importance importance = report.importance();
        if (importance != null && importance.features() != null && !importance.features().isEmpty()) {
            String metric = importance.rankedBy();
            List<String> top = importance.features().stream().filter(f -> f.score(metric) != null).limit(5)
                    .map(f -> ConsoleText.escape(f.column()) + " " + format(f.score(metric).value())).toList();
            log.info("  " + (Importance.PERMUTATION.equals(importance.method())
                    ? "importance (" + metric + " lost when shuffled): " : "errors by column (variance explained): ")
                    + String.join(", ", top));
        }
    }

    private static String number(Double value) {
        return value == null ? "undefined" : format(value);
    }

    private static String value(Report report, String name) {
        Double value = report.metrics().get(name);
        if (value == null) {
            return "undefined";
        }
        Map<String, Interval> intervals = report.intervals();
        Interval interval = intervals == null ? null : intervals.get(name);
        return interval == null ? format(value)
                : format(value) + " (" + format(interval.lower()) + " to " + format(interval.upper()) + ")";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
