package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns slice counters into the weak slices worth reporting.
 *
 * <ol>
 *   <li>Tested: every level of a sliced column (depth 1) and every pair of levels of two columns (depth 2) with at
 *       least {@code minSliceSize} rows and at least 2 rows outside it. Not tested, because they would name the
 *       same rows twice: a depth-1 slice whose rows equal those of a slice of an earlier column (detected exactly:
 *       the pair count equals both single counts), pairs involving such a slice, and a pair whose rows equal one of
 *       its parents'.</li>
 *   <li>Each tested slice is compared with the rest of the data (classification: two-proportion z-test of the
 *       error rate; regression: Welch's t-test of the absolute error), two-sided, and the p-values of ALL tested
 *       slices are adjusted together (Benjamini-Hochberg). Weak: q below {@code maxQValue} and worse than
 *       overall.</li>
 *   <li>A weak pair is kept only when it is clearly worse than each parent: its value is at least
 *       {@value #MIN_LIFT_OVER_PARENT} times each parent's, and it differs significantly from the rest of each
 *       parent (parent rows outside the pair). The larger of the two p-values (an intersection-union test) is
 *       adjusted by Benjamini-Hochberg over all pairs tested (pairs not weak count with p = 1, which is
 *       conservative) and must be below {@code maxQValue}. So a pair that one parent explains is not reported.</li>
 *   <li>A weak single condition is not reported when a reported pair inside it explains it: its rows outside the
 *       pair are not worse than overall, or not significantly so (p of those rows against all others at least
 *       {@code maxQValue}). The pair names the weak spot; the parent would only repeat it, diluted.</li>
 *   <li>Ranked by excess errors, rows times (slice value - overall value), largest first.</li>
 * </ol>
 */
final class SliceFinder {

    static final double MIN_LIFT_OVER_PARENT = 1.1;

    record Found(List<WeakSlice> slices, int tested) {
    }

    private record Candidate(int counter, int slotA, int levelA, int slotB, int levelB, double pValue) {
        boolean isPair() {
            return slotB >= 0;
        }
    }

    private final SliceAccumulator.Binned binned;
    private final SliceCounts counts;
    private final boolean regression;
    private final ErrorAnalysisOptions options;
    private final double overall;

    SliceFinder(SliceAccumulator.Binned binned, boolean regression, ErrorAnalysisOptions options) {
        this.binned = binned;
        this.counts = binned.counts;
        this.regression = regression;
        this.options = options;
        this.overall = counts.totalRows == 0 ? Double.NaN : counts.totalErrorSum / counts.totalRows;
    }

    Found find() {
        if (counts.totalRows == 0) {
            return new Found(List.of(), 0);
        }
        boolean[] duplicate = duplicatesOfEarlierColumns();
        List<Candidate> tested = new ArrayList<>();
        int slots = counts.columns();
        for (int s = 0; s < slots; s++) {
            for (int l = 0; !binned.dropped[s] && l < counts.capacity(s); l++) {
                int i = counts.single(s, l);
                if (!duplicate[i] && testable(i)) {
                    tested.add(new Candidate(i, s, l, -1, -1, pAgainstRest(i)));
                }
            }
        }
        if (counts.hasPairs() && options.maxDepth() >= 2) {
            for (int a = 0; a < slots; a++) {
                for (int b = a + 1; !binned.dropped[a] && b < slots; b++) {
                    if (binned.dropped[b]) {
                        continue;
                    }
                    for (int la = 0; la < counts.capacity(a); la++) {
                        int pa = counts.single(a, la);
                        if (duplicate[pa] || counts.rows[pa] < options.minSliceSize()) {
                            continue;
                        }
                        for (int lb = 0; lb < counts.capacity(b); lb++) {
                            int pb = counts.single(b, lb);
                            int i = counts.pair(a, la, b, lb);
                            long n = counts.rows[i];
                            if (!duplicate[pb] && testable(i) && n != counts.rows[pa] && n != counts.rows[pb]) {
                                tested.add(new Candidate(i, a, la, b, lb, pAgainstRest(i)));
                            }
                        }
                    }
                }
            }
        }
        double[] q = SignificanceTests.benjaminiHochberg(tested.stream().mapToDouble(Candidate::pValue).toArray());
        boolean[] weak = new boolean[tested.size()];
        for (int t = 0; t < weak.length; t++) {
            weak[t] = q[t] < options.maxQValue() && value(tested.get(t).counter()) > overall;
        }
        keepPairsWorseThanBothParents(tested, weak);
        dropParentsExplainedByAPair(tested, weak);
        List<WeakSlice> slices = new ArrayList<>();
        for (int t = 0; t < weak.length; t++) {
            if (weak[t]) {
                slices.add(describe(tested.get(t), q[t]));
            }
        }
        slices.sort(Comparator.comparingDouble(WeakSlice::excessErrors).reversed()
                .thenComparing(WeakSlice::description));
        return new Found(List.copyOf(slices.subList(0, Math.min(slices.size(), options.maxSlicesReported()))),
                tested.size());
    }

    /** Marks level l of slot b when its rows are exactly the rows of some level of an earlier slot a. */
    private boolean[] duplicatesOfEarlierColumns() {
        boolean[] duplicate = new boolean[counts.size()];
        if (!counts.hasPairs()) {
            return duplicate;
        }
        for (int a = 0; a < counts.columns(); a++) {
            for (int b = a + 1; b < counts.columns(); b++) {
                for (int la = 0; la < counts.capacity(a); la++) {
                    long na = counts.rows[counts.single(a, la)];
                    for (int lb = 0; na > 0 && lb < counts.capacity(b); lb++) {
                        int pb = counts.single(b, lb);
                        long both = counts.rows[counts.pair(a, la, b, lb)];
                        if (both == na && both == counts.rows[pb]) {
                            duplicate[pb] = true;
                        }
                    }
                }
            }
        }
        return duplicate;
    }

    private boolean testable(int i) {
        long n = counts.rows[i];
        return n >= options.minSliceSize() && counts.totalRows - n >= 2;
    }

    private double value(int i) {
        return counts.errorSum[i] / counts.rows[i];
    }

    private double pAgainstRest(int i) {
        return test(counts.rows[i], counts.errorSum[i], counts.errorSquares[i],
                counts.totalRows - counts.rows[i], counts.totalErrorSum - counts.errorSum[i],
                counts.totalErrorSquares - counts.errorSquares[i]);
    }

    /** The slice's rows against the rest of one parent's rows. */
    private double pAgainstRestOfParent(int child, int parent) {
        return test(counts.rows[child], counts.errorSum[child], counts.errorSquares[child],
                counts.rows[parent] - counts.rows[child], counts.errorSum[parent] - counts.errorSum[child],
                counts.errorSquares[parent] - counts.errorSquares[child]);
    }

    private double test(long n1, double sum1, double squares1, long n2, double sum2, double squares2) {
        return regression
                ? SignificanceTests.welchPValue(n1, sum1, squares1, n2, sum2, squares2)
                : SignificanceTests.twoProportionPValue(sum1, n1, sum2, n2);
    }

    private void keepPairsWorseThanBothParents(List<Candidate> tested, boolean[] weak) {
        List<Integer> pairs = new ArrayList<>();
        for (int t = 0; t < tested.size(); t++) {
            if (tested.get(t).isPair()) {
                pairs.add(t);
            }
        }
        double[] p = new double[pairs.size()];
        for (int j = 0; j < p.length; j++) {
            int t = pairs.get(j);
            p[j] = 1.0;
            if (!weak[t]) {
                continue;
            }
            Candidate c = tested.get(t);
            int parentA = counts.single(c.slotA(), c.levelA());
            int parentB = counts.single(c.slotB(), c.levelB());
            double v = value(c.counter());
            if (v >= MIN_LIFT_OVER_PARENT * value(parentA) && v >= MIN_LIFT_OVER_PARENT * value(parentB)) {
                p[j] = Math.max(pAgainstRestOfParent(c.counter(), parentA),
                        pAgainstRestOfParent(c.counter(), parentB));
            }
        }
        double[] q = SignificanceTests.benjaminiHochberg(p);
        for (int j = 0; j < p.length; j++) {
            int t = pairs.get(j);
            weak[t] = weak[t] && q[j] < options.maxQValue();
        }
    }

    private void dropParentsExplainedByAPair(List<Candidate> tested, boolean[] weak) {
        Map<Integer, Integer> singles = new HashMap<>();
        for (int t = 0; t < tested.size(); t++) {
            if (!tested.get(t).isPair() && weak[t]) {
                singles.put(tested.get(t).counter(), t);
            }
        }
        boolean[] explained = new boolean[weak.length];
        for (int t = 0; t < tested.size(); t++) {
            Candidate c = tested.get(t);
            if (!c.isPair() || !weak[t]) {
                continue;
            }
            for (int parent : new int[] {counts.single(c.slotA(), c.levelA()), counts.single(c.slotB(), c.levelB())}) {
                Integer p = singles.get(parent);
                if (p != null && !worseOutside(parent, c.counter())) {
                    explained[p] = true;
                }
            }
        }
        for (int t = 0; t < weak.length; t++) {
            weak[t] = weak[t] && !explained[t];
        }
    }

    /** Whether the parent's rows outside the child are significantly worse than all other rows. */
    private boolean worseOutside(int parent, int child) {
        long n = counts.rows[parent] - counts.rows[child];
        double sum = counts.errorSum[parent] - counts.errorSum[child];
        double squares = counts.errorSquares[parent] - counts.errorSquares[child];
        if (n == 0 || sum / n <= overall) {
            return false;
        }
        double p = test(n, sum, squares, counts.totalRows - n, counts.totalErrorSum - sum,
                counts.totalErrorSquares - squares);
        return p < options.maxQValue();
    }

    private WeakSlice describe(Candidate c, double q) {
        List<SliceCondition> conditions = new ArrayList<>();
        conditions.add(binned.binnings[c.slotA()].condition(c.levelA()));
        if (c.isPair()) {
            conditions.add(binned.binnings[c.slotB()].condition(c.levelB()));
        }
        String description = String.join(" and ", conditions.stream().map(SliceCondition::describe).toList());
        long n = counts.rows[c.counter()];
        double v = value(c.counter());
        return new WeakSlice(description, List.copyOf(conditions), n, regression ? null : v, regression ? v : null,
                overall, overall > 0 ? v / overall : Double.NaN, n * (v - overall), c.pValue(), q);
    }
}
