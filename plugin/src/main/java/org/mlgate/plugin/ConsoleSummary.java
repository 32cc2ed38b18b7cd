package org.mlgate.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.report.CheckResult;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/** What the build log shows after an evaluation: headline metrics, then each violation, then the report's path. */
final class ConsoleSummary {
    private static final List<String> CLASSIFICATION_HEADLINE =
            List.of("accuracy", "balancedAccuracy", "macroF1", "f1", "aucRoc", "averagePrecision", "logLoss");
    private static final List<String> REGRESSION_HEADLINE = List.of("mae", "rmse", "r2", "mape");

    private final Log log;

    ConsoleSummary(Log log) {
        this.log = log;
    }

    void print(Report report, Path index, boolean noRules) {
        log.info("mlgate: " + report.task() + " model " + report.model().type() + " on " + report.data().rows()
                + " rows of " + report.data().path()
                + (report.positiveLabel() == null ? "" : " (positive label '" + report.positiveLabel() + "')"));
        List<String> headline = "regression".equals(report.task()) ? REGRESSION_HEADLINE : CLASSIFICATION_HEADLINE;
        for (String name : headline) {
            if (report.metrics().containsKey(name)) {
                log.info(String.format(Locale.ROOT, "  %-18s %s", name, value(report, name)));
            }
        }
        if (noRules) {
            log.warn("No <rules> are configured: the gate checks nothing. Add a rule such as "
                    + "<rule><element>MODEL</element><limits><limit><metric>accuracy</metric>"
                    + "<minimum>0.90</minimum></limit></limits></rule>.");
        }
        for (RuleResult rule : report.rules()) {
            if (rule.failed()) {
                log.warn(rule.message());
            }
        }
        for (CheckResult check : report.checks()) {
            if ("fail".equals(check.status()) || "warn".equals(check.status())) {
                log.warn("Check " + check.id() + " " + check.status() + "s: " + check.message());
            }
        }
        log.info("mlgate report: " + index);
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
