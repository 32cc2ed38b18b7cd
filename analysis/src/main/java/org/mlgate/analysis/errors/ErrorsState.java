package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlgate.analysis.metrics.TaskMetrics;

/**
 * The door of the partial states ({@code org.mlgate.analysis.partial}) into error analysis and slice metrics: what
 * an {@link ErrorAnalyzer} and a {@link SliceMetrics} hold once their first rows fixed the bins, as plain values,
 * and the way back into an empty (or freshly forked) instance. The codecs live in the partial package; this class
 * only reads and sets fields. A restore checks what the fields' invariants need (levels within a column's capacity,
 * counters as many as the bins make) and throws IllegalArgumentException when a value breaks one.
 */
public final class ErrorsState {

    private ErrorsState() {
    }

    /** One off-diagonal cell of the confusion matrix with its earliest examples. */
    public record ConfusionCell(String actual, String predicted, long count, double confidenceSum,
                                long confidenceCount, List<PairExample> examples) {
    }

    /** An example of a confusion pair: its row index and its name, the line (a Long) or the id (a String). */
    public record PairExample(long index, Object name) {
    }

    /** An item of a top-k list with the score and row index that rank it. */
    public record Ranked<T>(double score, long index, T item) {
    }

    /** The residuals' quantile sketch: exact values below its capacity, else the buckets. */
    public record Quantiles(int exactCapacity, boolean sketched, double[] values, Map<Integer, Long> positive,
                            Map<Integer, Long> negative, long zeros, long count, double min, double max) {
    }

    /**
     * How a column is cut into slice levels: numeric ({@code edges} set, with the level ranges of its parts and
     * tails as {first, last} pairs) or categorical ({@code edges} null; the values of levels 1, 2, ... in order).
     */
    public record Binning(String column, double[] edges, List<int[]> parts, List<int[]> tails,
                          int maxDistinctValues, List<String> values) {
        public boolean numeric() {
            return edges != null;
        }

        /** The levels of the column: 2 more than the edges, or 1 more than the distinct values allowed. */
        public int capacity() {
            return numeric() ? edges.length + 2 : maxDistinctValues + 1;
        }
    }

    /** Slice counters: per counter rows, error sum and large errors, with the totals. */
    public record Counts(int[] capacity, boolean[] paired, long[] rows, double[] errorSum, long[] large,
                         long totalRows, double totalErrorSum, long totalLarge) {
    }

    /** Fixed bins of weak-slice discovery and their counters; {@code columns[s]} is slot s's feature index. */
    public record Bins(int[] columns, List<Binning> binnings, boolean[] dropped, double largeAbove,
                       List<String> notes, Counts counts) {
    }

    /** How sliceError auto chose (a regression feed), as {@code ErrorScale.Verdict}. */
    public record Choice(SliceError preferred, double absolute, double relative, int rows) {
    }

    /** A regression feed: the error it counts, how it was chosen (null for a fixed choice), its first rows' scale. */
    public record Feed(SliceError measure, Choice choice, List<String> notes, int scaleCapacity,
                       double[] scaleActual, double[] scaleError, Bins bins) {
    }

    /** Everything an analyzer holds, {@code bins} for classification and {@code feed} for regression. */
    public record Analyzer(long rows, long mistakesWithoutConfidence, long confusionErrors,
                           List<ConfusionCell> confusion, List<Ranked<ConfidentMistake>> confident,
                           List<Ranked<LargestResidual>> residuals, Quantiles quantiles, Bins bins, Feed feed) {
    }

    /** One level's slice of a slice column: its rows and its counts (restore them with MetricsState). */
    public record LevelSlice(int level, long rows, TaskMetrics metrics) {
    }

    // ---- ErrorAnalyzer

    /** The feature columns an analyzer cuts into slices (its rows' cells). */
    public static List<String> featureColumns(ErrorAnalyzer analyzer) {
        return analyzer.featureColumns;
    }

