package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of the multi-label, clustering and anomaly-detection tasks: each writer shows the task's own parts, and
 * report.json reads back into the same report (the site report and baselines read it).
 */
class TaskReportsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
    private static Map<String, Report> reports;

    @TempDir
    Path dir;

    @BeforeAll
    static void evaluate() {
        reports = TaskGallery.reports();
    }

    private static String html(String task) throws Exception {
        return new HtmlReportWriter(CLOCK).render(reports.get(task));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        return start < 0 ? null : html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void aClusteringPageShowsTheContingencyTableAndNoErrorAnalysis() throws Exception {
        String html = html("clustering");
        String clusters = section(html, "clusters");
        assertNotNull(clusters);
        assertTrue(clusters.contains(">1000000007<"), "cluster ids are the column headers");
        assertTrue(clusters.contains("of its rows in cluster"), "the labels least gathered in one cluster");
        assertTrue(clusters.contains("Error analysis does not apply to clustering"));
        assertEquals(null, section(html, "errors"));
        assertEquals(null, section(html, "where"));
        assertTrue(section(html, "headline").contains("Adjusted Rand index"));
    }

    @Test
    void aMultiLabelPageShowsErrorsPerLabelAndPerLabelCharts() throws Exception {
        String html = html("multilabel");
        String errors = section(html, "errors");
        assertTrue(errors.contains("Errors per label"));
        assertTrue(errors.contains("<th scope=\"row\" class=\"label first\">gen</th>"));
        assertFalse(errors.contains("Most confused pairs"), "no confusion pairs of the right-or-wrong view");
        assertFalse(errors.contains("confident mistakes"), "no sentence about a table the page does not have");
        assertTrue(section(html, "where").contains("Labels most often wrong"));
        String classes = section(html, "classes");
        assertTrue(classes.contains("Per label <span class=\"count\">6 labels</span>"), classes.substring(0, 300));
        assertTrue(classes.contains("Curves per label"));
        assertTrue(section(html, "headline").contains("rows carry 1.98 actual"));
    }

    @Test
    void anAnomalyPageShowsTheFlagsMatrixTheScoreCurvesAndK() throws Exception {
        String html = html("anomaly");
        assertNotNull(section(html, "confusion"));
        assertTrue(section(html, "curves").contains("ROC curve"));
        assertTrue(section(html, "headline").contains("Precision at k looks at the 35 highest-scored rows"));
        assertTrue(section(html, "classes").contains("2 classes"));
    }

    @Test
    void theSummaryAndTheJunitFileNameTheTasksMetrics() throws Exception {
        for (Map.Entry<String, List<String>> task : Map.of("multilabel", List.of("Subset accuracy", "Hamming loss"),
                "clustering", List.of("Adjusted Rand index", "V-measure"),
                "anomaly", List.of("Precision at k", "ROC AUC")).entrySet()) {
            Path folder = dir.resolve(task.getKey());
            ReportWriters.writeAll(reports.get(task.getKey()), folder);
            String summary = Files.readString(folder.resolve("summary.md"));
            task.getValue().forEach(label -> assertTrue(summary.contains(label), task.getKey() + ": " + label));
            String junit = Files.readString(folder.resolve("TEST-mlgate.xml"));
            assertTrue(junit.contains("<testcase"), task.getKey());
        }
    }

    @Test
    void reportJsonReadsBackWithTheTaskDetails() throws Exception {
        for (Report report : reports.values()) {
            Path folder = dir.resolve(report.task());
            ReportWriters.writeAll(report, folder);
            Report read = new ReportReader().read(folder.resolve("report.json"));
            assertNotNull(read.taskDetails(), report.task());
            assertEquals(report.metrics(), read.metrics());
            assertEquals(new JsonReportWriter().toJson(report), new JsonReportWriter().toJson(read), report.task());
        }
    }
}
