package org.mlgate.analysis.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.JsonReportWriter;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportReader;

/** storeRows: per-row outcomes in a report, and paired tests against a report that has them. */
class StoredRowsTest {
    @TempDir
    Path dir;

    private static Path resource(String name) {
        try {
            return Path.of(StoredRowsTest.class.getResource("/model/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SourceRequest iris(String model, Path data) {
        return SourceRequest.forModel(resource(model), data).withLabelColumn("species");
    }

    private static Report run(SourceRequest source, BaselineOptions baseline) {
        return Evaluation.run(EvaluationRequest.of(source, List.of()).withBaseline(baseline));
    }

    private static BaselineOptions storeRows() {
        return BaselineOptions.none().withStoreRows(true);
    }

    private static BaselineOptions against(Path report) {
        return new BaselineOptions(report, null, false);
    }

    private Path saved(Report report, String name) throws IOException {
        Path file = dir.resolve(name);
        new JsonReportWriter().write(report, file);
        return file;
    }

    private Path irisChampion(Path data) throws IOException {
        return saved(run(iris("iris-logistic.tribuo", data), storeRows()), "champion.json");
    }

    private static BaselineComparison comparison(Report report, String metric) {
        return report.baseline().comparisons().stream().filter(c -> c.metric().equals(metric)).findFirst()
                .orElseThrow();
    }

    /** The validation file with its data rows in another order (the header stays first). */
    private Path shuffledValidation() throws IOException {
        List<String> lines = Files.readAllLines(resource("iris-validation.csv"));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(rows, new Random(7));
        rows.add(0, lines.get(0));
        return Files.write(dir.resolve("shuffled.csv"), rows);
    }

    @Test
    void reportsHaveNoRowsSectionUnlessStoreRowsIsOn() {
        Report report = run(iris("iris-logistic.tribuo", resource("iris-validation.csv")), BaselineOptions.none());
        assertNull(report.rows());
    }

    @Test
    void theRowsSectionSurvivesTheTripThroughJson() throws IOException {
        Report report = run(iris("iris-logistic.tribuo", resource("iris-validation.csv")), storeRows());
        Report read = new ReportReader().read(saved(report, "report.json"));
        StoredRows rows = read.rows();
        assertEquals(report.rows(), rows);
        assertEquals(StoredRows.FORMAT, rows.format());
        assertEquals(45, rows.count());
        assertEquals(1, rows.labelIndexBytes());
        StoredRows.Decoded decoded = rows.decode("test", false);
        long right = java.util.stream.IntStream.range(0, decoded.rows()).filter(decoded::correct).count();
        assertEquals(report.metrics().get("accuracy"), right / 45.0, 1e-12);
    }

    @Test
    void rowKeysAreTheHashesOfTheRowsDigest() throws IOException {
        Report report = run(iris("iris-logistic.tribuo", resource("iris-validation.csv")), storeRows());
        RowsDigest digest = new RowsDigest(List.of());
        for (long key : report.rows().decode("test", false).keys()) {
            digest.addHash(key);
        }
        // the digest's count, sum and xor, rebuilt from the keys alone
        assertEquals(report.data().rowsDigest(), digest.value());
    }

    @Test
    void longArraysAreSplitIntoChunksAndJoinedBack() {
        RowOutcomes outcomes = new RowOutcomes(false, "test", "test");
        String[] labels = {"a", "b", "c"};
        for (int i = 0; i < 21; i++) {
            outcomes.add(1000L * i, new ScoredRow(i, i + 2, new String[0], labels[i % 3], labels[i / 7], null,
                    Double.NaN, Double.NaN));
        }
        StoredRows rows = StoredRows.of(outcomes, 8);
        assertEquals(3, rows.rowKeys().size());
        assertEquals(3, rows.correct().size());
        StoredRows.Decoded decoded = rows.decode("test", false);
        for (int i = 0; i < 21; i++) {
            assertEquals(1000L * i, decoded.keys()[i]);
            assertEquals(labels[i / 7], decoded.predictedLabel(i));
            assertEquals(labels[i % 3].equals(labels[i / 7]), decoded.correct(i), "row " + i);
        }
    }

    @Test
    void equalKeysPairInTheirOrderOfOccurrence() {
        long[] current = {5, 3, 5, 7, 11};
        long[] stored = {7, 5, 3, 5, 9};
        assertArrayEquals(new int[] {1, 2, 3, 0, -1}, RowPairing.match(current, current.length, stored));
    }

    @Test
    void storedRowsGiveTheSameMcNemarTestAsTheBaselineModel() throws IOException {
        Path champion = irisChampion(resource("iris-validation.csv"));
        SourceRequest challenger = iris("iris-stump.tribuo", resource("iris-validation.csv"));
        Report fromRows = run(challenger, against(champion));
        Report fromModel = run(challenger, new BaselineOptions(null, resource("iris-logistic.tribuo"), false));
        BaselineComparison stored = comparison(fromRows, "accuracy");
        BaselineComparison scored = comparison(fromModel, "accuracy");
        assertEquals("mcnemar-exact", stored.test());
        assertEquals(scored.pValue(), stored.pValue(), 0);
        assertEquals(comparison(fromModel, "macroF1").pValue(), comparison(fromRows, "macroF1").pValue(), 0);
        assertEquals(fromModel.baseline().newlyBroken(), fromRows.baseline().newlyBroken());
        assertEquals(fromModel.baseline().newlyFixedRows(), fromRows.baseline().newlyFixedRows());
    }

    @Test
    void rowsArePairedByKeyWhenTheChallengerReadsThemInAnotherOrder() throws IOException {
        Path champion = irisChampion(resource("iris-validation.csv"));
        Report inOrder = run(iris("iris-stump.tribuo", resource("iris-validation.csv")), against(champion));
        Report shuffled = run(iris("iris-stump.tribuo", shuffledValidation()), against(champion));
        assertTrue(shuffled.baseline().sameRows());
        assertEquals(inOrder.baseline().newlyBrokenRows(), shuffled.baseline().newlyBrokenRows());
        assertEquals(comparison(inOrder, "accuracy").pValue(), comparison(shuffled, "accuracy").pValue(), 0);
    }

    @Test
    void storedRowsOfOtherRowsAreRefused() throws IOException {
        List<String> lines = Files.readAllLines(resource("iris-validation.csv"));
        Path fewer = Files.write(dir.resolve("fewer.csv"), lines.subList(0, 31));
        Path champion = irisChampion(fewer);
        InputException error = assertThrows(InputException.class,
                () -> run(iris("iris-stump.tribuo", resource("iris-validation.csv")), against(champion)));
        assertTrue(error.getMessage().contains("other validation rows"), error.getMessage());
    }

    @Test
    void allowDifferentDataPairsTheRowsBothSidesHave() throws IOException {
        List<String> lines = Files.readAllLines(resource("iris-validation.csv"));
        Path champion = irisChampion(Files.write(dir.resolve("fewer.csv"), lines.subList(0, 31)));
        Report report = run(iris("iris-stump.tribuo", resource("iris-validation.csv")),
                new BaselineOptions(champion, null, true));
        assertNotNull(comparison(report, "accuracy").pValue());
        assertTrue(report.baseline().notes().stream().anyMatch(n -> n.contains("the 30 rows matched by row key")),
                String.valueOf(report.baseline().notes()));
    }

    @Test
    void moreRowsThanTheCapAreRefusedWithTheReason() {
        RowOutcomes outcomes = new RowOutcomes(false, "storeRows (ml.storeRows) on valid.csv", "turn storeRows off",
                3);
        for (int i = 0; i < 3; i++) {
            outcomes.add(i, new ScoredRow(i, i + 2, new String[0], "a", "a", null, Double.NaN, Double.NaN));
        }
        InputException error = assertThrows(InputException.class, () -> outcomes.add(3,
                new ScoredRow(3, 5, new String[0], "a", "a", null, Double.NaN, Double.NaN)));
        assertTrue(error.getMessage().startsWith("storeRows (ml.storeRows) on valid.csv keeps every validation"
                + " row's outcome in memory"), error.getMessage());
        assertTrue(error.getMessage().contains("more than 3 rows; turn storeRows off"), error.getMessage());
    }

    @Test
    void theDocumentedCapIsFiveMillionRows() {
        assertEquals(5_000_000, RowOutcomes.MAX_ROWS);
    }

    @Test
    void aDamagedRowsSectionIsRefusedBeforeAnyRowIsScored() throws IOException {
        Path champion = irisChampion(resource("iris-validation.csv"));
        Files.writeString(champion, Files.readString(champion).replace("\"count\" : 45", "\"count\" : 46")
                .replace("\"count\": 45", "\"count\": 46"));
        InputException error = assertThrows(InputException.class,
                () -> run(iris("iris-stump.tribuo", resource("iris-validation.csv")), against(champion)));
        assertTrue(error.getMessage().contains("bytes in rows.rowKeys but its count needs 368"), error.getMessage());
    }

    @Test
    void regressionPairsAbsoluteErrorsInAPairedBootstrap() throws IOException {
        Random random = new Random(3);
        List<String> champion = new ArrayList<>(List.of("x,actual,predicted"));
        List<String> challenger = new ArrayList<>(List.of("x,actual,predicted"));
        List<Double> championErrors = new ArrayList<>();
        List<Double> challengerErrors = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double actual = Math.round(random.nextGaussian() * 1000) / 100.0;
            double good = actual + Math.round(random.nextGaussian() * 50) / 100.0;
            double worse = actual + Math.round(random.nextGaussian() * 120) / 100.0;
            champion.add(String.format(Locale.ROOT, "%d,%s,%s", i, actual, good));
            challenger.add(String.format(Locale.ROOT, "%d,%s,%s", i, actual, worse));
            championErrors.add(Math.abs(good - actual));
            challengerErrors.add(Math.abs(worse - actual));
        }
        Path championFile = Files.write(dir.resolve("champion.csv"), champion);
        // the challenger's file lists the same rows backwards: pairing is by key, not position
        Collections.reverse(challenger.subList(1, challenger.size()));
        Path challengerFile = Files.write(dir.resolve("challenger.csv"), challenger);
        Path stored = saved(run(SourceRequest.forPredictions(championFile).withTask(Task.REGRESSION), storeRows()),
                "champion.json");
        Report report = run(SourceRequest.forPredictions(challengerFile).withTask(Task.REGRESSION), against(stored));

        PairedRows expected = new PairedRows();
        for (int i = 199; i >= 0; i--) {
            expected.addRegression(challengerErrors.get(i), championErrors.get(i));
        }
        PairedBootstrap bootstrap = new PairedBootstrap(MetricOptions.defaults().bootstrapReplicates(),
                MetricOptions.DEFAULT_SEED);
        BaselineComparison mae = comparison(report, "mae");
        assertEquals("paired-bootstrap", mae.test());
        assertEquals(expected.test("mae", null, bootstrap).pValue(), mae.pValue(), 0);
        assertEquals(expected.test("rmse", null, bootstrap).pValue(), comparison(report, "rmse").pValue(), 0);
        assertTrue(mae.pValue() < 0.05, String.valueOf(mae.pValue()));
        assertNull(report.baseline().newlyBroken());
    }
}
