package org.mlgate.analysis.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.metrics.Interval;

/**
 * One slice of the validation rows with its metrics: report.json's {@code slices[]}. Slices of the configured
 * {@code sliceColumns} carry the full metric set; slices found by weak-slice discovery ({@code discovered}) carry
 * what discovery measured: {@code errorRate} and {@code accuracy} (classification), or {@code mae} or {@code mape}
 * (regression, by {@code sliceError}).
 *
 * @param name        what a SLICE rule's include matches: {@code region=west}, {@code age=(40, 60]}, or the
 *                    description of a discovered slice
 * @param description readable conditions: {@code region = west}, {@code age in (40, 60]}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SliceResult(String name, String description, List<SliceCondition> conditions, boolean discovered,
                          long rows, Map<String, Double> metrics, Map<String, Interval> intervals) {

    /** The slice of a weak-slice discovery, in the shape SLICE rules read. */
    public static SliceResult of(WeakSlice weak) {
        Map<String, Double> metrics = weak.errorRate() != null
                ? Map.of("errorRate", weak.errorRate(), "accuracy", 1 - weak.errorRate())
                : weak.mae() != null ? Map.of("mae", weak.mae()) : Map.of("mape", weak.mape());
        return new SliceResult(weak.description(), weak.description(), weak.conditions(), true, weak.rows(),
                new java.util.TreeMap<>(metrics), Map.of());
    }
}
