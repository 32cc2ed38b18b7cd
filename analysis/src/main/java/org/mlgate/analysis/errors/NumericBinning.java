package org.mlgate.analysis.errors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlgate.analysis.data.CellNumbers;

/**
 * Quantile bins of a numeric column plus missing (empty or non-numeric cells). The column is cut at edges
 * {@code e1 < e2 < ... < ek} into levels {@code (-inf, e1], (e1, e2], ..., (ek, +inf)}; the edges come from a sample
 * (the slice buffer) and are then fixed. Its parts are the {@code bins} equal-share bins (quintiles by default);
 * with tails, it is also cut at the 2%, 5% and 10% quantiles and their mirror images (those narrower than a bin),
 * so that the tails {@code x <= e(2%)}, ..., {@code x > e(98%)} are single conditions of their own: a weak spot of 2%
 * of the rows would otherwise be diluted tenfold in its quintile.
 */
final class NumericBinning implements ColumnBinning {

    /** Shares of the tails cut off at each end when tails are asked for (only those narrower than a bin). */
    static final double[] TAIL_SHARES = {0.02, 0.05, 0.10};

    private final String column;
    final double[] edges;
    private final List<LevelRange> parts;
    private final List<LevelRange> tails;

    NumericBinning(String column, double[] edges, List<LevelRange> parts, List<LevelRange> tails) {
        this.column = column;
        this.edges = edges;
        this.parts = List.copyOf(parts);
        this.tails = List.copyOf(tails);
    }

