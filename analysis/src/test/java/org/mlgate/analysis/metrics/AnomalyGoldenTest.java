package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlgate.analysis.metrics.TaskGolden.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;

/** The anomaly-detection metrics agree with scikit-learn 1.2.1 on {@code tasks/anomaly.csv}. */
class AnomalyGoldenTest {
    private static final TaskGolden GOLDEN = TaskGolden.load("anomaly");

    @Test
    void everyMetricMatchesScikitLearn() {
        MetricResult result = GOLDEN.result(Task.ANOMALY, MetricOptions.defaults(), 1);
        JsonNode expected = GOLDEN.expected.get("metrics");
        for (String name : List.of("precision", "recall", "f1", "aucRoc", "averagePrecision", "precisionAtK")) {
            assertClose(expected.get(name).asDouble(), result.metrics().get(name), name);
        }
        assertEquals(6, result.metrics().size());
        assertEquals("ANOMALOUS", result.positiveLabel());
    }

    @Test
    void precisionAtKUsesTopKWhenSet() {
        int topK = GOLDEN.expected.get("topK").asInt();
        MetricResult result = GOLDEN.result(Task.ANOMALY, MetricOptions.defaults().withTopK(topK), 1);
        assertClose(GOLDEN.expected.get("metrics").get("precisionAtTopK").asDouble(),
                result.metrics().get("precisionAtK"), "precisionAtK with topK");
        assertEquals(topK, result.details().precisionAtK().k());
        assertEquals("topK", result.details().precisionAtK().kSource());
    }

    @Test
    void byDefaultKIsTheNumberOfActualAnomalies() {
        MetricResult result = GOLDEN.result(Task.ANOMALY, MetricOptions.defaults(), 1);
        assertEquals(result.classes().get("ANOMALOUS").support(), result.details().precisionAtK().k());
        assertEquals("anomalies", result.details().precisionAtK().kSource());
    }

    @Test
    void chunksMergedInOrderGiveTheSameMetricsAndIntervals() {
        MetricResult whole = GOLDEN.result(Task.ANOMALY, MetricOptions.defaults(), 1);
        MetricResult merged = GOLDEN.result(Task.ANOMALY, MetricOptions.defaults(), 6);
        assertEquals(whole.metrics(), merged.metrics());
        assertEquals(whole.intervals(), merged.intervals());
    }

    @Test
    void theHeadlineMetricsHaveIntervals() {
        MetricResult result = GOLDEN.result(Task.ANOMALY, MetricOptions.defaults(), 1);
        for (String name : List.of("precision", "recall", "f1", "aucRoc", "averagePrecision", "precisionAtK")) {
            Interval interval = result.intervals().get(name);
            double value = result.metrics().get(name);
            assertTrue(interval.lower() <= value && value <= interval.upper(), name + " " + interval);
        }
    }

    @Test
    void theExpectedClassRanksTheNegatedScore() {
        MetricResult result = GOLDEN.result(Task.ANOMALY, MetricOptions.defaults(), 1);
        assertClose(result.metrics().get("aucRoc"), result.classes().get("EXPECTED").aucRoc(), "symmetric AUC");
        assertEquals(List.of("ANOMALOUS", "EXPECTED"), result.confusionMatrix().labels());
    }

    @Test
    void withoutAnomaliesRankingMetricsAreNullAndSaySo() {
        AnomalyAccumulator acc = new AnomalyAccumulator(true);
        acc.add(0, false, false, 0.1);
        acc.add(1, false, true, 0.9);
        MetricResult result = acc.result(MetricOptions.defaults());
        assertNull(result.metrics().get("aucRoc"));
        assertNull(result.metrics().get("precisionAtK"));
        assertEquals(0.0, result.metrics().get("precision"));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("aucRoc is undefined: no row is an actual")));
    }

    @Test
    void withoutScoresOnlyTheFlagIsJudged() {
        AnomalyAccumulator acc = new AnomalyAccumulator(false);
        acc.add(0, true, true, Double.NaN);
        acc.add(1, false, true, Double.NaN);
        MetricResult result = acc.result(MetricOptions.defaults());
        assertEquals(0.5, result.metrics().get("precision"));
        assertNull(result.metrics().get("averagePrecision"));
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("The predictions give no anomaly score")));
    }
}
