package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;

/**
 * XGBoost models evaluated in pure Java predict what XGBoost 1.7.4 itself predicts for the same rows, to 1e-6, from
 * its JSON and from its UBJSON files: the fixtures (analysis/model-fixtures/make_xgboost_fixtures.py) carry XGBoost's
 * own predictions beside each model, and about 5% of the feature cells are empty, which XGBoost follows as missing.
 */
class XgboostModelTest {

    static final Path DIR = TestModels.resource("xgboost/cancer-validation.csv").getParent();
    private static final double TOLERANCE = 1e-6;

    static List<ScoredRow> scoreAll(SourceRequest request) {
        List<ScoredRow> rows = new ArrayList<>();
        try (ScoredRowSource source = ScoredRowSources.open(request)) {
            for (List<ScoredRow> b = source.nextBatch(64); !b.isEmpty(); b = source.nextBatch(64)) {
                rows.addAll(b);
            }
        }
        return rows;
    }

    /** The columns of a predictions file the fixture script wrote: {@code columns[c][row]}. */
    static double[][] expected(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int columns = lines.get(0).split(",").length;
        double[][] out = new double[columns][lines.size() - 1];
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",");
            for (int c = 0; c < columns; c++) {
                out[c][r - 1] = Double.parseDouble(cells[c]);
            }
        }
        return out;
    }

    static SourceRequest request(String model, String data, String label) {
        return SourceRequest.forModel(DIR.resolve(model), DIR.resolve(data)).withLabelColumn(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancer-binary.json", "cancer-binary.ubj"})
    void binaryLogisticProbabilitiesAgreeWithXgboost(String model) throws IOException {
        List<ScoredRow> rows = scoreAll(request(model, "cancer-validation.csv", "diagnosis")
                .withModelOptions(ModelOptions.DEFAULT.withLabels(List.of("benign", "malignant"))));
        double[][] expected = expected(DIR.resolve("cancer-binary-predictions.csv"));
        assertEquals(expected[0].length, rows.size());
        double worst = 0;
        for (int r = 0; r < rows.size(); r++) {
            double[] p = rows.get(r).probabilities();
            worst = Math.max(worst, Math.max(Math.abs(p[0] - expected[0][r]), Math.abs(p[1] - expected[1][r])));
            assertEquals(expected[1][r] > 0.5 ? "malignant" : "benign", rows.get(r).predictedLabel());
        }
        System.out.printf("%s: largest difference from XGBoost's predict_proba %.3g%n", model, worst);
        assertTrue(worst <= TOLERANCE, "largest difference from XGBoost: " + worst);
    }

    @Test
    void binaryMarginsAreXgboostsToTheLastBitOfAFloat() throws IOException {
        XgboostModel model = XgboostModelLoader.load(DIR.resolve("cancer-binary.json"), null, ModelOptions.DEFAULT);
        double[][] expected = expected(DIR.resolve("cancer-binary-predictions.csv"));
        List<String> lines = Files.readAllLines(DIR.resolve("cancer-validation.csv"));
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",", -1);
            float[] x = new float[10];
            for (int f = 0; f < 10; f++) {
                x[f] = cells[f].isEmpty() ? Float.NaN : (float) Double.parseDouble(cells[f]);
            }
            assertEquals((float) expected[2][r - 1], model.margins(x)[0], "row " + r);
        }
        assertEquals(40, model.treeCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wine-softprob.json", "wine-softprob.ubj"})
    void multiClassProbabilitiesAgreeWithXgboost(String model) throws IOException {
        List<String> columns = List.of("alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium",
                "total_phenols", "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
                "od280_od315_of_diluted_wines", "proline");
        List<ScoredRow> rows = scoreAll(request(model, "wine-validation.csv", "cultivar")
                .withModelOptions(new ModelOptions(null, columns, List.of("barolo", "grignolino", "barbera"))));
        double[][] expected = expected(DIR.resolve("wine-softprob-predictions.csv"));
        assertEquals(expected[0].length, rows.size());
        double worst = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 3; c++) {
                worst = Math.max(worst, Math.abs(rows.get(r).probabilities()[c] - expected[c][r]));
            }
        }
        System.out.printf("%s: largest difference from XGBoost's predict_proba %.3g%n", model, worst);
        assertTrue(worst <= TOLERANCE, "largest difference from XGBoost: " + worst);
    }

    @ParameterizedTest
    @ValueSource(strings = {"diabetes-regression.json", "diabetes-regression.ubj"})
    void regressionPredictionsAreXgboostsFloats(String model) throws IOException {
        List<ScoredRow> rows = scoreAll(request(model, "diabetes-validation.csv", "progression"));
        double[] expected = expected(DIR.resolve("diabetes-regression-predictions.csv"))[0];
        assertEquals(expected.length, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals((float) expected[r], (float) rows.get(r).predictedValue(), "row " + r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"diabetes-dart.json", "diabetes-dart.ubj"})
    void dartPredictionsAreXgboostsFloats(String model) throws IOException {
        List<ScoredRow> rows = scoreAll(request(model, "diabetes-dart-validation.csv", "progression"));
        double[] expected = expected(DIR.resolve("diabetes-dart-predictions.csv"))[0];
        assertEquals(expected.length, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals((float) expected[r], (float) rows.get(r).predictedValue(), "row " + r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"diabetes-poisson.json", "diabetes-poisson.ubj"})
    void poissonPredictionsAgreeWithXgboost(String model) throws IOException {
        List<ScoredRow> rows = scoreAll(request(model, "diabetes-counts-validation.csv", "visits"));
        double[] expected = expected(DIR.resolve("diabetes-poisson-predictions.csv"))[0];
        double worst = 0;
        for (int r = 0; r < rows.size(); r++) {
            worst = Math.max(worst, Math.abs(rows.get(r).predictedValue() - expected[r]) / expected[r]);
        }
        System.out.printf("%s: largest relative difference from XGBoost's predict %.3g%n", model, worst);
        assertTrue(worst <= TOLERANCE, "largest relative difference from XGBoost: " + worst);
    }

    @Test
    void theReportSaysWhatTheModelIsAndWhoWroteIt() {
        try (ScoredRowSource source = ScoredRowSources.open(request("cancer-binary.ubj", "cancer-validation.csv",
                "diagnosis"))) {
            assertEquals(Task.CLASSIFICATION, source.task());
            assertEquals("xgboost gbtree binary:logistic", source.model().type());
            assertEquals("xgboost 1.7.4", source.model().producer());
            assertEquals(List.of("0", "1"), source.modelLabels());
            assertEquals(List.of("0", "1"), source.probabilityLabels());
        }
    }

    @Test
    void emptyCellsAreNotedAsMissingValues() {
        try (ScoredRowSource source = ScoredRowSources.open(request("diabetes-regression.json",
                "diabetes-validation.csv", "progression"))) {
            while (!source.nextBatch(1000).isEmpty()) {
                // reading
            }
            String note = source.notes().stream().filter(n -> n.contains("empty cells")).findFirst().orElseThrow();
            assertTrue(note.endsWith("which XGBoost follows as missing values (each split's default direction)."),
                    note);
        }
    }
}
