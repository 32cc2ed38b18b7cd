package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.LabelSetText;
import org.mlgate.analysis.data.ScoredRow;

/**
 * A fixture of the multi-label, clustering or anomaly-detection tasks ({@code /tasks/*.csv}, a predictions file) with
 * scikit-learn's values ({@code /tasks/*.json}, made by {@code make_expected.py}), fed to {@link TaskMetrics} as the
 * sources feed it. Agreement is to 1e-12 (relative above 1).
 */
final class TaskGolden {
    final List<Map<String, String>> rows;
    final JsonNode expected;

    private TaskGolden(String name) {
        rows = GoldenFile.readCsv("/tasks/" + name + ".csv");
        expected = GoldenFile.readJson("/tasks/" + name + ".json");
    }

    static TaskGolden load(String name) {
        return new TaskGolden(name);
    }

    /** The score labels: the columns {@code p_<label>}, in file order. */
    List<String> scoreLabels() {
        List<String> labels = new ArrayList<>();
        for (String column : rows.get(0).keySet()) {
            if (column.startsWith("p_")) {
                labels.add(column.substring(2));
            }
        }
        return labels;
    }

    /** Row {@code i} as the predictions file source scores it for {@code task}. */
    ScoredRow row(int i, Task task) {
        Map<String, String> row = rows.get(i);
        List<String> scoreLabels = scoreLabels();
        double[] scores = new double[scoreLabels.size()];
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Double.parseDouble(row.get("p_" + scoreLabels.get(c)));
        }
        return switch (task) {
            case MULTILABEL -> new ScoredRow(i, i + 2, new String[0], LabelSetText.canonical(row.get("actual")),
                    LabelSetText.canonical(row.get("predicted")), scores.length == 0 ? null : scores, Double.NaN,
                    Double.NaN);
            case ANOMALY -> new ScoredRow(i, i + 2, new String[0], row.get("actual"), row.get("predicted"), null,
                    Double.NaN, scores.length == 0 ? Double.NaN : scores[0]);
            default -> new ScoredRow(i, i + 2, new String[0], row.get("actual"), row.get("predicted"), null,
                    Double.NaN, Double.NaN);
        };
    }

    /** All rows in one accumulator, or in {@code chunks} accumulators merged in order. */
    MetricResult result(Task task, MetricOptions options, int chunks) {
        List<String> labels = task == Task.ANOMALY ? (scoreLabels().isEmpty() ? List.of() : scoreLabels())
                : task == Task.MULTILABEL ? scoreLabels() : List.of();
        TaskMetrics whole = TaskMetrics.of(task, labels, 1000);
        int size = (rows.size() + chunks - 1) / chunks;
        for (int from = 0; from < rows.size(); from += size) {
            TaskMetrics part = whole.fork();
            for (int i = from; i < Math.min(rows.size(), from + size); i++) {
                part.add(row(i, task));
            }
            whole.merge(part);
        }
        return whole.result(options);
    }

    static void assertClose(double expected, Double actual, String what) {
        assertNotNull(actual, what + " is null");
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }
}