    /**
     * Cuts at the quantiles 1/bins, 2/bins, ... of the sample (and, with {@code withTails}, at the tail shares), each
     * rounded to the fewest significant digits that keep its share of the sample within an eighth of the narrower
     * neighbouring interval's share (so "age > 60" rather than "age > 59.87", and a 2% tail stays within a quarter
     * point of 2%), then de-duplicated and kept strictly inside (min, max) of the sample so that no level is empty by
     * construction. Cuts that coincide (ties) merge, and so do candidate slices that come out the same.
     */
    static NumericBinning fromSample(String column, double[] sample, int bins, boolean withTails) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double[] targets = targetShares(bins, withTails);
        double[] edges = new double[targets.length];
        int[] cut = new int[targets.length]; // edges at or below target t: "x <= edge" is levels 1..cut[t]
        int count = 0;
        for (int t = 0; t < targets.length; t++) {
            double position = targets[t] * (n - 1);
            int lower = (int) Math.floor(position);
            double raw = sorted[lower] + (position - lower) * (sorted[Math.min(lower + 1, n - 1)] - sorted[lower]);
            double below = t == 0 ? targets[t] : targets[t] - targets[t - 1];
            double above = t == targets.length - 1 ? 1 - targets[t] : targets[t + 1] - targets[t];
            double edge = readableEdge(raw, targets[t], Math.min(below, above) / 8, sorted);
            if (edge >= sorted[0] && edge < sorted[n - 1] && (count == 0 || edge > edges[count - 1])) {
                edges[count++] = edge;
            }
            cut[t] = count;
        }
        int top = count + 1; // the highest level
        List<LevelRange> parts = new ArrayList<>();
        parts.add(LevelRange.of(0));
        int from = 1;
        for (int t = 0; t <= targets.length; t++) {
            boolean binEdge = t == targets.length || isBinEdge(targets[t], bins);
            int to = t == targets.length ? top : cut[t];
            if (binEdge && to >= from) {
                parts.add(new LevelRange(from, to));
                from = to + 1;
            }
        }
        List<LevelRange> tails = new ArrayList<>();
        for (int t = 0; t < targets.length; t++) {
            LevelRange tail = targets[t] < 0.5 ? new LevelRange(1, cut[t]) : new LevelRange(cut[t] + 1, top);
            if (!isBinEdge(targets[t], bins) && tail.last() >= tail.first() && !parts.contains(tail)
                    && !tails.contains(tail)) {
                tails.add(tail);
            }
        }
        return new NumericBinning(column, Arrays.copyOf(edges, count), parts, tails);
    }

    /** The bin edges 1/bins, ..., (bins-1)/bins and, with tails, the tail shares narrower than a bin, ascending. */
    private static double[] targetShares(int bins, boolean withTails) {
        List<Double> shares = new ArrayList<>();
        for (int i = 1; i < bins; i++) {
            shares.add((double) i / bins);
        }
        for (double tail : withTails ? TAIL_SHARES : new double[0]) {
            if (tail < 1.0 / bins) {
                shares.add(tail);
                shares.add(1 - tail);
            }
        }
        return shares.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static boolean isBinEdge(double share, int bins) {
        return Math.abs(share * bins - Math.rint(share * bins)) < 1e-9;
    }

    /**
     * A readable edge near the quantile {@code raw}: rounded to the fewest significant digits whose share of the
     * sample is within {@code tolerance} of the target; when ties leave no such number (an integer column), the
     * sample value whose share is closest. Then, if a sample value cuts the sample the same way with fewer digits,
     * that one ("tenure <= 1" rather than "tenure <= 1.95").
     */
    private static double readableEdge(double raw, double target, double tolerance, double[] sorted) {
        if (!Double.isFinite(raw)) {
            return raw;
        }
        double edge = raw == 0 ? 0 : Double.NaN;
        for (int digits = 1; Double.isNaN(edge) && digits <= 15; digits++) {
            double rounded = new BigDecimal(raw).round(new MathContext(digits)).doubleValue();
            if (Math.abs(shareAtOrBelow(sorted, rounded) - target) <= tolerance) {
                edge = rounded;
            }
        }
        if (Double.isNaN(edge)) {
            edge = closestSampleValue(raw, target, sorted);
        }
        int atOrBelow = (int) Math.round(shareAtOrBelow(sorted, edge) * sorted.length) - 1;
        if (atOrBelow >= 0 && significantDigits(sorted[atOrBelow]) < significantDigits(edge)) {
            edge = sorted[atOrBelow];
        }
        return edge;
    }

    /**
     * Of the distinct sample values next to {@code raw} (the one at or below it, and its neighbours), the one whose
     * share at or below is closest to the target.
     */
    private static double closestSampleValue(double raw, double target, double[] sorted) {
        int at = Math.max(0, (int) Math.round(shareAtOrBelow(sorted, raw) * sorted.length) - 1);
        double best = sorted[at];
        int below = at;
        while (below > 0 && sorted[below] == sorted[at]) {
            below--;
        }
        int above = at;
        while (above < sorted.length - 1 && sorted[above] == sorted[at]) {
            above++;
        }
        for (double candidate : new double[] {sorted[below], sorted[above]}) {
            double miss = Math.abs(shareAtOrBelow(sorted, candidate) - target);
            if (miss < Math.abs(shareAtOrBelow(sorted, best) - target)) {
                best = candidate;
            }
        }
        return best;
    }

    private static int significantDigits(double x) {
        return x == 0 ? 1 : BigDecimal.valueOf(x).stripTrailingZeros().precision();
    }

    private static double shareAtOrBelow(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / sorted.length;
    }

    /**
     * The number in a cell, or NaN when the cell is empty or not a plain finite decimal: as every reader parses cells
     * ({@link CellNumbers#parse}), so that a row's bin is the same whether its number was parsed here or by the reader.
     */
    static double parse(String cell) {
        return CellNumbers.parse(cell);
    }

    @Override
    public String column() {
        return column;
    }

    @Override
    public int capacity() {
        return edges.length + 2;
    }

    @Override
    public int level(String cell) {
        return levelOf(parse(cell));
    }

    @Override
    public int level(String cell, double number) {
        return levelOf(Double.isFinite(number) ? number : Double.NaN); // a Parquet file may store an infinity
    }

    private int levelOf(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) { // first edge >= x
            int mid = (lo + hi) >>> 1;
            if (edges[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }

    @Override
    public SliceCondition condition(LevelRange levels) {
        if (levels.first() == 0) {
            return SliceCondition.missing(column);
        }
        Double lower = levels.first() >= 2 ? edges[levels.first() - 2] : null;
        Double upper = levels.last() - 1 < edges.length ? edges[levels.last() - 1] : null;
        return SliceCondition.range(column, lower, upper);
    }

    @Override
    public List<LevelRange> parts() {
        return parts;
    }

    @Override
    public List<LevelRange> tails() {
        return tails;
    }

    @Override
    public int[] levelsOf(ColumnBinning other) {
        if (other instanceof CategoricalBinning theirs) {
            int[] map = new int[theirs.capacity()];
            for (int l = 1; l < map.length; l++) {
                String value = theirs.valueAt(l);
                map[l] = value == null ? 0 : level(value); // exact: the value itself falls in one bin
            }
            return map;
        }
        NumericBinning theirs = (NumericBinning) other;
        int[] map = new int[theirs.capacity()];
        for (int l = 1; l < map.length; l++) {
            map[l] = levelOf(theirs.representative(l));
        }
        return map;
    }

    /** A value inside bin {@code level}: the midpoint, or the finite edge of an open-ended bin. */
    private double representative(int level) {
        if (edges.length == 0) {
            return 0.0;
        }
        if (level == 1) {
            return edges[0];
        }
        if (level == edges.length + 1) {
            return Math.nextUp(edges[edges.length - 1]);
        }
        return (edges[level - 2] + edges[level - 1]) / 2;
    }

    @Override
    public ColumnBinning copy() {
        return this; // immutable
    }

    @Override
    public boolean approximates(ColumnBinning other) {
        return other instanceof NumericBinning theirs && !Arrays.equals(edges, theirs.edges);
    }
}
