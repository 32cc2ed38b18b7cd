package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlgate.analysis.errors.SliceResult;
import org.mlgate.analysis.metrics.Interval;

/**
 * The Slices section of the HTML report: a row for all rows, then the configured slices grouped by column (in the
 * order the report lists them), then the slices discovery found. A slice is flagged as worse when its interval for
 * a metric lies entirely on the bad side of the overall value, or when discovery found it significantly worse.
 *
 * @param metrics the metric names shown, as columns
 * @param labels  their names for people
 * @param overall the row of all validation rows
 * @param rows    the slices, sorted
 * @param worse   how many slices are flagged
 */
public record SliceTable(List<String> metrics, List<String> labels, Row overall, List<Row> rows, int worse) {

    private static final List<String> BINARY = List.of("accuracy", "precision", "recall", "f1", "aucRoc");
    private static final List<String> MULTI_CLASS = List.of("accuracy", "macroF1", "aucRoc");
    private static final List<String> REGRESSION = List.of("mae", "rmse", "r2");
    /** Metrics where a larger value is worse; every other shown metric is better when larger. */
    private static final Set<String> LOWER_IS_BETTER = Set.of("mae", "rmse", "mse", "errorRate", "logLoss", "brier",
            "medianAbsoluteError", "maxError", "mape", "expectedCalibrationError");

    /**
     * @param column      the slice column of a configured slice; null for discovered slices and the overall row
     * @param groupStart  true for the first slice of its column group (or of the discovered group)
     * @param qValue      for a discovered slice, its Benjamini-Hochberg q-value when the error analysis has it
     * @param worse       true when the slice is clearly worse than overall in some shown metric
     */
    public record Row(String description, String column, boolean discovered, boolean groupStart, long rows,
                      List<Cell> cells, Double qValue, boolean worse) {
    }

    /**
     * @param worse true when the interval lies entirely on the bad side of the overall value
     */
    public record Cell(Double value, Double lower, Double upper, boolean worse) {
    }

    /** The table of a report's slices; null when it has none. */
    public static SliceTable of(Report report, ErrorAnalysisView errors) {
        List<SliceResult> slices = report.slices() == null ? List.of() : report.slices();
        if (slices.isEmpty()) {
            return null;
        }
        Map<String, Double> overallMetrics = report.metrics() == null ? Map.of() : report.metrics();
        List<String> metrics = selectionFor(report).stream()
                .filter(name -> slices.stream().anyMatch(s -> s.metrics() != null && s.metrics().get(name) != null))
                .toList();
        Row overall = new Row("All rows", null, false, false, report.data() == null ? 0 : report.data().rows(),
                metrics.stream().map(name -> new Cell(overallMetrics.get(name), lower(report.intervals(), name),
                        upper(report.intervals(), name), false)).toList(), null, false);

        Map<String, List<SliceResult>> groups = new LinkedHashMap<>();
        List<SliceResult> discovered = new ArrayList<>();
        for (SliceResult slice : slices) {
            if (slice.discovered()) {
                discovered.add(slice);
            } else {
                groups.computeIfAbsent(columnOf(slice), column -> new ArrayList<>()).add(slice);
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((column, members) -> {
            for (int i = 0; i < members.size(); i++) {
                rows.add(row(members.get(i), column, i == 0, metrics, overallMetrics, null));
            }
        });
        for (int i = 0; i < discovered.size(); i++) {
            SliceResult slice = discovered.get(i);
            rows.add(row(slice, null, i == 0, metrics, overallMetrics, qValueOf(slice, errors)));
        }
        int worse = (int) rows.stream().filter(Row::worse).count();
        return new SliceTable(metrics, metrics.stream().map(HeadlineMetric::labelOf).toList(), overall,
                List.copyOf(rows), worse);
    }

    private static Row row(SliceResult slice, String column, boolean groupStart, List<String> metrics,
                           Map<String, Double> overall, Double qValue) {
        Map<String, Double> values = slice.metrics() == null ? Map.of() : slice.metrics();
        List<Cell> cells = new ArrayList<>();
        for (String name : metrics) {
            Double lower = lower(slice.intervals(), name);
            Double upper = upper(slice.intervals(), name);
            cells.add(new Cell(values.get(name), lower, upper, clearlyWorse(name, lower, upper, overall.get(name))));
        }
        boolean worse = slice.discovered() || cells.stream().anyMatch(Cell::worse);
        String description = slice.description() != null ? slice.description() : slice.name();
        return new Row(description, column, slice.discovered(), groupStart, slice.rows(), List.copyOf(cells), qValue,
                worse);
    }

    /** The whole interval on the bad side of the overall value: the gap is not sampling noise at that level. */
    static boolean clearlyWorse(String metric, Double lower, Double upper, Double overall) {
        if (lower == null || upper == null || overall == null) {
            return false;
        }
        return LOWER_IS_BETTER.contains(metric) ? lower > overall : upper < overall;
    }

    private static String columnOf(SliceResult slice) {
        if (slice.conditions() != null && !slice.conditions().isEmpty() && slice.conditions().get(0).column() != null) {
            return slice.conditions().get(0).column();
        }
        String name = slice.name() == null ? "" : slice.name();
        return name.contains("=") ? name.substring(0, name.indexOf('=')) : name;
    }

    private static Double qValueOf(SliceResult slice, ErrorAnalysisView errors) {
        if (errors == null) {
            return null;
        }
        return errors.weakSlices().stream()
                .filter(weak -> weak.description().equals(slice.description()))
                .map(ErrorAnalysisView.Slice::qValue)
                .findFirst().orElse(null);
    }

    private static List<String> selectionFor(Report report) {
        if ("regression".equals(report.task())) {
            return REGRESSION;
        }
        return report.positiveLabel() != null ? BINARY : MULTI_CLASS;
    }

    private static Double lower(Map<String, Interval> intervals, String name) {
        Interval interval = intervals == null ? null : intervals.get(name);
        return interval == null ? null : interval.lower();
    }

    private static Double upper(Map<String, Interval> intervals, String name) {
        Interval interval = intervals == null ? null : intervals.get(name);
        return interval == null ? null : interval.upper();
    }
}
