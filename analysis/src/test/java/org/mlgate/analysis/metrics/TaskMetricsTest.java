package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

class TaskMetricsTest {

    private static ScoredRow labelled(long index, String actual, String predicted) {
        return new ScoredRow(index, index + 2, new String[0], actual, predicted, null, Double.NaN, Double.NaN);
    }

    private static ScoredRow numeric(long index, double actual, double predicted) {
        return new ScoredRow(index, index + 2, new String[0], null, null, null, actual, predicted);
    }

    @Test
    void classificationRowsGiveClassificationMetrics() {
        TaskMetrics metrics = TaskMetrics.of(Task.CLASSIFICATION, List.of());
        metrics.add(labelled(0, "a", "a"));
        metrics.add(labelled(1, "b", "a"));
        MetricResult result = metrics.result(MetricOptions.defaults().withBootstrapReplicates(0));
        assertEquals(0.5, result.metrics().get("accuracy"), 1e-15);
        assertEquals(2, metrics.rows());
    }

    @Test
    void regressionRowsGiveRegressionMetricsAndMerge() {
        TaskMetrics first = TaskMetrics.of(Task.REGRESSION, List.of());
        first.add(numeric(0, 1.0, 2.0));
        TaskMetrics second = TaskMetrics.of(Task.REGRESSION, List.of());
        second.add(numeric(1, 3.0, 6.0));
        first.merge(second);
        MetricResult result = first.result(MetricOptions.defaults().withBootstrapReplicates(0));
        assertEquals(2.0, result.metrics().get("mae"), 1e-15);
        assertEquals(2, first.rows());
    }
}
