package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.metrics.TaskMetrics;

/**
 * A slice reads its rows' scores from the overall metrics in place; its result must be exactly what an accumulator
 * of its own rows gives, intervals included (the rows keep their bootstrap keys).
 */
class SliceMetricsSharedRowsTest {

    private static List<ScoredRow> rows(Task task, int n) {
        SplittableRandom random = new SplittableRandom(5);
        List<ScoredRow> rows = new ArrayList<>();
        String[] labels = {"a", "b", "c"};
        for (int i = 0; i < n; i++) {
            String region = random.nextInt(4) == 0 ? "west" : "east";
            String[] cells = {region, Integer.toString(random.nextInt(100))};
            if (task == Task.CLASSIFICATION) {
                double[] p = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
                double sum = p[0] + p[1] + p[2];
                for (int c = 0; c < 3; c++) {
                    p[c] /= sum;
                }
                rows.add(new ScoredRow(i, i + 2L, cells, labels[random.nextInt(3)], labels[random.nextInt(3)], p,
                        Double.NaN, Double.NaN));
            } else {
                double y = random.nextGaussian();
                rows.add(new ScoredRow(i, i + 2L, cells, null, null, null, y, y + random.nextGaussian()));
            }
        }
        return rows;
    }

    private static void sameAsItsOwnAccumulator(Task task) {
        List<String> probabilityLabels = task == Task.CLASSIFICATION ? List.of("a", "b", "c") : List.of();
        List<ScoredRow> rows = rows(task, 15_000);
        SliceMetrics slices = new SliceMetrics(task, List.of("region", "n"), List.of("region"), probabilityLabels,
                ErrorAnalysisOptions.defaults());
        TaskMetrics overall = TaskMetrics.of(task, probabilityLabels);
        TaskMetrics west = TaskMetrics.of(task, probabilityLabels);
        for (ScoredRow row : rows) {
            slices.add(row);
            overall.add(row);
            if (row.cells()[0].equals("west")) {
                west.add(row);
            }
        }
        MetricOptions options = MetricOptions.defaults().withBootstrapReplicates(100).withPositiveLabel(null);
        MetricResult expected = west.result(options);
        SliceResultHolder found = new SliceResultHolder(slices.result(options, new ArrayList<>(), overall));
        assertEquals(expected.metrics(), found.of("region=west").metrics());
        assertEquals(expected.intervals(), found.of("region=west").intervals());
    }

    @Test
    void aClassificationSliceEqualsAnAccumulatorOfItsOwnRows() {
        sameAsItsOwnAccumulator(Task.CLASSIFICATION);
    }

    @Test
    void aRegressionSliceEqualsAnAccumulatorOfItsOwnRows() {
        sameAsItsOwnAccumulator(Task.REGRESSION);
    }

    private record SliceResultHolder(List<SliceResult> results) {
        SliceResult of(String name) {
            return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        }
    }
}
