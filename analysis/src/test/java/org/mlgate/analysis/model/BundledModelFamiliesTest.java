package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.tribuo.classification.Label;
import org.tribuo.hash.HashedFeatureMap;
import org.tribuo.regression.Regressor;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

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

    /**
     * Through mlgate as a build runs it (the validation CSV mapped to the model's features, rows predicted in
     * batches), each family predicts for each row what Tribuo predicts for the same examples in a batch: the label
     * and its probabilities, or the value. (Tribuo's k-NN breaks ties between equally distant neighbours differently
     * in a batch than one example at a time: on this grid of points, 2 of 60 regression rows differ between the two
     * of Tribuo's own paths. mlgate predicts in batches, as Tribuo's evaluators do.) A feature-hashed model cannot be
     * evaluated from columns, since Tribuo does not save the hasher's salt: one sentence says so.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void aModelOfEachBundledFamilyPredictsThroughMlgateWhatTribuoPredicts(ModelFamilies.Family family)
            throws IOException {
        Dataset<?> data = ModelFamilies.trainingData(dir, family.task());
        Model<?> trained = family.train().apply(data);
        Path file = dir.resolve("model.tribuo");
        trained.serializeToFile(file);
        boolean classification = family.task() == Task.CLASSIFICATION;
        Path csv = dir.resolve(switch (family.task()) {
            case CLASSIFICATION -> "classes-train.csv";
            case REGRESSION -> "regression-train.csv";
            case MULTILABEL -> "multilabel-train.csv";
            case CLUSTERING -> "clustering-train.csv";
            case ANOMALY -> "anomaly-train.csv";
        });
        SourceRequest request = SourceRequest.forModel(file, csv).withLabelColumn(switch (family.task()) {
            case CLASSIFICATION -> "label";
            case REGRESSION -> "target";
            case MULTILABEL -> "labels";
            case CLUSTERING -> "cluster";
            case ANOMALY -> "event";
        });
        if (trained.getFeatureIDMap() instanceof HashedFeatureMap) {
            InputException e = assertThrows(InputException.class, () -> ScoredRowSources.open(request).close());
            assertEquals("The model file " + file + " was trained on hashed features (Tribuo's HashingTrainer), and "
                    + "Tribuo does not save the hasher's salt, so mlgate cannot tell which column gives which feature; "
                    + "evaluate a predictions file of this model instead.", e.getMessage());
            return;
        }
        List<ScoredRow> rows = XgboostModelTest.scoreAll(request);
        assertEquals(data.size(), rows.size());
        List<Prediction<?>> batch = predictAll(trained, data);
        int i = 0;
        for (Prediction<?> expected : batch) {
            ScoredRow row = rows.get(i++);
            if (classification) {
                assertEquals(((Label) expected.getOutput()).getLabel(), row.predictedLabel(), family + " row " + i);
                if (row.probabilities() != null) {
                    List<String> labels = new ArrayList<>(new TreeMap<>(expected.getOutputScores()).keySet());
                    for (int c = 0; c < labels.size(); c++) {
                        assertEquals(((Label) expected.getOutputScores().get(labels.get(c))).getScore(),
                                row.probabilities()[c], 1e-12, family + " row " + i);
                    }
                }
            } else if (family.task() == Task.REGRESSION) {
                assertEquals(((Regressor) expected.getOutput()).getValues()[0], row.predictedValue(), 1e-12,
                        family + " row " + i);
            } else {
                assertEquals(laterTaskOutput(expected), row.predictedLabel(), family + " row " + i);
            }
        }
    }

    /** What mlgate's row carries as the prediction of a multi-label, clustering or anomaly model. */
    private static String laterTaskOutput(Prediction<?> prediction) {
        Object output = prediction.getOutput();
        if (output instanceof org.tribuo.multilabel.MultiLabel labels) {
            return org.mlgate.analysis.data.LabelSetText.join(labels.getNameSet());
        }
        if (output instanceof org.tribuo.clustering.ClusterID cluster) {
            return String.valueOf(cluster.getID());
        }
        return ((org.tribuo.anomaly.Event) output).getType().name();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Prediction<?>> predictAll(Model model, Dataset<?> data) {
        return model.predict((Iterable) data);
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
