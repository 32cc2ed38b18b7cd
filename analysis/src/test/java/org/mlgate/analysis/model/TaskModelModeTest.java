package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.report.Report;

/**
 * Model mode for Tribuo's multi-label, clustering and anomaly-detection models: the model file loads through the
 * guarded loader, its task comes from its output type, the validation file's label column is read as the task's
 * cells and the predictions as its rows.
 */
class TaskModelModeTest {
    @TempDir
    Path dir;

    private Report evaluate(String family, String validationCsv, String labelColumn) throws IOException {
        Path model = ModelFamilies.trainAndSave(ModelFamilies.named(family), dir);
        Path data = TestModels.write(dir, "validation.csv", validationCsv);
        return Evaluation.run(EvaluationRequest.of(SourceRequest.forModel(model, data).withLabelColumn(labelColumn),
                List.of()));
    }

    /** The training rows with their label sets written as mlgate reads them: joined by |, not Tribuo's commas. */
    private static String multiLabelValidation() {
        return ModelFamilies.multiLabelCsv().replace(",\"", ",").replace("\"", "").lines()
                .map(line -> {
                    String[] cells = line.split(",", 3);
                    return cells[0] + "," + cells[1] + "," + cells[2].replace(',', '|');
                }).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aMultiLabelModelWithScoresGetsEveryMetric() throws IOException {
        Report report = evaluate("multi-label linear (SGD)", multiLabelValidation(), "labels");
        assertEquals("multilabel", report.task());
        assertEquals(List.of("low", "odd", "wide"), report.taskDetails().labelSets().labels());
        assertNotNull(report.metrics().get("labelRankingAveragePrecision"));
        assertNotNull(report.classes().get("wide").aucRoc());
        assertTrue(report.metrics().get("subsetAccuracy") > 0.3, report.metrics().toString());
    }

    @Test
    void aBinaryRelevanceModelHasNoScoresAndSaysSo() throws IOException {
        Report report = evaluate("independent binary relevance", multiLabelValidation(), "labels");
        assertNull(report.metrics().get("aucRoc"));
        assertNotNull(report.metrics().get("microF1"));
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("The predictions give no per-label scores")));
    }

    @Test
    void aKMeansModelIsJudgedAgainstTheTrueGroups() throws IOException {
        String validation = ModelFamilies.clusteringCsv().replace(",0\n", ",left\n").replace(",1\n", ",right\n")
                .replace(",2\n", ",top\n");
        Report report = evaluate("k-means", validation, "cluster");
        assertEquals("clustering", report.task());
        assertEquals(List.of("left", "right", "top"), report.taskDetails().contingencyTable().labels());
        assertTrue(report.metrics().get("adjustedRandIndex") > 0.8, report.metrics().toString());
    }

    @Test
    void aOneClassSvmRanksFarPointsAsAnomalies() throws IOException {
        StringBuilder validation = new StringBuilder(ModelFamilies.anomalyCsv());
        for (int i = 0; i < 6; i++) {
            validation.append(9 + i).append(',').append(-4 - i).append(",ANOMALOUS\n");
        }
        Report report = evaluate("one-class SVM (LibSVM)", validation.toString(), "event");
        assertEquals("anomaly", report.task());
        assertEquals(1.0, report.metrics().get("recall"), "every far point is flagged");
        assertTrue(report.metrics().get("aucRoc") > 0.95, "higher scores for anomalies: " + report.metrics());
        assertEquals(1.0, report.metrics().get("precisionAtK"));
    }

    @Test
    void anAnomalyLabelThatIsNotAnEventTypeNamesTheLine() throws IOException {
        String validation = ModelFamilies.anomalyCsv().replaceFirst("EXPECTED", "normal");
        InputException e = assertThrows(InputException.class,
                () -> evaluate("one-class SVM (LibSVM)", validation, "event"));
        assertTrue(e.getMessage().startsWith("Line 2 of "), e.getMessage());
        assertTrue(e.getMessage().contains("holds 'normal'; an anomaly-detection file holds ANOMALOUS or EXPECTED"),
                e.getMessage());
    }

    @Test
    void anOnnxClassifierIsNotEvaluatedAsAnotherTask() {
        SourceRequest request = OnnxModelTest.request("cancer-logistic-columns.onnx", "cancer-validation.csv",
                "diagnosis").withTask(Task.MULTILABEL);
        InputException e = assertThrows(InputException.class,
                () -> Evaluation.run(EvaluationRequest.of(request, List.of())));
        assertTrue(e.getMessage().startsWith("The task is set to multilabel, but "), e.getMessage());
        assertTrue(e.getMessage().contains("is evaluated as a classification model; remove the task parameter"),
                e.getMessage());
    }

    @Test
    void theTaskParameterMustMatchTheModel() throws IOException {
        Path model = ModelFamilies.trainAndSave(ModelFamilies.named("k-means"), dir);
        Path data = TestModels.write(dir, "validation.csv", ModelFamilies.clusteringCsv());
        InputException e = assertThrows(InputException.class, () -> Evaluation.run(EvaluationRequest.of(
                SourceRequest.forModel(model, data).withLabelColumn("cluster").withTask(Task.MULTILABEL),
                List.of())));
        assertTrue(e.getMessage().contains("holds a clustering model"), e.getMessage());
    }
}