    public static Analyzer analyzer(ErrorAnalyzer a) {
        List<ConfusionCell> cells = new ArrayList<>();
        a.confusion.cells.forEach((key, cell) -> cells.add(new ConfusionCell(key.actual(), key.predicted(),
                cell.count, cell.confidenceSum, cell.confidenceCount, cell.examples.stream()
                .map(e -> new PairExample(e.index(), e.name())).toList())));
        QuantileSketch q = a.quantiles;
        Quantiles quantiles = new Quantiles(q.exactCapacity, q.sketched, Arrays.copyOf(q.values, q.size),
                new TreeMap<>(q.positive), new TreeMap<>(q.negative), q.zeros, q.count, q.min, q.max);
        Feed feed = null;
        if (a.regressionSlices != null) {
            RegressionSliceFeed f = a.regressionSlices;
            ErrorScale.Verdict v = f.choice;
            feed = new Feed(f.measure, v == null ? null : new Choice(v.preferred(), v.absolute(), v.relative(),
                    v.rows()), List.copyOf(f.notes), f.scale.capacity, Arrays.copyOf(f.scale.actual, f.scale.size),
                    Arrays.copyOf(f.scale.error, f.scale.size), bins(f.slices));
        }
        return new Analyzer(a.rows, a.mistakesWithoutConfidence, a.confusion.errors, cells, ranked(a.confident),
                ranked(a.residuals), quantiles, a.slices == null ? null : bins(a.slices), feed);
    }

    private static <T> List<Ranked<T>> ranked(TopRows<T> top) {
        return top.heap.stream().map(e -> new Ranked<>(e.score(), e.index(), e.item())).toList();
    }

    /** Sets an analyzer that has counted nothing (a fresh one, or a fork of the one the state came from). */
    public static void restore(ErrorAnalyzer a, Analyzer state) {
        require(a.slices != null ? state.bins() != null : state.feed() != null, "the task's slice counts");
        if (!a.confusion.cells.isEmpty() || a.rows != 0) {
            throw new IllegalStateException("restore into an analyzer that has counted rows");
        }
        a.rows = state.rows();
        a.mistakesWithoutConfidence = state.mistakesWithoutConfidence();
        a.confusion.errors = state.confusionErrors();
        for (ConfusionCell c : state.confusion()) {
            require(c.examples().size() <= a.confusion.examplesPerPair, "examples per confusion pair");
            ConfusionPairCounter.Cell cell = new ConfusionPairCounter.Cell();
            cell.count = c.count();
            cell.confidenceSum = c.confidenceSum();
            cell.confidenceCount = c.confidenceCount();
            c.examples().forEach(e -> cell.examples.add(new ConfusionPairCounter.Example(e.index(), e.name())));
            require(a.confusion.cells.put(new ConfusionPairCounter.Key(c.actual(), c.predicted()), cell) == null,
                    "distinct confusion pairs");
        }
        restore(a.confident, state.confident());
        restore(a.residuals, state.residuals());
        restore(a.quantiles, state.quantiles());
        if (a.slices != null) {
            restore(a.slices, state.bins());
        } else {
            restore(a.regressionSlices, state.feed());
        }
    }

    private static <T> void restore(TopRows<T> top, List<Ranked<T>> items) {
        require(items.size() <= top.capacity, "the listed rows");
        items.forEach(r -> top.offer(r.score(), r.index(), r.item()));
        require(top.heap.size() == items.size(), "distinct listed rows");
    }

    private static void restore(QuantileSketch q, Quantiles state) {
        require(state.exactCapacity() == q.exactCapacity && state.values().length <= q.exactCapacity,
                "the exact quantiles");
        require(!state.sketched() || state.values().length == 0, "sketched quantiles");
        q.sketched = state.sketched();
        q.values = state.sketched() ? new double[0]
                : Arrays.copyOf(state.values(), Math.max(16, state.values().length));
        q.size = state.values().length;
        q.positive.putAll(state.positive());
        q.negative.putAll(state.negative());
        q.zeros = state.zeros();
        q.count = state.count();
        q.min = state.min();
        q.max = state.max();
    }

