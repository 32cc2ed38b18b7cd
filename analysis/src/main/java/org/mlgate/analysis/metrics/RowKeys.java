package org.mlgate.analysis.metrics;

/**
 * Per row with probabilities: the code of its actual label and its bootstrap block ({@link Bootstrap#block}), packed
 * into one int in chunked storage. Packing keeps a row at 4 bytes: a separate array of blocks (2 bytes a row) pushed
 * 10 million 3-class rows past a 512 MB heap while a column was sorted.
 */
class RowKeys {
    private static final int BLOCK_BITS = 11;
    private static final int BLOCK_MASK = (1 << BLOCK_BITS) - 1;
    /** Codes must fit in the bits above the block. */
    static final int MAX_CODES = 1 << (Integer.SIZE - 1 - BLOCK_BITS);

    static {
        if (Bootstrap.BLOCKS > 1 << BLOCK_BITS) {
            throw new AssertionError("bootstrap blocks do not fit in " + BLOCK_BITS + " bits");
        }
    }

    private final IntChunks packed = new IntChunks();

    void add(int code, int block) {
        if (code < 0 || code >= MAX_CODES) {
            throw new IllegalArgumentException("label code " + code + " is out of range");
        }
        packed.add(code << BLOCK_BITS | block);
    }

    void addAll(RowKeys other, int[] remap) {
        for (long r = 0; r < other.size(); r++) {
            add(remap[other.code(r)], other.block(r));
        }
    }

    int code(long row) {
        return packed.get(row) >>> BLOCK_BITS;
    }

    int block(long row) {
        return packed.get(row) & BLOCK_MASK;
    }

    long size() {
        return packed.size();
    }

    /**
     * The rows {@code positions} of {@code base}, their label codes translated by {@code codes} (base's code to the
     * viewer's): a slice's rows without a copy of them. Read-only.
     */
    static RowKeys view(RowKeys base, int[] positions, int[] codes) {
        return new RowKeys() {
            @Override
            int code(long row) {
                return codes[base.code(positions[(int) row])];
            }

            @Override
            int block(long row) {
                return base.block(positions[(int) row]);
            }

            @Override
            long size() {
                return positions.length;
            }

            @Override
            void add(int code, int block) {
                throw new UnsupportedOperationException("a view is read-only");
            }
        };
    }
}
