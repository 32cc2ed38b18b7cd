package org.mlgate.analysis.partial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;

/**
 * The constants of the partial-state format (described in {@code package-info.java}): the magic bytes, the format
 * version this mlgate writes and reads, the file name suffix, and the mlgate version written into every header.
 */
final class StateFormat {
    /** 0x89 'M' 'L' 'G' 'S' 'T' CR LF: a high byte and a CR LF, so that a file mangled as text fails at once. */
    static final byte[] MAGIC = {(byte) 0x89, 'M', 'L', 'G', 'S', 'T', '\r', '\n'};
    /** The only format version this mlgate reads; a change of the layout or of a part's meaning raises it. */
    static final int VERSION = 1;
    /** The name every state file ends with; other files in a folder of states are not read. */
    static final String SUFFIX = ".mlgstate";
    /** Bytes after the content: its length (8) and its CRC32C (4). */
    static final int TRAILER = 12;
    /** Magic, version (2), header length (4): the least a state file holds before its trailer. */
    static final int PREAMBLE = MAGIC.length + 2 + 4;

    private StateFormat() {
    }

    /**
     * The task's code in a header. Version 1 covers classification (0) and regression (1) only; the code is fixed
     * here, not taken from the enum's order, so that a task added to mlgate changes no state's meaning.
     */
    static int taskCode(Task task) {
        return switch (task) {
            case CLASSIFICATION -> 0;
            case REGRESSION -> 1;
            default -> throw new IllegalArgumentException("no partial-state code for the task " + task);
        };
    }

    /** The task of a header's code, or null for a code that version 1 does not define. */
    static Task taskOf(int code) {
        return switch (code) {
            case 0 -> Task.CLASSIFICATION;
            case 1 -> Task.REGRESSION;
            default -> null;
        };
    }

    /** Refuses, in one sentence, a task whose accumulators partial states do not cover. */
    static void requireCovered(Task task, String data) {
        if (task != Task.CLASSIFICATION && task != Task.REGRESSION) {
            throw new InputException(data + " is a " + task.jsonName() + " evaluation, and partial states (format"
                    + " version " + VERSION + ") cover classification and regression only; evaluate its rows in one"
                    + " place with ml:evaluate (predictions or model and validationData) instead.");
        }
    }

    /** The version of mlgate that writes states here, as its build recorded it. */
    static String mlgateVersion() {
        Properties properties = new Properties();
        try (InputStream in = StateFormat.class.getResourceAsStream("mlgate.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
    }
}
