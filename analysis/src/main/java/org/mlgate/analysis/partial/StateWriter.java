package org.mlgate.analysis.partial;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Assembles a state: the magic bytes, the format version, the header, the sections, and a trailer with the length of
 * all that and its CRC32C, which a reader checks before it reads anything else.
 */
final class StateWriter {

    private StateWriter() {
    }

    /** The bytes of a state with this header and these sections (already written one after another). */
    static byte[] bytes(StateHeader header, StateOutput sections) {
        StateOutput headerBytes = new StateOutput();
        header.write(headerBytes);
        StateOutput all = new StateOutput();
        all.writeBytes(StateFormat.MAGIC);
        all.writeShort(StateFormat.VERSION);
        all.writeInt((int) headerBytes.size());
        all.writeBytes(headerBytes.toByteArray());
        all.writeBytes(sections.toByteArray());
        byte[] content = all.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(content);
        ByteBuffer state = ByteBuffer.allocate(content.length + StateFormat.TRAILER);
        state.put(content).putLong(content.length).putInt((int) crc.getValue());
        return state.array();
    }
}
