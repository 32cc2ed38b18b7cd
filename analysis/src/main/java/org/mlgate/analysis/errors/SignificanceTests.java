package org.mlgate.analysis.errors;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.mlgate.analysis.stats.Hypergeometric;

/**
 * The tests behind weak-slice discovery: Fisher's exact test, one-sided, and the Benjamini-Hochberg adjustment. Pure
 * functions; the distribution is {@link Hypergeometric}.
 */
final class SignificanceTests {

    private SignificanceTests() {
    }

    /**
     * One-sided p-value that {@code slice} has more rows with a large error than chance gives it: its rows are a
     * subset of {@code population}, and if errors did not depend on which rows are in the slice, its large errors
     * would be a hypergeometric draw (Fisher's exact test of the 2x2 table slice/rest by large/not). Exact, and a valid
     * p-value at any size: {@code P(p <= alpha) <= alpha} under that null, however few errors are expected.
     */
    static double worseThanRest(Tally slice, Tally population) {
        return Hypergeometric.upperTail(slice.large(), slice.rows(), population.large(), population.rows());
    }

    /**
     * Benjamini-Hochberg q-values (step-up adjusted p-values) in the order of {@code pValues}:
     * {@code q(i) = min over j with rank(j) >= rank(i) of p(j) * m / rank(j)}, capped at 1.
     */
    static double[] benjaminiHochberg(double[] pValues) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, pValues[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
