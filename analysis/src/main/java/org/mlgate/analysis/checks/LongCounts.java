package org.mlgate.analysis.checks;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A primitive open-addressing table from a 64-bit hash to a count and a mark bit, so that millions of row
 * hashes cost 13 bytes a slot instead of boxed Longs (about 60 bytes each). The table doubles at a load of 0.5,
 * so it holds between 2 and 4 slots per key: 26 to 52 bytes per distinct key, about 40 MB per million.
 *
 * <p>Key 0 is stored apart, so any long is a valid key.
 */
final class LongCounts {
    private long[] keys = new long[16];
    private int[] counts = new int[16];
    private boolean[] marks = new boolean[16];
    private int size;
    private int zeroCount;
    private boolean zeroMark;

    /** Adds {@code n} occurrences of {@code key}; returns the count before. */
    int add(long key, int n) {
        if (key == 0) {
            int before = zeroCount;
            zeroCount += n;
            return before;
        }
        int slot = slotOf(key);
        if (keys[slot] == key) {
            int before = counts[slot];
            counts[slot] += n;
            return before;
        }
        keys[slot] = key;
        counts[slot] = n;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    int count(long key) {
        if (key == 0) {
            return zeroCount;
        }
        int slot = slotOf(key);
        return keys[slot] == key ? counts[slot] : 0;
    }

    /** Marks a present key; returns true when it is present and was not marked before. */
    boolean mark(long key) {
        if (key == 0) {
            boolean fresh = zeroCount > 0 && !zeroMark;
            zeroMark |= zeroCount > 0;
            return fresh;
        }
        int slot = slotOf(key);
        if (keys[slot] != key || marks[slot]) {
            return false;
        }
        marks[slot] = true;
        return true;
    }

    boolean isMarked(long key) {
        if (key == 0) {
            return zeroMark;
        }
        int slot = slotOf(key);
        return keys[slot] == key && marks[slot];
    }

    /** Distinct keys. */
    int size() {
        return size + (zeroCount > 0 ? 1 : 0);
    }

    /** The sum of the counts of the marked keys. */
    long markedTotal() {
        long total = zeroMark ? zeroCount : 0;
        for (int i = 0; i < keys.length; i++) {
            if (marks[i]) {
                total += counts[i];
            }
        }
        return total;
    }

    /** Calls {@code action} with every distinct key. */
    void forEachKey(LongConsumer action) {
        if (zeroCount > 0) {
            action.accept(0L);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept(keys[i]);
            }
        }
    }

    /** Adds the counts of {@code other} (marks are not merged: they are set after all rows are in). */
    void addAll(LongCounts other) {
        if (other.zeroCount > 0) {
            add(0L, other.zeroCount);
        }
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != 0) {
                add(other.keys[i], other.counts[i]);
            }
        }
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        // The keys are already well-mixed hashes; fold the high bits in anyway for keys that are not.
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        boolean[] oldMarks = marks;
        keys = new long[oldKeys.length * 2];
        counts = new int[keys.length];
        marks = new boolean[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                marks[slot] = oldMarks[i];
            }
        }
    }

    @Override
    public String toString() {
        return "LongCounts" + Arrays.toString(new int[] {size()});
    }
}
