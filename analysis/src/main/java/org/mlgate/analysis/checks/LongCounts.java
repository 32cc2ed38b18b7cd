package org.mlgate.analysis.checks;

import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * A primitive open-addressing table from a 64-bit hash to a count and a few mark bits, so that millions of row
 * hashes cost 13 bytes a slot instead of boxed Longs in a HashMap (about 80 bytes each). The table doubles at a
 * load of 0.75, so it holds between 1.33 and 2.67 slots per key: 17 to 35 bytes per distinct key (for a million
 * keys, 2^21 slots = 27 MB; for ten million, 2^24 slots = 218 MB).
 *
 * <p>Key 0 is stored apart, so any long is a valid key.
 */
final class LongCounts {
    private long[] keys = new long[16];
    private int[] counts = new int[16];
    private byte[] marks = new byte[16];
    private int size;
    private int zeroCount;
    private byte zeroMark;

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
        if (size * 4 > keys.length * 3) {
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

    /** Sets mark {@code bit} (1, 2, 4...) on a present key; returns true when it is present and was not marked. */
    boolean mark(long key, int bit) {
        if (key == 0) {
            boolean fresh = zeroCount > 0 && (zeroMark & bit) == 0;
            zeroMark |= (byte) (zeroCount > 0 ? bit : 0);
            return fresh;
        }
        int slot = slotOf(key);
        if (keys[slot] != key || (marks[slot] & bit) != 0) {
            return false;
        }
        marks[slot] |= (byte) bit;
        return true;
    }

    /** Distinct keys. */
    int size() {
        return size + (zeroCount > 0 ? 1 : 0);
    }

    /** The sum of the counts of the keys that carry every bit of {@code with} and no bit of {@code without}. */
    long markedTotal(int with, int without) {
        long total = (zeroMark & with) == with && (zeroMark & without) == 0 ? zeroCount : 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && (marks[i] & with) == with && (marks[i] & without) == 0) {
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

    /** Calls {@code visitor} with every distinct key, its count and its marks. */
    void forEachEntry(EntryVisitor visitor) {
        if (zeroCount > 0) {
            visitor.entry(0L, zeroCount, zeroMark);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.entry(keys[i], counts[i], marks[i]);
            }
        }
    }

    /** Receives one key of {@link #forEachEntry}. */
    @FunctionalInterface
    interface EntryVisitor {
        void entry(long key, int count, int marks);
    }

    /** The sum of all counts. */
    long total() {
        long total = zeroCount;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                total += counts[i];
            }
        }
        return total;
    }

    /** Drops the keys that {@code keep} rejects, with their counts and marks; the capacity stays. */
    void retain(LongPredicate keep) {
        if (zeroCount > 0 && !keep.test(0L)) {
            zeroCount = 0;
            zeroMark = 0;
        }
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        byte[] oldMarks = marks;
        keys = new long[oldKeys.length];
        counts = new int[keys.length];
        marks = new byte[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0 && keep.test(oldKeys[i])) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                marks[slot] = oldMarks[i];
                size++;
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
        byte[] oldMarks = marks;
        keys = new long[oldKeys.length * 2];
        counts = new int[keys.length];
        marks = new byte[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                marks[slot] = oldMarks[i];
            }
        }
    }
}
