package org.mlgate.analysis.errors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Quantile bins of a numeric column, {@code (-inf, e1], (e1, e2], ..., (ek, +inf)}, plus missing (empty or
 * non-numeric cells). The edges come from a sample (the slice buffer) and are then fixed.
 */
final class NumericBinning implements ColumnBinning {

    private final String column;
    private final double[] edges;

    NumericBinning(String column, double[] edges) {
        this.column = column;
        this.edges = edges.clone();
    }

    /**
     * Edges at the quantiles 1/bins, 2/bins, ... of the sample, each rounded to the fewest significant digits that
     * keep its share of the sample within an eighth of a bin's share (2.5 points for 5 bins) of its quantile (so "age > 60" rather than "age > 59.87"),
     * then de-duplicated and kept strictly inside (min, max) of the sample so that no bin is empty by construction.
     */
    static NumericBinning fromSample(String column, double[] sample, int bins) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double tolerance = 0.125 / bins;
        double[] edges = new double[bins - 1];
        int count = 0;
        for (int i = 1; i < bins; i++) {
            double target = (double) i / bins;
            double position = target * (n - 1);
            int lower = (int) Math.floor(position);
            double raw = sorted[lower] + (position - lower) * (sorted[Math.min(lower + 1, n - 1)] - sorted[lower]);
            double edge = roundedNear(raw, target, tolerance, sorted);
            if (edge >= sorted[0] && edge < sorted[n - 1] && (count == 0 || edge > edges[count - 1])) {
                edges[count++] = edge;
            }
        }
        return new NumericBinning(column, Arrays.copyOf(edges, count));
    }

    private static double roundedNear(double raw, double target, double tolerance, double[] sorted) {
        if (raw == 0 || !Double.isFinite(raw)) {
            return raw;
        }
        for (int digits = 1; digits <= 15; digits++) {
            double rounded = new BigDecimal(raw).round(new MathContext(digits)).doubleValue();
            if (Math.abs(shareAtOrBelow(sorted, rounded) - target) <= tolerance) {
                return rounded;
            }
        }
        return raw;
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

    /** The number in a cell, or NaN when the cell is empty or not a finite number. */
    static double parse(String cell) {
        if (ColumnBinning.isMissing(cell)) {
            return Double.NaN;
        }
        try {
            double x = Double.parseDouble(cell);
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
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
    public SliceCondition condition(int level) {
        if (level == 0) {
            return SliceCondition.missing(column);
        }
        Double lower = level >= 2 ? edges[level - 2] : null;
        Double upper = level - 1 < edges.length ? edges[level - 1] : null;
        return SliceCondition.range(column, lower, upper);
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
