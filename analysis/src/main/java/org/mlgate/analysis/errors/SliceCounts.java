package org.mlgate.analysis.errors;

/**
 * Dense counters for every level of each column (depth 1) and, at depth 2, each pair of levels of two different
 * columns; candidate slices are sums of them ({@link SliceCandidates}). Per counter: rows, the sum of the row error
 * and the rows whose error is large (what the significance test counts). Memory is proportional to the number of
 * counters and does not grow with the row count.
 */
final class SliceCounts {

    private final int[] capacity;
    private final int[] singleOffset;
    private final int[][] pairOffset;
    private final boolean pairs;
    final long[] rows;
    final double[] errorSum;
    final long[] large;
    long totalRows;
    double totalErrorSum;
    long totalLarge;

    SliceCounts(int[] capacity, boolean pairs) {
        this.capacity = capacity.clone();
        int k = capacity.length;
        this.pairs = pairs;
        singleOffset = new int[k];
        pairOffset = new int[k][k];
        int size = 0;
        for (int c = 0; c < k; c++) {
            singleOffset[c] = size;
            size += capacity[c];
        }
        if (pairs) {
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    pairOffset[a][b] = size;
                    size += capacity[a] * capacity[b];
                }
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
        return pairOffset[a][b] + la * capacity[b] + lb;
    }

    boolean hasPairs() {
        return pairs;
    }

    /** Counters for the same candidate slices, all zero. */
    SliceCounts emptyCopy() {
        return new SliceCounts(capacity, pairs);
    }

    SliceCounts copy() {
        SliceCounts copy = new SliceCounts(capacity, pairs);
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
            if (la < 0) {
                continue;
            }
            bump(singleOffset[a] + la, error, large);
            if (!pairs) {
                continue;
            }
            int[] offsets = pairOffset[a];
            int base = la;
            for (int b = a + 1; b < k; b++) {
                int lb = levels[b];
                if (lb >= 0) {
                    bump(offsets[b] + base * capacity[b] + lb, error, large);
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
            for (int b = a + 1; both && b < k; b++) {
                if (maps[b] == null) {
                    continue;
                }
                int ob = from[b];
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
