package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.data.Sha256;

/** Predictions mode: precomputed predictions from any model, in a CSV. */
class PredictionsFileTest {

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return TestModels.write(dir, "predictions.csv", content);
    }

    private static List<ScoredRow> readAll(ScoredRowSource source) {
        List<ScoredRow> rows = new ArrayList<>();
        for (List<ScoredRow> b = source.nextBatch(2); !b.isEmpty(); b = source.nextBatch(2)) {
            rows.addAll(b);
        }
        return rows;
    }

    private static ScoredRowSource open(Path file) {
        return ScoredRowSources.open(SourceRequest.forPredictions(file));
    }

    private static InputException readFails(SourceRequest request) {
        return assertThrows(InputException.class, () -> {
            try (ScoredRowSource source = ScoredRowSources.open(request)) {
                readAll(source);
            }
        });
    }

    @Test
    void numericActualAndPredictedWithoutProbabilitiesIsRegression() throws IOException {
        try (ScoredRowSource source = open(file("actual,predicted,region\n1.5,1.0,north\n2,2.5,south\n"))) {
            assertEquals(Task.REGRESSION, source.task());
            List<ScoredRow> rows = readAll(source);
            assertEquals(List.of(1.5, 2.0), rows.stream().map(ScoredRow::actualValue).toList());
            assertEquals(List.of(1.0, 2.5), rows.stream().map(ScoredRow::predictedValue).toList());
            assertEquals(List.of("region"), source.featureColumns());
            assertTrue(source.notes().get(0).startsWith("The task was inferred as regression"));
        }
    }

    @Test
    void wholeNumberCodesWithoutProbabilitiesAreClassesNotQuantities() throws IOException {
        try (ScoredRowSource source = open(file("actual,predicted\n0,1\n1,1\n0,0\n1,0\n"))) {
            assertEquals(Task.CLASSIFICATION, source.task());
            assertEquals("The task was inferred as classification: actual and predicted hold only the whole numbers"
                    + " 0 and 1; set task to regression if they are quantities.", source.notes().get(0));
        }
    }

    @Test
    void wholeNumberTargetsWithFractionalPredictionsAreRegression() throws IOException {
        try (ScoredRowSource source = open(file("actual,predicted\n3,2.7\n5,4.4\n1,1.9\n"))) {
            assertEquals(Task.REGRESSION, source.task());
        }
    }

    @Test
    void javaNumberSyntaxIsALabelNotANumber() throws IOException {
        try (ScoredRowSource source = open(file("actual,predicted\n1.5,2f\n2.5,2.5\n"))) {
            assertEquals(Task.CLASSIFICATION, source.task());
        }
    }

    @Test
    void aNonNumericLabelAnywhereMakesItClassification() throws IOException {
        try (ScoredRowSource source = open(file("actual,predicted\n1,1\n0,1\n0,unknown\n"))) {
            assertEquals(Task.CLASSIFICATION, source.task());
            assertEquals(List.of("1", "0", "0"), readAll(source).stream().map(ScoredRow::actualLabel).toList());
        }
    }

    @Test
    void probabilityColumnsMakeItClassification() throws IOException {
        try (ScoredRowSource source = open(file("actual,predicted,p_1,p_0\n1,1,0.8,0.2\n0,0,0.3,0.7\n"))) {
            assertEquals(Task.CLASSIFICATION, source.task());
            assertEquals(List.of("0", "1"), source.probabilityLabels(), "ordered by label");
            assertArrayEquals(new double[] {0.2, 0.8}, source.nextBatch(1).get(0).probabilities());
        }
    }

    @Test
    void theTaskParameterOverridesTheInference() throws IOException {
        Path file = file("actual,predicted\n1,1\n0,1\n");
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forPredictions(file).withTask(Task.CLASSIFICATION))) {
            assertEquals(Task.CLASSIFICATION, source.task());
            assertEquals(List.of(), source.notes());
        }
    }

    @Test
    void withoutAPredictedColumnThePredictionIsTheMostProbableLabelFirstOnTies() throws IOException {
        try (ScoredRowSource source = open(file("actual,p_cat,p_dog\ncat,0.9,0.1\ndog,0.2,0.8\ndog,0.5,0.5\n"))) {
            assertEquals(List.of("cat", "dog", "cat"), readAll(source).stream().map(ScoredRow::predictedLabel).toList());
        }
    }

    @Test
    void otherColumnsAreKeptAsFeatureColumns() throws IOException {
        try (ScoredRowSource source = open(file("id,actual,predicted,p_a,p_b,age\n7,a,a,0.6,0.4,31\n"))) {
            assertEquals(List.of("id", "age"), source.featureColumns());
            assertArrayEquals(new String[] {"7", "31"}, source.nextBatch(1).get(0).cells());
        }
    }

    @Test
    void probabilitiesThatDoNotSumToOneAreRenormalisedAndNoted() throws IOException {
        try (ScoredRowSource source = open(file("actual,predicted,p_a,p_b\na,a,0.6,0.6\nb,b,0.25,0.75\n"))) {
            List<ScoredRow> rows = readAll(source);
            assertArrayEquals(new double[] {0.5, 0.5}, rows.get(0).probabilities(), 1e-12);
            assertArrayEquals(new double[] {0.25, 0.75}, rows.get(1).probabilities(), 1e-12);
            assertEquals(List.of("1 row had probabilities that did not sum to 1 (within 1.0E-6) and was renormalised."),
                    source.notes());
        }
    }

    @Test
    void aSumWithinTheToleranceIsLeftAlone() throws IOException {
        try (ScoredRowSource source = open(file("actual,predicted,p_a,p_b\na,a,0.6,0.4000005\n"))) {
            assertArrayEquals(new double[] {0.6, 0.4000005}, source.nextBatch(1).get(0).probabilities());
            assertEquals(List.of(), source.notes());
        }
    }

    @Test
    void aNonNumericProbabilityNamesLineAndColumn() throws IOException {
        Path file = file("actual,predicted,p_a,p_b\na,a,0.6,0.4\nb,b,high,0.9\n");
        assertEquals("Line 3 of " + file + " has 'high' in the probability column 'p_a', which is not a number. Fix the "
                + "row, or set onBadRow to skip to leave such rows out.", readFails(SourceRequest.forPredictions(file)).getMessage());
    }

    @Test
    void aMissingProbabilityNamesLineAndColumn() throws IOException {
        Path file = file("actual,predicted,p_a,p_b\na,a,0.6,\n");
        assertTrue(readFails(SourceRequest.forPredictions(file)).getMessage()
                .startsWith("Line 2 of " + file + " has no value in the probability column 'p_b'."));
    }

    @Test
    void aNegativeProbabilityIsAnError() throws IOException {
        Path file = file("actual,predicted,p_a,p_b\na,a,1.2,-0.2\n");
        assertTrue(readFails(SourceRequest.forPredictions(file)).getMessage()
                .startsWith("Line 2 of " + file + " has 1.2 in the probability column 'p_a', outside [0, 1]."));
    }

    @Test
    void anEmptyActualNamesItsLine() throws IOException {
        Path file = file("actual,predicted\na,a\n,b\n");
        assertTrue(readFails(SourceRequest.forPredictions(file)).getMessage()
                .startsWith("Line 3 of " + file + " has an empty actual column 'actual'."));
    }

    @Test
    void aNonNumericRegressionPredictionNamesLineAndColumn() throws IOException {
        Path file = file("actual,predicted\n1,2\n3,x\n");
        assertTrue(readFails(SourceRequest.forPredictions(file).withTask(Task.REGRESSION)).getMessage()
                .startsWith("Line 3 of " + file + " has 'x' in the predicted column 'predicted', which is not a number"));
    }

    @Test
    void aProbabilityColumnForALabelThatNeverOccursIsReportedAtTheEnd() throws IOException {
        Path file = file("actual,predicted,p_a,p_b,p_c\na,a,0.5,0.5,0\nb,b,0.1,0.9,0\n");
        assertEquals("The predictions file " + file + " has probability column 'p_c' for a label that never occurs as an "
                + "actual or predicted value; check the column names against the labels or set probabilityPrefix.",
                readFails(SourceRequest.forPredictions(file)).getMessage());
    }

    @Test
    void neitherPredictedNorProbabilitiesIsAnError() throws IOException {
        Path file = file("actual,guess\na,a\n");
        assertEquals("The predictions file " + file + " has neither a predicted column 'predicted' nor probability "
                + "columns 'p_<label>' (its columns are 'actual', 'guess'); set predictionColumn or probabilityPrefix.",
                readFails(SourceRequest.forPredictions(file)).getMessage());
    }

    @Test
    void aMissingActualColumnListsTheColumns() throws IOException {
        Path file = file("truth,predicted\na,a\n");
        assertTrue(readFails(SourceRequest.forPredictions(file)).getMessage()
                .startsWith("The predictions file " + file + " has no actual column 'actual' (its columns are 'truth', 'predicted')"));
    }

    @Test
    void columnNamesAndPrefixCanBeChosen() throws IOException {
        Path file = file("truth,guess,prob.a,prob.b\na,b,0.4,0.6\n");
        SourceRequest request = new SourceRequest(null, null, file, "truth", "guess", "prob.", null, null);
        try (ScoredRowSource source = ScoredRowSources.open(request)) {
            ScoredRow row = source.nextBatch(5).get(0);
            assertEquals("a", row.actualLabel());
            assertEquals("b", row.predictedLabel());
            assertEquals(List.of("a", "b"), source.probabilityLabels());
        }
    }

    @Test
    void skippedRowsAreCountedByReasonWithTheirLines() throws IOException {
        Path file = file("actual,predicted,p_a,p_b\na,a,0.6,0.4\n,b,0.5,0.5\nb,b,x,0.5\nb,b,0.1,0.9\n,a,0.5,0.5\n");
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forPredictions(file).withOnBadRow(BadRowPolicy.SKIP))) {
            List<ScoredRow> rows = readAll(source);
            assertEquals(List.of(2L, 5L), rows.stream().map(ScoredRow::line).toList());
            // The index is the row's position among the data rows read, skipped rows included, so that a row's
            // bootstrap key does not depend on which thread learnt how many rows before it were skipped.
            assertEquals(List.of(0L, 3L), rows.stream().map(ScoredRow::index).toList());
            assertEquals(2, source.dataInfo().rows());
            assertEquals(3, source.dataInfo().skippedRows());
            assertEquals(List.of("Skipped 3 bad rows (onBadRow=skip): 2 with an empty actual value (lines 3, 6); "
                    + "1 with a non-numeric probability (line 4)."), source.notes());
        }
    }

    @Test
    void modelInfoNamesThePredictionsFileAndItsDigest() throws IOException {
        Path file = file("actual,predicted\na,a\n");
        try (ScoredRowSource source = open(file)) {
            ModelInfo info = source.model();
            assertEquals("predictions-file", info.type());
            assertEquals(file.toString(), info.path());
            assertEquals(Sha256.ofFile(file), info.sha256());
            assertNull(info.tribuoVersion());
            assertEquals(List.of(), source.modelLabels());
            readAll(source);
            assertEquals(info.sha256(), source.dataInfo().sha256());
        }
    }

    @Test
    void readsTabSeparatedPredictions() throws IOException {
        Path file = TestModels.write(dir, "predictions.tsv", "actual\tpredicted\na,b\ta,b\n");
        try (ScoredRowSource source = open(file)) {
            assertEquals("a,b", source.nextBatch(1).get(0).actualLabel());
        }
    }
}
