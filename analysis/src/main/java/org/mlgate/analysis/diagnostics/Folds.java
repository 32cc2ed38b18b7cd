package org.mlgate.analysis.diagnostics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.metrics.Interval;

/**
 * report.json's {@code folds}: a predictions file of out-of-fold predictions from k-fold cross-validation, measured
 * per fold beside the pooled metrics of all rows.
 *
 * @param column          the fold column ({@code foldColumn})
 * @param rows            rows with a fold
 * @param rowsWithoutFold rows whose fold cell is empty: in the pooled metrics, in no fold
 * @param folds           each fold's rows and metrics (no intervals), in fold order (numeric when every name is a
 *                        number)
 * @param metrics         per metric, what the folds say together
 * @param notes           what was left out and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Folds(String column, long rows, long rowsWithoutFold, List<Fold> folds,
                    Map<String, AcrossFolds> metrics, List<String> notes) {

    /** One fold: its name as the fold column has it, its rows and every metric of the task on them. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Fold(String name, long rows, Map<String, Double> metrics) {
    }

    /**
     * One metric across the folds.
     *
     * @param pooled            the metric on all rows (report.json's {@code metrics})
     * @param mean              the mean of the folds' values (folds where it is undefined left out)
     * @param standardDeviation their sample standard deviation (n - 1); the spread a {@code foldSpread} limit reads
     * @param interval          Student's t interval of the mean at the report's level, with k - 1 degrees of freedom.
     *                          It treats the folds as independent, which they are not (their training sets
     *                          overlap), so it is somewhat too narrow (Bengio and Grandvalet, 2004)
     * @param worst             the worst fold's value (the lowest, or the highest for an error metric); what a
     *                          {@code worstFold} limit reads
     * @param folds             folds where the metric is defined
     */
    public record AcrossFolds(Double pooled, Double mean, Double standardDeviation, Interval interval, Double min,
                              String minFold, Double max, String maxFold, Double worst, String worstFold,
                              int folds) {
    }

    /** The metric's summary, or null when no fold has it. */
    public AcrossFolds of(String metric) {
        return metrics == null ? null : metrics.get(metric);
    }
}
