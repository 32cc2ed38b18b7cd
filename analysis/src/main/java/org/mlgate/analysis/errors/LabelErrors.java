package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mlgate.analysis.data.LabelSetText;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The multi-label error analysis: per label, how often the model missed it and how often it added it, with the
 * earliest examples of each, so that a reader sees which labels the wrong sets come from. Memory: one entry per label
 * (the label universe, which the metrics bound by {@code maxClasses}) with at most {@code examplesPerPair} examples
 * of each kind. Examples are the rows with the smallest index, so merged chunks keep those of one pass.
 */
public final class LabelErrors {
    private final int examples;
    private final int idColumn;
    private final Map<String, Counts> labels = new HashMap<>();

    public LabelErrors(List<String> featureColumns, ErrorAnalysisOptions options) {
        this.examples = options.examplesPerPair();
        this.idColumn = options.idColumn() == null ? -1 : featureColumns.indexOf(options.idColumn());
    }

    /** An empty instance for a chunk of rows. */
    public LabelErrors fork() {
        return new LabelErrors(this);
    }

    private LabelErrors(LabelErrors template) {
        this.examples = template.examples;
        this.idColumn = template.idColumn;
    }

    public void add(ScoredBatch batch) {
        for (ScoredRow row : batch.rows()) {
            add(row);
        }
    }

    /** Adds one row; its actual and predicted labels are label-set cells ({@link LabelSetText}). */
    public void add(ScoredRow row) {
        Set<String> actual = new TreeSet<>(LabelSetText.labels(row.actualLabel()));
        Set<String> predicted = new TreeSet<>(LabelSetText.labels(row.predictedLabel()));
        Object name = idColumn >= 0 ? row.cells()[idColumn] : (Object) row.line();
        for (String label : actual) {
            Counts counts = labels.computeIfAbsent(label, l -> new Counts());
            counts.support++;
            if (!predicted.contains(label)) {
                counts.missed++;
                counts.offer(counts.missedExamples, row.index(), name, examples);
            }
        }
        for (String label : predicted) {
            if (!actual.contains(label)) {
                Counts counts = labels.computeIfAbsent(label, l -> new Counts());
                counts.added++;
                counts.offer(counts.addedExamples, row.index(), name, examples);
            }
        }
    }

    /** Adds a fork's rows. */
    public void merge(LabelErrors other) {
        other.labels.forEach((label, theirs) -> {
            Counts mine = labels.computeIfAbsent(label, l -> new Counts());
            mine.support += theirs.support;
            mine.missed += theirs.missed;
            mine.added += theirs.added;
            theirs.missedExamples.forEach(e -> mine.offer(mine.missedExamples, e.index(), e.name(), examples));
            theirs.addedExamples.forEach(e -> mine.offer(mine.addedExamples, e.index(), e.name(), examples));
        });
    }

    /** The labels with mistakes, most mistakes first (ties by label). */
    public List<LabelError> result() {
        long total = labels.values().stream().mapToLong(c -> c.missed + c.added).sum();
        List<LabelError> out = new ArrayList<>();
        labels.forEach((label, c) -> {
            if (c.missed + c.added > 0) {
                out.add(new LabelError(label, c.support, c.missed, c.added, (double) (c.missed + c.added) / total,
                        c.missedExamples.stream().map(Example::name).toList(),
                        c.addedExamples.stream().map(Example::name).toList()));
            }
        });
        out.sort(Comparator.comparingLong((LabelError e) -> -(e.missed() + e.added()))
                .thenComparing(LabelError::label));
        return out;
    }

    private record Example(long index, Object name) {
    }

    private static final class Counts {
        long support;
        long missed;
        long added;
        final List<Example> missedExamples = new ArrayList<>();
        final List<Example> addedExamples = new ArrayList<>();

        /** Keeps the {@code max} examples of smallest row index. */
        void offer(List<Example> kept, long index, Object name, int max) {
            if (max == 0 || kept.size() == max && kept.get(max - 1).index() <= index) {
                return;
            }
            int at = kept.size();
            while (at > 0 && kept.get(at - 1).index() > index) {
                at--;
            }
            kept.add(at, new Example(index, name));
            if (kept.size() > max) {
                kept.remove(kept.size() - 1);
            }
        }
    }
}
