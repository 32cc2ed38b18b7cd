package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.diagnostics.Fit;
import org.mlgate.analysis.diagnostics.Folds;
import org.mlgate.analysis.diagnostics.Importance;

/**
 * The diagnostics as summary.md lines, what a pull request needs of them: the fit's diagnosis, the folds' spread of
 * the gated (or headline) metrics, the most important columns and the largest rank changes against the baseline.
 * Every value from the data goes through {@link MarkdownSummaryWriter#code} or {@link MarkdownSummaryWriter#escape}.
 */
final class DiagnosticsSummary {
    static final int TOP_FEATURES = 5;
    static final int TOP_CHANGES = 3;
    static final int FOLD_METRICS = 3;

    private DiagnosticsSummary() {
    }

    static void append(StringBuilder md, Report report) {
        List<String> lines = new ArrayList<>();
        Fit fit = report.fit();
        if (fit != null) {
            lines.add("**Fit** (" + MarkdownSummaryWriter.escape(fit.diagnosis()) + "): "
                    + MarkdownSummaryWriter.escape(fit.message()));
        }
        Folds folds = report.folds();
        if (folds != null && folds.metrics() != null) {
            List<String> parts = new ArrayList<>();
            for (HeadlineMetric metric : HeadlineMetric.of(report)) {
                Folds.AcrossFolds across = folds.metrics().get(metric.name());
                if (across == null || parts.size() == FOLD_METRICS) {
                    continue;
                }
                parts.add(MarkdownSummaryWriter.escape(metric.label()) + " mean " + NumberText.of(across.mean())
                        + (across.standardDeviation() == null ? "" : " (sd " + NumberText.of(
                        across.standardDeviation()) + ")") + ", worst " + NumberText.of(across.worst()) + " in fold "
                        + MarkdownSummaryWriter.code(across.worstFold()));
            }
            if (!parts.isEmpty()) {
                lines.add("**Folds** (" + folds.folds().size() + " in " + MarkdownSummaryWriter.code(folds.column())
                        + "): " + String.join("; ", parts));
            }
        }
        Importance importance = report.importance();
        if (importance != null && importance.features() != null && !importance.features().isEmpty()) {
            String metric = importance.rankedBy();
            List<String> top = new ArrayList<>();
            for (Importance.Feature feature : importance.features()) {
                Importance.Score score = feature.score(metric);
                if (score == null || top.size() == TOP_FEATURES) {
                    continue;
                }
                top.add(MarkdownSummaryWriter.code(feature.column()) + " " + NumberText.of(score.value())
                        + (score.lower() == null ? "" : " (" + NumberText.of(score.lower()) + " to "
                        + NumberText.of(score.upper()) + ")"));
            }
            String what = Importance.PERMUTATION.equals(importance.method())
                    ? "**Importance** (" + MarkdownSummaryWriter.escape(metric) + " lost when shuffled)"
                    : "**Errors by column** (share of the error's variance explained)";
            lines.add(what + ": " + String.join(", ", top));
            if (importance.baseline() != null && importance.baseline().changes() != null) {
                List<String> moved = new ArrayList<>();
                for (Importance.RankChange change : importance.baseline().changes()) {
                    if (change.change() == null || change.change() == 0 || moved.size() == TOP_CHANGES) {
                        continue;
                    }
                    moved.add(MarkdownSummaryWriter.code(change.column()) + " " + change.baselineRank() + " \u2192 "
                            + change.rank());
                }
                if (!moved.isEmpty()) {
                    lines.add("**Rank changes** against the baseline: " + String.join(", ", moved));
                }
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        md.append("### Diagnostics\n\n");
        lines.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append('\n');
    }
}
