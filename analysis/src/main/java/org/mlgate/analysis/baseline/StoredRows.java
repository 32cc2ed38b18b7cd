package org.mlgate.analysis.baseline;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.mlgate.analysis.InputException;

/**
 * report.json's {@code rows} ({@code storeRows}): each validation row's outcome, so that a later evaluation of
 * another model on the same rows can make paired tests against this report alone. Rows are in the order they were
 * read; each array below is a list of base64 strings (RFC 4648, with padding) of little-endian values, one value per
 * row, chunk k holding rows {@code k * chunkRows} up to {@code (k + 1) * chunkRows - 1} (chunks keep each JSON string
 * below the 20 million characters that Jackson and other readers accept by default):
 * <ul>
 *   <li>{@code rowKeys}: int64, the row's 64-bit key, the hash {@link RowsDigest} sums (actual value and feature
 *       cells, by column name): it survives reordering of rows and columns</li>
 *   <li>{@code correct} (classification): a bit set, row i is bit {@code i % 8} (least significant first) of byte
 *       {@code i / 8}; 1 = predicted the actual label</li>
 *   <li>{@code predicted} (classification): the index of the predicted label in {@code labels}, uint8 when there
 *       are at most 256 labels, else uint16 ({@code labelIndexBytes})</li>
 *   <li>{@code absoluteErrors} (regression): float64, |predicted - actual|</li>
 * </ul>
 * That is 9.125 bytes per classification row (10.125 above 256 labels) and 16 per regression row before base64
 * (which adds a third), for at most {@link RowOutcomes#MAX_ROWS} rows.
 *
 * @param format          {@value #FORMAT}; a reader refuses any other
 * @param count           rows stored
 * @param chunkRows       rows per chunk of each array, a multiple of 8 ({@value #CHUNK_ROWS} when written)
 * @param labels          the labels the indices of {@code predicted} refer to; null for regression
 * @param labelIndexBytes 1 or 2; null for regression
 */
