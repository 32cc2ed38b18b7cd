package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A growable list of primitive shorts in fixed-size chunks (see {@link DoubleChunks}): the bootstrap block of each
 * row, two bytes a row.
 */
final class ShortChunks {
    private static final int CHUNK = DoubleChunks.CHUNK;
    private static final int MASK = CHUNK - 1;

    private final List<short[]> chunks = new ArrayList<>();
    private long size;

    void add(short value) {
        int offset = (int) (size & MASK);
        if (offset == 0) {
            chunks.add(new short[CHUNK]);
        }
        chunks.get(chunks.size() - 1)[offset] = value;
        size++;
    }

    void addAll(ShortChunks other) {
        for (long i = 0; i < other.size; i++) {
            add(other.get(i));
        }
    }

    short get(long i) {
        return chunks.get((int) (i >>> DoubleChunks.CHUNK_BITS))[(int) (i & MASK)];
    }

    long size() {
        return size;
    }
}
