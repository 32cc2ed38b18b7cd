package org.mlgate.plugin;

import java.nio.file.Path;
import org.mlgate.analysis.report.Report;

/** The one sentence that sums up a failed gate and names the report to read. */
final class VerdictMessage {
    private VerdictMessage() {
    }

    static String of(Report report, Path index) {
        long rules = report.rules().stream().filter(r -> r.failed()).count();
        long checks = report.checks().stream().filter(c -> "fail".equals(c.status())).count();
        StringBuilder what = new StringBuilder();
        if (rules > 0) {
            what.append(rules).append(rules == 1 ? " rule was" : " rules were").append(" violated");
        }
        if (checks > 0) {
            what.append(what.length() > 0 ? " and " : "").append(checks)
                    .append(checks == 1 ? " data check failed" : " data checks failed");
        }
        return "Model quality gate failed: " + what + "; see " + index;
    }
}
