package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlgate.analysis.metrics.CurvePoint;
import org.mlgate.analysis.metrics.Curves;

class JsonReportWriterTest {

    @TempDir
    Path dir;

    private final JsonReportWriter writer = new JsonReportWriter();

    static Stream<Arguments> fixtures() {
        return ReportFixtures.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsBackEqualToTheReportWritten(String name, Report report) throws Exception {
        Path file = dir.resolve("report.json");
        writer.write(report, file);

        ReportAssertions.assertSameReport(report, new ReportReader().read(file));
    }

    @Test
    void topLevelKeysFollowTheRecordComponentOrder() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(writer.toJson(ReportFixtures.diagnosed()
                .withProject(new ProjectInfo("org.example", "churn", "1", null))));

        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        // taskDetails is absent for classification: it belongs to multi-label, clustering and anomaly detection.
        List<String> components = Stream.of(Report.class.getRecordComponents()).map(c -> c.getName())
                .filter(name -> !name.equals("taskDetails")).toList();
        assertEquals(components, keys);
    }

    @Test
    void mapKeysKeepTheirInsertionOrder() throws Exception {
        JsonNode metrics = new ObjectMapper().readTree(writer.toJson(ReportFixtures.binary())).get("metrics");

        List<String> keys = new ArrayList<>();
        metrics.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.copyOf(ReportFixtures.binary().metrics().keySet()), keys);
    }

    @Test
    void undefinedMetricIsWrittenAsNull() throws Exception {
        JsonNode metrics = new ObjectMapper().readTree(writer.toJson(ReportFixtures.hostile())).get("metrics");

        assertTrue(metrics.has("aucRoc"));
        assertTrue(metrics.get("aucRoc").isNull());
    }

    @Test
    void isPrettyPrintedUtf8WithUnixLineEnds() throws Exception {
        Report report = ReportAssertions.withMetric(ReportFixtures.binary(), "accuracy", 0.5);
        Path file = dir.resolve("report.json");
        writer.write(new Report(report.schemaVersion(), report.task(), report.model(), report.data(), "Zürich",
                report.metrics(), report.classes(), report.confusionMatrix(), report.intervals(), report.curves(),
                report.errors(), report.checks(), report.rules(), report.notes(), report.verdict(), report.slices()), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"positiveLabel\": \"Zürich\""), text.substring(0, 200));
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 1,\n"));
        assertTrue(!text.contains("\r"));
    }

    @Test
    void refusesNanNamingItsPath() {
        Report report = ReportAssertions.withMetric(ReportFixtures.binary(), "logLoss", Double.NaN);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> writer.write(report, dir.resolve("report.json")));
        assertTrue(e.getMessage().contains("metrics.logLoss"), e.getMessage());
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void refusesInfinityNamingItsPath() {
        Report r = ReportFixtures.binary();
        List<CurvePoint> roc = new ArrayList<>(r.curves().roc());
        roc.set(0, new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
        Report report = new Report(r.schemaVersion(), r.task(), r.model(), r.data(), r.positiveLabel(), r.metrics(),
                r.classes(), r.confusionMatrix(), r.intervals(),
                new Curves(roc, r.curves().precisionRecall(), r.curves().calibration()), r.errors(), r.checks(),
                r.rules(), r.notes(), r.verdict(), r.slices());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.toJson(report));
        assertTrue(e.getMessage().contains("curves.roc[0].threshold"), e.getMessage());
    }

    @Test
    void refusedReportLeavesNoFileBehind() {
        Report report = ReportAssertions.withMetric(ReportFixtures.binary(), "brier", Double.NEGATIVE_INFINITY);
        Path file = dir.resolve("report.json");

        assertThrows(IllegalStateException.class, () -> writer.write(report, file));
        assertTrue(Files.notExists(file));
    }
}
