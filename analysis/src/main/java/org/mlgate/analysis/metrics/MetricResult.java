package org.mlgate.analysis.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Everything the metric engine computed for one evaluation. For regression {@code classes} is empty,
 * {@code confusionMatrix} null and {@code positiveLabel} null.
 *
 * @param metrics       metric name (GUIDE section 2) to value; null = undefined, and a note says why
 * @param positiveLabel the positive label of a binary task, else null
 * @param intervals     bootstrap confidence intervals of the headline metrics, by metric name
 * @param notes         human sentences: undefined values, zero divisions, renormalised rows
 * @param details       what the multi-label, clustering and anomaly-detection tasks report besides metrics (the
 *                      contingency table, the k of precisionAtK, the label sets); null for the other tasks
 */
public record MetricResult(Map<String, Double> metrics, String positiveLabel, Map<String, ClassMetrics> classes,
                           ConfusionMatrix confusionMatrix, Map<String, Interval> intervals, Curves curves,
                           List<String> notes, @JsonInclude(JsonInclude.Include.NON_NULL) TaskDetails details) {

    /** A result of classification or regression, which have no task details. */
    public MetricResult(Map<String, Double> metrics, String positiveLabel, Map<String, ClassMetrics> classes,
                        ConfusionMatrix confusionMatrix, Map<String, Interval> intervals, Curves curves,
                        List<String> notes) {
        this(metrics, positiveLabel, classes, confusionMatrix, intervals, curves, notes, null);
    }
}
