package org.mlgate.analysis.baseline;

import java.util.List;
import java.util.Map;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.report.Report;

/**
 * What is known of the baseline: its definitions (task, positive label, labels), the identity of its rows, and
 * its metrics; read from its report.json or computed from its model in this run.
 *
 * @param labels     the labels of its confusion matrix (empty for regression)
 * @param rowsDigest its {@code data.rowsDigest}; null when its report predates the digest
 */
record BaselineFacts(String task, String positiveLabel, List<String> labels, String rowsDigest,
                     Map<String, Double> metrics, Map<String, ClassMetrics> classes) {

    static BaselineFacts of(Report report) {
        return new BaselineFacts(report.task(), report.positiveLabel(),
                report.confusionMatrix() == null ? List.of() : report.confusionMatrix().labels(),
                report.data() == null ? null : report.data().rowsDigest(),
                report.metrics() == null ? Map.of() : report.metrics(),
                report.classes() == null ? Map.of() : report.classes());
    }

    static BaselineFacts of(String task, MetricResult result, String rowsDigest) {
        return new BaselineFacts(task, result.positiveLabel(),
                result.confusionMatrix() == null ? List.of() : result.confusionMatrix().labels(), rowsDigest,
                result.metrics(), result.classes() == null ? Map.of() : result.classes());
    }
}
