package org.mlgate.analysis.report;

import java.util.Map;

/**
 * One data check's finding: report.json's {@code checks[]}.
 *
 * @param id      such as {@code leakage.same-data-as-training}, {@code imbalance.class-ratio}, {@code data.*}
 * @param status  "pass", "warn" or "fail"
 * @param message one sentence a user understands, naming the columns, classes and counts involved
 */
public record CheckResult(String id, String status, String message, Map<String, Object> details) {
}
