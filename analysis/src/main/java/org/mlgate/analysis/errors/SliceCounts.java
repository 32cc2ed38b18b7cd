package org.mlgate.analysis.errors;

/**
 * Dense counters for every level of each column (depth 1) and, at depth 2, each pair of levels of two different
 * columns; candidate slices are sums of them ({@link SliceCandidates}). Per counter: rows, the sum of the row error
 * and the rows whose error is large (what the significance test counts). Memory is proportional to the number of
 * counters and does not grow with the row count.
 */
final class SliceCounts {

    final int[] capacity;
    private final int[] singleOffset;
    /** {@code pairOffset[i][j]}: the first counter of the i-th and j-th paired slots (i < j); only paired slots. */
    private final int[][] pairOffset;
    final boolean[] paired;
    /** The paired slots, in order, and each slot's position among them (-1 when not paired). */
    private final int[] pairedSlots;
    private final int[] pairedPosition;
    private final boolean pairs;
    final long[] rows;
    final double[] errorSum;
    final long[] large;
    long totalRows;
    double totalErrorSum;
    long totalLarge;

    /**
     * @param paired which columns take part in pairs ({@link PairScreen}); null or all false for single conditions
     *               only
     */
    SliceCounts(int[] capacity, boolean[] paired) {
        this.capacity = capacity.clone();
        int k = capacity.length;
        this.paired = paired == null ? new boolean[k] : paired.clone();
        this.pairedSlots = java.util.stream.IntStream.range(0, k).filter(c -> this.paired[c]).toArray();
        this.pairs = pairedSlots.length >= 2;
        singleOffset = new int[k];
        pairedPosition = new int[k];
        java.util.Arrays.fill(pairedPosition, -1);
        for (int i = 0; i < pairedSlots.length; i++) {
            pairedPosition[pairedSlots[i]] = i;
        }
        pairOffset = new int[pairedSlots.length][pairedSlots.length];
        int size = 0;
        for (int c = 0; c < k; c++) {
            singleOffset[c] = size;
            size += capacity[c];
        }
        for (int i = 0; i < pairedSlots.length; i++) {
            for (int j = i + 1; j < pairedSlots.length; j++) {
                pairOffset[i][j] = size;
                size = Math.addExact(size, Math.multiplyExact(capacity[pairedSlots[i]], capacity[pairedSlots[j]]));
            }
        }
        rows = new long[size];
        errorSum = new double[size];
        large = new long[size];
    }

    int columns() {
        return capacity.length;
    }

    int capacity(int column) {
        return capacity[column];
    }

    /** Number of counters: candidate slices including empty ones. */
    int size() {
        return rows.length;
    }

    int single(int column, int level) {
        return singleOffset[column] + level;
    }

    /** Counter of the pair (column a at level la, column b at level lb), a &lt; b. */
    int pair(int a, int la, int b, int lb) {
        return pairOffset[pairedPosition[a]][pairedPosition[b]] + la * capacity[b] + lb;
    }

    boolean hasPairs() {
        return pairs;
    }

    /** Whether the column takes part in pairs. */
    boolean paired(int column) {
        return paired[column];
    }

    /** Counters for the same candidate slices, all zero. */
    SliceCounts emptyCopy() {
        return new SliceCounts(capacity, paired);
    }

    SliceCounts copy() {
        SliceCounts copy = new SliceCounts(capacity, paired);
        System.arraycopy(rows, 0, copy.rows, 0, rows.length);
        System.arraycopy(errorSum, 0, copy.errorSum, 0, rows.length);
        System.arraycopy(large, 0, copy.large, 0, rows.length);
        copy.totalRows = totalRows;
        copy.totalErrorSum = totalErrorSum;
        copy.totalLarge = totalLarge;
        return copy;
    }

    /** One row: {@code levels[c]} is its level in column c, or -1 to leave column c out. */
    void add(int[] levels, double error, boolean isLarge) {
        int large = isLarge ? 1 : 0;
        totalRows++;
        totalErrorSum += error;
        totalLarge += large;
        int k = levels.length;
        for (int a = 0; a < k; a++) {
            int la = levels[a];
            if (la >= 0) {
                bump(singleOffset[a] + la, error, large);
            }
        }
        for (int i = 0; i < pairedSlots.length; i++) {
            int a = pairedSlots[i];
            int la = levels[a];
            if (la < 0) {
                continue;
            }
            int[] offsets = pairOffset[i];
            for (int j = i + 1; j < pairedSlots.length; j++) {
                int b = pairedSlots[j];
                int lb = levels[b];
                if (lb >= 0) {
                    bump(offsets[j] + la * capacity[b] + lb, error, large);
                }
            }
        }
    }

    private void bump(int i, double error, int isLarge) {
        rows[i]++;
        errorSum[i] += error;
        large[i] += isLarge;
    }

    /**
     * Adds {@code other}'s counts: column c here is column {@code from[c]} there, whose level l is counted here
     * under level {@code maps[c][l]}; a null map leaves column c out (the caller stops using it).
     */
    void addMapped(SliceCounts other, int[] from, int[][] maps) {
        totalRows += other.totalRows;
        totalErrorSum += other.totalErrorSum;
        totalLarge += other.totalLarge;
        int k = capacity.length;
        boolean both = pairs && other.pairs;
        for (int a = 0; a < k; a++) {
            if (maps[a] == null) {
                continue;
            }
            int oa = from[a];
            for (int l = 0; l < other.capacity[oa]; l++) {
                addFrom(other, other.single(oa, l), single(a, maps[a][l]));
            }
            for (int b = a + 1; both && paired[a] && b < k; b++) {
                int ob = from[b];
                if (maps[b] == null || !paired[b] || !other.paired[oa] || !other.paired[ob]) {
                    continue;
                }
                for (int la = 0; la < other.capacity[oa]; la++) {
                    for (int lb = 0; lb < other.capacity[ob]; lb++) {
                        int source = oa < ob ? other.pair(oa, la, ob, lb) : other.pair(ob, lb, oa, la);
                        addFrom(other, source, pair(a, maps[a][la], b, maps[b][lb]));
                    }
                }
            }
        }
    }

    private void addFrom(SliceCounts other, int from, int to) {
        rows[to] += other.rows[from];
        errorSum[to] += other.errorSum[from];
        large[to] += other.large[from];
    }
}
