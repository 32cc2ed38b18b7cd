package org.mlgate.analysis.partial;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the primitive values of a partial state, big-endian, into memory: a state is written whole and then handed
 * over as bytes (a Spark task's result) or to a file. Strings are UTF-8 with a 4-byte length; a null string is the
 * length -1. Lists are a 4-byte count and their items.
 */
final class StateOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
    private final DataOutputStream out = new DataOutputStream(bytes);

    void writeByte(int value) {
        io(() -> out.writeByte(value));
    }

    void writeBoolean(boolean value) {
        io(() -> out.writeBoolean(value));
    }

    void writeShort(int value) {
        io(() -> out.writeShort(value));
    }

    void writeInt(int value) {
        io(() -> out.writeInt(value));
    }

    void writeLong(long value) {
        io(() -> out.writeLong(value));
    }

    void writeDouble(double value) {
        io(() -> out.writeDouble(value));
    }

    void writeString(String value) {
        if (value == null) {
            writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        io(() -> out.write(utf8));
    }

    void writeStrings(List<String> values) {
        writeInt(values.size());
        values.forEach(this::writeString);
    }

    void writeBytes(byte[] value) {
        io(() -> out.write(value));
    }

    void writeLongs(long[] values) {
        writeInt(values.length);
        for (long v : values) {
            writeLong(v);
        }
    }

    void writeInts(int[] values) {
        writeInt(values.length);
        for (int v : values) {
            writeInt(v);
        }
    }

    void writeDoubles(double[] values) {
        writeInt(values.length);
        for (double v : values) {
            writeDouble(v);
        }
    }

    void writeBooleans(boolean[] values) {
        writeInt(values.length);
        for (boolean v : values) {
            writeBoolean(v);
        }
    }

    /** A section: its name, the length of its content and the content. */
    void writeSection(String name, StateOutput content) {
        writeString(name);
        writeLong(content.size());
        io(() -> content.bytes.writeTo(out));
    }

    long size() {
        return bytes.size(); // a state is a byte array: below 2 GB
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void io(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }
}
