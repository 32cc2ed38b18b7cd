package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.model.ModelOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.JsonReportWriter;

/**
 * ONNX and XGBoost models give the same report on one thread or several, as Tribuo models and predictions files do
 * ({@link RowPassTest}): their sources score chunks concurrently and the chunks merge in file order. The fixtures'
 * validation rows are repeated into files of a few dozen 64 KB chunks.
 */
class ExternalModelRowPassTest {
    private static final int CHUNK_BYTES = 64 << 10;

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(ExternalModelRowPassTest.class.getResource("/model/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture's rows, {@code times} times over (the header once). */
    private Path repeated(String name, int times) throws IOException {
        List<String> lines = Files.readAllLines(fixture(name));
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (int t = 0; t < times; t++) {
            lines.subList(1, lines.size()).forEach(line -> out.append(line).append('\n'));
        }
        return Files.writeString(dir.resolve(name.replace('/', '-')), out);
    }

    private static String report(SourceRequest source, int threads) {
        EvaluationRequest defaults = EvaluationRequest.of(source, List.of());
        EvaluationRequest request = new EvaluationRequest(defaults.source(),
                defaults.metricOptions().withBootstrapReplicates(50), defaults.errors(), defaults.checks(), null,
                List.of(), List.of(), new BaselineOptions(null, null, false, true));
        return new JsonReportWriter().toJson(Evaluation.run(request.withThreads(threads), CHUNK_BYTES));
    }

    @Test
    void anXgboostClassifierIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        SourceRequest source = SourceRequest.forModel(fixture("xgboost/cancer-binary.ubj"),
                repeated("xgboost/cancer-validation.csv", 150)).withLabelColumn("diagnosis")
                .withModelOptions(ModelOptions.DEFAULT.withLabels(List.of("benign", "malignant")));
        String one = report(source, 1);
        assertEquals(one, report(source, 2));
        assertEquals(one, report(source, 3));
    }

    @Test
    void anXgboostRegressorIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        SourceRequest source = SourceRequest.forModel(fixture("xgboost/diabetes-regression.json"),
                repeated("xgboost/diabetes-validation.csv", 60)).withLabelColumn("progression");
        assertEquals(report(source, 1), report(source, 2));
    }

    @Test
    void anOnnxClassifierIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        SourceRequest source = SourceRequest.forModel(fixture("onnx/wine-logistic-zipmap.onnx"),
                repeated("onnx/wine-validation.csv", 300)).withLabelColumn("cultivar")
                .withModelOptions(ModelOptions.DEFAULT.withFeatureColumns(List.of("alcohol", "malic_acid", "ash",
                        "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids", "nonflavanoid_phenols",
                        "proanthocyanins", "color_intensity", "hue", "od280_od315_of_diluted_wines", "proline")));
        String one = report(source, 1);
        assertEquals(one, report(source, 2));
        assertEquals(one, report(source, 3));
    }
}
