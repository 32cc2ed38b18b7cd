package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Prediction;
import org.tribuo.hash.HashedFeatureMap;

/**
 * Every model family the plugin bundles (plugin/pom.xml) still loads through the guarded loader and predicts exactly
 * what the model predicted before it was saved; and so do the sample projects' models.
 */
class BundledModelFamiliesTest {

    @TempDir
    Path dir;

    static Stream<ModelFamilies.Family> families() {
        return ModelFamilies.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void aModelOfEachBundledFamilyLoadsAndPredictsAsBeforeItWasSaved(ModelFamilies.Family family) throws IOException {
        Dataset<?> data = ModelFamilies.trainingData(dir, family.task());
        Model<?> trained = family.train().apply(data);
        Path file = dir.resolve("model.tribuo");
        trained.serializeToFile(file);

        LoadedModel loaded = TribuoModelLoader.load(file, family.task());
        if (loaded.model().getFeatureIDMap() instanceof HashedFeatureMap hashed) {
            hashed.setSalt(ModelFamilies.HASHING_SALT); // Tribuo never saves the salt of a feature hasher
        }

        assertEquals(trained.getClass().getName(), loaded.info().type());
        assertEquals(family.task(), loaded.task());
        assertEquals(outputs(trained, data), outputs(loaded.model(), data));
    }

    @Test
    void theSampleProjectsModelsLoad() throws IOException {
        Path samples = Path.of("..", "sample-projects");
        List<Path> models;
        try (Stream<Path> files = Files.walk(samples)) {
            models = files.filter(p -> p.toString().endsWith(".tribuo") && !p.toString().contains("target")).toList();
        }
        assertTrue(models.size() >= 3, "sample models found: " + models);
        for (Path model : models) {
            String sample = model.getParent().getParent().getFileName().toString();
            String task = switch (sample) {
                case "digit-traits" -> "multilabel";
                case "iris-clusters" -> "clustering";
                case "tumour-anomalies" -> "anomaly";
                default -> "classification";
            };
            assertEquals(task, TribuoModelLoader.load(model, null).task().jsonName(), model.toString());
        }
    }

    /** The predicted outputs of every row, with their scores: what the evaluation reads from a model. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> outputs(Model model, Dataset<?> data) {
        List<String> outputs = new ArrayList<>();
        for (Example<?> example : data) {
            Prediction<?> prediction = model.predict((Example) example);
            Output<?> output = prediction.getOutput();
            outputs.add(output.getSerializableForm(true) + " " + new TreeMap<>(prediction.getOutputScores()));
        }
        return outputs;
    }
}
