package org.mlgate.analysis.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.mlgate.analysis.InputException;

/**
 * Cuts a file of one record per line (JSON Lines) into chunks of whole lines, on the reading thread: a JSON text
 * holds no raw line end (inside strings it is escaped), so every {@code \n} ends a record and the cut is a byte scan,
 * as {@link CsvSplitter} does for CSV without the quotes. It counts lines and data rows (lines with more than
 * white space), so that each chunk knows the line and the ordinal of its first row.
 *
 * <p>Bounds: a line may hold at most {@value CsvSplitter#MAX_ROW_BYTES} bytes; beyond that the read stops with a
 * sentence naming the line, instead of filling the heap.
 */
final class LineSplitter {
    private static final int READ_SIZE = 1 << 16;

    private final InputStream in;
    private final String file;
    private byte[] buf = new byte[READ_SIZE];
    private int start;
    private int scan;
    private int end;
    private boolean eof;
    private boolean rowContent;
    private int rowStart;
    private long line = 1;
    private long ordinal;
    private long chunkLine = 1;
    private long chunkOrdinal;

    LineSplitter(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The next chunk of whole lines, at least {@code targetBytes} long unless the file ends first, or null. */
    CsvChunk next(int targetBytes) {
        while (true) {
            int boundary = scanToBoundary(start + Math.max(1, targetBytes));
            if (boundary >= 0) {
                CsvChunk chunk = CsvChunk.of(Arrays.copyOfRange(buf, start, boundary), chunkLine, chunkOrdinal);
                start = boundary;
                chunkLine = line;
                chunkOrdinal = ordinal;
                return chunk;
            }
            if (eof) {
                return null;
            }
            fill();
        }
    }

    private int scanToBoundary(int target) {
        while (scan < end) {
            if (scan - rowStart > CsvSplitter.MAX_ROW_BYTES) {
                throw new InputException("Line " + line + " of " + file + " is longer than "
                        + (CsvSplitter.MAX_ROW_BYTES >> 20) + " MB; mlgate reads lines up to that size. Check that the"
                        + " file is JSON Lines, one object per line.");
            }
            byte b = buf[scan++];
            if (b == '\n') {
                endRow();
                if (scan >= target) {
                    return scan;
                }
            } else if (b != ' ' && b != '\t' && b != '\r') {
                rowContent = true;
            }
        }
        if (!eof) {
            return -1;
        }
        if (scan > rowStart) {
            endRow(); // the last line has no line end
        }
        return scan > start ? scan : -1;
    }

    private void endRow() {
        line++;
        if (rowContent) {
            ordinal++;
        }
        rowContent = false;
        rowStart = scan;
    }

    private void fill() {
        if (end == buf.length) {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                scan -= start;
                rowStart -= start;
                end -= start;
                start = 0;
            } else {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        try {
            int read = in.read(buf, end, Math.min(READ_SIZE, buf.length - end));
            if (read < 0) {
                eof = true;
            } else {
                boolean first = end == 0 && start == 0 && line == 1 && scan == 0;
                end += read;
                if (first && end >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB
                        && (buf[2] & 0xff) == 0xBF) {
                    start = scan = rowStart = 3; // a UTF-8 byte order mark: not data
                }
            }
        } catch (IOException e) {
            throw new InputException("The data file " + file + " could not be read to the end (" + e.getMessage()
                    + "); check that it is complete.", e);
        }
    }
}
