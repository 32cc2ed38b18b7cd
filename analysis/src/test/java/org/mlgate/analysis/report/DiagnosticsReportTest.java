package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnostics of issue 12 in the HTML page, summary.md and the JUnit XML. */
class DiagnosticsReportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    private final Report report = ReportFixtures.diagnosed();

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        return start < 0 ? null : html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void whyTheGateFailedIsTheFirstSection() throws Exception {
        String html = new HtmlReportWriter(CLOCK).render(report);
        int why = html.indexOf("<section id=\"why\"");
        assertTrue(why > 0 && why < html.indexOf("<section id=\"headline\""));
        assertTrue(section(html, "why").contains("its rows went to &#39;legit&#39; (100 rows, 45% of its rows)"),
                section(html, "why"));
    }

    @Test
    void aPassingReportHasNoWhySection() throws Exception {
        assertFalse(new HtmlReportWriter(CLOCK).render(ReportFixtures.fourClass()).contains("id=\"why\""));
    }

    @Test
    void anInconclusiveLimitIsTaggedWithWhatTheRowsCanDetect() throws Exception {
        String html = new HtmlReportWriter(CLOCK).render(report);
        String rules = section(html, "rules");
        assertTrue(rules.contains("inconclusive</span>"), rules);
        assertTrue(rules.contains("detects &plusmn;0.015"), rules);
        assertTrue(html.contains("1 of 3 rules violated; 1 inconclusive"));
    }

    @Test
    void theDiagnosticsSectionDrawsImportanceFitAndFolds() throws Exception {
        String diagnostics = section(new HtmlReportWriter(CLOCK).render(report), "diagnostics");
        assertTrue(diagnostics.contains("class=\"bars importance\""));
        assertEquals(5, count(diagnostics, "<rect class=\"bar"), "a bar per column");
        assertEquals(7, count(diagnostics, "class=\"whisker\" x1"), "whiskers: 5 columns and 2 fit rows");
        assertTrue(diagnostics.contains("bar bar-unused"), "the column the model ignores");
        assertTrue(diagnostics.contains("class=\"bars fit\""));
        assertTrue(diagnostics.contains("High variance: the error rate is 0.088"));
        assertTrue(diagnostics.contains("class=\"bars folds\""));
        assertEquals(15, count(diagnostics, "<circle class=\"fold"), "5 folds x 3 metrics");
        assertEquals(3, count(diagnostics, "fold fold-worst"), "the worst fold of each metric");
        assertTrue(diagnostics.contains("Ranks against the baseline"));
    }

    @Test
    void summaryMdSaysWhyWhatIsInconclusiveAndTheDiagnostics() {
        String md = new MarkdownSummaryWriter().render(report);
        assertTrue(md.indexOf("### Why the gate failed") < md.indexOf("| Metric |"), md);
        assertTrue(md.contains("### Inconclusive limits\n\n- **WARN** Rule inconclusive for MODEL: accuracy is 0.912"),
                md);
        assertTrue(md.contains("- **Fit** (high variance): High variance: the error rate is 0.088"), md);
        assertTrue(md.contains("- **Folds** (5 in `fold`): Accuracy mean 0.912 (sd 0.0156), worst 0.889 in fold `4`"),
                md);
        assertTrue(md.contains("- **Importance** (accuracy lost when shuffled): `amount` 0.0612 (0.0491 to 0.0733)"),
                md);
        assertTrue(md.contains("- **Rank changes** against the baseline: `country` 4 \u2192 2, `hour` 2 \u2192 3"), md);
    }

    @Test
    void hostileDiagnosticsStayInertInSummaryMd() {
        String md = new MarkdownSummaryWriter().render(ReportFixtures.hostileDiagnostics());
        assertTrue(md.contains("The gate failed on 1 rule. &lt;script&gt;"), md);
        // Markup from the data appears only inside code spans, where GitHub renders it as text.
        md.lines().forEach(line -> {
            for (int at = line.indexOf("<script>"); at >= 0; at = line.indexOf("<script>", at + 1)) {
                long ticks = line.substring(0, at).chars().filter(c -> c == '`').count();
                assertTrue(ticks % 2 == 1, line);
            }
        });
    }

    @Test
    void anInconclusiveLimitThatWarnsIsASkippedTestCase() {
        RuleResult warned = report.rules().get(0);
        JunitXmlWriter.TestCase test = JunitXmlWriter.testCases(report).stream()
                .filter(c -> c.name().equals(JunitXmlWriter.ruleName(warned))).findFirst().orElseThrow();
        assertEquals(null, test.failure());
        assertTrue(test.warning().startsWith("WARN: Rule inconclusive for MODEL"), test.warning());
        assertEquals("false", test.properties().get("conclusive"));
    }

    @Test
    void axisTicksAreRoundNumbers() {
        List<String> ticks = DiagnosticsCharts.ticks(Scale.of(-0.0043, 0.0756, 118, 312)).stream()
                .map(RegressionCharts.Tick::text).toList();
        assertEquals(List.of("0", "0.02", "0.04", "0.06"), ticks);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
