package org.mlgate.analysis.checks;

/**
 * 64-bit hashes of normalised cells, so that rows can be compared across files without keeping their text.
 *
 * <p>Normalisation: cells are trimmed; a cell that parses as a number is hashed as that number (so {@code 1},
 * {@code 1.0} and {@code 1e0} are the same value, and -0 equals 0); other cells are hashed as text, case kept.
 * Each cell's hash is finished with the MurmurHash3 64-bit finaliser and folded into the row hash with a
 * multiply-xorshift step that depends on the position, so that swapped cells give another hash.
 *
 * <p>Collision odds: for well-mixed 64-bit hashes, the chance that any of {@code n} validation rows falsely
 * matches any of {@code m} training rows is about {@code n*m / 2^64}: 5e-8 for a million rows on each side.
 */
final class RowHasher {
    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long TEXT_PRIME = 0x100000001B3L;

    private RowHasher() {
    }

    /** The hash of one normalised cell. */
    static long cell(String raw) {
        if (raw == null) {
            return fmix(0x5bd1e9955bd1e995L);
        }
        String cell = raw.trim();
        double number = NumberCells.parse(cell);
        return Double.isNaN(number) ? text(cell) : number(number);
    }

    /**
     * The hash of a trimmed cell whose number the caller has parsed already ({@link NumberCells#parse}): the same as
     * {@link #cell} without parsing twice.
     */
    static long cell(String trimmed, double number) {
        if (trimmed == null) {
            return fmix(0x5bd1e9955bd1e995L);
        }
        return Double.isNaN(number) ? text(trimmed) : number(number);
    }

    private static long text(String cell) {
        long h = 0xCBF29CE484222325L ^ cell.length();
        for (int i = 0; i < cell.length(); i++) {
            h = (h ^ cell.charAt(i)) * TEXT_PRIME;
        }
        return fmix(h);
    }

    /** The hash of a number, as {@link #cell} hashes a cell that parses to it. */
    static long number(double value) {
        return fmix(Double.doubleToLongBits(value + 0.0) ^ 0x27BB2EE687B0B0FDL);
    }

    /** Starts a row hash. */
    static long start() {
        return SEED;
    }

    /** Folds the next cell hash into a row hash. */
    static long fold(long rowHash, long cellHash) {
        return fmix(rowHash * 0xC6A4A7935BD1E995L + cellHash);
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
