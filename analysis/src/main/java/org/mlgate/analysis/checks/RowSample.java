package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A uniform sample of at most {@code capacity} validation rows for the checks that need whole columns
 * (target proxy, identifier columns): the rows whose hashed row index is smallest ("bottom-k"). The choice depends
 * only on the index, so the sample is deterministic and two samples merge into exactly the sample of the union.
 * Memory: {@code capacity} rows of cells.
 */
final class RowSample {
    static final int DEFAULT_CAPACITY = 10_000;

    /** One sampled row: its cells and its label (text for classification, number for regression). */
    record Row(long priority, long index, String[] cells, String label, double value) {
    }

    private final int capacity;
    // Largest priority on top, so the worst row is dropped first.
    private final PriorityQueue<Row> heap = new PriorityQueue<>(Comparator.comparingLong(Row::priority).reversed());

    RowSample(int capacity) {
        this.capacity = capacity;
    }

    void add(long index, String[] cells, String label, double value) {
        long priority = RowHasher.fmix(index ^ 0x5DEECE66DL) >>> 1;
        if (heap.size() < capacity) {
            heap.add(new Row(priority, index, cells.clone(), label, value));
        } else if (priority < heap.peek().priority()) {
            heap.poll();
            heap.add(new Row(priority, index, cells.clone(), label, value));
        }
    }

    void merge(RowSample other) {
        for (Row row : other.heap) {
            if (heap.size() < capacity) {
                heap.add(row);
            } else if (row.priority() < heap.peek().priority()) {
                heap.poll();
                heap.add(row);
            }
        }
    }

    /** The sampled rows in row order. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>(heap);
        rows.sort(Comparator.comparingLong(Row::index));
        return rows;
    }
}
