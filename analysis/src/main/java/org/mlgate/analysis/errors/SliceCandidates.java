package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate slices of weak-slice discovery, with their tallies summed from the counters of
 * {@link SliceAccumulator.Binned}.
 *
 * <ul>
 *   <li>Single conditions: each part of each sliced column (a value, missing, or a quantile bin) and each numeric
 *       tail ({@link NumericBinning}).</li>
 *   <li>At depth 2, pairs: a part of one column and a part of another (tails are single conditions only: they would
 *       multiply the pairs for little).</li>
 *   <li>Left out, because they would name the same rows twice: a single condition whose rows are exactly those of a
 *       single condition of an earlier column (detected exactly: the pair count equals both counts), pairs with such
 *       a part, and a pair whose rows equal one of its parents'.</li>
 *   <li>Only candidates of at least {@code minSliceSize} rows are kept, and a pair only when both parents are.</li>
 * </ul>
 */
final class SliceCandidates {

    /** A single condition: levels of the column in {@code slot}; {@code part} false for a tail. */
    record Single(int slot, LevelRange levels, boolean part, Tally tally) {
    }

    /** Two parts of different columns, {@code singles.get(parentA).slot() < singles.get(parentB).slot()}. */
    record Pair(int parentA, int parentB, Tally tally) {
    }

    final List<Single> singles = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();
    final Tally total;
    private final SliceAccumulator.Binned binned;
    private final SliceCounts counts;

    SliceCandidates(SliceAccumulator.Binned binned, ErrorAnalysisOptions options) {
        this.binned = binned;
        this.counts = binned.counts;
        this.total = new Tally(counts.totalRows, counts.totalErrorSum, counts.totalLarge);
        int slots = counts.columns();
        List<List<Single>> bySlot = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            List<Single> column = new ArrayList<>();
            if (!binned.dropped[s]) {
                for (LevelRange levels : binned.binnings[s].parts()) {
                    column.add(single(s, levels, true));
                }
                for (LevelRange levels : binned.binnings[s].tails()) {
                    column.add(single(s, levels, false));
                }
            }
            bySlot.add(column);
        }
        boolean[][] duplicate = duplicatesOfEarlierColumns(bySlot);
        List<int[]> kept = new ArrayList<>(); // per slot, the index in singles of each candidate, -1 if not kept
        for (int s = 0; s < slots; s++) {
            int[] index = new int[bySlot.get(s).size()];
            for (int c = 0; c < index.length; c++) {
                Single candidate = bySlot.get(s).get(c);
                index[c] = -1;
                if (!duplicate[s][c] && candidate.tally().rows() >= options.minSliceSize()) {
                    index[c] = singles.size();
                    singles.add(candidate);
                }
            }
            kept.add(index);
        }
        if (counts.hasPairs() && options.maxDepth() >= 2) {
            addPairs(bySlot, kept, options.minSliceSize());
        }
    }

    private void addPairs(List<List<Single>> bySlot, List<int[]> kept, int minSliceSize) {
        for (int a = 0; a < bySlot.size(); a++) {
            for (int b = a + 1; counts.paired(a) && b < bySlot.size(); b++) {
                if (!counts.paired(b)) {
                    continue;
                }
                for (int ca = 0; ca < bySlot.get(a).size(); ca++) {
                    int pa = kept.get(a)[ca];
                    if (pa < 0 || !singles.get(pa).part()) {
                        continue;
                    }
                    for (int cb = 0; cb < bySlot.get(b).size(); cb++) {
                        int pb = kept.get(b)[cb];
                        if (pb < 0 || !singles.get(pb).part()) {
                            continue;
                        }
                        Tally both = pair(a, singles.get(pa).levels(), b, singles.get(pb).levels());
                        long n = both.rows();
                        if (n >= minSliceSize && n != singles.get(pa).tally().rows()
                                && n != singles.get(pb).tally().rows()) {
                            pairs.add(new Pair(pa, pb, both));
                        }
                    }
                }
            }
        }
    }

    /** Marks candidate c of slot b when its rows are exactly the rows of some candidate of an earlier slot. */
    private boolean[][] duplicatesOfEarlierColumns(List<List<Single>> bySlot) {
        boolean[][] duplicate = new boolean[bySlot.size()][];
        for (int b = 0; b < bySlot.size(); b++) {
            duplicate[b] = new boolean[bySlot.get(b).size()];
            for (int a = 0; counts.paired(b) && a < b; a++) {
                if (!counts.paired(a)) {
                    continue;
                }
                for (int cb = 0; cb < duplicate[b].length; cb++) {
                    Single mine = bySlot.get(b).get(cb);
                    long n = mine.tally().rows();
                    for (Single theirs : bySlot.get(a)) {
                        if (n > 0 && !duplicate[b][cb] && theirs.tally().rows() == n
                                && pair(a, theirs.levels(), b, mine.levels()).rows() == n) {
                            duplicate[b][cb] = true;
                        }
                    }
                }
            }
        }
        return duplicate;
    }

    private Single single(int slot, LevelRange levels, boolean part) {
        long rows = 0;
        double errorSum = 0;
        long large = 0;
        for (int l = levels.first(); l <= levels.last(); l++) {
            int i = counts.single(slot, l);
            rows += counts.rows[i];
            errorSum += counts.errorSum[i];
            large += counts.large[i];
        }
        return new Single(slot, levels, part, new Tally(rows, errorSum, large));
    }

    /** The rows in levels {@code la} of slot a and levels {@code lb} of slot b, a &lt; b. */
    private Tally pair(int a, LevelRange la, int b, LevelRange lb) {
        long rows = 0;
        double errorSum = 0;
        long large = 0;
        for (int x = la.first(); x <= la.last(); x++) {
            for (int y = lb.first(); y <= lb.last(); y++) {
                int i = counts.pair(a, x, b, y);
                rows += counts.rows[i];
                errorSum += counts.errorSum[i];
                large += counts.large[i];
            }
        }
        return new Tally(rows, errorSum, large);
    }

    /** The readable conditions of a single condition. */
    SliceCondition condition(Single single) {
        return binned.binnings[single.slot()].condition(single.levels());
    }
}
