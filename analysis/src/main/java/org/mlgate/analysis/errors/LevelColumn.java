package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * The level of every row in one slice column, in row order, 2 bytes a row in fixed-size chunks: what lets a slice
 * read its rows' scores from the overall metrics instead of keeping a copy of them.
 */
final class LevelColumn {
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final List<short[]> chunks = new ArrayList<>();
    private int size;

    void add(int level) {
        int offset = size & (CHUNK - 1);
        if (offset == 0) {
            chunks.add(new short[CHUNK]);
        }
        chunks.get(chunks.size() - 1)[offset] = (short) level;
        size = Math.addExact(size, 1);
    }

    int get(int row) {
        return chunks.get(row >>> CHUNK_BITS)[row & (CHUNK - 1)];
    }

    int size() {
        return size;
    }

    /** The rows of one level, in order. */
    int[] rowsOf(int level, long count) {
        int[] rows = new int[Math.toIntExact(count)];
        int found = 0;
        for (int r = 0; r < size && found < rows.length; r++) {
            if (get(r) == level) {
                rows[found++] = r;
            }
        }
        return rows;
    }
}