    private static void restore(RegressionSliceFeed f, Feed state) {
        require(state.measure() != null && state.measure() != SliceError.AUTO, "the error the slices count");
        require(state.scaleCapacity() == f.scale.capacity && state.scaleActual().length <= f.scale.capacity
                && state.scaleError().length == state.scaleActual().length, "the first rows' error scale");
        f.measure = state.measure();
        Choice c = state.choice();
        f.choice = c == null ? null : new ErrorScale.Verdict(c.preferred(), c.absolute(), c.relative(), c.rows());
        f.waiting = null;
        f.notes.clear();
        f.notes.addAll(state.notes());
        f.scale.actual = state.scaleActual().clone();
        f.scale.error = state.scaleError().clone();
        f.scale.size = state.scaleActual().length;
        restore(f.slices, state.bins());
    }

    // ---- SliceAccumulator

    private static Bins bins(SliceAccumulator accumulator) {
        SliceAccumulator.Binned b = accumulator.binned;
        if (b == null) {
            throw new IllegalStateException("the slice bins are not fixed yet: decide before writing a state");
        }
        SliceCounts c = b.counts;
        Counts counts = new Counts(c.capacity.clone(), c.paired.clone(), c.rows.clone(), c.errorSum.clone(),
                c.large.clone(), c.totalRows, c.totalErrorSum, c.totalLarge);
        return new Bins(b.columns.clone(), Arrays.stream(b.binnings).map(ErrorsState::binning).toList(),
                b.dropped.clone(), b.largeAbove, List.copyOf(b.notes), counts);
    }

    private static void restore(SliceAccumulator accumulator, Bins state) {
        int slots = state.columns().length;
        require(state.binnings().size() == slots && state.dropped().length == slots
                && state.counts().capacity().length == slots && state.counts().paired().length == slots,
                "one binning per sliced column");
        int features = accumulator.features.size();
        for (int s = 0; s < slots; s++) {
            int column = state.columns()[s];
            require(column >= 0 && column < features && column != accumulator.excludedColumn
                    && (s == 0 || column > state.columns()[s - 1]), "the sliced columns");
            require(state.binnings().get(s).capacity() == state.counts().capacity()[s], "a column's levels");
        }
        ColumnBinning[] binnings = state.binnings().stream().map(ErrorsState::binning).toArray(ColumnBinning[]::new);
        SliceAccumulator.Binned b = accumulator.new Binned(state.columns().clone(), binnings,
                state.counts().paired().clone(), state.largeAbove(), new LinkedHashSet<>(state.notes()));
        System.arraycopy(state.dropped(), 0, b.dropped, 0, slots);
        restore(b.counts, state.counts());
        accumulator.binned = b;
        accumulator.bufferedCells = null;
        accumulator.bufferedErrors = null;
    }

    private static void restore(SliceCounts counts, Counts state) {
        require(state.rows().length == counts.size() && state.errorSum().length == counts.size()
                && state.large().length == counts.size(), "as many slice counters as the bins make");
        System.arraycopy(state.rows(), 0, counts.rows, 0, counts.size());
        System.arraycopy(state.errorSum(), 0, counts.errorSum, 0, counts.size());
        System.arraycopy(state.large(), 0, counts.large, 0, counts.size());
        counts.totalRows = state.totalRows();
        counts.totalErrorSum = state.totalErrorSum();
        counts.totalLarge = state.totalLarge();
    }

    /**
     * The number of counters that bins of these capacities make, the slots marked {@code paired} in pairs: what a
     * reader checks against the bytes left before it allocates them.
     */
    public static long counters(int[] capacity, boolean[] paired) {
        long singles = 0;
        long pairs = 0;
        long pairedSoFar = 0;
        for (int s = 0; s < capacity.length; s++) {
            singles += capacity[s];
            if (paired[s]) {
                pairs += pairedSoFar * capacity[s];
                pairedSoFar += capacity[s];
            }
        }
        return singles + pairs;
    }

    // ---- ColumnBinning

    private static Binning binning(ColumnBinning binning) {
        if (binning instanceof NumericBinning n) {
            return new Binning(n.column(), n.edges.clone(), ranges(n.parts()), ranges(n.tails()), 0, List.of());
        }
        CategoricalBinning c = (CategoricalBinning) binning;
        return new Binning(c.column(), null, List.of(), List.of(), c.maxDistinctValues,
                List.copyOf(c.values.subList(1, c.values.size())));
    }

    private static List<int[]> ranges(List<LevelRange> ranges) {
        return ranges.stream().map(r -> new int[] {r.first(), r.last()}).toList();
    }

