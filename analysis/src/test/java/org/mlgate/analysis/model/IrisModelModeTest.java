package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.data.Sha256;

/** Model mode on the iris sample: the committed logistic regression on the 45 validation rows. */
class IrisModelModeTest {

    private static final Path MODEL = TestModels.resource("iris-logistic.tribuo");
    private static final Path VALIDATION = TestModels.resource("iris-validation.csv");

    private static SourceRequest iris() {
        return SourceRequest.forModel(MODEL, VALIDATION).withLabelColumn("species");
    }

    private static List<ScoredRow> readAll(ScoredRowSource source, int batch) {
        List<ScoredRow> rows = new ArrayList<>();
        for (List<ScoredRow> b = source.nextBatch(batch); !b.isEmpty(); b = source.nextBatch(batch)) {
            rows.addAll(b);
        }
        return rows;
    }

    @Test
    void scoresEveryValidationRowInBatches() {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            List<ScoredRow> rows = readAll(source, 7);
            assertEquals(45, rows.size());
            assertEquals(45, source.dataInfo().rows());
            assertEquals(0, source.dataInfo().skippedRows());
        }
    }

    @Test
    void rowsCarryIndexAndLineNumber() {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            List<ScoredRow> rows = readAll(source, 10);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(i, rows.get(i).index());
                assertEquals(i + 2, rows.get(i).line(), "the header is line 1");
            }
        }
    }

    @Test
    void isAClassificationWithTheSpeciesAsSortedLabels() {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            assertEquals(Task.CLASSIFICATION, source.task());
            assertEquals(List.of("setosa", "versicolor", "virginica"), source.modelLabels());
            assertEquals(source.modelLabels(), source.probabilityLabels());
            for (ScoredRow row : readAll(source, 100)) {
                assertTrue(Set.of("setosa", "versicolor", "virginica").contains(row.actualLabel()));
                assertTrue(source.modelLabels().contains(row.predictedLabel()));
                assertTrue(Double.isNaN(row.actualValue()));
            }
        }
    }

    @Test
    void probabilitiesSumToOneAndTheirArgmaxIsThePrediction() {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            for (ScoredRow row : readAll(source, 100)) {
                double[] p = row.probabilities();
                assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
                int best = 0;
                for (int i = 1; i < p.length; i++) {
                    best = p[i] > p[best] ? i : best;
                }
                assertEquals(source.probabilityLabels().get(best), row.predictedLabel());
            }
        }
    }

    @Test
    void keepsTheMeasurementsAsFeatureCells() {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), source.featureColumns());
            ScoredRow first = source.nextBatch(1).get(0);
            assertEquals(4, first.cells().length);
            assertEquals("5.1", first.cells()[0]);
        }
    }

    @Test
    void isAccurateEnoughToPassTheSampleGate() {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            List<ScoredRow> rows = readAll(source, 100);
            long correct = rows.stream().filter(r -> r.actualLabel().equals(r.predictedLabel())).count();
            assertTrue(correct / (double) rows.size() >= 0.9, correct + " of " + rows.size());
        }
    }

    @Test
    void dataInfoHasTheFileDigestOnceExhausted() throws IOException {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            readAll(source, 100);
            assertEquals(VALIDATION.toString(), source.dataInfo().path());
            assertEquals(Sha256.ofFile(VALIDATION), source.dataInfo().sha256());
        }
    }

    @Test
    void modelInfoComesFromTheFileAndItsProvenance() throws IOException {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            ModelInfo info = source.model();
            assertEquals(MODEL.toString(), info.path());
            assertEquals(Sha256.ofFile(MODEL), info.sha256());
            assertEquals("org.tribuo.classification.sgd.linear.LinearSGDModel", info.type());
            assertEquals("4.3.2", info.tribuoVersion());
            assertTrue(info.trainingDataPath().endsWith("iris-train.csv"), info.trainingDataPath());
            assertEquals(Sha256.ofFile(TestModels.resource("iris-train.csv")), info.trainingDataSha256());
            assertFalse(info.trainedBySplit());
        }
    }

    @Test
    void aColumnTheModelDoesNotUseIsKeptAndNoted(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(VALIDATION);
        List<String> withId = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            withId.add((i == 0 ? "plant_id" : "p" + i) + "," + lines.get(i));
        }
        Path data = dir.resolve("with-id.csv");
        Files.write(data, withId);
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(MODEL, data).withLabelColumn("species"))) {
            assertEquals(45, readAll(source, 100).size());
            assertEquals("plant_id", source.featureColumns().get(0));
            assertEquals(List.of("Column 'plant_id' is not used by the model; kept for analysis only."), source.notes());
        }
    }

    @Test
    void noNotesWhenEveryColumnIsUsedAndEveryValueKnown() {
        try (ScoredRowSource source = ScoredRowSources.open(iris())) {
            readAll(source, 100);
            assertEquals(List.of(), source.notes());
        }
    }

    @Test
    void readsAGzipValidationFileAndHashesItAsStored(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("iris-validation.csv.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(VALIDATION, out);
        }
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(MODEL, gz).withLabelColumn("species"))) {
            assertEquals(45, readAll(source, 100).size());
            assertEquals(Sha256.ofFile(gz), source.dataInfo().sha256());
        }
    }

    @Test
    void readsATabSeparatedValidationFile(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("iris-validation.tsv");
        Files.write(tsv, Files.readAllLines(VALIDATION).stream().map(l -> l.replace(',', '\t')).toList());
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(MODEL, tsv).withLabelColumn("species"))) {
            List<ScoredRow> rows = readAll(source, 100);
            assertEquals(45, rows.size());
            assertEquals("5.1", rows.get(0).cells()[0]);
        }
    }
}
