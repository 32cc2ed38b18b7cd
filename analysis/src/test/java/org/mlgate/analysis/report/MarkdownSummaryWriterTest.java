package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSummaryWriterTest {

    private final MarkdownSummaryWriter writer = new MarkdownSummaryWriter();

    @Test
    void startsWithTheVerdictAsAWord() {
        assertTrue(writer.render(ReportFixtures.binary()).startsWith("## mlgate: FAIL\n"));
        assertTrue(writer.render(ReportFixtures.regression()).startsWith("## mlgate: PASS\n"));
    }

    @Test
    void verdictLineCountsRulesAndChecks() {
        assertTrue(writer.render(ReportFixtures.binary())
                .contains("**FAIL**: 1 of 3 rules violated; checks: 1 failing, 1 warning.\n"));
    }

    @Test
    void headlineTableShowsValuesWithTheirIntervals() {
        String md = writer.render(ReportFixtures.binary());

        assertTrue(md.contains("| Metric | Value (95% interval) |"), md);
        assertTrue(md.contains("| Accuracy | 0.912 (0.897 to 0.926) |"), md);
        assertTrue(md.contains("| Balanced accuracy | 0.7554 |"), md);
    }

    @Test
    void undefinedMetricReadsUndefined() {
        assertTrue(writer.render(ReportFixtures.hostile()).contains("| ROC AUC | undefined |"));
    }

    @Test
    void listsViolatedRulesAndFailingAndWarningChecks() {
        String md = writer.render(ReportFixtures.binary());

        assertTrue(md.contains("- Rule violated for CLASS 'fraud': recall is 0.55, but expected minimum is 0.80"), md);
        assertTrue(md.contains("- **FAIL** `data.duplicate-rows`: 312 validation rows"), md);
        assertTrue(md.contains("- **WARN** `imbalance.class-ratio`:"), md);
        assertFalse(md.contains("leakage.same-data-as-training"), "passing checks are left to the full report");
    }

    @Test
    void namesTheHtmlReportByItsRelativeName() {
        assertTrue(writer.render(ReportFixtures.binary()).endsWith("Full report: [index.html](index.html)\n"));
    }

    @Test
    void isHeadedWithTheProject() {
        String md = writer.render(ReportFixtures.binary().withProject(new ProjectInfo("org.example", "churn-model",
                "1.0", "Churn model")));
        assertTrue(md.startsWith("## mlgate: FAIL \u2014 Churn model (`churn-model`)\n"), md);
    }

    @Test
    void noMentionReferenceAutolinkOrWorkflowCommandComesFromTheData() {
        String escaped = MarkdownSummaryWriter.escape("@someone see #12 at https://evil.example www.evil.example"
                + "\n::error file=pom.xml::forged");
        assertEquals("@&#8203;someone see #&#8203;12 at https:&#8203;//evil.example www&#8203;.evil.example"
                + " ::error file=pom.xml::forged", escaped);
    }

    @Test
    void standaloneValuesAreCodeSpansLongerThanAnyBacktickRun() {
        assertEquals("`@someone`", MarkdownSummaryWriter.code("@someone"));
        assertEquals("``a`b``", MarkdownSummaryWriter.code("a`b"));
        assertEquals("`` `x ``", MarkdownSummaryWriter.code("`x"));
        assertEquals("`a\\|b c`", MarkdownSummaryWriter.code("a|b\nc"));
    }

    @Test
    void escapesPipesBackticksAndMarkupFromTheData() {
        String md = writer.render(ReportFixtures.hostile());
        // Inside a code span GitHub shows markup as text; outside one, none may remain.
        String outsideCode = md.replaceAll("(`+)(?:(?!\\1).)*?\\1", "");

        assertFalse(outsideCode.contains("<"), md);
        assertTrue(md.contains("Data: `data/<script>alert(5)</script>.csv`"), md);
        assertTrue(md.contains("\\| a \\| table \\| \\`injection\\` &lt;img src=x onerror=alert(6)&gt;"), md);
    }

    @Test
    void escapeMakesEachSpecialCharacterInert() {
        assertEquals("a\\|b \\`c\\` &lt;d&gt; e &amp; \\*f\\* \\[g\\]", MarkdownSummaryWriter.escape("a|b `c` <d>\ne & *f* [g]"));
    }

    @Test
    void keepsNotesShort() {
        Report r = ReportFixtures.regression();
        List<String> notes = new ArrayList<>();
        notes.add("x".repeat(500));
        for (int i = 1; i <= 8; i++) {
            notes.add("note " + i);
        }
        String md = writer.render(new Report(r.schemaVersion(), r.task(), r.model(), r.data(), null, r.metrics(),
                r.classes(), null, r.intervals(), r.curves(), r.errors(), r.checks(), r.rules(), notes, "pass", r.slices()));

        assertTrue(md.contains("- " + "x".repeat(197) + "...\n"), md);
        assertTrue(md.contains("- note 4\n"));
        assertFalse(md.contains("- note 5\n"));
        assertTrue(md.contains("- and 4 more in the full report"));
    }
}
