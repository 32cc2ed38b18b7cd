package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.metrics.ConfusionMatrix;

/**
 * The charts of each kind of task, on real reports (a 57-feature spam filter, a 26-class letter recogniser, a
 * diamonds price regression; see {@link Gallery}): the SVG elements each section must hold.
 */
class ReportChartsTest {
    private static Map<String, Report> reports;
    private static final HtmlReportWriter WRITER =
            new HtmlReportWriter(Clock.fixed(Instant.parse("2026-03-04T05:06:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void evaluate() {
        reports = Gallery.reports(100);
    }

    private static String html(String name) throws Exception {
        return WRITER.render(reports.get(name));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void binaryReportDrawsItsCurvesPerClassBarsAndASliceForest() throws Exception {
        String html = html("spam");
        String curves = section(html, "curves");
        assertEquals(3, count(curves, "<svg class=\"chart\""), "ROC, precision-recall and calibration");
        String classes = section(html, "classes");
        assertEquals(3, count(classes, "<svg class=\"bars\""), "precision, recall and F1 bars");
        assertEquals(6, count(classes, "<line class=\"whisker\""), "an interval on each of 2 classes x 3 metrics");
        assertEquals(0, count(classes, "mini-chart"), "a binary task's curves are those of the positive class");
        String slices = section(html, "slices");
        assertTrue(count(slices, "<line class=\"forest-point") >= 4, slices);
        assertTrue(count(slices, "<line class=\"forest-overall\"") >= 4);
    }

    @Test
    void multiClassReportDrawsPerClassCurvesBarsAndAMatrixThatFits() throws Exception {
        String html = html("letter");
        String classes = section(html, "classes");
        assertEquals(3, count(classes, "<svg class=\"bars\""));
        assertEquals(3 * 26, count(classes, "<rect class=\"bar"));
        assertEquals(3 * 26, count(classes, "<line class=\"whisker\""));
        assertEquals(2 * ClassCharts.MAX_CURVES, count(classes, "<svg class=\"mini-chart\""),
                "ROC and PR for the 8 classes with the most errors");
        assertTrue(classes.contains("The 8 classes with the most errors"), "the selection is said");
        String matrix = section(html, "confusion");
        assertTrue(matrix.contains("<table class=\"matrix compact\">"), "26 classes: counts only");
        assertEquals(26 * 26, count(matrix, "<td class=\"cell"));
        assertTrue(matrix.contains("Largest mistakes"));
        assertEquals(ConfusionView.MAX_LARGEST, count(section(matrix + "</section>", "confusion"), "predicted as"));
        assertFalse(html.contains("<script"));
    }

    @Test
    void multiClassReportKeepsEveryClassesCurvesAndIntervals() {
        Report letter = reports.get("letter");
        assertEquals(26, letter.curves().perClass().size());
        assertTrue(letter.curves().perClass().values().stream()
                .allMatch(c -> c.roc().size() <= 60 && c.precisionRecall().size() <= 60));
        assertTrue(letter.classes().values().stream()
                .allMatch(c -> c.intervals().keySet().containsAll(List.of("precision", "recall", "f1"))));
    }

    @Test
    void regressionReportDrawsDensityPlotsOfASampleAndErrorByDecile() throws Exception {
        String predictions = section(html("diamonds"), "predictions");
        assertEquals(2, count(predictions, "<svg class=\"chart density\""));
        assertTrue(count(predictions, "<rect class=\"density-cell\"") > 50, "binned, not one dot per row");
        int cells = count(predictions, "<rect class=\"density-cell\"");
        assertTrue(cells <= 2 * RegressionCharts.GRID * RegressionCharts.GRID, cells + " cells");
        assertEquals(10, count(predictions, "<rect class=\"decile-bar\""));
        assertTrue(predictions.contains("a sample of 4,000 of 53,940 rows"), "the chart says it is a sample");
    }

    @Test
    void confidentMistakesShowAFewFeaturesAndTheRestBehindADisclosure() throws Exception {
        String errors = section(html("spam"), "errors");
        String mistakes = errors.substring(errors.indexOf("<table class=\"compact mistakes\">"));
        mistakes = mistakes.substring(0, mistakes.indexOf("</table>"));
        List<String> rows = new ArrayList<>(List.of(mistakes.split("<tr>")));
        rows.remove(0); // the header
        rows.remove(0);
        assertFalse(rows.isEmpty());
        for (String row : rows) {
            String shown = row.contains("<details") ? row.substring(0, row.indexOf("<details")) : row;
            int chips = count(shown, "class=\"chip\"");
            assertTrue(chips >= 1 && chips <= 8, chips + " chips shown: " + shown);
            assertTrue(row.contains("more features</summary>"), "57 features: the rest are behind a disclosure");
        }
    }

    @Test
    void aMatrixOfManyClassesShowsTheLargestAndAddsUpTheRestAsOther() {
        int k = 40;
        List<String> labels = new ArrayList<>();
        long[][] counts = new long[k][k];
        for (int c = 0; c < k; c++) {
            labels.add(String.format("c%02d", c));
            counts[c][c] = 100 + c;
            counts[c][(c + 1) % k] = 3;
        }
        ConfusionView view = ConfusionView.of(new ConfusionMatrix(labels, counts));
        assertEquals(ConfusionView.MAX_CLASSES + 1, view.labels().size());
        assertEquals("other", view.labels().get(view.labels().size() - 1));
        assertTrue(view.labels().contains("c39") && !view.labels().contains("c00"), "the largest classes are kept");
        long shown = view.rows().stream().mapToLong(ConfusionView.Row::total).sum();
        long all = 0;
        for (long[] row : counts) {
            for (long cell : row) {
                all += cell;
            }
        }
        assertEquals(all, shown, "nothing is lost in 'other'");
        assertTrue(view.note().contains("the other 10"));
    }
}
