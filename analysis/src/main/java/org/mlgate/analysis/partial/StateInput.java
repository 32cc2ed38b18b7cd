package org.mlgate.analysis.partial;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the primitive values of a partial state within a budget of bytes: the bytes left in the file, then in the
 * current section. Every count is checked against the largest the reader allows and against the bytes left (each
 * item takes at least so many bytes) before anything is allocated for it, so that a hostile count ends in a
 * {@link StateRejection}, not in an OutOfMemoryError.
 */
final class StateInput {
    /** The longest string a state holds: a cell, a label, a column name. */
    static final int MAX_STRING_BYTES = 1 << 24;

    private final DataInputStream in;
    private final String where;
    private long remaining;

    StateInput(DataInputStream in, long bytes, String where) {
        this.in = in;
        this.remaining = bytes;
        this.where = where;
    }

    long remaining() {
        return remaining;
    }

    private void take(long bytes) {
        if (bytes > remaining) {
            throw StateRejection.damaged(where + " ends before its last value");
        }
        remaining -= bytes;
    }

    int readByte() {
        take(1);
        return io(in::readUnsignedByte);
    }

    boolean readBoolean() {
        int b = readByte();
        if (b > 1) {
            throw StateRejection.damaged(where + " has " + b + " where a true or false belongs");
        }
        return b == 1;
    }

    int readShort() {
        take(2);
        return io(in::readShort);
    }

    int readInt() {
        take(4);
        return io(in::readInt);
    }

    long readLong() {
        take(8);
        return io(in::readLong);
    }

    double readDouble() {
        take(8);
        return io(in::readDouble);
    }

    /** A double that must be a number (not NaN, not infinite). */
    double readFinite(String what) {
        double value = readDouble();
        if (!Double.isFinite(value)) {
            throw StateRejection.damaged(where + " has " + value + " as " + what);
        }
        return value;
    }

    /** An int within [min, max]. */
    int readInt(String what, int min, int max) {
        int value = readInt();
        if (value < min || value > max) {
            throw StateRejection.damaged(where + " has " + value + " as " + what + ", outside " + min + " to " + max);
        }
        return value;
    }

    /** A long within [min, max]. */
    long readLong(String what, long min, long max) {
        long value = readLong();
        if (value < min || value > max) {
            throw StateRejection.damaged(where + " has " + value + " as " + what + ", outside " + min + " to " + max);
        }
        return value;
    }

    /**
     * A count of items that take at least {@code bytesEach} bytes each: at most {@code max}, and no more than the
     * bytes left hold.
     */
    int readCount(String what, long max, int bytesEach) {
        int count = readInt();
        if (count < 0 || count > max) {
            throw StateRejection.damaged(where + " declares " + count + " " + what + ", where at most " + max
                    + " can be");
        }
        if ((long) count * bytesEach > remaining) {
            throw StateRejection.damaged(where + " declares " + count + " " + what + ", more than its " + remaining
                    + " remaining bytes hold");
        }
        return count;
    }

    String readString() {
        int length = readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING_BYTES || length > remaining) {
            throw StateRejection.damaged(where + " declares a text of " + length + " bytes, more than "
                    + Math.min(MAX_STRING_BYTES, remaining) + " can be");
        }
        take(length);
        byte[] utf8 = new byte[length];
        io(() -> {
            in.readFully(utf8);
            return null;
        });
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** A string that must be there. */
    String readText(String what) {
        String value = readString();
        if (value == null) {
            throw StateRejection.damaged(where + " has no " + what);
        }
        return value;
    }

    List<String> readStrings(String what, long max) {
        int count = readCount(what, max, 4);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readText(what));
        }
        return values;
    }

    long[] readLongs(String what, long max) {
        long[] values = new long[readCount(what, max, 8)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readLong();
        }
        return values;
    }

    int[] readInts(String what, long max) {
        int[] values = new int[readCount(what, max, 4)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readInt();
        }
        return values;
    }

    double[] readDoubles(String what, long max) {
        double[] values = new double[readCount(what, max, 8)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readDouble();
        }
        return values;
    }

    boolean[] readBooleans(String what, long max) {
        boolean[] values = new boolean[readCount(what, max, 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readBoolean();
        }
        return values;
    }

    /** Counts {@code bytes} as read by another input over the same stream (a header read apart). */
    void skipAccounted(long bytes) {
        take(bytes);
    }

    /** Opens the next section, which must be {@code name}; read it whole, then {@link #end()} it. */
    StateInput section(String name) {
        String found = readString();
        if (!name.equals(found)) {
            throw StateRejection.damaged(where + " has a section '" + found + "' where '" + name + "' belongs");
        }
        long length = readLong();
        if (length < 0 || length > remaining) {
            throw StateRejection.damaged("its section '" + name + "' declares " + length + " bytes, more than the "
                    + remaining + " left in the file");
        }
        take(length);
        return new StateInput(in, length, "its section '" + name + "'");
    }

    /** Checks that the section was read to its end. */
    void end() {
        if (remaining != 0) {
            throw StateRejection.damaged(where + " has " + remaining + " bytes after its last value");
        }
    }

    private interface Read<T> {
        T get() throws IOException;
    }

    private static <T> T io(Read<T> read) {
        try {
            return read.get();
        } catch (EOFException e) {
            throw StateRejection.damaged("it ends before its last value");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
