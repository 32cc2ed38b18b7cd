package org.mlgate.analysis.errors;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which columns take part in pairs of conditions. Pair counters grow with the square of the columns (100 columns of
 * 50 values: 12 million counters, held once per chunk of the pass), so beyond a budget of {@value #PAIR_COUNTERS}
 * counters only the most promising columns are paired: those whose best single level is most significantly worse
 * than the rest on the rows that fixed the bins. Every column is still tested alone; the note says how many were left
 * out of pairs. Up to the budget (about 20 columns of mixed kinds) nothing is screened, so an interaction of two
 * columns that are innocent alone is still found there; in wider tables it is found when one of its columns shows
 * something alone.
 */
final class PairScreen {
    static final long PAIR_COUNTERS = 400_000;

    private PairScreen() {
    }

    /**
     * @param binnings    the slots' binnings
     * @param levels      {@code levels[row][slot]}: the level of each buffered row in each slot, -1 when not counted
     * @param large       whether each buffered row's error is large
     * @return which slots are paired
     */
    static boolean[] choose(ColumnBinning[] binnings, List<int[]> levels, boolean[] large) {
        int slots = binnings.length;
        boolean[] paired = new boolean[slots];
        // Every pair's counters: the sum over a < b of capacity(a) * capacity(b), in one pass over the slots.
        double sum = 0;
        double squares = 0;
        for (ColumnBinning binning : binnings) {
            sum += binning.capacity();
            squares += (double) binning.capacity() * binning.capacity();
        }
        if ((sum * sum - squares) / 2 <= PAIR_COUNTERS) {
            Arrays.fill(paired, true);
            return paired;
        }
        double[] signal = strongestLevel(binnings, levels, large);
        Integer[] order = new Integer[slots];
        for (int s = 0; s < slots; s++) {
            order[s] = s;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer s) -> signal[s]).thenComparingInt(s -> s));
        long used = 0;
        long pairedCapacity = 0;
        for (int s : order) {
            long added = (long) binnings[s].capacity() * pairedCapacity; // its pairs with every slot paired so far
            if (used + added > PAIR_COUNTERS) {
                break;
            }
            paired[s] = true;
            used += added;
            pairedCapacity += binnings[s].capacity();
        }
        return paired;
    }

    /** Per slot, the one-sided p-value of its worst level against the rest (1 when nothing can be tested). */
    private static double[] strongestLevel(ColumnBinning[] binnings, List<int[]> levels, boolean[] large) {
        int slots = binnings.length;
        long totalLarge = 0;
        for (boolean l : large) {
            totalLarge += l ? 1 : 0;
        }
        Tally total = new Tally(levels.size(), 0, totalLarge);
        double[] best = new double[slots];
        for (int s = 0; s < slots; s++) {
            long[] rows = new long[binnings[s].capacity()];
            long[] bad = new long[rows.length];
            for (int r = 0; r < levels.size(); r++) {
                int level = levels.get(r)[s];
                if (level >= 0) {
                    rows[level]++;
                    bad[level] += large[r] ? 1 : 0;
                }
            }
            best[s] = 1.0;
            for (int l = 0; l < rows.length; l++) {
                if (rows[l] > 0 && rows[l] < total.rows()) {
                    best[s] = Math.min(best[s], SignificanceTests.worseThanRest(new Tally(rows[l], 0, bad[l]), total));
                }
            }
        }
        return best;
    }
}
