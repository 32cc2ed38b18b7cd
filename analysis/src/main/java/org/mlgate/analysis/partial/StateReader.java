package org.mlgate.analysis.partial;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.mlgate.analysis.InputException;

/**
 * Opens one state, a file or bytes handed over by an engine: checks the magic bytes, the format version and the
 * trailer (the content's length, which a truncated file does not match, and its CRC32C, which a changed byte does not)
 * before it reads the header, then reads the sections with every count bounded ({@link StateInput}). A state that
 * fails any check ends with an {@link InputException} whose sentence names it and says what to do.
 */
final class StateReader implements AutoCloseable {
    private final String name;
    private final DataInputStream in;
    private final StateHeader header;
    private final StateInput sections;

    private StateReader(String name, InputStream stream, long size) {
        this.name = name;
        this.in = new DataInputStream(stream);
        StateInput all = new StateInput(in, size - StateFormat.TRAILER, "it");
        for (int i = 0; i < StateFormat.MAGIC.length + 2; i++) {
            all.readByte(); // magic and version, checked before
        }
        long headerLength = all.readInt("header length", 0, Integer.MAX_VALUE);
        if (headerLength > all.remaining()) {
            throw StateRejection.damaged("its header declares " + headerLength + " bytes, more than the file holds");
        }
        StateInput headerInput = new StateInput(in, headerLength, "its header");
        all.skipAccounted(headerLength);
        this.header = StateHeader.read(headerInput);
        headerInput.end();
        this.sections = all;
    }

    /** Opens a state file: its start, length and checksum are checked over the whole file first. */
    static StateReader open(Path file) {
        String name = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer start = ByteBuffer.allocate((int) Math.min(size, StateFormat.PREAMBLE));
            channel.read(start, 0);
            checkStart(name, start.array(), size);
            ByteBuffer trailer = ByteBuffer.allocate(StateFormat.TRAILER);
            channel.read(trailer, size - StateFormat.TRAILER);
            trailer.flip();
            checkTrailer(name, size, trailer.getLong(), trailer.getInt() & 0xFFFFFFFFL, () -> crc(channel, size));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        return guard(name, () -> new StateReader(name, new BufferedInputStream(Files.newInputStream(file),
                1 << 16), Files.size(file)));
    }

    /** Opens a state handed over as bytes. */
    static StateReader open(String name, byte[] bytes) {
        long size = bytes.length;
        checkStart(name, Arrays.copyOf(bytes, (int) Math.min(size, StateFormat.PREAMBLE)), size);
        ByteBuffer trailer = ByteBuffer.wrap(bytes, bytes.length - StateFormat.TRAILER, StateFormat.TRAILER);
        try {
            checkTrailer(name, size, trailer.getLong(), trailer.getInt() & 0xFFFFFFFFL, () -> {
                CRC32C crc = new CRC32C();
                crc.update(bytes, 0, bytes.length - StateFormat.TRAILER);
                return crc.getValue();
            });
        } catch (IOException e) {
            throw unreadable(name, e); // bytes in memory are not read from a device
        }
        return guard(name, () -> new StateReader(name, new ByteArrayInputStream(bytes), size));
    }

    /** The magic bytes, then the version: a foreign file and a state of another format are told apart. */
    private static void checkStart(String name, byte[] start, long size) {
        int magic = StateFormat.MAGIC.length;
        if (start.length < magic || !Arrays.equals(Arrays.copyOf(start, magic), StateFormat.MAGIC)) {
            throw rejected(name, StateRejection.incompatible("is not an mlgate partial state (it does not start"
                    + " with the format's magic bytes); keep only the files that mlgate's partial-state writer"
                    + " wrote in the folder"));
        }
        if (start.length < StateFormat.PREAMBLE || size < StateFormat.PREAMBLE + StateFormat.TRAILER) {
            throw rejected(name, StateRejection.damaged("it has only " + size + " bytes, fewer than any state"));
        }
        int version = ((start[magic] & 0xFF) << 8) | (start[magic + 1] & 0xFF);
        if (version != StateFormat.VERSION) {
            throw rejected(name, StateRejection.incompatible("is in partial-state format version " + version
                    + ", but this mlgate (" + StateFormat.mlgateVersion() + ") reads version " + StateFormat.VERSION
                    + " only; write the states again with this version of mlgate, or evaluate them with the version"
                    + " that wrote them"));
        }
    }

    private interface Checksum {
        long compute() throws IOException;
    }

    /** The trailer: the content's length (a truncated or extended file fails), then its CRC32C. */
    private static void checkTrailer(String name, long size, long length, long crc, Checksum content)
            throws IOException {
        if (length != size - StateFormat.TRAILER) {
            throw rejected(name, StateRejection.damaged("its trailer records " + length + " bytes of content, but it"
                    + " has " + (size - StateFormat.TRAILER) + ": it was cut short or extended"));
        }
        if (crc != content.compute()) {
            throw rejected(name, StateRejection.damaged("its CRC32C checksum does not match its content: bytes were"
                    + " changed after it was written"));
        }
    }

    private static long crc(FileChannel channel, long size) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long position = 0;
        long end = size - StateFormat.TRAILER;
        while (position < end) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            buffer.flip();
            crc.update(buffer);
            position += read;
        }
        return crc.getValue();
    }

    private static InputException unreadable(String name, IOException e) {
        return new InputException("The partial state " + name + " cannot be read (" + e.getMessage() + "); check"
                + " that it is a readable file.", e);
    }

    private interface Open {
        StateReader open() throws IOException;
    }

    private static StateReader guard(String name, Open open) {
        try {
            return open.open();
        } catch (StateRejection e) {
            throw rejected(name, e);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    static InputException rejected(String name, StateRejection e) {
        return new InputException("The partial state " + name + " " + e.getMessage() + ".", e);
    }

    String name() {
        return name;
    }

    StateHeader header() {
        return header;
    }

    /** The sections, after the header; read them in order. */
    StateInput sections() {
        return sections;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // a state that was read whole has nothing left to lose
        }
    }
}
