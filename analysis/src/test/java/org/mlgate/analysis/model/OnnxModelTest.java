package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;

/**
 * ONNX models of scikit-learn pipelines, run by ONNX Runtime, predict what scikit-learn 1.2.1 predicts for the same
 * rows: the fixtures (analysis/model-fixtures/make_onnx_fixtures.py) are written as skl2onnx writes such models, with
 * scikit-learn's own predictions beside each. ONNX Runtime computes in float32, scikit-learn in float64, so they agree
 * to about 1e-7.
 */
class OnnxModelTest {

    static final Path DIR = TestModels.resource("onnx/wine-validation.csv").getParent();
    private static final double TOLERANCE = 1e-6;
    static final List<String> WINE_COLUMNS = List.of("alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium",
            "total_phenols", "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
            "od280_od315_of_diluted_wines", "proline");

    static SourceRequest request(String model, String data, String label) {
        return SourceRequest.forModel(DIR.resolve(model), DIR.resolve(data)).withLabelColumn(label);
    }

    private static double worstProbability(List<ScoredRow> rows, double[][] expected) {
        double worst = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).probabilities().length; c++) {
                worst = Math.max(worst, Math.abs(rows.get(r).probabilities()[c] - expected[c][r]));
            }
        }
        return worst;
    }

    @Test
    void aZipMapClassifierWithStringLabelsAgreesWithScikitLearn() throws IOException {
        SourceRequest request = request("wine-logistic-zipmap.onnx", "wine-validation.csv", "cultivar")
                .withModelOptions(ModelOptions.DEFAULT.withFeatureColumns(WINE_COLUMNS));
        List<String> labels;
        try (ScoredRowSource source = ScoredRowSources.open(request)) {
            labels = source.probabilityLabels();
            assertEquals(Task.CLASSIFICATION, source.task());
            assertEquals("onnx", source.model().type());
            assertEquals("skl2onnx 1.16.0", source.model().producer());
        }
        assertEquals(List.of("barbera", "barolo", "grignolino"), labels); // the ZipMap's class labels
        List<ScoredRow> rows = XgboostModelTest.scoreAll(request);
        double[][] expected = XgboostModelTest.expected(DIR.resolve("wine-logistic-predictions.csv"));
        assertEquals(expected[0].length, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(labels.get((int) expected[3][r]), rows.get(r).predictedLabel(), "row " + r);
        }
        double worst = worstProbability(rows, expected);
        System.out.printf("wine-logistic-zipmap.onnx: largest difference from scikit-learn's predict_proba %.3g%n",
                worst);
        assertTrue(worst <= TOLERANCE, "largest difference from scikit-learn: " + worst);
    }

    @Test
    void aRandomForestAsATreeEnsembleClassifierAgreesWithScikitLearn() throws IOException {
        SourceRequest request = request("wine-forest-trees.onnx", "wine-validation.csv", "cultivar")
                .withModelOptions(ModelOptions.DEFAULT.withFeatureColumns(WINE_COLUMNS));
        List<ScoredRow> rows = XgboostModelTest.scoreAll(request);
        List<String> labels = List.of("barbera", "barolo", "grignolino");
        double[][] expected = XgboostModelTest.expected(DIR.resolve("wine-forest-predictions.csv"));
        assertEquals(expected[0].length, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(labels.get((int) expected[3][r]), rows.get(r).predictedLabel(), "row " + r);
        }
        double worst = worstProbability(rows, expected);
        System.out.printf("wine-forest-trees.onnx: largest difference from scikit-learn's predict_proba %.3g%n",
                worst);
        assertTrue(worst <= TOLERANCE, "largest difference from scikit-learn: " + worst);
    }

    @Test
    void aProbabilityTensorWithIntegerLabelsTakesItsClassNamesFromTheLabelsParameter() throws IOException {
        List<String> names = List.of("barbera", "barolo", "grignolino");
        SourceRequest request = request("wine-logistic-tensor.onnx", "wine-validation.csv", "cultivar")
                .withModelOptions(new ModelOptions("onnx", WINE_COLUMNS, names));
        List<ScoredRow> rows = XgboostModelTest.scoreAll(request);
        double[][] expected = XgboostModelTest.expected(DIR.resolve("wine-logistic-predictions.csv"));
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(names.get((int) expected[3][r]), rows.get(r).predictedLabel(), "row " + r);
        }
        double worst = worstProbability(rows, expected);
        System.out.printf("wine-logistic-tensor.onnx: largest difference from scikit-learn's predict_proba %.3g%n",
                worst);
        assertTrue(worst <= TOLERANCE, "largest difference from scikit-learn: " + worst);
    }

    @Test
    void oneInputPerColumnIsMatchedByNameAndLabelsRenameTheModelsClassValues() throws IOException {
        SourceRequest request = request("cancer-logistic-columns.onnx", "cancer-validation.csv", "diagnosis")
                .withModelOptions(ModelOptions.DEFAULT.withLabels(List.of("benign", "malignant")));
        try (ScoredRowSource source = ScoredRowSources.open(request)) {
            assertEquals(List.of("benign", "malignant"), source.probabilityLabels());
        }
        List<ScoredRow> rows = XgboostModelTest.scoreAll(request);
        double[][] expected = XgboostModelTest.expected(DIR.resolve("cancer-logistic-predictions.csv"));
        assertEquals(expected[0].length, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(expected[2][r] == 1 ? "malignant" : "benign", rows.get(r).predictedLabel(), "row " + r);
        }
        double worst = worstProbability(rows, expected);
        System.out.printf("cancer-logistic-columns.onnx: largest difference from scikit-learn's predict_proba %.3g%n",
                worst);
        assertTrue(worst <= TOLERANCE, "largest difference from scikit-learn: " + worst);
    }

    @Test
    void aRegressorWithAnImputerAgreesWithScikitLearnOnRowsWithEmptyCells() throws IOException {
        SourceRequest request = request("diabetes-linear.onnx", "diabetes-validation.csv", "progression")
                .withModelOptions(ModelOptions.DEFAULT.withFeatureColumns(
                        List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6")));
        List<ScoredRow> rows = XgboostModelTest.scoreAll(request);
        double[] expected = XgboostModelTest.expected(DIR.resolve("diabetes-linear-predictions.csv"))[0];
        assertEquals(expected.length, rows.size());
        double worst = 0;
        for (int r = 0; r < rows.size(); r++) {
            assertNull(rows.get(r).predictedLabel());
            worst = Math.max(worst, Math.abs(rows.get(r).predictedValue() - expected[r]) / Math.abs(expected[r]));
        }
        System.out.printf("diabetes-linear.onnx: largest relative difference from scikit-learn's predict %.3g%n",
                worst);
        assertTrue(worst <= TOLERANCE, "largest relative difference from scikit-learn: " + worst);
    }

    @Test
    void stringIntegerAndFloatInputsTakeTheirColumnsCellsAsTextWholeNumbersAndNumbers() throws IOException {
        List<ScoredRow> rows = XgboostModelTest.scoreAll(request("shop-logistic-mixed.onnx", "shop-validation.csv",
                "bought"));
        double[][] expected = XgboostModelTest.expected(DIR.resolve("shop-logistic-predictions.csv"));
        assertEquals(expected[0].length, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(expected[2][r] == 1 ? "yes" : "no", rows.get(r).predictedLabel(), "row " + r);
        }
        double worst = worstProbability(rows, expected);
        System.out.printf("shop-logistic-mixed.onnx: largest difference from scikit-learn's predict_proba %.3g%n",
                worst);
        assertTrue(worst <= TOLERANCE, "largest difference from scikit-learn: " + worst);
    }

    @Test
    void aCellThatIsNotAWholeNumberInAnIntegerInputIsABadRow(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path data = TestModels.write(dir, "shop.csv", "colour,visits,size,bought\nred,2,1.0,yes\nblue,2.5,1.1,no\n");
        SourceRequest request = SourceRequest.forModel(DIR.resolve("shop-logistic-mixed.onnx"), data)
                .withLabelColumn("bought");
        InputException e = assertThrows(InputException.class, () -> XgboostModelTest.scoreAll(request));
        assertEquals("Line 3 of " + data + " has '2.5' in column 'visits', which the model reads as a whole number. "
                + "Fix the row, or set onBadRow to skip to leave such rows out.",
                e.getMessage());
    }

    @Test
    void aSingleVectorInputNeedsFeatureColumns() {
        InputException e = assertThrows(InputException.class, () -> ScoredRowSources.open(
                request("wine-logistic-zipmap.onnx", "wine-validation.csv", "cultivar")).close());
        assertTrue(e.getMessage().startsWith("The model " + DIR.resolve("wine-logistic-zipmap.onnx") + " reads its "
                + "features as one vector (its input 'float_input', tensor(float) of shape [?, 13]) whose parts have "
                + "no names; set featureColumns to the 13 columns of "), e.getMessage());
    }

    @Test
    void featureColumnsMustNameAsManyColumnsAsTheModelReads() {
        InputException e = assertThrows(InputException.class, () -> ScoredRowSources.open(
                request("wine-logistic-zipmap.onnx", "wine-validation.csv", "cultivar")
                        .withModelOptions(ModelOptions.DEFAULT.withFeatureColumns(WINE_COLUMNS.subList(0, 12))))
                .close());
        assertTrue(e.getMessage().startsWith("featureColumns names 12 columns, but the model "), e.getMessage());
    }

    @Test
    void labelsMustNameEachOfTheModelsClasses() {
        InputException e = assertThrows(InputException.class, () -> ScoredRowSources.open(
                request("cancer-logistic-columns.onnx", "cancer-validation.csv", "diagnosis")
                        .withModelOptions(ModelOptions.DEFAULT.withLabels(List.of("a", "b", "c")))).close());
        assertTrue(e.getMessage().startsWith("labels names 3 classes, but the model file "), e.getMessage());
        assertTrue(e.getMessage().contains(" has 2 ('0', '1')"), e.getMessage());
    }

    @Test
    void theTaskParameterMustFitTheModel() {
        InputException e = assertThrows(InputException.class, () -> ScoredRowSources.open(
                request("cancer-logistic-columns.onnx", "cancer-validation.csv", "diagnosis")
                        .withTask(Task.REGRESSION)).close());
        assertTrue(e.getMessage().contains("has no output that mlgate reads as a regression model's prediction"),
                e.getMessage());
    }

    @Test
    void metadataLabelsAreAJsonArrayOrACommaList() {
        assertEquals(List.of("a", "b c"), OnnxModelLoader.labelsInMetadata(java.util.Map.of("labels",
                "[\"a\", \"b c\"]")));
        assertEquals(List.of("x", "y"), OnnxModelLoader.labelsInMetadata(java.util.Map.of("classes", "x, y")));
        assertEquals(List.of(), OnnxModelLoader.labelsInMetadata(java.util.Map.of()));
    }

    @Test
    void withoutOnnxRuntimeOnTheClasspathTheBuildIsToldWhichDependencyToAdd() {
        Path model = DIR.resolve("wine-logistic-zipmap.onnx");
        InputException e = assertThrows(InputException.class,
                () -> OnnxRuntimeCheck.loader(model, ClassLoader.getPlatformClassLoader()));
        assertEquals("The model file " + model + " is an ONNX model, and ONNX Runtime is not on the plugin's "
                + "classpath; add it to the plugin's dependencies in your POM (inside <plugin> for ml-maven-plugin: "
                + "<dependencies><dependency><groupId>com.microsoft.onnxruntime</groupId><artifactId>onnxruntime"
                + "</artifactId><version>1.20.0</version></dependency></dependencies>).", e.getMessage());
    }
}
