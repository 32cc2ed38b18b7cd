package org.mlgate.analysis.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.Sha256;

/**
 * A model file's bytes, read once and refused unread above a size limit, with their SHA-256: the hash in the report
 * and the model that is loaded come from the same bytes.
 */
record ModelFile(Path path, byte[] bytes, String sha256) {

    /**
     * @param file  the model file, as the user gave it (reported as given)
     * @param limit the largest file read at all
     * @throws InputException when the file is missing, unreadable or larger than {@code limit}
     */
    static ModelFile read(Path file, long limit) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("The model file " + file + " does not exist or is not a file; check the model "
                    + "parameter (relative paths are resolved against the project directory).");
        }
        byte[] bytes = bytes(file, limit);
        MessageDigest digest = Sha256.newDigest();
        digest.update(bytes);
        return new ModelFile(file, bytes, Sha256.hex(digest));
    }

    /** The whole file, refusing it unread when it is larger than {@code limit} (or grows past it while read). */
    private static byte[] bytes(Path file, long limit) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw rejected(file, ModelFileRejection.tooLarge(size, limit));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > limit) {
                    throw rejected(file, ModelFileRejection.tooLarge(bytes.length, limit));
                }
                return bytes;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException input) {
                throw input;
            }
            throw new InputException("The model file " + file + " cannot be read (" + e.getMessage()
                    + "); check its permissions.", e);
        }
    }

    static InputException rejected(Path file, ModelFileRejection rejection) {
        return new InputException("The model file " + file + " " + rejection.sentence(), rejection);
    }
}
