package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns slice counters into the weak slices worth reporting. A weak slice is a claim ("the model is worse here than
 * on the rest"), so every step either tests it exactly or only removes claims.
 *
 * <ol>
 *   <li>Candidates ({@link SliceCandidates}): single conditions (values, missing, quantile bins, numeric tails) and
 *       pairs of parts of two columns, of at least {@code minSliceSize} rows and with at least 2 rows outside.</li>
 *   <li>Test: the rows with a large error inside the slice against the rest, one-sided (is the slice worse?), by
 *       Fisher's exact test, the hypergeometric tail {@link SignificanceTests#worseThanRest}. A large error is a wrong
 *       prediction, or in regression an error above the median error (Mood's median test: it needs no assumption on
 *       the errors' distribution, where Welch's t-test on skewed absolute errors claims far too much for a slice
 *       whose rest is small). The test is exact at every size, so a slice with few expected errors gets the p-value
 *       it deserves, not the normal approximation's.</li>
 *   <li>Correction: two families, the single conditions and the pairs, each Benjamini-Hochberg adjusted, the
 *       q-value multiplied by the number of families (Bonferroni between them). So the many pairs do not dilute the
 *       single conditions, and under the complete null the chance of any report stays below {@code maxQValue}.
 *       Weak: q below {@code maxQValue} and a mean error above the overall one.</li>
 *   <li>Nested conditions of one column (a tail inside a wider tail or its bin): the inner one is kept only when it
 *       is clearly worse than each weak condition around it (a value at least {@value #MIN_LIFT_OVER_PARENT} times
 *       the outer one's and p below {@code maxQValue} against the outer one's other rows); an outer one is dropped
 *       when a kept inner one explains it (its other rows are not significantly worse than overall).</li>
 *   <li>A weak pair is kept only when it is clearly worse than each parent: its value is at least
 *       {@value #MIN_LIFT_OVER_PARENT} times each parent's, and it differs significantly from the rest of each
 *       parent. The larger of the two p-values (an intersection-union test) is adjusted by Benjamini-Hochberg over
 *       all pairs tested (pairs not weak count with p = 1, which is conservative) and, times the number of families,
 *       must be below {@code maxQValue}. So a pair that one parent explains is not reported.</li>
 *   <li>A weak single condition is not reported when a reported pair inside it explains it: its rows outside the
 *       pair are not worse than overall, or not significantly so (p of those rows against all others at least
 *       {@code maxQValue}). The pair names the weak spot; the parent would only repeat it, diluted.</li>
 *   <li>Ranked by excess errors, rows times (slice value - overall value), largest first.</li>
 * </ol>
 */
final class SliceFinder {

    static final double MIN_LIFT_OVER_PARENT = 1.1;

    /** The weak slices to report, how many candidates were tested, in how many families (1, or 2 with pairs). */
    record Found(List<WeakSlice> slices, int tested, int families) {
    }

    /** A tested slice: a single condition (pairIndex -1) or a pair; its p-value against the rest, its q-value. */
    private record Tested(int single, int pair, Tally tally, double pValue) {
        boolean isPair() {
            return pair >= 0;
        }
    }

    private final SliceCandidates candidates;
    private final boolean regression;
    private final SliceError measure;
    private final ErrorAnalysisOptions options;
    private final double overall;

    SliceFinder(SliceAccumulator.Binned binned, boolean regression, SliceError measure, ErrorAnalysisOptions options) {
        this.candidates = new SliceCandidates(binned, options);
        this.regression = regression;
        this.measure = measure;
        this.options = options;
        Tally total = candidates.total;
        this.overall = total.rows() == 0 ? Double.NaN : total.mean();
    }

    Found find() {
        if (candidates.total.rows() == 0) {
            return new Found(List.of(), 0, 1);
        }
        List<Tested> singles = new ArrayList<>();
        for (int s = 0; s < candidates.singles.size(); s++) {
            Tally tally = candidates.singles.get(s).tally();
            if (testable(tally)) {
                singles.add(new Tested(s, -1, tally, pAgainstRest(tally)));
            }
        }
        List<Tested> pairs = new ArrayList<>();
        for (int p = 0; p < candidates.pairs.size(); p++) {
            Tally tally = candidates.pairs.get(p).tally();
            if (testable(tally)) {
                pairs.add(new Tested(-1, p, tally, pAgainstRest(tally)));
            }
        }
        int families = pairs.isEmpty() ? 1 : 2;
        double[] singleQ = adjusted(singles, families);
        double[] pairQ = adjusted(pairs, families);
        boolean[] singleWeak = weak(singles, singleQ);
        boolean[] pairWeak = weak(pairs, pairQ);
        keepInnerConditionsWorseThanOuter(singles, singleWeak);
        keepPairsWorseThanBothParents(pairs, pairWeak, families);
        dropParentsExplainedByAPair(singles, singleWeak, pairs, pairWeak);
        List<WeakSlice> slices = new ArrayList<>();
        for (int t = 0; t < singles.size(); t++) {
            if (singleWeak[t]) {
                slices.add(describe(singles.get(t), singleQ[t]));
            }
        }
        for (int t = 0; t < pairs.size(); t++) {
            if (pairWeak[t]) {
                slices.add(describe(pairs.get(t), pairQ[t]));
            }
        }
        slices.sort(Comparator.comparingDouble(WeakSlice::excessErrors).reversed()
                .thenComparing(WeakSlice::description));
        return new Found(List.copyOf(slices.subList(0, Math.min(slices.size(), options.maxSlicesReported()))),
                singles.size() + pairs.size(), families);
    }

    private boolean testable(Tally tally) {
        return tally.rows() >= options.minSliceSize() && candidates.total.rows() - tally.rows() >= 2;
    }

    /** Benjamini-Hochberg within the family, times the number of families, at most 1. */
    private static double[] adjusted(List<Tested> family, int families) {
        double[] q = SignificanceTests.benjaminiHochberg(family.stream().mapToDouble(Tested::pValue).toArray());
        for (int i = 0; i < q.length; i++) {
            q[i] = Math.min(1.0, q[i] * families);
        }
        return q;
    }

    private boolean[] weak(List<Tested> family, double[] q) {
        boolean[] weak = new boolean[family.size()];
        for (int t = 0; t < weak.length; t++) {
            weak[t] = q[t] < options.maxQValue() && family.get(t).tally().mean() > overall;
        }
        return weak;
    }

    private double pAgainstRest(Tally slice) {
        return SignificanceTests.worseThanRest(slice, candidates.total);
    }

    /** The child's rows against the parent's other rows. */
    private static double pAgainstRestOfParent(Tally child, Tally parent) {
        return SignificanceTests.worseThanRest(child, parent);
    }

    /** Tails inside wider tails or bins of the same column: see step 4 of the class comment. */
    private void keepInnerConditionsWorseThanOuter(List<Tested> singles, boolean[] weak) {
        boolean[] notClearlyWorse = new boolean[weak.length];
        boolean[] explained = new boolean[weak.length];
        for (int inner = 0; inner < singles.size(); inner++) {
            for (int outer = 0; weak[inner] && outer < singles.size(); outer++) {
                if (weak[outer] && nested(singles.get(inner), singles.get(outer))
                        && !clearlyWorse(singles.get(inner).tally(), singles.get(outer).tally())) {
                    notClearlyWorse[inner] = true;
                }
            }
        }
        for (int inner = 0; inner < singles.size(); inner++) {
            for (int outer = 0; weak[inner] && !notClearlyWorse[inner] && outer < singles.size(); outer++) {
                if (weak[outer] && nested(singles.get(inner), singles.get(outer))
                        && !worseOutside(singles.get(outer).tally(), singles.get(inner).tally())) {
                    explained[outer] = true;
                }
            }
        }
        for (int t = 0; t < weak.length; t++) {
            weak[t] = weak[t] && !notClearlyWorse[t] && !explained[t];
        }
    }

    private boolean nested(Tested inner, Tested outer) {
        SliceCandidates.Single a = candidates.singles.get(inner.single());
        SliceCandidates.Single b = candidates.singles.get(outer.single());
        return a.slot() == b.slot() && a.levels().first() > 0 && a.levels().within(b.levels());
    }

    private boolean clearlyWorse(Tally inner, Tally outer) {
        return inner.mean() >= MIN_LIFT_OVER_PARENT * outer.mean()
                && pAgainstRestOfParent(inner, outer) < options.maxQValue();
    }

    private void keepPairsWorseThanBothParents(List<Tested> pairs, boolean[] weak, int families) {
        double[] p = new double[pairs.size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = 1.0;
            if (!weak[j]) {
                continue;
            }
            Tally pair = pairs.get(j).tally();
            Tally parentA = parentA(pairs.get(j));
            Tally parentB = parentB(pairs.get(j));
            double v = pair.mean();
            if (v >= MIN_LIFT_OVER_PARENT * parentA.mean() && v >= MIN_LIFT_OVER_PARENT * parentB.mean()) {
                p[j] = Math.max(pAgainstRestOfParent(pair, parentA), pAgainstRestOfParent(pair, parentB));
            }
        }
        double[] q = SignificanceTests.benjaminiHochberg(p);
        for (int j = 0; j < p.length; j++) {
            weak[j] = weak[j] && q[j] * families < options.maxQValue();
        }
    }

    private void dropParentsExplainedByAPair(List<Tested> singles, boolean[] singleWeak, List<Tested> pairs,
                                             boolean[] pairWeak) {
        boolean[] explained = new boolean[singleWeak.length];
        for (int j = 0; j < pairs.size(); j++) {
            if (!pairWeak[j]) {
                continue;
            }
            SliceCandidates.Pair pair = candidates.pairs.get(pairs.get(j).pair());
            for (int t = 0; t < singles.size(); t++) {
                int single = singles.get(t).single();
                if (singleWeak[t] && (single == pair.parentA() || single == pair.parentB())
                        && !worseOutside(singles.get(t).tally(), pair.tally())) {
                    explained[t] = true;
                }
            }
        }
        for (int t = 0; t < singleWeak.length; t++) {
            singleWeak[t] = singleWeak[t] && !explained[t];
        }
    }

    /** Whether the parent's rows outside the child are significantly worse than all other rows. */
    private boolean worseOutside(Tally parent, Tally child) {
        Tally outside = parent.minus(child);
        if (outside.rows() == 0 || outside.mean() <= overall) {
            return false;
        }
        return SignificanceTests.worseThanRest(outside, candidates.total) < options.maxQValue();
    }

    private Tally parentA(Tested pair) {
        return candidates.singles.get(candidates.pairs.get(pair.pair()).parentA()).tally();
    }

    private Tally parentB(Tested pair) {
        return candidates.singles.get(candidates.pairs.get(pair.pair()).parentB()).tally();
    }

    private WeakSlice describe(Tested tested, double q) {
        List<SliceCondition> conditions = new ArrayList<>();
        if (tested.isPair()) {
            SliceCandidates.Pair pair = candidates.pairs.get(tested.pair());
            conditions.add(candidates.condition(candidates.singles.get(pair.parentA())));
            conditions.add(candidates.condition(candidates.singles.get(pair.parentB())));
        } else {
            conditions.add(candidates.condition(candidates.singles.get(tested.single())));
        }
        String description = String.join(" and ", conditions.stream().map(SliceCondition::describe).toList());
        long n = tested.tally().rows();
        double v = tested.tally().mean();
        boolean relative = measure == SliceError.RELATIVE;
        return new WeakSlice(description, List.copyOf(conditions), n, regression ? null : v,
                regression && !relative ? v : null, regression && relative ? v : null, overall,
                overall > 0 ? v / overall : Double.NaN, n * (v - overall), tested.pValue(), q);
    }
}
