package org.mlgate.analysis.checks;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The row hashes of one chunk of validation rows, kept in row order until the chunk is merged: duplicates are
 * "rows that repeat an earlier row", so the shared {@link RowHashes} table must see the rows in file order, whichever
 * thread hashed them. Memory: 16 bytes and a preview reference per row of one chunk.
 */
final class HashLog {
    long[] hashes = new long[256];
    long[] lines = new long[256];
    @SuppressWarnings("unchecked")
    Supplier<Map<String, String>>[] previews = new Supplier[256];
    int size;

    void add(long rowHash, long line, Supplier<Map<String, String>> preview) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            previews = Arrays.copyOf(previews, size * 2);
        }
        hashes[size] = rowHash;
        lines[size] = line;
        previews[size] = preview;
        size++;
    }

    /** Adds the rows to {@code table} in the order they were logged. */
    void replayInto(RowHashes table) {
        for (int i = 0; i < size; i++) {
            table.add(hashes[i], lines[i], previews[i]);
        }
    }
}
