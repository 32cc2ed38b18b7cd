package org.mlgate.analysis.baseline;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.mlgate.analysis.InputException;

/**
 * report.json's {@code rows} ({@code storeRows}): each validation row's outcome, so that a later evaluation of
 * another model on the same rows can make paired tests against this report alone. Rows are in the order they were
 * read; each array below is base64 (RFC 4648, with padding) of little-endian values, one per row:
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
 * @param labels          the labels the indices of {@code predicted} refer to; null for regression
 * @param labelIndexBytes 1 or 2; null for regression
 */
public record StoredRows(String format, long count, List<String> labels, Integer labelIndexBytes, String rowKeys,
                         String correct, String predicted, String absoluteErrors) {
    public static final String FORMAT = "mlgate-rows-1";

    public StoredRows {
        labels = labels == null ? null : List.copyOf(labels);
    }

    /** This run's outcomes in the stored form. */
    static StoredRows of(RowOutcomes outcomes) {
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
            return new StoredRows(FORMAT, n, null, null, base64(keys), null, null, base64(errors));
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
        return new StoredRows(FORMAT, n, labels, width, base64(keys), Base64.getEncoder().encodeToString(bits),
                base64(predicted), null);
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
        int n = (int) count;
        long[] keys = new long[n];
        ByteBuffer keyBytes = decoded(where, "rowKeys", rowKeys, 8L * n);
        for (int i = 0; i < n; i++) {
            keys[i] = keyBytes.getLong();
        }
        if (regression) {
            ByteBuffer errorBytes = decoded(where, "absoluteErrors", absoluteErrors, 8L * n);
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
        decoded(where, "correct", correct, bits.length).get(bits);
        ByteBuffer predictedBytes = decoded(where, "predicted", predicted, (long) labelIndexBytes * n);
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

    private static String base64(ByteBuffer buffer) {
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    private static ByteBuffer decoded(String where, String field, String text, long expectedBytes) {
        if (text == null) {
            throw bad(where, "lacks rows." + field);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw bad(where, "has rows." + field + " that is not base64 (" + e.getMessage() + ")");
        }
        if (bytes.length != expectedBytes) {
            throw bad(where, "has " + bytes.length + " bytes in rows." + field + " but its count needs "
                    + expectedBytes);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static InputException bad(String where, String what) {
        return new InputException(where + " " + what + " in its rows section; write it again with storeRows"
                + " (ml.storeRows), or remove the section to compare without paired tests.");
    }
}
