package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.metrics.TaskMetrics;

/**
 * The full metric set on each value (or quantile bin) of the configured slice columns ({@code sliceColumns}), in
 * the same pass as everything else. Binning is decided as in weak-slice discovery ({@link BinningChoice}) from the
 * first rows, which are held until then; after that each row goes straight to its slices' accumulators. Memory: per
 * slice an accumulator of counts and sums, and per slice column the level of every row (2 bytes a row): the exact
 * ranking metrics and the median read the rows' scores and errors from the overall metrics, in place, so that slice
 * columns do not copy them once more (three slice columns used to cost three times the overall metrics' memory).
 */
public final class SliceMetrics {

    private final Task task;
    private final List<String> sliceColumns;
    private final int[] columnIndex;
    private final List<String> probabilityLabels;
    private final int numericBins;
    private final int maxDistinctValues;
    private final int columnCount;
    private List<ScoredRow> buffer = new ArrayList<>();
    private ColumnBinning[] binnings;
    private List<Map<Integer, Slice>> slices;
    /** Per slice column, each row's level in row order (-1 once the column is dropped). */
    private List<LevelColumn> levels;

    public SliceMetrics(Task task, List<String> featureColumns, List<String> sliceColumns,
                        List<String> probabilityLabels, ErrorAnalysisOptions options) {
        this.task = task;
        this.sliceColumns = List.copyOf(sliceColumns);
        this.columnIndex = new int[sliceColumns.size()];
        for (int i = 0; i < columnIndex.length; i++) {
            columnIndex[i] = featureColumns.indexOf(sliceColumns.get(i));
            if (columnIndex[i] < 0) {
                throw new InputException("Slice column '" + sliceColumns.get(i) + "' is not a column of the "
                        + "validation data (columns: " + String.join(", ", featureColumns) + "); fix <sliceColumns>.");
            }
        }
        this.probabilityLabels = List.copyOf(probabilityLabels);
        this.columnCount = featureColumns.size();
        this.numericBins = options.numericBins();
        this.maxDistinctValues = options.maxDistinctValues();
        if (sliceColumns.isEmpty()) {
            fixBinnings(); // nothing to decide: no row needs holding back
        }
    }

    /** True once the binnings are fixed (after the first rows, as many as weak-slice discovery buffers). */
    public boolean decided() {
        return binnings != null;
    }

    /** An empty instance with the same fixed binnings, for a chunk of rows to {@link #merge} back in order. */
    public SliceMetrics fork() {
        if (binnings == null) {
            throw new IllegalStateException("the slice binnings are not fixed yet: fork after the first rows");
        }
        return new SliceMetrics(this);
    }

    private SliceMetrics(SliceMetrics source) {
        this.task = source.task;
        this.sliceColumns = source.sliceColumns;
        this.columnIndex = source.columnIndex;
        this.probabilityLabels = source.probabilityLabels;
        this.columnCount = source.columnCount;
        this.numericBins = source.numericBins;
        this.maxDistinctValues = source.maxDistinctValues;
        this.buffer = null;
        this.binnings = new ColumnBinning[source.binnings.length];
        this.slices = new ArrayList<>();
        this.levels = new ArrayList<>();
        for (int c = 0; c < binnings.length; c++) {
            binnings[c] = source.binnings[c] == null ? null : source.binnings[c].copy();
            slices.add(new TreeMap<>());
            levels.add(new LevelColumn());
        }
    }

    /** Adds the rows of a {@link #fork}, as if they came after this instance's rows. */
    public void merge(SliceMetrics later) {
        if (binnings == null || later.binnings == null) {
            throw new IllegalStateException("only instances with fixed binnings merge");
        }
        for (int c = 0; c < binnings.length; c++) {
            if (binnings[c] == null) {
                continue;
            }
            int[] map = later.binnings[c] == null ? null : binnings[c].levelsOf(later.binnings[c]);
            if (map == null) {
                binnings[c] = null; // more values than allowed once both parts are counted: dropped, as in one pass
                continue;
            }
            Map<Integer, Slice> mine = slices.get(c);
            for (Map.Entry<Integer, Slice> entry : later.slices.get(c).entrySet()) {
                Slice target = mine.computeIfAbsent(map[entry.getKey()], l -> new Slice());
                target.merge(entry.getValue());
            }
            LevelColumn theirs = later.levels.get(c);
            LevelColumn ours = levels.get(c);
            for (int r = 0; r < theirs.size(); r++) {
                int level = theirs.get(r);
                ours.add(level < 0 ? -1 : map[level]);
            }
        }
    }

