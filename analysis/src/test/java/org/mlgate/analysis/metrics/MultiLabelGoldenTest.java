package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlgate.analysis.metrics.TaskGolden.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;

/** The multi-label metrics agree with scikit-learn 1.2.1 on {@code tasks/multilabel.csv}. */
class MultiLabelGoldenTest {
    private static final TaskGolden GOLDEN = TaskGolden.load("multilabel");

    @Test
    void everyMetricMatchesScikitLearn() {
        MetricResult result = GOLDEN.result(Task.MULTILABEL, MetricOptions.defaults(), 1);
        JsonNode expected = GOLDEN.expected.get("metrics");
        expected.fieldNames().forEachRemaining(name ->
                assertClose(expected.get(name).asDouble(), result.metrics().get(name), name));
        assertEquals(17, result.metrics().size(), result.metrics().keySet().toString());
    }

    @Test
    void everyLabelMatchesScikitLearn() {
        MetricResult result = GOLDEN.result(Task.MULTILABEL, MetricOptions.defaults(), 1);
        JsonNode labels = GOLDEN.expected.get("labels");
        assertEquals(labels.size(), result.classes().size());
        labels.fields().forEachRemaining(entry -> {
            ClassMetrics label = result.classes().get(entry.getKey());
            JsonNode want = entry.getValue();
            assertEquals(want.get("support").asLong(), label.support(), entry.getKey());
            assertClose(want.get("precision").asDouble(), label.precision(), entry.getKey() + " precision");
            assertClose(want.get("recall").asDouble(), label.recall(), entry.getKey() + " recall");
            assertClose(want.get("f1").asDouble(), label.f1(), entry.getKey() + " f1");
            assertClose(want.get("aucRoc").asDouble(), label.aucRoc(), entry.getKey() + " aucRoc");
            assertClose(want.get("averagePrecision").asDouble(), label.averagePrecision(), entry.getKey() + " AP");
        });
    }

    @Test
    void chunksMergedInOrderGiveTheSameMetricsAndIntervals() {
        MetricResult whole = GOLDEN.result(Task.MULTILABEL, MetricOptions.defaults(), 1);
        MetricResult merged = GOLDEN.result(Task.MULTILABEL, MetricOptions.defaults(), 7);
        assertEquals(whole.metrics(), merged.metrics());
        assertEquals(whole.intervals(), merged.intervals());
    }

    @Test
    void headlineMetricsHaveIntervalsAroundTheirValue() {
        MetricResult result = GOLDEN.result(Task.MULTILABEL, MetricOptions.defaults(), 1);
        for (String name : List.of("subsetAccuracy", "hammingLoss", "samplesF1", "jaccardSamples", "microF1",
                "macroF1", "labelRankingAveragePrecision")) {
            Interval interval = result.intervals().get(name);
            double value = result.metrics().get(name);
            assertTrue(interval.lower() < value && value < interval.upper(), name + " " + interval);
        }
        assertTrue(result.classes().get("art").intervals().containsKey("f1"));
    }

    @Test
    void aLabelNeverPredictedHasPrecisionZeroAndANote() {
        MetricResult result = GOLDEN.result(Task.MULTILABEL, MetricOptions.defaults(), 1);
        assertEquals(0.0, result.classes().get("gen").precision());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("Precision is set to 0 for label 'gen'")),
                result.notes().toString());
    }

    @Test
    void withoutScoresTheRankingMetricsAreNullWithANote() {
        MultiLabelAccumulator acc = new MultiLabelAccumulator(List.of(), 10);
        acc.add(0, List.of("a"), List.of("a", "b"), null);
        acc.add(1, List.of(), List.of(), null);
        MetricResult result = acc.result(MetricOptions.defaults().withBootstrapReplicates(0));
        assertNull(result.metrics().get("aucRoc"));
        assertNull(result.metrics().get("labelRankingAveragePrecision"));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("The predictions give no per-label scores")));
        // Row 0: precision 1/2, recall 1, F1 2/3, Jaccard 1/2; row 1 (both empty): 0 each, as scikit-learn 1.2.1.
        assertEquals(0.25, result.metrics().get("samplesPrecision"));
        assertEquals(0.5, result.metrics().get("samplesRecall"));
        assertEquals(1.0 / 3, result.metrics().get("samplesF1"), 1e-15);
        assertEquals(0.5, result.metrics().get("subsetAccuracy"));
        assertEquals(0.25, result.metrics().get("hammingLoss")); // 1 wrong cell of 2 rows x 2 labels
    }

    @Test
    void aLabelOnEveryRowHasNoAucAndTheAverageSkipsIt() {
        MultiLabelAccumulator acc = new MultiLabelAccumulator(List.of("a", "b"), 10);
        acc.add(0, List.of("a", "b"), List.of("a"), new double[] {0.9, 0.2});
        acc.add(1, List.of("a"), List.of("a"), new double[] {0.8, 0.6});
        acc.add(2, List.of("a", "b"), List.of("a", "b"), new double[] {0.7, 0.7});
        MetricResult result = acc.result(MetricOptions.defaults().withBootstrapReplicates(0));
        assertNull(result.classes().get("a").aucRoc());
        assertEquals(result.classes().get("b").aucRoc(), result.metrics().get("aucRoc"));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("aucRoc is undefined for label 'a'")));
    }

    @Test
    void theLabelSetsDetailsCountCardinalityAndEmptySets() {
        MultiLabelAccumulator acc = new MultiLabelAccumulator(List.of(), 10);
        acc.add(0, List.of("x", "y"), List.of(), null);
        acc.add(1, List.of(), List.of("z"), null);
        TaskDetails.LabelSets sets = acc.result(MetricOptions.defaults()).details().labelSets();
        assertEquals(List.of("x", "y", "z"), sets.labels());
        assertEquals(1.0, sets.meanActualLabels());
        assertEquals(0.5, sets.meanPredictedLabels());
        assertEquals(1, sets.emptyActualSets());
        assertEquals(1, sets.emptyPredictedSets());
    }

    @Test
    void moreLabelsThanMaxClassesStopWithASentence() {
        MultiLabelAccumulator acc = new MultiLabelAccumulator(List.of(), 3);
        acc.add(0, List.of("a", "b", "c"), List.of(), null);
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.mlgate.analysis.InputException.class,
                () -> acc.add(1, List.of("d"), List.of(), null));
        assertTrue(e.getMessage().contains("more than 3 distinct labels"), e.getMessage());
        assertTrue(e.getMessage().contains("maxClasses"), e.getMessage());
    }

    @Test
    void intervalsNeedNoBlockCountsBeyondSixtyFourLabels() {
        MultiLabelAccumulator acc = new MultiLabelAccumulator(List.of(), 1000);
        for (int i = 0; i < 100; i++) {
            acc.add(i, List.of("l" + i, "common"), List.of("common"), null);
        }
        MetricResult result = acc.result(MetricOptions.defaults());
        assertNull(result.intervals().get("microF1"));
        assertTrue(result.intervals().containsKey("subsetAccuracy"));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("microF1 and macroF1 have no interval")));
        Map<String, Double> metrics = result.metrics();
        assertEquals(0.0, metrics.get("subsetAccuracy"));
    }
}
