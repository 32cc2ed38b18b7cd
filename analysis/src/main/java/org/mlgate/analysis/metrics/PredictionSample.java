package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;

/**
 * A uniform sample of at most {@value #CAPACITY} regression rows' (actual, predicted) pairs, for the report's
 * predicted-vs-actual and residual charts: the rows whose hashed row index is smallest ("bottom-k", as the checks'
 * row sample). The choice depends only on each row's index, so the sample is the same however the rows were split
 * into chunks and on however many threads, and two samples merge into exactly the sample of their union. Memory:
 * at most twice {@value #CAPACITY} pairs. A classification task keeps nothing.
 *
 * <p>The samples of one pass (an instance and its forks) share a hint of the best cut any of them has reached, as the
 * checks' row sample does: a row above it cannot be among the smallest of all rows, so a chunk refuses it at once, and
 * refusing it early changes nothing in the result, however the threads interleave.
 */
public final class PredictionSample {
    /** Enough to draw the density of a scatter chart at a few hundred pixels; about 100 KB of report.json. */
    public static final int CAPACITY = 4000;

    /**
     * The sample as report.json holds it ({@code curves.regressionSample}).
     *
     * @param rows      the rows it was drawn from
     * @param actual    the sampled rows' actual values, in file order
     * @param predicted their predicted values
     */
    public record Sample(long rows, List<Double> actual, List<Double> predicted) {
        public int size() {
            return actual.size();
        }
    }

    // Package-private: read and restored by MetricsState, for the partial states.
    final boolean active;
    final int capacity;
    long[] priority = new long[0];
    long[] index = new long[0];
    double[] actual = new double[0];
    double[] predicted = new double[0];
    int size;
    long rows;
    /** Rows with a priority at or above this cannot be among the smallest {@code capacity}. */
    long cut = Long.MAX_VALUE;
    /** The smallest cut any sample of this pass has reached. */
    final AtomicLong sharedCut;

    private PredictionSample(boolean active, int capacity, AtomicLong sharedCut) {
        this.active = active;
        this.capacity = capacity;
        this.sharedCut = sharedCut;
    }

    /** A sample for a task's rows: regression rows only. */
    public static PredictionSample of(Task task) {
        return new PredictionSample(task == Task.REGRESSION, CAPACITY, new AtomicLong(Long.MAX_VALUE));
    }

    /** With another capacity, for tests. */
    static PredictionSample of(Task task, int capacity) {
        return new PredictionSample(task == Task.REGRESSION, capacity, new AtomicLong(Long.MAX_VALUE));
    }

    /** An empty sample for another chunk of the same rows, sharing the cut hint. */
    public PredictionSample fork() {
        return new PredictionSample(active, capacity, sharedCut);
    }

    public void add(ScoredBatch batch) {
        if (!active) {
            return;
        }
        for (ScoredRow row : batch.rows()) {
            rows++;
            if (Double.isFinite(row.actualValue()) && Double.isFinite(row.predictedValue())) {
                offer(priorityOf(row.index()), row.index(), row.actualValue(), row.predictedValue());
            }
        }
    }

    /** Adds a later chunk's sample: the result is the sample of both chunks' rows. */
    public void merge(PredictionSample later) {
        rows += later.rows;
        for (int i = 0; i < later.size; i++) {
            offer(later.priority[i], later.index[i], later.actual[i], later.predicted[i]);
        }
    }

    /** The sample, in file order; null for a classification task. */
    public Sample result() {
        if (!active) {
            return null;
        }
        Integer[] order = smallestFirst();
        int kept = Math.min(capacity, size);
        Integer[] chosen = Arrays.copyOf(order, kept);
        Arrays.sort(chosen, (a, b) -> Long.compare(index[a], index[b]));
        List<Double> actualValues = new ArrayList<>(kept);
        List<Double> predictedValues = new ArrayList<>(kept);
        for (int i : chosen) {
            actualValues.add(actual[i]);
            predictedValues.add(predicted[i]);
        }
        return new Sample(rows, List.copyOf(actualValues), List.copyOf(predictedValues));
    }

    private static long priorityOf(long rowIndex) {
        return Bootstrap.mix(rowIndex ^ 0x3C6EF372FE94F82BL) >>> 1;
    }

    private void offer(long rowPriority, long rowIndex, double actualValue, double predictedValue) {
        if (rowPriority >= cut || rowPriority > sharedCut.get()) {
            return;
        }
        if (size == priority.length) {
            int grown = Math.max(16, Math.min(2 * capacity, size * 2));
            priority = Arrays.copyOf(priority, grown);
            index = Arrays.copyOf(index, grown);
            actual = Arrays.copyOf(actual, grown);
            predicted = Arrays.copyOf(predicted, grown);
        }
        priority[size] = rowPriority;
        index[size] = rowIndex;
        actual[size] = actualValue;
        predicted[size] = predictedValue;
        size++;
        if (size >= 2 * capacity) {
            shrink();
        }
    }

    /** Keeps the {@code capacity} smallest priorities and refuses anything above them from now on. */
    private void shrink() {
        Integer[] order = smallestFirst();
        long[] p = new long[priority.length];
        long[] x = new long[index.length];
        double[] a = new double[actual.length];
        double[] y = new double[predicted.length];
        for (int i = 0; i < capacity; i++) {
            p[i] = priority[order[i]];
            x[i] = index[order[i]];
            a[i] = actual[order[i]];
            y[i] = predicted[order[i]];
        }
        priority = p;
        index = x;
        actual = a;
        predicted = y;
        size = capacity;
        cut = priority[capacity - 1];
        sharedCut.accumulateAndGet(cut, Math::min);
    }

    /** Positions by priority, then row index (a tie of two 63-bit hashes is all but impossible, but decided). */
    private Integer[] smallestFirst() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> priority[a] != priority[b] ? Long.compare(priority[a], priority[b])
                : Long.compare(index[a], index[b]));
        return order;
    }
}
