package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A growable list of primitive doubles stored in fixed-size chunks: appending never copies what is already
 * stored, so 10 million values cost 80 MB and never twice that.
 */
final class DoubleChunks {
    static final int CHUNK_BITS = 16;
    static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private final List<double[]> chunks = new ArrayList<>();
    private long size;

    void add(double value) {
        int offset = (int) (size & MASK);
        if (offset == 0) {
            chunks.add(new double[CHUNK]);
        }
        chunks.get(chunks.size() - 1)[offset] = value;
        size++;
    }

    void addAll(DoubleChunks other) {
        for (long i = 0; i < other.size; i++) {
            add(other.get(i));
        }
    }

    double get(long i) {
        return chunks.get((int) (i >>> CHUNK_BITS))[(int) (i & MASK)];
    }

    void set(long i, double value) {
        chunks.get((int) (i >>> CHUNK_BITS))[(int) (i & MASK)] = value;
    }

    long size() {
        return size;
    }
}
