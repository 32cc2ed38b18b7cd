package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            assertTrue(styles.group(1).matches("background-color: rgba\\(36, 87, 197, [0-9.]+\\)|left: [0-9.]+%"),
                    styles.group());
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
    void hostileFeatureNamesAndValuesStayEscapedInTheErrorAnalysisAndCheckDetails() throws Exception {
        String html = writer.render(ReportFixtures.hostile());

        assertTrue(section(html, "errors").contains("<span class=\"chip-name\">&lt;script&gt;alert(1)&lt;/script&gt;"
                + "</span>=&lt;img src=x onerror=alert(7)&gt;"), section(html, "errors"));
        assertTrue(section(html, "checks").contains("<span class=\"chip-name\">&lt;b&gt;k&lt;/b&gt;</span>"),
                section(html, "checks"));
        assertTrue(section(html, "slices").contains("&lt;b&gt;slice&lt;/b&gt; = &lt;script&gt;"),
                section(html, "slices"));
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

        assertTrue(text(headline).contains("95% interval 0.897 to 0.926"), headline);
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
    void theBannerNamesTheChecksThatFailAndThoseThatWarn() throws Exception {
        String html = writer.render(ReportFixtures.binary());
        String banner = html.substring(html.indexOf("<span class=\"verdict-detail\">"));
        banner = banner.substring(0, banner.indexOf("</span>\n"));
        assertTrue(text(banner).replace(" ;", ";").contains("1 of 3 rules violated; 1 check failed:"
                + " data.duplicate-rows; 1 check warns: imbalance.class-ratio"), text(banner));
    }

    @Test
    void confusionMatrixEmphasisesTheDiagonalAndShadesByRowShare() throws Exception {
        String matrix = section(writer.render(ReportFixtures.binary()), "confusion");

        // Row legit: 1700 of 1776 (95.7 %), shaded at 0.9 of the share.
        assertTrue(matrix.contains("class=\"cell diag dark\" style=\"background-color: rgba(36, 87, 197, 0.861)\""
                + " title=\"actual legit, predicted legit: 1700 rows (95.7% of the row)\">1,700"), matrix);
        assertTrue(matrix.contains("class=\"cell\" style=\"background-color: rgba(36, 87, 197, 0.039)\""), matrix);
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

    /**
     * The visible text of some HTML, each tag read as a space (the template strips the white space between tags),
     * white space collapsed; entities stay as they are.
     */
    private static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }

    static Stream<Arguments> samples() {
        return ReportFixtures.samples().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleProjectReportsRenderEverySection(String name, Report report) throws Exception {
        String html = writer.render(report);

        assertTrue(html.trim().endsWith("</html>"));
        for (String id : new String[] {"headline", "where", "rules", "checks", "errors", "all-metrics"}) {
            assertTrue(section(html, id) != null, id);
        }
        assertFalse(section(html, "errors").contains("{&quot;"), "no JSON objects in the error analysis");
        assertFalse(section(html, "checks").contains("{&quot;"), "no JSON objects in the check details");
    }

    @Test
    void whereItFailsComesRightAfterTheHeadlineMetrics() throws Exception {
        String html = writer.render(ReportFixtures.binary());

        int headline = html.indexOf("<section id=\"headline\"");
        int where = html.indexOf("<section id=\"where\"");
        int rules = html.indexOf("<section id=\"rules\"");
        assertTrue(headline < where && where < rules, "headline, where it fails, rules");
    }

    @Test
    void whereItFailsNamesTheTopThreeWeakSlicesWithRateLiftAndQValue() throws Exception {
        String where = text(section(writer.render(ReportFixtures.binary()), "where"));

        assertTrue(where.contains("significantly worse on 4 slices of the data (58 tested"), where);
        assertTrue(where.contains("country = BR and channel = mobile 143 rows error rate 30.8% vs 8.8% overall"),
                where);
        assertTrue(where.contains("3.5\u00d7 q &lt; 0.001"), where);
        assertTrue(where.contains("age &lt;= 22"), where);
        assertTrue(where.contains("hour in (0, 5]"), where);
        assertFalse(where.contains("channel = app"), "only the top three");
        assertTrue(where.contains("1 more in the error analysis below"), where);
    }

    @Test
    void whereItFailsOfTheChurnSampleShowsItsPlantedWeakSpot() throws Exception {
        String where = text(section(writer.render(ReportFixtures.samples().get("churn-predictions")), "where"));

        assertTrue(where.contains("region = south and plan = family 177 rows error rate 18.1% vs 4.8% overall"),
                where);
        assertTrue(where.contains("3.7\u00d7"), where);
        assertTrue(where.contains("126 churn predicted as stay (86.9% of errors)"), where);
    }

    @Test
    void whereItFailsSaysSoWhenNoSliceIsSignificantlyWorse() throws Exception {
        String where = text(section(writer.render(ReportFixtures.fourClass()), "where"));

        assertTrue(where.contains("No slice is significantly worse than overall: 41 candidate slices were tested"),
                where);
    }

    @Test
    void whereItFailsSaysSoWhenNoSliceCouldBeTested() throws Exception {
        String where = text(section(writer.render(ReportFixtures.samples().get("iris-species")), "where"));

        assertTrue(where.contains("No slices were tested for weakness"), where);
    }

    @Test
    void whereItFailsDoesNotClaimNothingWasTestedWhenTheReportDoesNotSay() throws Exception {
        String where = text(section(writer.render(ReportFixtures.hostile()), "where"));

        assertTrue(where.contains("does not say which slices were tested"), where);
    }

    @Test
    void whereItFailsListsTheMostFrequentConfusionPairs() throws Exception {
        String where = text(section(writer.render(ReportFixtures.fourClass()), "where"));

        assertTrue(where.contains("45 neutral predicted as negative (17% of errors)"), where);
        assertTrue(where.contains("38 negative predicted as neutral (14.4% of errors)"), where);
    }

    @Test
    void whereItFailsOfARegressionComparesMaeAndGivesTheResidualSpread() throws Exception {
        String where = text(section(writer.render(ReportFixtures.regression()), "where"));

        assertTrue(where.contains("district = harbour 87 rows MAE 214.2 vs 78.25 overall"), where);
        assertTrue(where.contains("Half of the residuals (actual &minus; predicted) lie between -38.4 and 45.3")
                || where.contains("Half of the residuals (actual \u2212 predicted) lie between -38.4 and 45.3"), where);
    }

    @Test
    void confusionPairsShowShareAsPercentAndExamplesAsAList() throws Exception {
        String errors = text(section(writer.render(ReportFixtures.binary()), "errors"));

        assertTrue(errors.contains("fraud legit 100 56.8% 0.7312 17, 40, 85, 311, 530"), errors);
    }

    @Test
    void confidentMistakesShowFeatureValuesAsChips() throws Exception {
        String errors = section(writer.render(ReportFixtures.binary()), "errors");

        assertTrue(errors.contains("<span class=\"chip\"><span class=\"chip-name\">amount</span>=9800.0</span>"),
                errors);
        assertTrue(text(errors).contains("line 77 legit fraud 0.987"), text(errors));
    }

    @Test
    void theIdColumnIsNotRepeatedAmongTheFeatureChips() throws Exception {
        String errors = section(writer.render(ReportFixtures.samples().get("churn-predictions")), "errors");

        assertTrue(errors.contains("<code>C00034</code>"), errors);
        assertFalse(errors.contains("chip-name\">customer_id"), errors);
    }

    @Test
    void weakSlicesTableShowsLiftExcessAndAdjustedPValuesWithoutConditions() throws Exception {
        String errors = section(writer.render(ReportFixtures.binary()), "errors");

        assertTrue(text(errors).contains("age &lt;= 22 211 16.6% 8.8% 1.9\u00d7 16.4 &lt; 0.001 0.0031"), text(errors));
        assertFalse(errors.contains("conditions"), errors);
        assertFalse(errors.contains("kind"), errors);
    }

    @Test
    void regressionErrorAnalysisDrawsTheResidualBoxAndLargestResiduals() throws Exception {
        String errors = section(writer.render(ReportFixtures.regression()), "errors");

        assertTrue(errors.contains("<svg class=\"box\""), errors);
        assertTrue(text(errors).contains("-1308 -118.2 -38.4 4.1 45.3 131.7 1830"), text(errors));
        assertTrue(text(errors).contains("H-0311 line 311 2450 620 1830"), text(errors));
        assertFalse(errors.contains("Confident mistakes"));
    }

    @Test
    void errorAnalysisNotesAreABulletList() throws Exception {
        String errors = section(writer.render(ReportFixtures.binary()), "errors");

        assertTrue(errors.contains("<li>58 candidate slices were tested"), errors);
    }

    @Test
    void errorsOfAnOlderShapeFallBackToGenericTables() throws Exception {
        String errors = section(writer.render(ReportFixtures.hostile()), "errors");

        assertTrue(errors.contains("<h3>Weak slices</h3>"), errors);
        assertTrue(errors.contains("<th>column</th>"), "the generic table of the old weakSlices shape");
    }

    @Test
    void errorAnalysisWithMissingKeysStillRenders() throws Exception {
        Report r = ReportFixtures.binary();
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("weakSlices", List.of(Map.of("description", "region = north", "errorRate", 0.2)));
        errors.put("confusionPairs", List.of(Map.of("actual", "a", "predicted", "b")));
        errors.put("residualQuantiles", Map.of("min", 1));
        Report sparse = new Report(r.schemaVersion(), r.task(), r.model(), r.data(), r.positiveLabel(), r.metrics(),
                r.classes(), r.confusionMatrix(), r.intervals(), r.curves(), errors, r.checks(), r.rules(), r.notes(),
                r.verdict(), r.slices());

        String html = writer.render(sparse);

        assertTrue(text(section(html, "where")).contains("region = north error rate 20% vs &mdash; overall")
                || text(section(html, "where")).contains("region = north error rate 20% vs \u2014 overall"),
                text(section(html, "where")));
        assertTrue(text(section(html, "errors")).contains("a b"), "a pair without counts");
    }

    @Test
    void slicesAreGroupedByColumnThenDiscoveredWithWorseSlicesMarked() throws Exception {
        String slices = section(writer.render(ReportFixtures.binary()), "slices");
        slices = slices.substring(slices.indexOf("<table")); // the table, after the forest plot

        int channel = slices.indexOf(">channel</th></tr>");
        int country = slices.indexOf(">country</th></tr>");
        int discovered = slices.indexOf("Discovered weak slices");
        assertTrue(0 < channel && channel < country && country < discovered, slices);
        String brazil = slices.substring(slices.indexOf(">country = BR <"));
        brazil = brazil.substring(0, brazil.indexOf("</tr>"));
        assertTrue(brazil.contains("tag-worse\">worse"), "BR's interval 0.7399-0.8671 lies below 0.912");
        String netherlands = slices.substring(slices.indexOf(">country = NL<"));
        assertFalse(netherlands.substring(0, netherlands.indexOf("</tr>")).contains("worse"));
    }

    @Test
    void slicesStartWithAllRowsAndShowIntervals() throws Exception {
        String slices = text(section(writer.render(ReportFixtures.binary()), "slices"));

        assertTrue(slices.contains("All rows 2,000 0.912 0.897&ndash;0.926"), slices);
        assertTrue(slices.contains("channel = web 1,012 0.9397 0.9242&ndash;0.9531"), slices);
    }

    @Test
    void checkDetailsAreKeyValuePairsInADisclosure() throws Exception {
        String checks = section(writer.render(ReportFixtures.samples().get("iris-species")), "checks");

        assertTrue(checks.contains("<details"), checks);
        assertTrue(text(checks).contains("model labels virginica, setosa, versicolor"), text(checks));
        assertTrue(text(checks).contains("training min training max"), "per-feature details as a table");
        assertTrue(checks.contains("<span class=\"chip-name\">setosa</span>=15"), "counts as chips");
    }

    @Test
    void warningAndFailedChecksOpenTheirDetails() throws Exception {
        String checks = section(writer.render(ReportFixtures.samples().get("iris-species")), "checks");

        String overlap = checks.substring(checks.indexOf("leakage.train-validation-overlap"));
        assertTrue(overlap.substring(0, overlap.indexOf("</tr>")).contains("<details open>"), overlap);
        String proxy = checks.substring(checks.indexOf("leakage.target-proxy"));
        assertTrue(proxy.substring(0, proxy.indexOf("</tr>")).contains("<details>"), proxy);
    }

    @Test
    void accuracyCardShowsTheMajorityBaseline() throws Exception {
        String headline = section(writer.render(ReportFixtures.fourClass()), "headline");

        String card = headline.substring(headline.indexOf(">Accuracy<"));
        card = card.substring(0, card.indexOf("Balanced accuracy"));
        assertTrue(text(card).contains("majority baseline 0.3529 (always \u2018positive\u2019)")
                || text(card).contains("majority baseline 0.3529 (always &lsquo;positive&rsquo;)"), text(card));
    }

    @Test
    void theMajorityBaselineOnTheCardIsNotTakenForAChampionComparison() throws Exception {
        // The fixture has a majority-baseline check but no baseline section: no "Against the baseline" section.
        assertFalse(writer.render(ReportFixtures.fourClass()).contains("id=\"baseline\""));
    }

    @Test
    void withoutABaselineCheckTheAccuracyCardHasNoBaseline() throws Exception {
        assertFalse(section(writer.render(ReportFixtures.binary()), "headline").contains("majority baseline"));
    }

    @Test
    void reportWithoutErrorsOrRulesStillRenders() throws Exception {
        Report r = ReportFixtures.fourClass();
        Report bare = new Report(r.schemaVersion(), r.task(), r.model(), r.data(), null, r.metrics(), r.classes(),
                r.confusionMatrix(), null, null, null, null, null, null, "pass", r.slices());

        String html = writer.render(bare);

        assertEquals(null, section(html, "errors"));
        assertEquals(null, section(html, "where"));
        assertEquals(null, section(html, "slices"));
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
