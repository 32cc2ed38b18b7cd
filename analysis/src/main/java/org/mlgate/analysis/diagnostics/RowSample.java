package org.mlgate.analysis.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The validation rows that feature importance permutes (or that the association with errors reads): the rows whose
 * hashed position is smallest ("bottom-k", as {@code metrics.PredictionSample}). The choice depends only on each
 * row's index, so the sample is the same however the rows were cut into chunks and on however many threads, and two
 * samples merge into exactly the sample of their union. The rows are kept whole (cells and prediction), so the
 * memory is bounded by cells: at most {@value #CELL_BUDGET} feature cells, twice over while a chunk fills.
 *
 * <p>Taking the first {@code m} rows of {@link #rows()} (smallest hash first) is itself a uniform sample of {@code m}
 * rows, which is how a wide table gets fewer rows within the same work.
 */
public final class RowSample {
    /** Feature cells kept at most (2 million: about 100 MB of short strings at worst). */
    static final long CELL_BUDGET = 2_000_000;
    /** A sample never holds fewer rows than this, however wide the table. */
    static final int MIN_ROWS = 100;

    private final int capacity;
    private final AtomicLong sharedCut;
    private long[] priority = new long[0];
    private ScoredRow[] rows = new ScoredRow[0];
    private int size;
    private long seen;
    private long cut = Long.MAX_VALUE;

    private RowSample(int capacity, AtomicLong sharedCut) {
        this.capacity = capacity;
        this.sharedCut = sharedCut;
    }

    /**
     * @param maxRows the most rows wanted; fewer when {@code columns} cells per row would exceed the cell budget
     * @param columns feature columns per row
     */
    public static RowSample of(int maxRows, int columns) {
        long byCells = CELL_BUDGET / Math.max(1, columns);
        int capacity = (int) Math.max(Math.min(MIN_ROWS, maxRows), Math.min(maxRows, byCells));
        return new RowSample(capacity, new AtomicLong(Long.MAX_VALUE));
    }

    /** An empty sample for another chunk of the same rows, sharing the cut hint. */
    public RowSample fork() {
        return new RowSample(capacity, sharedCut);
    }

    public void add(ScoredBatch batch) {
        for (ScoredRow row : batch.rows()) {
            seen++;
            offer(priorityOf(row.index()), row);
        }
    }

    /** Adds a later chunk's sample: the result is the sample of both chunks' rows. */
    public void merge(RowSample later) {
        seen += later.seen;
        for (int i = 0; i < later.size; i++) {
            offer(later.priority[i], later.rows[i]);
        }
    }

    /** Rows offered, in all. */
    public long seen() {
        return seen;
    }

    /** The sampled rows, smallest hash first (so that any prefix is a uniform sample too). */
    public List<ScoredRow> rows() {
        Integer[] order = smallestFirst();
        List<ScoredRow> chosen = new ArrayList<>(Math.min(capacity, size));
        for (int i = 0; i < Math.min(capacity, size); i++) {
            chosen.add(rows[order[i]]);
        }
        return List.copyOf(chosen);
    }

    /** The row's place in the sampling order: a 63-bit hash of its position (the finaliser of SplitMix64). */
    static long priorityOf(long index) {
        long z = index ^ 0x5851F42D4C957F2DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 1;
    }

    private void offer(long rowPriority, ScoredRow row) {
        if (rowPriority >= cut || rowPriority > sharedCut.get()) {
            return;
        }
        if (size == priority.length) {
            int grown = Math.max(16, Math.min(2 * capacity, size * 2));
            priority = Arrays.copyOf(priority, grown);
            rows = Arrays.copyOf(rows, grown);
        }
        priority[size] = rowPriority;
        rows[size] = row;
        size++;
        if (size >= 2 * capacity) {
            shrink();
        }
    }

    private void shrink() {
        Integer[] order = smallestFirst();
        long[] p = new long[priority.length];
        ScoredRow[] r = new ScoredRow[rows.length];
        for (int i = 0; i < capacity; i++) {
            p[i] = priority[order[i]];
            r[i] = rows[order[i]];
        }
        priority = p;
        rows = r;
        size = capacity;
        cut = priority[capacity - 1];
        sharedCut.accumulateAndGet(cut, Math::min);
    }

    private Integer[] smallestFirst() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> priority[i]).thenComparingLong(i -> rows[i].index()));
        return order;
    }
}
