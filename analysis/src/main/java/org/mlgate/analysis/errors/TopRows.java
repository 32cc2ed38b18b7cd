package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code capacity} largest items by a score, in bounded memory (a min-heap). Ties are broken by the row's
 * index, earlier row first, so the result does not depend on how the rows were chunked and merged.
 */
final class TopRows<T> {

    record Entry<T>(double score, long index, T item) {
    }

    final int capacity;
    // Heap head = the entry that would be dropped first: lowest score, then latest row.
    private final Comparator<Entry<T>> worstFirst = Comparator.<Entry<T>>comparingDouble(Entry::score)
            .thenComparing(Comparator.<Entry<T>>comparingLong(Entry::index).reversed());
    final PriorityQueue<Entry<T>> heap = new PriorityQueue<>(worstFirst);

    TopRows(int capacity) {
        this.capacity = capacity;
    }

    /** Whether an item with this score and index would be kept: lets callers skip building it. */
    boolean wouldKeep(double score, long index) {
        if (capacity == 0) {
            return false;
        }
        if (heap.size() < capacity) {
            return true;
        }
        return worstFirst.compare(new Entry<>(score, index, null), heap.peek()) > 0;
    }

    void offer(double score, long index, T item) {
        if (!wouldKeep(score, index)) {
            return;
        }
        heap.add(new Entry<>(score, index, item));
        if (heap.size() > capacity) {
            heap.poll();
        }
    }

    void merge(TopRows<T> other) {
        other.heap.forEach(e -> offer(e.score(), e.index(), e.item()));
    }

    /** Largest score first. */
    List<T> largestFirst() {
        List<Entry<T>> entries = new ArrayList<>(heap);
        entries.sort(worstFirst.reversed());
        return entries.stream().map(Entry::item).toList();
    }
}
