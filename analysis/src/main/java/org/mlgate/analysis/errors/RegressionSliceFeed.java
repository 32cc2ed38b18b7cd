package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Regression's way into weak-slice discovery: each row's error as {@code sliceError} asks (absolute, or relative to
 * the actual value), and the first rows' {@link ErrorScale} for the choice and the notes. With {@code auto} the first
 * rows (as many as fix the slice bins) wait here until the scale has seen them; then they go to the slice
 * accumulator in their order, so the counts are exactly those of a fixed choice made from the same rows.
 *
 * <p>Merging follows {@link SliceAccumulator}: rows of a chunk still waiting are replayed (exact); a chunk that has not
 * chosen yet adopts the other's choice; two chunks that chose differently cannot be added (their slices count
 * different errors), so the other's rows are left out of weak-slice discovery, with a note.
 */
final class RegressionSliceFeed {

    private record Waiting(String[] cells, double actual, double absoluteError) {
    }

    private final SliceError mode;
    private final Supplier<SliceAccumulator> accumulators;
    final SliceAccumulator slices;
    final ErrorScale scale;
    ErrorScale.Verdict choice; // how auto chose; null until it has, and for a fixed choice
    SliceError measure;         // ABSOLUTE or RELATIVE; null while auto waits
    List<Waiting> waiting = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    RegressionSliceFeed(SliceError mode, Supplier<SliceAccumulator> accumulators, int scaleRows) {
        this.mode = mode;
        this.accumulators = accumulators;
        this.slices = accumulators.get();
        this.scale = new ErrorScale(scaleRows);
        this.measure = mode == SliceError.AUTO ? null : mode;
    }

    /** A fork: the choice taken and the bins fixed; its scale keeps nothing, the choice's rows were all seen. */
    private RegressionSliceFeed(RegressionSliceFeed parent) {
        this.mode = parent.mode;
        this.accumulators = parent.accumulators;
        this.slices = parent.slices.fork();
        this.scale = new ErrorScale(0);
        this.choice = parent.choice;
        this.measure = parent.measure;
        this.waiting = null;
    }

    /** True once the error is chosen and the slice bins are fixed. */
    boolean decided() {
        return measure != null && slices.decided();
    }

    /** Takes the choice and fixes the bins now, from the rows so far, as {@link #counts} would at the end. */
    void decide() {
        if (measure == null) {
            choose(scale.verdict());
        }
        slices.decide();
    }

    /** An empty feed with this one's choice and bins, for a chunk of rows merged back in order; once decided. */
    RegressionSliceFeed fork() {
        if (!decided()) {
            throw new IllegalStateException("the error of the slices is not chosen yet: fork after the first rows");
        }
        return new RegressionSliceFeed(this);
    }

    void add(String[] cells, double actual, double absoluteError) {
        add(cells, null, actual, absoluteError);
    }

    /** Adds a row; {@code numbers} as {@link SliceAccumulator#add(String[], double[], double)}. */
    void add(String[] cells, double[] numbers, double actual, double absoluteError) {
        scale.add(actual, absoluteError);
        if (measure != null) {
            slices.add(cells, numbers, error(measure, actual, absoluteError));
            return;
        }
        waiting.add(new Waiting(cells.clone(), actual, absoluteError)); // the source may reuse its arrays
        if (scale.full()) {
            choose(scale.verdict());
        }
    }

    private void choose(ErrorScale.Verdict verdict) {
        choice = verdict;
        measure = verdict.preferred();
        waiting.forEach(w -> slices.add(w.cells(), error(measure, w.actual(), w.absoluteError())));
        waiting = null;
    }

    private static double error(SliceError measure, double actual, double absoluteError) {
        return measure == SliceError.RELATIVE ? ErrorScale.relativeError(absoluteError, actual) : absoluteError;
    }

    void merge(RegressionSliceFeed other) {
        if (other.measure == null) {
            other.waiting.forEach(w -> add(w.cells(), w.actual(), w.absoluteError()));
            return;
        }
        if (measure == null) {
            scale.merge(other.scale);
            choice = other.choice;
            measure = other.measure;
            waiting.forEach(w -> slices.add(w.cells(), error(measure, w.actual(), w.absoluteError())));
            waiting = null;
            slices.merge(other.slices);
            return;
        }
        scale.merge(other.scale);
        if (measure == other.measure) {
            slices.merge(other.slices);
        } else {
            notes.add("Merged chunks chose different errors for weak slices (sliceError auto: " + measure.jsonName()
                    + " and " + other.measure.jsonName() + "), so the rows of the " + other.measure.jsonName()
                    + " chunk were left out of weak-slice discovery.");
        }
    }

    /** The error the slices count, decided from the rows so far if auto has not chosen yet (nothing changes). */
    SliceError measure() {
        return measure != null ? measure : scale.verdict().preferred();
    }

    /** The slice counts of the rows so far; does not change this feed. */
    SliceAccumulator.Binned counts() {
        if (measure != null) {
            return slices.counts();
        }
        SliceError chosen = measure();
        SliceAccumulator pending = accumulators.get();
        waiting.forEach(w -> pending.add(w.cells(), error(chosen, w.actual(), w.absoluteError())));
        return pending.counts();
    }

    int counterCount() {
        return slices.counterCount();
    }

    /** What the report should say about the error the slices compare, given how many weak slices were found. */
    List<String> notes(int weakSlices) {
        List<String> all = new ArrayList<>(notes);
        if (scale.verdict().rows() < 3) {
            return all;
        }
        ErrorScale.Verdict verdict = choice != null ? choice : scale.verdict();
        String found = weakSlices == 0 ? "weak slices"
                : "the " + weakSlices + " weak slice" + (weakSlices == 1 ? "" : "s");
        if (mode == SliceError.AUTO) {
            all.add("sliceError auto compared " + measure().jsonName() + " errors across slices ("
                    + verdict.evidence() + ").");
        } else if (mode == SliceError.ABSOLUTE && verdict.preferred() == SliceError.RELATIVE) {
            all.add("Absolute errors grow with the actual value (" + verdict.evidence() + "), so " + found
                    + " on absolute error may only mark rows with large actual values; sliceError relative (or auto) "
                    + "compares errors relative to the actual value.");
        } else if (mode == SliceError.RELATIVE && verdict.preferred() == SliceError.ABSOLUTE
                && verdict.relative() < -2 / Math.sqrt(verdict.rows())) {
            all.add("Relative errors are largest where the actual value is small (" + verdict.evidence() + "), so "
                    + found + " on relative error may only mark rows with small actual values; sliceError absolute "
                    + "(or auto) compares absolute errors.");
        }
        return all;
    }
}
