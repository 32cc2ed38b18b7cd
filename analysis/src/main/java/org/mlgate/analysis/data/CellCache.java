package org.mlgate.analysis.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The cells of one chunk of a delimited file as Strings, one String per distinct value of a column where values
 * repeat (labels, categories, small integers), so that a million rows of {@code yes} and {@code no} make two Strings,
 * not a million, and every map keyed on them hashes each once. A column whose values rarely repeat (ids,
 * measurements) stops being looked up after its first misses. One instance per chunk and thread.
 *
 * <p>Why by hand: the lookup must run on the bytes, before a String exists; an interning map needs the String first.
 */
final class CellCache {
    private static final int SLOTS = 64; // per column, direct-mapped: a column with more distinct values misses often
    private static final int TRIAL = 256; // lookups before a column's hit rate decides whether it is cached

    private byte[][][] keys = new byte[0][][];
    private String[][] values = new String[0][];
    private int[] hits = new int[0];
    private int[] lookups = new int[0];

    /** The cell {@code bytes[from, to)}, trimmed as {@link String#trim()} would trim it. */
    String cell(int column, byte[] bytes, int from, int to) {
        while (from < to && (bytes[from] & 0xff) <= ' ') {
            from++;
        }
        while (to > from && (bytes[to - 1] & 0xff) <= ' ') {
            to--;
        }
        if (!cached(column)) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        lookups[column]++;
        byte[] key = keys[column][slot];
        if (key != null && Arrays.equals(key, 0, key.length, bytes, from, to)) {
            hits[column]++;
            return values[column][slot];
        }
        String value = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        keys[column][slot] = Arrays.copyOfRange(bytes, from, to);
        values[column][slot] = value;
        return value;
    }

    /** Whether the column is looked up: always during its trial, then only if at least half the lookups hit. */
    private boolean cached(int column) {
        if (column >= keys.length) {
            int width = Math.max(column + 1, 2 * keys.length);
            keys = Arrays.copyOf(keys, width);
            values = Arrays.copyOf(values, width);
            hits = Arrays.copyOf(hits, width);
            lookups = Arrays.copyOf(lookups, width);
        }
        if (keys[column] == null) {
            keys[column] = new byte[SLOTS][];
            values[column] = new String[SLOTS];
        }
        return lookups[column] < TRIAL || 2 * hits[column] >= lookups[column];
    }
}
