package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The validation rows as 64-bit hashes, counted in one {@link LongCounts}: all that is kept of the rows for
 * {@code data.duplicate-rows} and {@code leakage.train-validation-overlap}, 17 to 35 bytes per distinct row
 * (27 MB per million, and no more: see the sampling below). Training rows cost nothing per row: they are streamed past this
 * table and only mark it.
 *
 * <p>A row's hash is {@code featureHash ^ labelHash}. Because the label part is a plain XOR, a training row with
 * features F and label L can look up "features F with any other label L'" as {@code F ^ h(L')} for each label of
 * the validation data, with no second table of feature hashes. That works for the few labels of classification;
 * in regression the numeric labels cannot be enumerated and only exact overlap is looked for.
 *
 * <p>Memory is bounded: past {@link #MAX_DISTINCT} distinct rows (about 27 MB of table) the table keeps only the rows
 * whose mixed hash has its top {@code sampleBits} bits zero, one more bit each time it fills up again, and counts
 * stand for {@code rows / sampledRows} rows each. Because a row is in or out of the sample by its hash, every copy of a
 * row, and the training rows equal to it, fall on the same side: duplicates and overlaps inside the sample are exact,
 * and the totals are ratio estimates (the messages say so). Ten million distinct rows then cost the same 27 MB as
 * 1.5 million.
 */
final class RowHashes {
    static final int MAX_EXAMPLES = 5;
    /** Mark: the row occurs in training with the same label. */
    static final int IN_TRAINING = 1;
    /** Mark: the row's features occur in training with another label. */
    static final int OTHER_LABEL_IN_TRAINING = 2;

    /** Distinct rows kept before the table samples (below the 0.75 load at which 2^21 slots would double). */
    static final int MAX_DISTINCT = 1_500_000;

    private final int maxDistinct;
    private final LongCounts full = new LongCounts();
    int sampleBits;
    long sampledRows;
    private final List<Map<String, Object>> duplicateExamples = new ArrayList<>();
    long rows;

    RowHashes() {
        this(MAX_DISTINCT);
    }

    /** For tests: a smaller bound, to see the sampling at work. */
    RowHashes(int maxDistinct) {
        this.maxDistinct = maxDistinct;
    }

    static long rowHash(long featureHash, long labelHash) {
        return featureHash ^ labelHash;
    }

    void add(long rowHash, long line, Supplier<Map<String, String>> preview) {
        rows++;
        if (!inSample(rowHash)) {
            return;
        }
        sampledRows++;
        int before = full.add(rowHash, 1);
        if (before > 0 && duplicateExamples.size() < MAX_EXAMPLES) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("line", line);
            example.put("row", preview.get());
            duplicateExamples.add(example);
        }
        if (full.size() > maxDistinct) {
            narrow(sampleBits + 1);
        }
    }

    /**
     * Counts a row without keeping an example: the training side's table, which only
     * {@link ChanceOverlap} reads.
     */
    void count(long rowHash) {
        rows++;
        if (!inSample(rowHash)) {
            return;
        }
        sampledRows++;
        full.add(rowHash, 1);
        if (full.size() > maxDistinct) {
            narrow(sampleBits + 1);
        }
    }

    /** Whether a row with this hash is kept (all rows until the table first fills up). */
    boolean inSample(long rowHash) {
        return inSample(rowHash, sampleBits);
    }

    /** Whether a row is in the 1-in-2^bits sample: the same rows on every table sampled with as many bits. */
    static boolean inSample(long rowHash, int bits) {
        return bits == 0 || (mix(rowHash) >>> (64 - bits)) == 0;
    }

    int sampleBits() {
        return sampleBits;
    }

    private void narrow(int bits) {
        while (sampleBits < bits || full.size() > maxDistinct) {
            sampleBits++;
            full.retain(this::inSample);
        }
        sampledRows = full.total();
    }

    /** Murmur3's finalizer: the sample must not depend on how the row hash was built. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    void merge(RowHashes other) {
        rows += other.rows;
        int bits = Math.max(sampleBits, other.sampleBits);
        if (bits > sampleBits) {
            narrow(bits);
        }
        LongCounts theirs = other.full;
        if (bits > other.sampleBits) {
            theirs = copyOf(other.full);
            theirs.retain(this::inSample);
        }
        full.addAll(theirs);
        sampledRows = full.total();
        if (full.size() > maxDistinct) {
            narrow(sampleBits + 1);
        }
        for (Map<String, Object> example : other.duplicateExamples) {
            if (duplicateExamples.size() < MAX_EXAMPLES) {
                duplicateExamples.add(example);
            }
        }
    }

    long rows() {
        return rows;
    }

    /** True when the table keeps a sample of the rows, so that the counts below are estimates. */
    boolean sampled() {
        return sampleBits > 0;
    }

    /** " (estimated from ...)" for a message when the counts are estimates, else "". */
    String estimateNote() {
        return sampled() ? " (estimated from the rows whose hash falls in a 1-in-" + (1L << sampleBits)
                + " sample, which keeps memory bounded)" : "";
    }

    /** Rows that repeat an earlier row (features and label). */
    long duplicates() {
        return scaled(sampledRows - full.size());
    }

    private long scaled(long countInSample) {
        return sampled() && sampledRows > 0 ? Math.round((double) countInSample * rows / sampledRows) : countInSample;
    }

    List<Map<String, Object>> duplicateExamples() {
        return duplicateExamples;
    }

    LongCounts table() {
        return full;
    }

    /** Validation rows that occur in training with the same label. */
    long inTraining() {
        return scaled(full.markedTotal(IN_TRAINING, 0));
    }

    /** Validation rows whose features occur in training only with other labels. */
    long otherLabelInTraining() {
        return scaled(full.markedTotal(OTHER_LABEL_IN_TRAINING, IN_TRAINING));
    }

    private static LongCounts copyOf(LongCounts counts) {
        LongCounts copy = new LongCounts();
        copy.addAll(counts);
        return copy;
    }
}
