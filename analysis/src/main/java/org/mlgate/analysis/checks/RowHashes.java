package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The validation rows as 64-bit hashes: one of the features and label ("full") and one of the features alone,
 * each counted in a {@link LongCounts}. This is all that is kept of the rows for {@code data.duplicate-rows} and
 * {@code leakage.train-validation-overlap}: about 40 MB per million distinct validation rows for both tables,
 * and nothing per training row, because training rows are streamed past these tables and only mark them.
 */
final class RowHashes {
    static final int MAX_EXAMPLES = 5;

    private final LongCounts full = new LongCounts();
    private final LongCounts features = new LongCounts();
    private final List<Map<String, Object>> duplicateExamples = new ArrayList<>();
    private long rows;

    void add(long featureHash, long fullHash, long line, Supplier<Map<String, String>> preview) {
        rows++;
        features.add(featureHash, 1);
        int before = full.add(fullHash, 1);
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
        features.addAll(other.features);
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

    LongCounts full() {
        return full;
    }

    LongCounts features() {
        return features;
    }
}
