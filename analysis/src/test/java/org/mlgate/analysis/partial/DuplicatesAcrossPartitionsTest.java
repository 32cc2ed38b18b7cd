package org.mlgate.analysis.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.diagnostics.DiagnosticsOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.CheckResult;
import org.mlgate.analysis.report.JsonReportWriter;
import org.mlgate.analysis.report.Report;

/**
 * A row that repeats a row of an earlier partition is a duplicate only the merge can tell: its cells come from the
 * examples state the writer adds; without one, the example shows its line alone and a note says why.
 */
class DuplicatesAcrossPartitionsTest {
    @TempDir
    Path dir;

    /** 30,000 distinct rows, but rows 25,000 to 25,002 repeat rows 15,000 to 15,002 (another partition). */
    private Path data() throws IOException {
        StringBuilder csv = new StringBuilder("n,group,actual,predicted\n");
        for (int i = 0; i < 30_000; i++) {
            int n = i >= 25_000 && i < 25_003 ? i - 10_000 : i;
            csv.append(String.format(Locale.ROOT, "%d,g%d,%s,%s%n", n, n % 7, n % 3 == 0 ? "a" : "b",
                    n % 5 == 0 ? "a" : "b"));
        }
        Path file = dir.resolve("repeats.csv");
        Files.writeString(file, csv);
        return file;
    }

    /** Importance reads a sample of the rows, which partial states do not carry (the merged report says so). */
    private static final DiagnosticsOptions NO_IMPORTANCE = DiagnosticsOptions.defaults().withImportance(false);

    private static EvaluationRequest request(Path csv) {
        SourceRequest source = SourceRequest.forPredictions(csv);
        return new EvaluationRequest(source, MetricOptions.defaults().withBootstrapReplicates(20),
                ErrorAnalysisOptions.defaults(), ChecksOptions.defaults(null, "actual"), null, List.of(), List.of(),
                BaselineOptions.none()).withDiagnostics(NO_IMPORTANCE);
    }

    private static EvaluationRequest engine(EvaluationRequest request) {
        return new EvaluationRequest(SourceRequest.forPredictions(null).withLabelColumn("actual"),
                request.metricOptions(), request.errors(), request.checks(), null, List.of(), List.of(),
                BaselineOptions.none()).withDiagnostics(NO_IMPORTANCE);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> examples(Report report) {
        CheckResult duplicates = report.checks().stream().filter(c -> c.id().equals("data.duplicate-rows"))
                .findFirst().orElseThrow();
        return (List<Map<String, Object>>) duplicates.details().get("examples");
    }

    @Test
    void theWriterAddsTheCellsOfADuplicateOfAnotherPartition() throws IOException {
        Path csv = data();
        SplitStates split = new SplitStates(csv, engine(request(csv)));
        Path folder = split.write(dir.resolve("states"), split.count(12_000, 8_000, 10_000));
        assertTrue(Files.exists(folder.resolve("examples.mlgstate")), "the examples state");
        Report merged = PartialStates.evaluate(folder, engine(request(csv)));
        SameReport.assertSame(new JsonReportWriter().toJson(Evaluation.run(request(csv))),
                new JsonReportWriter().toJson(merged));
        assertEquals(Map.of("n", "15000", "group", "g6", "actual", "a"), examples(merged).get(0).get("row"));
    }

    @Test
    void withoutTheExamplesStateTheExampleHasItsLineAndANoteSaysWhy() throws IOException {
        Path csv = data();
        SplitStates split = new SplitStates(csv, engine(request(csv)));
        SplitStates.States states = split.count(12_000, 8_000, 10_000);
        Path folder = dir.resolve("bare");
        PartialStates.write(folder, states.templateState());
        states.partitions().forEach(state -> PartialStates.write(folder, state));
        Report merged = PartialStates.evaluate(folder, engine(request(csv)));
        assertEquals(25_002L, examples(merged).get(0).get("line"));
        assertEquals(Map.of(), examples(merged).get(0).get("row"));
        assertTrue(merged.notes().contains("The duplicate rows at lines [25002, 25003, 25004] repeat rows of other"
                + " partitions, whose cells no partial state holds, so their examples show no cells."),
                merged.notes().toString());
    }
}
