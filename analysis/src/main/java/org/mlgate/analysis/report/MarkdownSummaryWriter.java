package org.mlgate.analysis.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlgate.analysis.metrics.Interval;

/**
 * Writes summary.md, short enough for a pull-request comment or a CI job summary: the verdict, the headline
 * metrics with their intervals, what failed or warned, a few notes, and where the full report is.
 *
 * <p>The README suggests posting it as a pull-request comment, so nothing from the data may become markup there: a
 * value that stands alone (a path, a model type, a label, a check id) is a code span ({@link #code}), where GitHub
 * makes no mention, link or HTML; a sentence that carries data (a rule's or a check's message, a note) is escaped
 * ({@link #escape}): Markdown punctuation, HTML, and the starts of a mention ({@code @someone}), an issue reference
 * ({@code #12}) or an autolink ({@code https://}, {@code www.}) are broken with an invisible zero-width space, as
 * Dependabot does. Line breaks and control characters never pass, so a value stays on its line.
 */
public final class MarkdownSummaryWriter implements ReportFileWriter {

    public static final String FILE_NAME = "summary.md";

    /** A summary is read in a pull request: the rest is in index.html. */
    static final int MAX_NOTES = 5;
    static final int MAX_NOTE_LENGTH = 200;

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(Report report, Path file) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    /** The summary as Markdown text. */
    public String render(Report report) {
        StringBuilder md = new StringBuilder();
        List<RuleResult> rules = report.rules() == null ? List.of() : report.rules();
        List<CheckResult> checks = report.checks() == null ? List.of() : report.checks();
        List<RuleResult> violated = rules.stream().filter(RuleResult::failed).toList();
        List<CheckResult> flagged = checks.stream()
                .filter(check -> "fail".equals(check.status()) || "warn".equals(check.status())).toList();

        String verdict = report.passed() ? "PASS" : "FAIL";
        md.append("## mlgate: ").append(verdict);
        ProjectInfo project = report.project();
        if (project != null && project.artifactId() != null) {
            md.append(" \u2014 ").append(escape(project.displayName()));
            if (!project.artifactId().equals(project.displayName())) {
                md.append(" (").append(code(project.artifactId())).append(')');
            }
        }
        if (project != null && project.evaluation() != null) {
            md.append(" \u2014 evaluation ").append(code(project.evaluation()));
        }
        md.append("\n\n");
        md.append("**").append(verdict).append("**: ").append(violated.size()).append(" of ").append(rules.size())
                .append(rules.size() == 1 ? " rule" : " rules").append(" violated; checks: ")
                .append(count(checks, "fail")).append(" failing, ").append(count(checks, "warn"))
                .append(" warning.\n\n");
        appendSubject(md, report);
        if (report.whyFailed() != null) {
            md.append("### Why the gate failed\n\n").append(escape(report.whyFailed().summary())).append("\n\n");
        }
        appendHeadline(md, HeadlineMetric.of(report));

        if (!violated.isEmpty()) {
            md.append("### Violated rules\n\n");
            violated.forEach(rule -> md.append("- ").append(escape(rule.message() != null ? rule.message()
                    : JunitXmlWriter.ruleName(rule))).append('\n'));
            md.append('\n');
        }
        List<RuleResult> inconclusive = rules.stream().filter(RuleResult::inconclusive).toList();
        if (!inconclusive.isEmpty()) {
            md.append("### Inconclusive limits\n\n");
            inconclusive.forEach(rule -> md.append("- **").append(rule.status().toUpperCase(Locale.ROOT))
                    .append("** ").append(escape(rule.message())).append('\n'));
            md.append('\n');
        }
        if (!flagged.isEmpty()) {
            md.append("### Checks\n\n");
            flagged.forEach(check -> md.append("- **").append(check.status().toUpperCase(Locale.ROOT)).append("** ")
                    .append(code(check.id())).append(": ").append(escape(check.message())).append('\n'));
            md.append('\n');
        }
        DiagnosticsSummary.append(md, report);
        appendNotes(md, report.notes() == null ? List.of() : report.notes());
        md.append("Full report: [").append(HtmlReportWriter.FILE_NAME).append("](").append(HtmlReportWriter.FILE_NAME)
                .append(")\n");
        return md.toString();
    }

