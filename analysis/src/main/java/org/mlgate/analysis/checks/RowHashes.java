package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The validation rows as 64-bit hashes, counted in one {@link LongCounts}: all that is kept of the rows for
 * {@code data.duplicate-rows} and {@code leakage.train-validation-overlap}, 17 to 35 bytes per distinct row
 * (27 MB per million, 218 MB for ten million). Training rows cost nothing per row: they are streamed past this
 * table and only mark it.
 *
 * <p>A row's hash is {@code featureHash ^ labelHash}. Because the label part is a plain XOR, a training row with
 * features F and label L can look up "features F with any other label L'" as {@code F ^ h(L')} for each label of
 * the validation data, with no second table of feature hashes. That works for the few labels of classification;
 * in regression the numeric labels cannot be enumerated and only exact overlap is looked for.
 */
final class RowHashes {
    static final int MAX_EXAMPLES = 5;
    /** Mark: the row occurs in training with the same label. */
    static final int IN_TRAINING = 1;
    /** Mark: the row's features occur in training with another label. */
    static final int OTHER_LABEL_IN_TRAINING = 2;

    private final LongCounts full = new LongCounts();
    private final List<Map<String, Object>> duplicateExamples = new ArrayList<>();
    private long rows;

    static long rowHash(long featureHash, long labelHash) {
        return featureHash ^ labelHash;
    }

    void add(long rowHash, long line, Supplier<Map<String, String>> preview) {
        rows++;
        int before = full.add(rowHash, 1);
        if (before > 0 && duplicateExamples.size() < MAX_EXAMPLES) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("line", line);
            example.put("row", preview.get());
            duplicateExamples.add(example);
        }
    }

    void merge(RowHashes other) {
        rows += other.rows;
        full.addAll(other.full);
        for (Map<String, Object> example : other.duplicateExamples) {
            if (duplicateExamples.size() < MAX_EXAMPLES) {
                duplicateExamples.add(example);
            }
        }
    }

    long rows() {
        return rows;
    }

    /** Rows that repeat an earlier row (features and label). */
    long duplicates() {
        return rows - full.size();
    }

    List<Map<String, Object>> duplicateExamples() {
        return duplicateExamples;
    }

    LongCounts table() {
        return full;
    }

    /** Validation rows that occur in training with the same label. */
    long inTraining() {
        return full.markedTotal(IN_TRAINING, 0);
    }

    /** Validation rows whose features occur in training only with other labels. */
    long otherLabelInTraining() {
        return full.markedTotal(OTHER_LABEL_IN_TRAINING, IN_TRAINING);
    }
}
