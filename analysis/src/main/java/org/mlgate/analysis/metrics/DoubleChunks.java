package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A growable list of primitive doubles stored in fixed-size chunks: appending never copies what is already
 * stored, so 10 million values cost 80 MB and never twice that.
 */
class DoubleChunks {
    /**
     * 2^15 doubles = 256 KB per chunk: below G1's humongous-object threshold (half a region, 512 KB with the 1 MB
     * regions of a small heap). Chunks of 2^16 doubles were humongous and each wasted half a region, which doubled
     * the footprint and made 10 million 3-class rows fail in a 512 MB heap.
     */
    static final int CHUNK_BITS = 15;
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
        for (long i = 0; i < other.size(); i++) {
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

    /**
     * The rows {@code positions} of {@code base}, {@code width} values a row, read in place: a slice's scores without
     * a copy of them. Read-only.
     */
    static DoubleChunks view(DoubleChunks base, int[] positions, int width) {
        return new DoubleChunks() {
            @Override
            double get(long i) {
                return base.get((long) positions[(int) (i / width)] * width + i % width);
            }

            @Override
            long size() {
                return (long) positions.length * width;
            }

            @Override
            void add(double value) {
                throw new UnsupportedOperationException("a view is read-only");
            }

            @Override
            void set(long i, double value) {
                throw new UnsupportedOperationException("a view is read-only");
            }
        };
    }

    /** A copy of the values, for a caller that reorders them. */
    DoubleChunks copy() {
        DoubleChunks copy = new DoubleChunks();
        for (long i = 0; i < size(); i++) {
            copy.add(get(i));
        }
        return copy;
    }
}
