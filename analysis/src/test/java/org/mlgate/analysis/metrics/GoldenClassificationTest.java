package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlgate.analysis.metrics.GoldenAssertions.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value the golden README lists for the four classification files, against scikit-learn 1.2.1. */
class GoldenClassificationTest {
    private static final MetricOptions NO_INTERVALS = MetricOptions.defaults().withBootstrapReplicates(0);

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced", "multiclass_four", "multiclass_ten"})
    void confusionMatrixHasSklearnLabelOrderAndCounts(String name) {
        GoldenFile file = GoldenFile.load(name);
        ConfusionMatrix matrix = file.classification().result(NO_INTERVALS).confusionMatrix();
        JsonNode cm = file.expected.get("confusion_matrix");
        List<String> order = new ArrayList<>();
        cm.get("labels_order").forEach(l -> order.add(l.asText()));
        assertEquals(order, matrix.labels());
        for (int a = 0; a < order.size(); a++) {
            long[] row = new long[order.size()];
            for (int p = 0; p < row.length; p++) {
                row[p] = cm.get("rows_true_cols_pred").get(a).get(p).asLong();
            }
            assertArrayEquals(row, matrix.counts()[a], "row " + order.get(a));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced", "multiclass_four", "multiclass_ten"})
    void labelMetricsMatchSklearn(String name) {
        GoldenFile file = GoldenFile.load(name);
        JsonNode e = file.expected;
        MetricResult r = file.classification().result(NO_INTERVALS);
        assertClose(e.get("accuracy").asDouble(), r.metrics().get("accuracy"), "accuracy");
        assertClose(e.get("error_rate").asDouble(), r.metrics().get("errorRate"), "errorRate");
        assertClose(e.get("balanced_accuracy").asDouble(), r.metrics().get("balancedAccuracy"), "balancedAccuracy");
        for (String average : List.of("macro", "micro", "weighted")) {
            String prefix = average;
            assertClose(e.get(average).get("precision").asDouble(), r.metrics().get(prefix + "Precision"), prefix + "Precision");
            assertClose(e.get(average).get("recall").asDouble(), r.metrics().get(prefix + "Recall"), prefix + "Recall");
            assertClose(e.get(average).get("f1").asDouble(), r.metrics().get(prefix + "F1"), prefix + "F1");
        }
        assertClose(e.get("mcc").asDouble(), r.metrics().get("mcc"), "mcc");
        assertClose(e.get("cohen_kappa").asDouble(), r.metrics().get("cohenKappa"), "cohenKappa");
        JsonNode headline = e.has("binary") ? e.get("binary") : e.get("macro");
        assertClose(headline.get("precision").asDouble(), r.metrics().get("precision"), "precision");
        assertClose(headline.get("recall").asDouble(), r.metrics().get("recall"), "recall");
        assertClose(headline.get("f1").asDouble(), r.metrics().get("f1"), "f1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced", "multiclass_four", "multiclass_ten"})
    void perClassValuesMatchSklearn(String name) {
        GoldenFile file = GoldenFile.load(name);
        MetricResult r = file.classification().result(NO_INTERVALS);
        file.expected.get("per_class").fields().forEachRemaining(entry -> {
            ClassMetrics c = r.classes().get(entry.getKey());
            JsonNode e = entry.getValue();
            assertEquals(e.get("support").asLong(), c.support(), "support of " + entry.getKey());
            assertClose(e.get("precision").asDouble(), c.precision(), "precision of " + entry.getKey());
            assertClose(e.get("recall").asDouble(), c.recall(), "recall of " + entry.getKey());
            assertClose(e.get("f1").asDouble(), c.f1(), "f1 of " + entry.getKey());
        });
        assertEquals(file.expected.get("per_class").size(), r.classes().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced"})
    void binaryProbabilityMetricsMatchSklearnForTheDefaultMinorityPositiveLabel(String name) {
        GoldenFile file = GoldenFile.load(name);
        JsonNode p = file.expected.get("proba");
        MetricResult r = file.classification().result(NO_INTERVALS);
        assertEquals(file.expected.get("pos_label").asText(), r.positiveLabel());
        assertClose(p.get("roc_auc").asDouble(), r.metrics().get("aucRoc"), "aucRoc");
        assertClose(p.get("average_precision").asDouble(), r.metrics().get("averagePrecision"), "averagePrecision");
        assertClose(p.get("brier_score").asDouble(), r.metrics().get("brier"), "brier");
        assertClose(p.get("log_loss").asDouble(), r.metrics().get("logLoss"), "logLoss");
        ClassMetrics positive = r.classes().get(r.positiveLabel());
        assertClose(p.get("roc_auc").asDouble(), positive.aucRoc(), "per-class aucRoc");
        assertClose(p.get("average_precision").asDouble(), positive.averagePrecision(), "per-class averagePrecision");
    }

    @ParameterizedTest
    @ValueSource(strings = {"multiclass_four", "multiclass_ten"})
    void multiClassProbabilityMetricsMatchSklearn(String name) {
        GoldenFile file = GoldenFile.load(name);
        JsonNode p = file.expected.get("proba");
        MetricResult r = file.classification().result(NO_INTERVALS);
        assertClose(p.get("roc_auc_ovr_macro").asDouble(), r.metrics().get("aucRoc"), "aucRoc");
        assertClose(p.get("roc_auc_ovr_weighted").asDouble(), r.metrics().get("aucRocWeighted"), "aucRocWeighted");
        assertClose(p.get("roc_auc_ovo_macro").asDouble(), r.metrics().get("aucRocOvo"), "aucRocOvo");
        assertClose(p.get("average_precision_macro").asDouble(), r.metrics().get("averagePrecision"), "averagePrecision");
        assertClose(p.get("log_loss").asDouble(), r.metrics().get("logLoss"), "logLoss");
        assertClose(p.get("brier_multiclass_sum_over_classes_numpy").asDouble(), r.metrics().get("brier"), "brier");
        p.get("roc_auc_per_class_ovr").fields().forEachRemaining(entry ->
                assertClose(entry.getValue().asDouble(), r.classes().get(entry.getKey()).aucRoc(), "aucRoc of " + entry.getKey()));
        p.get("average_precision_per_class_ovr").fields().forEachRemaining(entry ->
                assertClose(entry.getValue().asDouble(), r.classes().get(entry.getKey()).averagePrecision(),
                        "averagePrecision of " + entry.getKey()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced"})
    void rocCurveEndsAtBothCornersAndHasAtMost200Points(String name) {
        Curves curves = GoldenFile.load(name).classification().result(NO_INTERVALS).curves();
        assertEquals(true, curves.roc().size() <= 200 && curves.roc().size() >= 2);
        assertEquals(0.0, curves.roc().get(0).x());
        assertEquals(0.0, curves.roc().get(0).y());
        assertEquals(1.0, curves.roc().get(curves.roc().size() - 1).x());
        assertEquals(1.0, curves.roc().get(curves.roc().size() - 1).y());
        assertEquals(true, curves.precisionRecall().size() <= 200);
        assertEquals(1.0, curves.precisionRecall().get(curves.precisionRecall().size() - 1).x());
        assertEquals(CalibrationHistogram.BINS, curves.calibration().size());
    }
}
