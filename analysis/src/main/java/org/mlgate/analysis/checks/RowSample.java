package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A uniform sample of at most {@code capacity} validation rows for the checks that need whole columns
 * (target proxy, identifier columns): the rows whose hashed row index is smallest ("bottom-k"). The choice depends
 * only on the index, so the sample is deterministic and two samples merge into exactly the sample of the union.
 * Memory: up to twice {@code capacity} rows of cells.
 *
 * <p>Why not a heap: every chunk of a parallel pass starts a sample of its own, and filling a heap of 10,000 rows
 * per chunk cost more than the rest of the checks. Candidates are appended instead, and when twice the capacity has
 * gathered, the smallest {@code capacity} are kept in one sort, so that a row above the current cut is refused with
 * one comparison. The samples of one pass share a hint of the best cut any of them has reached (a fork learns the
 * cut of the merged sample): a row above it cannot be among the smallest of all rows, so refusing it early changes
 * nothing in the result, however the threads interleave.
 */
final class RowSample {
    static final int DEFAULT_CAPACITY = 10_000;

    /** At most about two million cells: a table of 1,000 columns keeps 2,000 rows, not 10,000. */
    static int capacityFor(int columns) {
        return Math.max(500, Math.min(DEFAULT_CAPACITY, 2_000_000 / Math.max(1, columns)));
    }

    /** One sampled row: its cells and its label (text for classification, number for regression). */
    record Row(long priority, long index, String[] cells, String label, double value) {
    }

    final int capacity;
    final List<Row> candidates = new ArrayList<>();
    /** Rows with a priority at or above this are not among the smallest {@code capacity}: refused at once. */
    long cut = Long.MAX_VALUE;
    /** The smallest cut any sample of this pass has reached. */
    final AtomicLong sharedCut;

    RowSample(int capacity) {
        this(capacity, new AtomicLong(Long.MAX_VALUE));
    }

    private RowSample(int capacity, AtomicLong sharedCut) {
        this.capacity = capacity;
        this.sharedCut = sharedCut;
    }

    /** An empty sample for another part of the same rows, sharing the cut hint. */
    RowSample fork() {
        return new RowSample(capacity, sharedCut);
    }

    void add(long index, String[] cells, String label, double value) {
        long priority = RowHasher.fmix(index ^ 0x5DEECE66DL) >>> 1;
        if (priority < cut && priority < sharedCut.get()) {
            offer(new Row(priority, index, cells.clone(), label, value));
        }
    }

    void merge(RowSample other) {
        for (Row row : other.candidates) {
            if (row.priority() < cut) {
                offer(row);
            }
        }
    }

    private void offer(Row row) {
        candidates.add(row);
        if (candidates.size() >= 2 * capacity) {
            shrink();
        }
    }

    /** Keeps the {@code capacity} candidates of smallest priority and refuses anything above them from now on. */
    private void shrink() {
        Row[] all = candidates.toArray(Row[]::new);
        Arrays.sort(all, Comparator.comparingLong(Row::priority));
        candidates.clear();
        candidates.addAll(Arrays.asList(all).subList(0, capacity));
        cut = all[capacity - 1].priority();
        sharedCut.accumulateAndGet(cut, Math::min);
    }

    /** The sampled rows in row order. */
    List<Row> rows() {
        if (candidates.size() > capacity) {
            shrink();
        }
        List<Row> rows = new ArrayList<>(candidates);
        rows.sort(Comparator.comparingLong(Row::index));
        return rows;
    }
}
