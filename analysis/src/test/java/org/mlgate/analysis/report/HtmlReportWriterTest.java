package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReportWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    private final HtmlReportWriter writer = new HtmlReportWriter(CLOCK);

    static Stream<Arguments> fixtures() {
        return ReportFixtures.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        if (start < 0) {
            return null;
        }
        return html.substring(start, html.indexOf("</section>", start));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rendersACompleteStandAlonePage(String name, Report report) throws Exception {
        String html = writer.render(report);

        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 50));
        assertTrue(html.trim().endsWith("</html>"));
        assertTrue(html.contains("<style>") && html.contains("--accent"), "stylesheet inlined");
        assertFalse(html.contains("<link"), "nothing to fetch");
        assertFalse(Pattern.compile("<[a-zA-Z][^<>]*\\s(src|href)=").matcher(html).find(), "nothing to fetch");
        assertFalse(html.contains("<script"), "no script element at all");
        assertTrue(html.contains(report.passed() ? "PASS" : "FAIL"));
        assertTrue(html.contains("2026-03-04 05:06 UTC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void inlineStylesAreComputedFromNumbersOnly(String name, Report report) throws Exception {
        Matcher styles = Pattern.compile("style=\"([^\"]*)\"").matcher(writer.render(report));

        while (styles.find()) {
            assertTrue(styles.group(1).matches("background-color: rgba\\(36, 87, 197, [0-9.]+\\)"), styles.group());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyMetricIsListedWithItsValueOrUndefined(String name, Report report) throws Exception {
        String all = section(writer.render(report), "all-metrics");

        report.metrics().forEach((metric, value) -> {
            String row = all.substring(all.indexOf("<code>" + metric + "</code>"));
            row = row.substring(0, row.indexOf("</tr>"));
            assertTrue(row.contains(value == null ? "undefined" : NumberText.of(value)), row);
        });
    }

    @Test
    void hostileStringsAreEscapedEverywhere() throws Exception {
        String html = writer.render(ReportFixtures.hostile());

        assertFalse(html.contains("<script"), "a raw <script> from the data");
        assertFalse(html.contains("<img"), "a raw <img> from the data");
        assertFalse(html.contains("<b>"), "a raw <b> from the data");
        assertFalse(html.contains("<Evil>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&quot;&amp;&#39;"), "quotes and ampersand of a label");
    }

    @Test
    void undefinedHeadlineMetricShowsUndefinedAndTheReason() throws Exception {
        String headline = section(writer.render(ReportFixtures.hostile()), "headline");

        String card = headline.substring(headline.indexOf("ROC AUC"));
        card = card.substring(0, card.indexOf("Average precision"));
        assertTrue(card.contains("undefined"), card);
        assertTrue(card.contains("aucRoc is undefined: only one class"), card);
    }

    @Test
    void headlineCardShowsTheIntervalAndTheRuleOnIt() throws Exception {
        String headline = section(writer.render(ReportFixtures.binary()), "headline");

        assertTrue(headline.contains("95% interval 0.897 to 0.926"), headline);
        assertTrue(headline.contains("&ge;&nbsp;0.9") || headline.contains("\u2265\u00a00.9"), headline);
    }

    @Test
    void failedRulesComeFirst() throws Exception {
        String rules = section(writer.render(ReportFixtures.binary()), "rules");

        int failed = rules.indexOf("Rule violated for CLASS");
        int passed = rules.indexOf("accuracy is 0.912");
        assertTrue(failed > 0 && passed > failed, rules);
    }

    @Test
    void confusionMatrixEmphasisesTheDiagonalAndShadesByRowShare() throws Exception {
        String matrix = section(writer.render(ReportFixtures.binary()), "confusion");

        // Row legit: 1700 of 1776 (95.7 %), shaded at 0.9 of the share.
        assertTrue(matrix.contains("class=\"cell diag dark\" style=\"background-color: rgba(36, 87, 197, 0.861)\">1,700"),
                matrix);
        assertTrue(matrix.contains("class=\"cell\" style=\"background-color: rgba(36, 87, 197, 0.039)\">76"), matrix);
    }

    @Test
    void binaryReportDrawsRocPrecisionRecallAndCalibration() throws Exception {
        String curves = section(writer.render(ReportFixtures.binary()), "curves");

        assertEquals(3, curves.split("<svg", -1).length - 1);
        assertTrue(curves.contains("ROC curve"));
        assertTrue(curves.contains("Precision&ndash;recall") || curves.contains("Precision\u2013recall"));
        assertTrue(curves.contains("Calibration"));
        assertTrue(curves.contains("class=\"reference\""), "chance and perfect lines");
    }

    @Test
    void rocCurveIsDrawnFromItsPoints() throws Exception {
        String curves = section(writer.render(ReportFixtures.binary()), "curves");

        // The first ROC point (0, 0) maps to the plot's bottom-left corner, the last (1, 1) to its top-right.
        assertTrue(curves.contains("points=\"46,210 "), curves);
        assertTrue(curves.contains(" 246,10\""), curves);
    }

    @Test
    void regressionReportHasNoClassSections() throws Exception {
        String html = writer.render(ReportFixtures.regression());

        assertTrue(section(html, "headline").contains("RMSE"));
        assertEquals(null, section(html, "classes"));
        assertEquals(null, section(html, "confusion"));
        assertEquals(null, section(html, "curves"));
    }

    @Test
    void errorAnalysisIsRenderedAsTables() throws Exception {
        String errors = section(writer.render(ReportFixtures.binary()), "errors");

        assertTrue(errors.contains("Most confused pairs"));
        assertTrue(errors.contains("Confident mistakes"));
        assertTrue(errors.contains("Weak slices"));
        assertTrue(errors.contains("amount=9800.0, country=US"));
    }

    @Test
    void reportWithoutErrorsOrRulesStillRenders() throws Exception {
        Report r = ReportFixtures.fourClass();
        Report bare = new Report(r.schemaVersion(), r.task(), r.model(), r.data(), null, r.metrics(), r.classes(),
                r.confusionMatrix(), null, null, null, null, null, null, "pass", r.slices());

        String html = writer.render(bare);

        assertEquals(null, section(html, "errors"));
        assertTrue(section(html, "rules").contains("No rules are configured"));
    }

    @Test
    void templateErrorIsReportedAsABug() {
        HtmlReportWriter broken = new HtmlReportWriter(CLOCK, "broken-for-test.ftlh");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken.render(ReportFixtures.binary()));
        assertTrue(e.getMessage().startsWith("The HTML report template failed"), e.getMessage());
    }
}