    private static void appendSubject(StringBuilder md, Report report) {
        if (report.model() != null) {
            md.append("Model: ").append(code(report.model().type()));
            if (report.model().path() != null) {
                md.append(" (").append(code(report.model().path())).append(')');
            }
            md.append("  \n");
        }
        if (report.data() != null) {
            md.append("Data: ").append(code(report.data().path())).append(", ").append(report.data().rows())
                    .append(" rows");
            if (report.data().skippedRows() > 0) {
                md.append(" (").append(report.data().skippedRows()).append(" skipped)");
            }
            md.append("  \n");
        }
        if (report.positiveLabel() != null) {
            md.append("Positive label: ").append(code(report.positiveLabel())).append("  \n");
        }
        md.append('\n');
    }

    private static void appendHeadline(StringBuilder md, List<HeadlineMetric> headline) {
        if (headline.isEmpty()) {
            return;
        }
        // The interval level is the same for every metric of one run; name it once, in the header.
        String level = headline.stream().filter(metric -> metric.interval() != null).findFirst()
                .map(metric -> " (" + NumberText.of(metric.interval().level() * 100) + "% interval)").orElse("");
        md.append("| Metric | Value").append(level).append(" |\n|---|---:|\n");
        for (HeadlineMetric metric : headline) {
            md.append("| ").append(escape(metric.label())).append(" | ").append(valueText(metric)).append(" |\n");
        }
        md.append('\n');
    }

    /** {@code 0.912 (0.897 to 0.926)}, or {@code undefined}. */
    private static String valueText(HeadlineMetric metric) {
        if (metric.value() == null) {
            return "undefined";
        }
        String text = NumberText.of(metric.value());
        Interval interval = metric.interval();
        if (interval != null) {
            text += " (" + NumberText.of(interval.lower()) + " to " + NumberText.of(interval.upper()) + ")";
        }
        return text;
    }

    private static void appendNotes(StringBuilder md, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        md.append("### Notes\n\n");
        for (String note : notes.subList(0, Math.min(MAX_NOTES, notes.size()))) {
            String shortNote = note.length() > MAX_NOTE_LENGTH ? note.substring(0, MAX_NOTE_LENGTH - 3) + "..." : note;
            md.append("- ").append(escape(shortNote)).append('\n');
        }
        if (notes.size() > MAX_NOTES) {
            md.append("- and ").append(notes.size() - MAX_NOTES).append(" more in the full report\n");
        }
        md.append('\n');
    }

    private static long count(List<CheckResult> checks, String status) {
        return checks.stream().filter(check -> status.equals(check.status())).count();
    }

    /** The zero-width space that breaks a mention, a reference or an autolink without a visible change. */
    private static final String BREAK = "&#8203;";

    /**
     * Makes data text inert in GitHub-flavoured Markdown: table pipes, code spans, HTML, emphasis and links are
     * escaped, mentions, issue references and autolinks are broken, and line breaks and control characters become
     * spaces so that one item stays on one line.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '@', '#' -> escaped.append(c).append(BREAK);
                case ':' -> escaped.append(text.startsWith("//", i + 1) ? ":" + BREAK : ":");
                case '\\', '`', '|', '*', '_', '[', ']', '~', '!' -> escaped.append('\\').append(c);
                default -> {
                    if (unsafe(c)) {
                        escaped.append(' ');
                    } else if ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4)) {
                        escaped.append(text, i, i + 3).append(BREAK);
                        i += 2;
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /**
     * A value as a code span: GitHub makes no mention, link, emphasis or HTML inside one. The fence is one backtick
     * longer than any run of backticks in the value; pipes are escaped (GitHub splits table cells at them even inside
     * code); line breaks and control characters become spaces.
     */
    static String code(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        int longestRun = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
            clean.append(unsafe(c) ? ' ' : c == '|' ? "\\|" : String.valueOf(c));
        }
        String fence = "`".repeat(longestRun + 1);
        String body = clean.toString();
        boolean pad = body.startsWith("`") || body.endsWith("`") || body.isBlank();
        return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
    }

    /** Line breaks, control characters and direction overrides, which must not reach a comment. */
    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