    private static ColumnBinning binning(Binning state) {
        if (state.numeric()) {
            double[] edges = state.edges();
            for (int i = 0; i < edges.length; i++) {
                require(Double.isFinite(edges[i]) && (i == 0 || edges[i] > edges[i - 1]), "ascending bin edges");
            }
            return new NumericBinning(state.column(), edges.clone(), levelRanges(state.parts(), state.capacity()),
                    levelRanges(state.tails(), state.capacity()));
        }
        require(state.values().size() <= state.maxDistinctValues(), "the values of a column");
        CategoricalBinning c = new CategoricalBinning(state.column(), state.maxDistinctValues());
        for (int i = 0; i < state.values().size(); i++) {
            String value = state.values().get(i);
            require(!ColumnBinning.isMissing(value) && value.strip().equals(value), "a column's values");
            require(c.level(value) == i + 1, "distinct values of a column");
        }
        return c;
    }

    private static List<LevelRange> levelRanges(List<int[]> ranges, int capacity) {
        List<LevelRange> out = new ArrayList<>();
        for (int[] r : ranges) {
            require(r.length == 2 && r[0] >= 0 && r[0] <= r[1] && r[1] < capacity, "a level range");
            out.add(new LevelRange(r[0], r[1]));
        }
        return out;
    }

    // ---- SliceMetrics

    /** The slice columns' binnings; an entry is null when the column was dropped (too many values). */
    public static List<Binning> sliceBinnings(SliceMetrics metrics) {
        if (metrics.binnings == null) {
            throw new IllegalStateException("the slice binnings are not fixed yet: decide before writing a state");
        }
        List<Binning> out = new ArrayList<>();
        for (ColumnBinning b : metrics.binnings) {
            out.add(b == null ? null : binning(b));
        }
        return out;
    }

    /** The slices of slice column {@code column}, by level. */
    public static List<LevelSlice> slices(SliceMetrics metrics, int column) {
        return metrics.slices.get(column).entrySet().stream()
                .map(e -> new LevelSlice(e.getKey(), e.getValue().rows, e.getValue().metrics)).toList();
    }

    /** How many rows slice column {@code column} has a level for (every row the instance saw). */
    public static int levelRows(SliceMetrics metrics, int column) {
        return metrics.levels.get(column).size();
    }

    /** The level of row {@code row} in a live slice column. */
    public static int level(SliceMetrics metrics, int column, int row) {
        return metrics.levels.get(column).get(row);
    }

    /**
     * Sets the binnings of an instance that has counted nothing (a fresh one, whose first rows are then taken as
     * given, or a fork); null drops a column.
     */
    public static void restoreBinnings(SliceMetrics metrics, List<Binning> binnings) {
        require(binnings.size() == metrics.sliceColumns.size(), "one binning per slice column");
        if (metrics.binnings == null) {
            metrics.decide(); // a fresh instance holds no rows: this only makes the empty slices and level columns
        }
        require(metrics.levels.stream().allMatch(l -> l.size() == 0), "an instance without rows");
        for (int c = 0; c < binnings.size(); c++) {
            metrics.binnings[c] = binnings.get(c) == null ? null : binning(binnings.get(c));
        }
    }

    /** Adds an empty slice of {@code rows} rows at a level of a column and returns its metrics to restore. */
    public static TaskMetrics addSlice(SliceMetrics metrics, int column, int level, long rows) {
        ColumnBinning binning = metrics.binnings[column];
        require(binning != null && level >= 0 && level < binning.capacity() && rows > 0, "a slice's level");
        SliceMetrics.Slice slice = metrics.new Slice();
        slice.rows = rows;
        require(metrics.slices.get(column).put(level, slice) == null, "distinct slice levels");
        return slice.metrics;
    }

    /**
     * Appends the next row's level in a live slice column. A dropped column's levels are neither written nor read:
     * nothing reads them again.
     */
    public static void addLevel(SliceMetrics metrics, int column, int level) {
        ColumnBinning binning = metrics.binnings[column];
        require(binning != null && level >= 0 && level < binning.capacity(), "a row's level");
        metrics.levels.get(column).add(level);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("an inconsistent value (" + what + ")");
        }
    }
}
