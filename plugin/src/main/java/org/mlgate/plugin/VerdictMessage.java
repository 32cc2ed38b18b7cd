package org.mlgate.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.report.CheckResult;
import org.mlgate.analysis.report.EvaluationsIndex;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * What the build log says once the gate has judged: on failure the message of the build's exception, which Maven
 * prints even with {@code -q}, so it names every violated rule and failed check itself; on success one line that
 * says the rules were checked, as JaCoCo's "All coverage checks have been met."
 */
final class VerdictMessage {
    private VerdictMessage() {
    }

    static String of(Report report, Path index) {
        List<RuleResult> rules = report.rules().stream().filter(RuleResult::failed).toList();
        List<CheckResult> checks = report.checks().stream().filter(c -> "fail".equals(c.status())).toList();
        StringBuilder what = new StringBuilder();
        if (!rules.isEmpty()) {
            what.append(rules.size()).append(rules.size() == 1 ? " rule was" : " rules were").append(" violated");
        }
        if (!checks.isEmpty()) {
            what.append(what.length() > 0 ? " and " : "").append(checks.size())
                    .append(checks.size() == 1 ? " data check failed" : " data checks failed");
        }
        StringBuilder message = new StringBuilder("Model quality gate failed: ").append(what).append(':');
        for (RuleResult rule : rules) {
            message.append("\n  - ").append(ConsoleText.escape(rule.message()));
        }
        for (CheckResult check : checks) {
            message.append("\n  - Check ").append(ConsoleText.escape(check.id())).append(" fails: ")
                    .append(ConsoleText.escape(check.message()));
        }
        return message.append("\nSee ").append(ConsoleText.escape(index)).toString();
    }

    /**
     * The build's failure message for several evaluations: how many failed, then each failed evaluation by id with
     * every violated rule and failed check, then the index page.
     */
    static String ofSeveral(List<EvaluationsIndex.Entry> failed, int total, Path index) {
        StringBuilder message = new StringBuilder("Model quality gate failed for ").append(failed.size())
                .append(" of ").append(total).append(total == 1 ? " evaluation:" : " evaluations:");
        for (EvaluationsIndex.Entry entry : failed) {
            message.append("\n  ").append(ConsoleText.escape(entry.id())).append(':');
            for (String failure : EvaluationsIndex.failures(entry.report())) {
                message.append("\n    - ").append(ConsoleText.escape(failure));
            }
        }
        return message.append("\nSee ").append(ConsoleText.escape(index)).toString();
    }

    /** {@code All 5 rules met.}, and the checks that warn, by id, so that a green build still names them. */
    static String passed(Report report) {
        int count = report.rules().size();
        long warned = report.rules().stream().filter(RuleResult::warned).count();
        StringBuilder line = new StringBuilder(warned > 0 ? (count - warned) + " of " + count + " rules met, "
                + warned + " inconclusive (onInconclusive=warn)"
                : count == 1 ? "The 1 rule is met" : "All " + count + " rules met");
        List<String> warnings = new ArrayList<>();
        report.checks().stream().filter(c -> "warn".equals(c.status()))
                .forEach(c -> warnings.add(ConsoleText.escape(c.id())));
        if (warnings.isEmpty()) {
            line.append("; no data check warns.");
        } else {
            line.append("; ").append(warnings.size()).append(warnings.size() == 1 ? " data check warns: "
                    : " data checks warn: ").append(String.join(", ", warnings)).append('.');
        }
        return line.toString();
    }
}
