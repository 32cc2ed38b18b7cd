package org.mlgate.analysis.baseline;

import java.util.Arrays;

/**
 * Pairs this run's rows with a stored baseline's rows by row key, whatever the order of either file: rows with
 * equal keys (duplicate rows) pair in their order of occurrence, the first with the first. Sorts positions by
 * key (a stable merge sort of int positions: 8 bytes per row on each side beside the keys) and merges the two
 * sorted lists; O(n log n) time.
 */
final class RowPairing {
    private RowPairing() {
    }

    /**
     * @return for each row of {@code current}, the position of its stored partner, or -1 when it has none
     */
    static int[] match(long[] currentKeys, int currentRows, long[] storedKeys) {
        int[] current = sortedPositions(currentKeys, currentRows);
        int[] stored = sortedPositions(storedKeys, storedKeys.length);
        int[] partner = new int[currentRows];
        Arrays.fill(partner, -1);
        int i = 0;
        int j = 0;
        while (i < current.length && j < stored.length) {
            int order = Long.compare(currentKeys[current[i]], storedKeys[stored[j]]);
            if (order == 0) {
                partner[current[i++]] = stored[j++];
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return partner;
    }

    /** Positions 0..rows-1 ordered by key, equal keys in position order (the sort is stable). */
    private static int[] sortedPositions(long[] keys, int rows) {
        int[] positions = new int[rows];
        for (int i = 0; i < rows; i++) {
            positions[i] = i;
        }
        int[] scratch = new int[rows];
        for (int width = 1; width < rows; width *= 2) {
            for (int low = 0; low < rows - width; low += 2 * width) {
                merge(keys, positions, scratch, low, low + width, Math.min(low + 2 * width, rows));
            }
        }
        return positions;
    }

    private static void merge(long[] keys, int[] positions, int[] scratch, int low, int middle, int high) {
        System.arraycopy(positions, low, scratch, low, high - low);
        int left = low;
        int right = middle;
        for (int k = low; k < high; k++) {
            if (right >= high || left < middle && keys[scratch[left]] <= keys[scratch[right]]) {
                positions[k] = scratch[left++];
            } else {
                positions[k] = scratch[right++];
            }
        }
    }
}
