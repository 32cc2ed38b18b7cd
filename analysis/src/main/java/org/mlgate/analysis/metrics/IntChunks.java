package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.List;

/** A growable list of primitive ints in fixed-size chunks (see {@link DoubleChunks}). */
final class IntChunks {
    private static final int CHUNK = DoubleChunks.CHUNK;
    private static final int MASK = CHUNK - 1;

    private final List<int[]> chunks = new ArrayList<>();
    private long size;

    void add(int value) {
        int offset = (int) (size & MASK);
        if (offset == 0) {
            chunks.add(new int[CHUNK]);
        }
        chunks.get(chunks.size() - 1)[offset] = value;
        size++;
    }

    int get(long i) {
        return chunks.get((int) (i >>> DoubleChunks.CHUNK_BITS))[(int) (i & MASK)];
    }

    long size() {
        return size;
    }
}