    public void add(ScoredBatch batch) {
        for (ScoredRow row : batch.rows()) {
            add(row);
        }
    }

    public void add(ScoredRow row) {
        if (binnings != null) {
            route(row);
            return;
        }
        buffer.add(row);
        if (buffer.size() >= SliceAccumulator.bufferRowsFor(columnCount)) {
            fixBinnings();
        }
    }

    /**
     * The slices of every slice column, column by column in level order, with their metrics computed with
     * {@code options} (pass the overall positive label, so that a slice's f1 is of the same class).
     */
    /**
     * @param overall the metrics of all the rows this instance saw, in the same order: the slices read their rows'
     *                scores there
     */
    public List<SliceResult> result(MetricOptions options, List<String> notes, TaskMetrics overall) {
        if (binnings == null) {
            fixBinnings();
        }
        List<SliceResult> results = new ArrayList<>();
        for (int c = 0; c < sliceColumns.size(); c++) {
            if (binnings[c] == null) {
                notes.add("Slice column '" + sliceColumns.get(c) + "' has more than " + maxDistinctValues
                        + " distinct values, so it is not sliced; slice a coarser column instead.");
                continue;
            }
            for (Map.Entry<Integer, Slice> entry : slices.get(c).entrySet()) {
                SliceCondition condition = binnings[c].condition(entry.getKey());
                Slice slice = entry.getValue();
                MetricResult metrics = slice.metrics.result(options, overall,
                        levels.get(c).rowsOf(entry.getKey(), slice.rows));
                results.add(new SliceResult(name(condition), condition.describe(), List.of(condition), false,
                        entry.getValue().rows, metrics.metrics(), metrics.intervals()));
            }
        }
        return results;
    }

    /** {@code region=west}, {@code age=(40, 60]}, {@code age=missing}: the form SLICE rule includes use. */
    static String name(SliceCondition condition) {
        return switch (condition.kind()) {
            case "equals" -> condition.column() + "=" + condition.value();
            case "missing" -> condition.column() + "=missing";
            default -> condition.column() + "="
                    + (condition.lower() == null ? "(-inf" : "(" + SliceCondition.format(condition.lower())) + ", "
                    + (condition.upper() == null ? "inf)" : SliceCondition.format(condition.upper()) + "]");
        };
    }

    private void fixBinnings() {
        binnings = new ColumnBinning[sliceColumns.size()];
        slices = new ArrayList<>();
        levels = new ArrayList<>();
        for (int c = 0; c < binnings.length; c++) {
            levels.add(new LevelColumn());
            List<String> cells = new ArrayList<>(buffer.size());
            for (ScoredRow row : buffer) {
                cells.add(row.cells()[columnIndex[c]]);
            }
            binnings[c] = BinningChoice.choose(sliceColumns.get(c), cells, numericBins, maxDistinctValues, false);
            slices.add(new TreeMap<>());
        }
        List<ScoredRow> held = buffer;
        buffer = null;
        held.forEach(this::route);
    }

    private void route(ScoredRow row) {
        for (int c = 0; c < binnings.length; c++) {
            int level = binnings[c] == null ? -1 : binnings[c].level(row.cells()[columnIndex[c]]);
            if (level < 0 && binnings[c] != null) {
                binnings[c] = null; // more values than allowed: the column is dropped, with a note at the end
            }
            levels.get(c).add(level);
            if (level >= 0) {
                slices.get(c).computeIfAbsent(level, l -> new Slice()).add(row);
            }
        }
    }

    /** One slice's accumulator and its row count. */
    private final class Slice {
        // Counts and sums only: the per-row scores are read from the overall metrics (see the class comment).
        private final TaskMetrics metrics = TaskMetrics.slice(task, probabilityLabels);
        private long rows;

        void add(ScoredRow row) {
            rows++;
            metrics.add(row);
        }

        void merge(Slice other) {
            rows += other.rows;
            metrics.merge(other.metrics);
        }
    }
}
