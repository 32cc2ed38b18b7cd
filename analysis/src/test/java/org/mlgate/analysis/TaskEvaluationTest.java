package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * The whole pipeline on predictions files of the multi-label, clustering and anomaly-detection tasks (the golden
 * fixtures): the same metrics on one thread and on several with small chunks, the task's details, error analysis and
 * checks, and rules on the task's metrics.
 */
class TaskEvaluationTest {
    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name + ".csv");
        try (InputStream in = getClass().getResourceAsStream("/tasks/" + name + ".csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private Report evaluate(String fixture, Task task, List<Rule> rules, int threads, int chunkBytes)
            throws IOException {
        EvaluationRequest defaults = EvaluationRequest.of(
                SourceRequest.forPredictions(fixture(fixture)).withTask(task), rules);
        EvaluationRequest request = new EvaluationRequest(defaults.source(),
                defaults.metricOptions().withBootstrapReplicates(200), defaults.errors(), defaults.checks(), null,
                rules).withThreads(threads);
        return Evaluation.run(request, chunkBytes);
    }

    private static Rule model(String metric, String minimum, String maximum) {
        return new Rule(Element.MODEL, List.of(), List.of(new Limit(metric, minimum, maximum)));
    }

    @Test
    void aMultiLabelFileGivesTheSameReportOnOneThreadAndInManyChunks() throws IOException {
        Report one = evaluate("multilabel", Task.MULTILABEL, List.of(), 1, RowPass.CHUNK_BYTES);
        Report many = evaluate("multilabel", Task.MULTILABEL, List.of(), 3, 700);
        assertEquals("multilabel", one.task());
        assertEquals(one.metrics(), many.metrics());
        assertEquals(one.intervals(), many.intervals());
        assertEquals(one.errors(), many.errors());
        assertEquals(300, one.data().rows());
        assertEquals(List.of("art", "bio", "chem", "dev", "eco", "gen"), one.taskDetails().labelSets().labels());
    }

    @Test
    void multiLabelErrorsAreToldPerLabel() throws IOException {
        Report report = evaluate("multilabel", Task.MULTILABEL, List.of(), 2, 2000);
        List<?> labelErrors = (List<?>) report.errors().get("labelErrors");
        assertFalse(labelErrors.isEmpty());
        @SuppressWarnings("unchecked")
        Map<String, Object> gen = (Map<String, Object>) labelErrors.stream()
                .filter(e -> "gen".equals(((Map<?, ?>) e).get("label"))).findFirst().orElseThrow();
        assertEquals(((Number) gen.get("support")).longValue(), ((Number) gen.get("missed")).longValue(),
                "gen is never predicted, so every actual gen is missed");
        assertFalse(report.errors().containsKey("confusionPairs"));
        assertTrue(report.checks().stream().noneMatch(c -> c.id().startsWith("imbalance.")));
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("The imbalance checks do not apply")));
    }

    @Test
    void aClusteringFileHasItsContingencyTableAndSaysWhyThereIsNoErrorAnalysis() throws IOException {
        Report one = evaluate("clustering", Task.CLUSTERING, List.of(), 1, RowPass.CHUNK_BYTES);
        Report many = evaluate("clustering", Task.CLUSTERING, List.of(), 3, 500);
        assertEquals(one.metrics(), many.metrics());
        assertEquals(List.of("0", "1", "2", "1000000007"), one.taskDetails().contingencyTable().clusters());
        assertTrue(((List<?>) one.errors().get("notes")).get(0).toString()
                .startsWith("Error analysis does not apply to clustering"));
        assertTrue(one.checks().stream().noneMatch(c -> c.id().equals("leakage.target-proxy")));
    }

    @Test
    void anAnomalyFileIsJudgedByItsScoreAndFlag() throws IOException {
        Report report = evaluate("anomaly", Task.ANOMALY, List.of(model("aucRoc", "0.85", null),
                model("precisionAtK", "0.6", null)), 2, 1500);
        assertEquals("ANOMALOUS", report.positiveLabel());
        assertEquals(35, report.taskDetails().precisionAtK().k());
        assertEquals("fail", report.verdict());
        RuleResult failed = report.rules().stream().filter(RuleResult::failed).findFirst().orElseThrow();
        assertEquals("precisionAtK", failed.metric());
        assertNotNull(report.intervals().get("precisionAtK"));
        assertNotNull(report.errors().get("confusionPairs"));
    }

    @Test
    void topKSetsTheKOfPrecisionAtK() throws IOException {
        EvaluationRequest defaults = EvaluationRequest.of(
                SourceRequest.forPredictions(fixture("anomaly")).withTask(Task.ANOMALY), List.of());
        MetricOptions options = defaults.metricOptions().withTopK(25);
        Report report = Evaluation.run(new EvaluationRequest(defaults.source(), options, defaults.errors(),
                defaults.checks(), null, List.of()));
        assertEquals(25, report.taskDetails().precisionAtK().k());
    }

    @Test
    void aRuleOnAnotherTasksMetricIsRefusedBeforeAnyRowIsRead() {
        InputException e = assertThrows(InputException.class, () -> evaluate("clustering", Task.CLUSTERING,
                List.of(model("accuracy", "0.9", null)), 1, RowPass.CHUNK_BYTES));
        assertTrue(e.getMessage().startsWith("A MODEL rule has a limit on 'accuracy', a metric of classification,"
                + " but this is a clustering model"), e.getMessage());
    }

    @Test
    void hammingLossIsGatedFromAbove() throws IOException {
        Report report = evaluate("multilabel", Task.MULTILABEL, List.of(model("hammingLoss", null, "0.05")), 1,
                RowPass.CHUNK_BYTES);
        RuleResult rule = report.rules().get(0);
        assertTrue(rule.failed());
        assertTrue(rule.message().contains("expected maximum is 0.05"), rule.message());
    }

    @Test
    void aBaselineIsRefusedWithASentence() throws IOException {
        EvaluationRequest request = EvaluationRequest.of(
                SourceRequest.forPredictions(fixture("clustering")).withTask(Task.CLUSTERING), List.of())
                .withBaseline(BaselineOptions.none().withStoreRows(true));
        InputException e = assertThrows(InputException.class, () -> Evaluation.run(request));
        assertTrue(e.getMessage().contains("this is a clustering model"), e.getMessage());
    }
}
