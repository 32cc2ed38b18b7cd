package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Poisson-bootstrap intervals of the multi-class one-vs-rest ranking metrics: {@code aucRoc} (macro),
 * {@code aucRocWeighted} and {@code averagePrecision} (macro).
 *
 * <h2>Why per-row weights</h2>
 * The one-vs-rest problems of all classes rank the same rows, so their AUCs are correlated and a replicate must
 * reweight a row identically in every class column. Each row's weight is that of its bootstrap block
 * ({@link Bootstrap#block}: the row's own block for the first {@value Bootstrap#BLOCKS} row indices, a hashed one
 * after), one Poisson(1) weight per (replicate, block), a function of (seed, replicate, block) ({@link BlockWeights}).
 * With at most {@value Bootstrap#BLOCKS} rows this is the exact Poisson bootstrap; with more, rows of a block share a
 * weight (a bootstrap over random groups of rows, as for regression). Blocks and weights depend on row indices and the seed only,
 * so merged chunks give the intervals of the whole file.
 *
 * <h2>Per column</h2>
 * Each class column is ranked into the score groups of its {@link RankingSweep} (the distinct scores when there are at
 * most {@link ClassificationAccumulator#BOOTSTRAP_BINS}, otherwise that many equal-count bins of consecutive scores,
 * as for the binary interval). One pass puts each row into its group (a binary search on the groups' floors) and
 * counting-sorts the rows' blocks by (group, positive or not). Then, for every replicate at once, each group's
 * weighted positives and negatives are sums of block weights (integers, so the order of rows cannot change them), and
 * one sweep over the groups gives the weighted Mann-Whitney AUC with ties as half and the weighted step-sum average
 * precision. With bins, rows inside a bin count as tied; each replicate is shifted by (exact point estimate - estimate
 * on the bins) of its class, so the interval is centred on the exact value, which stays the reported estimate.
 *
 * <h2>Cost and its cap</h2>
 * The sums cost one integer addition per (row, class column, replicate), vectorised over replicates. When rows x
 * columns x replicates exceeds {@value #WORK_BUDGET}, fewer replicates are used (budget / (rows x columns), never
 * fewer than {@value #MIN_REPLICATES}) and a note says so; when even {@value #MIN_REPLICATES} replicates exceed the
 * budget, these three metrics get no interval and a note says why. The point estimates are always exact. Measured
 * (MetricsBenchmark, 3 classes): 1M rows, 1000 replicates: 475 ms against 338 ms for the point metrics; 10M rows
 * (333 replicates, -Xmx512m): 2.2 s against 3.4 s. Grouping rows further would not cut the cost: a group's weight in
 * a replicate is still a sum over its rows' blocks. Memory while computing: one int and one short per row, and
 * replicates x blocks int weights (8 MB for 1000 replicates).
 *
 * <h2>Replicates that leave a class out</h2>
 * A replicate in which a class defined in the point estimate has no weighted positives (or negatives) has no macro
 * value; such replicates are dropped, and the interval is omitted when more than half of them are (see
 * {@link Bootstrap#percentile}).
 */
final class OneVsRestIntervals {
    /**
     * Row x column x replicate additions allowed: 1 million 3-class rows with 1000 replicates (3e9) fit, and cost less
     * than twice the point metrics (see MetricsBenchmark); 10 million 3-class rows get 333 replicates.
     */
    static final long WORK_BUDGET = 10_000_000_000L;
    static final int MIN_REPLICATES = 200;
    /**
     * Replicates summed together (8 MB of weights). Measured on 1M rows x 3 columns: batches of 128 replicates (whose
     * weights fit in L2) took 435 ms, of 1000 270 ms; the inner loop's length matters more than the cache.
     */
    private static final int BATCH = 1024;

    /**
     * One class whose one-vs-rest metrics are computed.
     *
     * @param classIndex       the class (index into the task's labels)
     * @param column           its probability column
     * @param sweep            the exact sweep of its column (its groups, floors and point estimates)
     */
    record ClassColumn(int classIndex, int column, RankingSweep sweep) {
    }

    /** The intervals (possibly none) and the notes that explain a reduced or skipped computation. */
    record Outcome(Map<String, Interval> intervals, List<String> notes) {
    }

    private final MetricOptions options;
    private final DoubleChunks scores;
    private final int width;
    private final RowKeys rows;
    private final int[] codeToClass;
    private final List<ClassColumn> columns;

    /**
     * @param scores      row-major probabilities, {@code width} per row
     * @param rows        label code and bootstrap block of each row
     * @param codeToClass class index of each label code
     * @param columns     the classes with a probability column and a defined one-vs-rest problem
     */
    OneVsRestIntervals(MetricOptions options, DoubleChunks scores, int width, RowKeys rows, int[] codeToClass,
                       List<ClassColumn> columns) {
        this.options = options;
        this.scores = scores;
        this.width = width;
        this.rows = rows;
        this.codeToClass = codeToClass;
        this.columns = List.copyOf(columns);
    }

    /**
     * The replicates affordable within {@link #WORK_BUDGET}: the requested number when it fits, else as many as fit
     * but at least {@link #MIN_REPLICATES} (or the requested number, if smaller); 0 when even that does not fit.
     */
    static int affordableReplicates(int requested, long rows, int columns) {
        long perReplicate = Math.max(1, rows * columns);
        long fit = WORK_BUDGET / perReplicate;
        if (fit >= requested) {
            return requested;
        }
        int floor = Math.min(requested, MIN_REPLICATES);
        return fit >= floor ? (int) fit : 0;
    }

    /** A worker's arrays for {@link #replicate}, reused class after class. */
    private record Scratch(int[] keys, short[] order) {
    }

    Outcome compute() {
        int requested = options.bootstrapReplicates();
        long rowCount = rows.size();
        if (requested == 0 || columns.isEmpty() || rowCount == 0) {
            return new Outcome(Map.of(), List.of());
        }
        List<String> notes = new ArrayList<>();
        int replicates = affordableReplicates(requested, rowCount, columns.size());
        String work = String.format(Locale.ROOT, "%,d rows x %d classes x %d replicates exceeds the budget of %.0e"
                + " additions", rowCount, columns.size(), requested, (double) WORK_BUDGET);
        if (replicates == 0) {
            notes.add("aucRoc, aucRocWeighted and averagePrecision have no interval: " + work + " even with "
                    + Math.min(requested, MIN_REPLICATES) + " replicates (the point estimates are exact).");
            return new Outcome(Map.of(), notes);
        }
        if (replicates < requested) {
            notes.add("The intervals of aucRoc, aucRocWeighted and averagePrecision use " + replicates + " of the "
                    + requested + " bootstrap replicates: " + work + ".");
        }
        BlockWeights weights = BlockWeights.draw(options.seed(), replicates, BATCH, presentBlocks());
        if (rowCount * weights.maxWeight() > Integer.MAX_VALUE) {
            notes.add("aucRoc, aucRocWeighted and averagePrecision have no interval: " + rowCount
                    + " rows are too many for the integer sums of bootstrap weights.");
            return new Outcome(Map.of(), notes);
        }
        int n = Math.toIntExact(rowCount);
        int k = columns.size();
        double[][] auc = new double[k][];
        double[][] ap = new double[k][];
        double[][] support = new double[k][];
        boolean[] aucDefined = new boolean[k];
        boolean[] apDefined = new boolean[k];
        // Classes are replicated on every core, each worker with its own scratch (keys and order: 6 bytes a row).
        ClassWorkers.forEachClass(k, 6L * n, worker -> new Scratch(new int[n], new short[n]), (scratch, i) -> {
            ColumnReplicates replicated = replicate(columns.get(i), weights, scratch.keys(), scratch.order());
            auc[i] = replicated.auc;
            ap[i] = replicated.averagePrecision;
            support[i] = replicated.positives;
        });
        for (int i = 0; i < k; i++) {
            aucDefined[i] = Double.isFinite(columns.get(i).sweep().auc());
            apDefined[i] = Double.isFinite(columns.get(i).sweep().averagePrecision());
        }
        double[] macroAuc = new double[replicates];
        double[] weightedAuc = new double[replicates];
        double[] macroAp = new double[replicates];
        double[] aucOfReplicate = new double[k];
        double[] apOfReplicate = new double[k];
        double[] supportOfReplicate = new double[k];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < k; i++) {
                aucOfReplicate[i] = auc[i][r];
                apOfReplicate[i] = ap[i][r];
                supportOfReplicate[i] = support[i][r];
            }
            // A NaN class value (no weighted positives or negatives in this replicate) makes the replicate NaN.
            ClassAverage aucAverage = ClassAverage.of(aucOfReplicate, supportOfReplicate, aucDefined);
            macroAuc[r] = aucAverage.macro();
            weightedAuc[r] = aucAverage.weighted();
            macroAp[r] = ClassAverage.of(apOfReplicate, supportOfReplicate, apDefined).macro();
        }
        Map<String, Interval> intervals = new LinkedHashMap<>();
        double level = options.confidenceLevel();
        putIfDefined(intervals, "aucRoc", Bootstrap.percentile(macroAuc, replicates, level));
        putIfDefined(intervals, "aucRocWeighted", Bootstrap.percentile(weightedAuc, replicates, level));
        putIfDefined(intervals, "averagePrecision", Bootstrap.percentile(macroAp, replicates, level));
        return new Outcome(intervals, notes);
    }

    /** Per replicate: the class's AUC and AP (shifted onto the exact estimates) and its weighted positives. */
    record ColumnReplicates(double[] auc, double[] averagePrecision, double[] positives) {
    }

    private boolean[] presentBlocks() {
        boolean[] present = new boolean[Bootstrap.BLOCKS];
        for (long r = 0; r < rows.size(); r++) {
            present[rows.block(r)] = true;
        }
        return present;
    }

    /**
     * The replicates of one class column.
     *
     * @param keys  scratch space, one int per row
     * @param order scratch space, one short per row
     */
    ColumnReplicates replicate(ClassColumn column, BlockWeights weights, int[] keys, short[] order) {
        double[] floors = column.sweep().bootstrapFloors();
        int groups = floors.length;
        // Counting sort of the rows' blocks by key = 2 x group + (0 for a positive, 1 for a negative).
        int[] start = new int[2 * groups + 1];
        int n = keys.length;
        for (int r = 0; r < n; r++) {
            int group = group(floors, scores.get((long) r * width + column.column()));
            int key = 2 * group + (codeToClass[rows.code(r)] == column.classIndex() ? 0 : 1);
            keys[r] = key;
            start[key + 1]++;
        }
        for (int key = 0; key < 2 * groups; key++) {
            start[key + 1] += start[key];
        }
        int[] fill = java.util.Arrays.copyOf(start, 2 * groups);
        for (int r = 0; r < n; r++) {
            order[fill[keys[r]]++] = (short) rows.block(r);
        }

        int replicates = weights.replicates();
        double[] tp = new double[replicates];
        double[] fp = new double[replicates];
        double[] orderedPairs = new double[replicates];
        double[] precisionSum = new double[replicates];
        for (int batch = 0; batch < weights.batches(); batch++) {
            int[][] blockWeights = weights.batch(batch);
            int size = blockWeights[0].length;
            int offset = batch * weights.batchSize();
            int[] pos = new int[size];
            int[] neg = new int[size];
            for (int g = 0; g < groups; g++) {
                sum(order, start[2 * g], start[2 * g + 1], blockWeights, pos);
                sum(order, start[2 * g + 1], start[2 * g + 2], blockWeights, neg);
                for (int i = 0; i < size; i++) {
                    int r = offset + i;
                    double p = pos[i];
                    double q = neg[i];
                    orderedPairs[r] += q * (tp[r] + p / 2);
                    tp[r] += p;
                    fp[r] += q;
                    if (p > 0) {
                        precisionSum[r] += p * (tp[r] / (tp[r] + fp[r]));
                    }
                }
            }
        }
        RankedGroups binned = column.sweep().bootstrapGroups();
        double aucShift = column.sweep().auc()
                - RankedGroups.auc(binned.positives(), binned.negatives());
        double apShift = column.sweep().averagePrecision()
                - RankedGroups.averagePrecision(binned.positives(), binned.negatives());
        double[] auc = new double[replicates];
        double[] ap = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            double pairs = tp[r] * fp[r];
            auc[r] = pairs == 0 ? Double.NaN : orderedPairs[r] / pairs + aucShift;
            ap[r] = tp[r] == 0 ? Double.NaN : precisionSum[r] / tp[r] + apShift;
        }
        return new ColumnReplicates(auc, ap, tp);
    }

    /**
     * The first group (from the highest scores down) whose floor the score reaches; floors strictly decrease and the
     * last is the lowest score. Branch-free halving (a conditional move, not a jump): rows come in random score order,
     * and a branchy binary search mispredicted half its steps (2.4x slower on 1M rows).
     */
    static int group(double[] floors, double score) {
        int base = 0;
        int length = floors.length;
        while (length > 1) {
            int half = length >>> 1;
            base = score >= floors[base + half - 1] ? base : base + half;
            length -= half;
        }
        return base;
    }

    /** acc[r] = sum over the rows in [from, to) of their block's weight in replicate r (a loop the JIT vectorises). */
    private static void sum(short[] order, int from, int to, int[][] blockWeights, int[] acc) {
        java.util.Arrays.fill(acc, 0);
        for (int i = from; i < to; i++) {
            int[] w = blockWeights[order[i]];
            for (int r = 0; r < acc.length; r++) {
                acc[r] += w[r];
            }
        }
    }

    private static void putIfDefined(Map<String, Interval> intervals, String name, Interval interval) {
        if (interval != null) {
            intervals.put(name, interval);
        }
    }
}