public record StoredRows(String format, long count, int chunkRows, List<String> labels, Integer labelIndexBytes,
                         List<String> rowKeys, List<String> correct, List<String> predicted,
                         List<String> absoluteErrors) {
    public static final String FORMAT = "mlgate-rows-1";
    /** 2^20 rows: 8 MB of keys, 11.2 million base64 characters, per chunk. */
    static final int CHUNK_ROWS = 1 << 20;

    public StoredRows {
        labels = labels == null ? null : List.copyOf(labels);
        rowKeys = rowKeys == null ? null : List.copyOf(rowKeys);
        correct = correct == null ? null : List.copyOf(correct);
        predicted = predicted == null ? null : List.copyOf(predicted);
        absoluteErrors = absoluteErrors == null ? null : List.copyOf(absoluteErrors);
    }

    /** This run's outcomes in the stored form. */
    static StoredRows of(RowOutcomes outcomes) {
        return of(outcomes, CHUNK_ROWS);
    }

    /** @param chunkRows rows per chunk, a multiple of 8 */
    static StoredRows of(RowOutcomes outcomes, int chunkRows) {
        int n = outcomes.rows();
        ByteBuffer keys = buffer(8L * n);
        for (int i = 0; i < n; i++) {
            keys.putLong(outcomes.key(i));
        }
        if (outcomes.regression()) {
            ByteBuffer errors = buffer(8L * n);
            for (int i = 0; i < n; i++) {
                errors.putDouble(outcomes.absError(i));
            }
            return new StoredRows(FORMAT, n, chunkRows, null, null, chunks(keys, 8L * chunkRows), null, null,
                    chunks(errors, 8L * chunkRows));
        }
        List<String> labels = outcomes.labels();
        if (labels.size() > 65_536) {
            throw new InputException("storeRows (ml.storeRows) stores label indices of at most 16 bits, but the"
                    + " validation data has " + labels.size() + " labels; turn storeRows off.");
        }
        int width = labels.size() <= 256 ? 1 : 2;
        byte[] bits = new byte[(n + 7) / 8];
        ByteBuffer predicted = buffer((long) width * n);
        for (int i = 0; i < n; i++) {
            if (outcomes.correct(i)) {
                bits[i >>> 3] |= (byte) (1 << (i & 7));
            }
            if (width == 1) {
                predicted.put((byte) outcomes.predictedIndex(i));
            } else {
                predicted.putShort((short) outcomes.predictedIndex(i));
            }
        }
        return new StoredRows(FORMAT, n, chunkRows, labels, width, chunks(keys, 8L * chunkRows),
                chunks(ByteBuffer.wrap(bits), chunkRows / 8), chunks(predicted, (long) width * chunkRows), null);
    }

    /**
     * The arrays, checked: known format, lengths that match {@code count}, indices within {@code labels}.
     *
     * @param where how to name this section in a message ("The baseline report champion.json")
     */
    Decoded decode(String where, boolean regression) {
        if (!FORMAT.equals(format)) {
            throw bad(where, "has format '" + format + "', which this mlgate does not read (it reads " + FORMAT + ")");
        }
        if (count < 0 || count > RowOutcomes.MAX_ROWS) {
            throw bad(where, String.format(Locale.ROOT, "has count %d, outside 0 to %,d", count,
                    RowOutcomes.MAX_ROWS));
        }
        if (chunkRows <= 0 || chunkRows % 8 != 0) {
            throw bad(where, "has chunkRows " + chunkRows + ", not a positive multiple of 8");
        }
        int n = (int) count;
        long[] keys = new long[n];
        ByteBuffer keyBytes = decoded(where, "rowKeys", rowKeys, 8L * n, 8L * chunkRows);
        for (int i = 0; i < n; i++) {
            keys[i] = keyBytes.getLong();
        }
        if (regression) {
            ByteBuffer errorBytes = decoded(where, "absoluteErrors", absoluteErrors, 8L * n, 8L * chunkRows);
            double[] errors = new double[n];
            for (int i = 0; i < n; i++) {
                errors[i] = errorBytes.getDouble();
            }
            return new Decoded(keys, null, null, errors, List.of());
        }
        if (labels == null || labelIndexBytes == null || labelIndexBytes != 1 && labelIndexBytes != 2) {
            throw bad(where, "lacks labels or labelIndexBytes (1 or 2), which a classification report has");
        }
        byte[] bits = new byte[(n + 7) / 8];
        decoded(where, "correct", correct, bits.length, chunkRows / 8).get(bits);
        ByteBuffer predictedBytes = decoded(where, "predicted", predicted, (long) labelIndexBytes * n,
                (long) labelIndexBytes * chunkRows);
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            int index = labelIndexBytes == 1 ? predictedBytes.get() & 0xff : predictedBytes.getShort() & 0xffff;
            if (index >= labels.size()) {
                throw bad(where, "has predicted label index " + index + " at row " + i + ", but only "
                        + labels.size() + " labels");
            }
            indices[i] = index;
        }
        return new Decoded(keys, bits, indices, null, labels);
    }

    /** The stored arrays, decoded: keys for every row, then the classification or the regression outcome. */
    record Decoded(long[] keys, byte[] correctBits, int[] predicted, double[] absErrors, List<String> labels) {
        int rows() {
            return keys.length;
        }

        boolean correct(int row) {
            return (correctBits[row >>> 3] >>> (row & 7) & 1) == 1;
        }

        String predictedLabel(int row) {
            return labels.get(predicted[row]);
        }
    }

    private static ByteBuffer buffer(long bytes) {
        return ByteBuffer.allocate(Math.toIntExact(bytes)).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The buffer's bytes in base64 chunks of {@code chunkBytes} each (the last may be shorter). */
    private static List<String> chunks(ByteBuffer buffer, long chunkBytes) {
        byte[] bytes = buffer.array();
        int size = Math.toIntExact(chunkBytes);
        List<String> out = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += size) {
            out.add(Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, from,
                    Math.min(bytes.length, from + size))));
        }
        return out;
    }

    /** The chunks decoded into one buffer; every chunk but the last must hold exactly {@code chunkBytes}. */
    private static ByteBuffer decoded(String where, String field, List<String> chunks, long expectedBytes,
                                      long chunkBytes) {
        if (chunks == null) {
            throw bad(where, "lacks rows." + field);
        }
        byte[] all = new byte[Math.toIntExact(expectedBytes)];
        long total = 0;
        for (int k = 0; k < chunks.size(); k++) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(chunks.get(k) == null ? "" : chunks.get(k));
            } catch (IllegalArgumentException e) {
                throw bad(where, "has chunk " + k + " of rows." + field + " that is not base64 (" + e.getMessage()
                        + ")");
            }
            if (k < chunks.size() - 1 && bytes.length != chunkBytes) {
                throw bad(where, "has " + bytes.length + " bytes in chunk " + k + " of rows." + field
                        + " but chunkRows needs " + chunkBytes);
            }
            if (total + bytes.length <= expectedBytes) {
                System.arraycopy(bytes, 0, all, (int) total, bytes.length);
            }
            total += bytes.length;
        }
        if (total != expectedBytes) {
            throw bad(where, "has " + total + " bytes in rows." + field + " but its count needs " + expectedBytes);
        }
        return ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static InputException bad(String where, String what) {
        return new InputException(where + " " + what + " in its rows section; write it again with storeRows"
                + " (ml.storeRows), or remove the section to compare without paired tests.");
    }
}
