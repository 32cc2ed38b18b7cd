package org.mlgate.analysis.baseline;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The identity of a set of validation rows: count, sum and xor of a 64-bit hash of each row's actual value and
 * feature cells. Order-independent (sum and xor commute) and mergeable, so it does not care how the rows were
 * read or batched; it ignores the predictions, so two models, or a model and a predictions file with the same
 * columns, on the same rows give the same digest. Columns are hashed by name in sorted order, so reordering the
 * columns of the file does not change it either. Not a cryptographic hash: it guards against mistakes, not
 * forgery.
 */
public final class RowsDigest {
    private final List<String> columns;
    private final int[] order;
    private long count;
    private long sum;
    private long xor;

    /** @param featureColumns the names of {@link ScoredRow#cells()}, as the source gives them */
    public RowsDigest(List<String> featureColumns) {
        this.columns = List.copyOf(featureColumns);
        this.order = IntStream.range(0, columns.size()).boxed()
                .sorted(Comparator.comparing(columns::get)).mapToInt(Integer::intValue).toArray();
    }

    public void add(ScoredRow row) {
        addHash(hash(row));
    }

    /** The 64-bit hash of one row: actual value, then each (column, cell) in column-name order. */
    public long hash(ScoredRow row) {
        long h = Fnv.START;
        h = Fnv.mix(h, row.actualLabel() != null ? row.actualLabel() : actualNumber(row.actualValue()));
        for (int i : order) {
            h = Fnv.mix(h, columns.get(i));
            String[] cells = row.cells();
            h = Fnv.mix(h, cells == null || i >= cells.length || cells[i] == null ? "" : cells[i].trim());
        }
        return finish(h);
    }

    void addHash(long hash) {
        count++;
        sum += hash;
        xor ^= hash;
    }

    public void merge(RowsDigest other) {
        count += other.count;
        sum += other.sum;
        xor ^= other.xor;
    }

    /**
     * The digest that {@link #value()} wrote, over rows of these columns: how partial states carry the digest of
     * their rows to the place where they are merged.
     *
     * @throws IllegalArgumentException when {@code value} is not {@code <rows>-<sum hex>-<xor hex>}
     */
    public static RowsDigest parse(List<String> featureColumns, String value) {
        String[] parts = value.split("-", -1);
        if (parts.length != 3 || parts[1].length() != 16 || parts[2].length() != 16) {
            throw new IllegalArgumentException("not a rows digest: " + value);
        }
        RowsDigest digest = new RowsDigest(featureColumns);
        digest.count = Long.parseLong(parts[0]);
        digest.sum = Long.parseUnsignedLong(parts[1], 16);
        digest.xor = Long.parseUnsignedLong(parts[2], 16);
        if (digest.count < 0) {
            throw new IllegalArgumentException("not a rows digest: " + value);
        }
        return digest;
    }

    /** {@code <rows>-<sum hex>-<xor hex>}, for instance {@code 45-1f0c...-93ab...}. */
    public String value() {
        return String.format(Locale.ROOT, "%d-%016x-%016x", count, sum, xor);
    }

    /** A regression target as text, so that 3 and 3.0 (or -0.0 and 0.0) from two files hash alike. */
    private static String actualNumber(double value) {
        return value == 0.0 ? "0.0" : Double.toString(value);
    }

    /** SplitMix64's finaliser: spreads FNV's weak low bits over the whole word before they are summed. */
    private static long finish(long h) {
        long z = h;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over UTF-8, with a terminator so that ("ab", "c") and ("a", "bc") differ. */
    private static final class Fnv {
        static final long START = 0xcbf29ce484222325L;
        private static final long PRIME = 0x100000001b3L;

        /**
         * Mixes the UTF-8 bytes of {@code text}, encoded on the fly rather than with {@code getBytes} (which copied
         * every cell of every row); unpaired surrogates become '?' as {@code getBytes} would make them.
         */
        static long mix(long h, String text) {
            long x = h;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    x = (x ^ c) * PRIME;
                } else if (c < 0x800) {
                    x = (x ^ (0xC0 | (c >> 6))) * PRIME;
                    x = (x ^ (0x80 | (c & 0x3F))) * PRIME;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    x = (x ^ (0xF0 | (cp >> 18))) * PRIME;
                    x = (x ^ (0x80 | ((cp >> 12) & 0x3F))) * PRIME;
                    x = (x ^ (0x80 | ((cp >> 6) & 0x3F))) * PRIME;
                    x = (x ^ (0x80 | (cp & 0x3F))) * PRIME;
                } else if (Character.isSurrogate(c)) {
                    x = (x ^ '?') * PRIME;
                } else {
                    x = (x ^ (0xE0 | (c >> 12))) * PRIME;
                    x = (x ^ (0x80 | ((c >> 6) & 0x3F))) * PRIME;
                    x = (x ^ (0x80 | (c & 0x3F))) * PRIME;
                }
            }
            return (x ^ 0x1f) * PRIME;
        }
    }
}
