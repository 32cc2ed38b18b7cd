package org.mlgate.analysis.errors;

import java.util.List;

/**
 * One label's mistakes in a multi-label task: report.json's {@code errors.labelErrors[]}.
 *
 * @param support       rows whose actual set holds the label
 * @param missed        rows where the label is actual but not predicted (false negatives)
 * @param added         rows where the label is predicted but not actual (false positives)
 * @param shareOfErrors this label's missed and added labels among all wrong (row, label) cells
 * @param missedExamples up to {@code examplesPerPair} rows of each kind, earliest first: line numbers (Long) or id
 *                       values (String), as the confusion pairs' examples
 */
public record LabelError(String label, long support, long missed, long added, double shareOfErrors,
                         List<Object> missedExamples, List<Object> addedExamples) {
}
