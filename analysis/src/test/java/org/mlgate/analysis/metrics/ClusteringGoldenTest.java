package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlgate.analysis.metrics.TaskGolden.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;

/** The clustering metrics agree with scikit-learn 1.2.1 on {@code tasks/clustering*.csv} and its limit cases. */
class ClusteringGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"clustering", "clustering_large"})
    void everyMetricMatchesScikitLearn(String fixture) {
        TaskGolden golden = TaskGolden.load(fixture);
        MetricResult result = golden.result(Task.CLUSTERING, MetricOptions.defaults().withBootstrapReplicates(0), 1);
        JsonNode expected = golden.expected.get("metrics");
        expected.fieldNames().forEachRemaining(name ->
                assertClose(expected.get(name).asDouble(), result.metrics().get(name), fixture + " " + name));
        assertEquals(6, result.metrics().size());
    }

    @Test
    void theLimitCasesMatchScikitLearn() {
        JsonNode cases = GoldenFile.readJson("/tasks/clustering_edges.json");
        cases.fields().forEachRemaining(entry -> {
            ClusteringAccumulator acc = new ClusteringAccumulator(100);
            JsonNode actual = entry.getValue().get("actual");
            JsonNode predicted = entry.getValue().get("predicted");
            for (int i = 0; i < actual.size(); i++) {
                acc.add(actual.get(i).asText(), predicted.get(i).asText());
            }
            MetricResult result = acc.result(MetricOptions.defaults().withBootstrapReplicates(0));
            JsonNode expected = entry.getValue().get("metrics");
            expected.fieldNames().forEachRemaining(name -> assertClose(expected.get(name).asDouble(),
                    result.metrics().get(name), entry.getKey() + " " + name));
        });
    }

    @Test
    void chunksMergedInOrderGiveTheSameMetricsIntervalsAndTable() {
        TaskGolden golden = TaskGolden.load("clustering");
        MetricResult whole = golden.result(Task.CLUSTERING, MetricOptions.defaults(), 1);
        MetricResult merged = golden.result(Task.CLUSTERING, MetricOptions.defaults(), 9);
        assertEquals(whole.metrics(), merged.metrics());
        assertEquals(whole.intervals(), merged.intervals());
        assertArrayEquals(whole.details().contingencyTable().counts(), merged.details().contingencyTable().counts());
    }

    @Test
    void theContingencyTableListsLabelsAsTextAndClusterIdsAsNumbers() {
        ClusteringAccumulator acc = new ClusteringAccumulator(100);
        acc.add("b", "10");
        acc.add("a", "9");
        acc.add("a", "10");
        TaskDetails.ContingencyTable table = acc.result(MetricOptions.defaults()).details().contingencyTable();
        assertEquals(List.of("a", "b"), table.labels());
        assertEquals(List.of("9", "10"), table.clusters());
        assertArrayEquals(new long[][] {{1, 1}, {0, 1}}, table.counts());
        assertFalse(table.truncated());
    }

    @Test
    void aWideTableKeepsTheLargestClustersAndSumsTheRestAsOther() {
        ClusteringAccumulator acc = new ClusteringAccumulator(1000);
        for (int cluster = 0; cluster < 150; cluster++) {
            for (int r = 0; r <= cluster % 3; r++) {
                acc.add("label" + (cluster % 2), String.valueOf(cluster));
            }
        }
        MetricResult result = acc.result(MetricOptions.defaults().withBootstrapReplicates(0));
        TaskDetails.ContingencyTable table = result.details().contingencyTable();
        assertTrue(table.truncated());
        assertEquals(101, table.clusters().size());
        assertEquals(TaskDetails.ContingencyTable.OTHER, table.clusters().get(100));
        long shown = 0;
        for (long[] row : table.counts()) {
            for (long count : row) {
                shown += count;
            }
        }
        assertEquals(acc.rows(), shown);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("sums the rest")));
    }

    @Test
    void theIntervalsCoverTheEstimates() {
        MetricResult result = TaskGolden.load("clustering").result(Task.CLUSTERING, MetricOptions.defaults(), 1);
        for (String name : List.of("adjustedRandIndex", "normalizedMutualInfo", "homogeneity", "completeness",
                "vMeasure")) {
            Interval interval = result.intervals().get(name);
            double value = result.metrics().get(name);
            assertTrue(interval.lower() < value && value < interval.upper(), name + " " + interval);
        }
        assertFalse(result.intervals().containsKey("adjustedMutualInfo"));
    }

    @Test
    void moreClustersThanMaxClassesStopWithASentence() {
        ClusteringAccumulator acc = new ClusteringAccumulator(5);
        for (int i = 0; i < 5; i++) {
            acc.add("a", String.valueOf(i));
        }
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> acc.add("a", "123456789012345678901234567890"));
        assertTrue(e.getMessage().startsWith("The cluster ids take more than 5 distinct values"), e.getMessage());
    }
}
