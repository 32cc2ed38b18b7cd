package org.mlgate.analysis.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.HtmlReportWriter;
import org.mlgate.analysis.report.JsonReportWriter;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportReader;
import org.mlgate.analysis.report.RuleResult;

/** The whole pipeline with a baseline: iris, a logistic champion and a depth-1 tree challenger. */
class BaselineEvaluationTest {
    @TempDir
    Path dir;

    private static Path resource(String name) {
        try {
            return Path.of(BaselineEvaluationTest.class.getResource("/model/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SourceRequest iris(String model, Path data) {
        return SourceRequest.forModel(resource(model), data).withLabelColumn("species");
    }

    private static Report run(SourceRequest source, BaselineOptions baseline, Rule... rules) {
        return Evaluation.run(EvaluationRequest.of(source, List.of(rules)).withBaseline(baseline));
    }

    private Path saved(Report report, String name) throws IOException {
        Path file = dir.resolve(name);
        new JsonReportWriter().write(report, file);
        return file;
    }

    private static BaselineComparison model(Report report, String metric) {
        return report.baseline().comparisons().stream().filter(c -> c.metric().equals(metric)).findFirst()
                .orElseThrow();
    }

    private Path firstRowsOfValidation(int rows) throws IOException {
        List<String> lines = Files.readAllLines(resource("iris-validation.csv"));
        Path file = dir.resolve("fewer.csv");
        Files.write(file, lines.subList(0, rows + 1));
        return file;
    }

    @Test
    void everyReportCarriesTheDigestOfItsRows() {
        Report report = run(iris("iris-logistic.tribuo", resource("iris-validation.csv")), BaselineOptions.none());
        assertTrue(report.data().rowsDigest().startsWith("45-"), report.data().rowsDigest());
        assertEquals(null, report.baseline());
    }

    @Test
    void aReportComparedWithItselfShowsNoDifference() throws IOException {
        SourceRequest source = iris("iris-logistic.tribuo", resource("iris-validation.csv"));
        Path champion = saved(run(source, BaselineOptions.none()), "champion.json");
        Report report = run(source, new BaselineOptions(champion, null, false));
        assertTrue(report.baseline().sameRows());
        assertEquals(0.0, model(report, "accuracy").difference(), 0);
        assertFalse(report.baseline().classComparisons().isEmpty());
    }

    @Test
    void theBaselineSectionIsWrittenAndReadBack() throws IOException {
        SourceRequest source = iris("iris-stump.tribuo", resource("iris-validation.csv"));
        Report report = run(source, new BaselineOptions(null, resource("iris-logistic.tribuo"), false));
        Report read = new ReportReader().read(saved(report, "report.json"));
        assertEquals(report.baseline(), read.baseline());
        assertEquals(report.data().rowsDigest(), read.data().rowsDigest());
    }

    @Test
    void aBaselineModelIsScoredOnTheSameRowsForPairedTests() {
        SourceRequest source = iris("iris-stump.tribuo", resource("iris-validation.csv"));
        Report report = run(source, new BaselineOptions(null, resource("iris-logistic.tribuo"), false));
        BaselineComparison accuracy = model(report, "accuracy");
        BaselineSection baseline = report.baseline();
        // the difference in accuracy is exactly what the discordant rows say
        assertEquals((baseline.newlyFixedRows() - baseline.newlyBrokenRows()) / 45.0, accuracy.difference(), 1e-12);
        assertEquals(McNemar.test(baseline.newlyBrokenRows(), baseline.newlyFixedRows()).pValue(),
                accuracy.pValue(), 0);
        assertEquals("paired-bootstrap", model(report, "macroF1").test());
        assertEquals(baseline.newlyBrokenRows(),
                baseline.newlyBroken().stream().mapToLong(NewlyBroken::count).sum());
    }

    @Test
    void theHtmlReportShowsTheComparisonAndTheNewlyBrokenRows() throws IOException {
        Report report = run(iris("iris-stump.tribuo", resource("iris-validation.csv")),
                new BaselineOptions(null, resource("iris-logistic.tribuo"), false));
        Path html = dir.resolve("index.html");
        new HtmlReportWriter().write(report, html);
        String page = Files.readString(html);
        assertTrue(page.contains("Against the baseline"), page);
        assertTrue(page.contains("Newly broken rows"), page);
        NewlyBroken first = report.baseline().newlyBroken().get(0);
        assertTrue(page.contains("<td class=\"first label\">" + first.actual() + "</td><td class=\"label c-predicted\">"
                + first.predicted() + "</td>"), page);
    }

    @Test
    void aSignificantDropBeyondTheMaximumFailsTheGate() {
        Limit limit = new Limit();
        limit.setMetric("accuracy");
        limit.setMaximumDrop("0.02");
        limit.setSignificance("0.05");
        Report report = run(iris("iris-stump.tribuo", resource("iris-validation.csv")),
                new BaselineOptions(null, resource("iris-logistic.tribuo"), false),
                new Rule(Element.MODEL, List.of(), List.of(limit)));
        RuleResult result = report.rules().get(0);
        assertEquals("fail", report.verdict(), result.message());
        assertTrue(result.message().startsWith("Rule violated for MODEL: accuracy is 0.6667, "), result.message());
        assertTrue(result.message().contains("a significant drop"), result.message());
    }

    @Test
    void aBaselineOnOtherRowsIsRefused() throws IOException {
        Path champion = saved(run(iris("iris-logistic.tribuo", firstRowsOfValidation(30)), BaselineOptions.none()),
                "champion.json");
        InputException error = assertThrows(InputException.class,
                () -> run(iris("iris-logistic.tribuo", resource("iris-validation.csv")),
                        new BaselineOptions(champion, null, false)));
        assertTrue(error.getMessage().contains("other validation rows"), error.getMessage());
        assertTrue(error.getMessage().contains("allowDifferentData"), error.getMessage());
    }

    @Test
    void allowDifferentDataComparesAnywayWithANote() throws IOException {
        Path champion = saved(run(iris("iris-logistic.tribuo", firstRowsOfValidation(30)), BaselineOptions.none()),
                "champion.json");
        Report report = run(iris("iris-logistic.tribuo", resource("iris-validation.csv")),
                new BaselineOptions(champion, null, true));
        assertFalse(report.baseline().sameRows());
        assertNotNull(model(report, "accuracy").baselineValue());
        assertTrue(report.baseline().notes().stream().anyMatch(n -> n.contains("other validation rows")));
    }

    @Test
    void aPredictionsFileOfAnotherModelOnTheSameRowsCompares() throws IOException {
        Path champion = saved(run(iris("iris-logistic.tribuo", resource("iris-validation.csv")),
                BaselineOptions.none()), "champion.json");
        List<String> lines = Files.readAllLines(resource("iris-validation.csv"));
        List<String> predictions = new ArrayList<>();
        predictions.add("species,petal_width,petal_length,sepal_width,sepal_length,predicted");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            predictions.add(String.join(",", cells[4], cells[3], cells[2], cells[1], cells[0], "setosa"));
        }
        Path file = dir.resolve("predictions.csv");
        Files.write(file, predictions);
        Report report = run(SourceRequest.forPredictions(file).withLabelColumn("species"),
                new BaselineOptions(champion, null, false));
        assertTrue(report.baseline().sameRows());
        assertTrue(model(report, "accuracy").difference() < 0);
    }

    @Test
    void aBaselineOfAnotherTaskIsRefusedEvenWithAllowDifferentData() throws IOException {
        Path champion = saved(run(iris("iris-logistic.tribuo", resource("iris-validation.csv")),
                BaselineOptions.none()), "champion.json");
        Files.writeString(champion, Files.readString(champion)
                .replaceFirst("\"task\"\\s*:\\s*\"classification\"", "\"task\": \"regression\""));
        InputException error = assertThrows(InputException.class,
                () -> run(iris("iris-logistic.tribuo", resource("iris-validation.csv")),
                        new BaselineOptions(champion, null, true)));
        assertTrue(error.getMessage().contains("is of a regression model but this model is classification"),
                error.getMessage());
    }

    @Test
    void anotherPositiveLabelIsRefused() throws IOException {
        Path champion = saved(run(iris("iris-logistic.tribuo", resource("iris-validation.csv")),
                BaselineOptions.none()), "champion.json");
        Files.writeString(champion, Files.readString(champion)
                .replaceFirst("\"positiveLabel\"\\s*:\\s*null", "\"positiveLabel\": \"setosa\""));
        InputException error = assertThrows(InputException.class,
                () -> run(iris("iris-logistic.tribuo", resource("iris-validation.csv")),
                        new BaselineOptions(champion, null, false)));
        assertTrue(error.getMessage().contains("positive label 'setosa'"), error.getMessage());
    }

    @Test
    void aBaselineModelNeedsValidationRows() throws IOException {
        Path predictions = Files.writeString(dir.resolve("p.csv"), "actual,predicted\nsetosa,setosa\n");
        InputException error = assertThrows(InputException.class,
                () -> run(SourceRequest.forPredictions(predictions),
                        new BaselineOptions(null, resource("iris-logistic.tribuo"), false)));
        assertTrue(error.getMessage().contains("needs validation rows"), error.getMessage());
    }
}
