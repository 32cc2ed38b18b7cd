package org.mlgate.analysis.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.mlgate.analysis.InputException;

/**
 * Cuts a delimited file into chunks of whole rows, on the reading thread, without tokenizing them: it only follows
 * quotes and line ends, byte by byte, so that it keeps up with the threads that tokenize ({@link CsvTokenizer}). It
 * counts lines and data rows as it goes, by the tokenizer's rules, so that each chunk knows the line and the ordinal
 * of its first row before anyone reads it.
 *
 * <p>Bounds: a row may hold at most {@value #MAX_ROW_BYTES} bytes; beyond that (a quote that never closes, a file
 * that is not text) the read stops with a sentence naming the line, instead of filling the heap.
 */
final class CsvSplitter {
    static final int MAX_ROW_BYTES = 8 << 20;
    private static final int READ_SIZE = 1 << 16;

    private final InputStream in;
    private final String file;
    private final byte separator;
    private byte[] buf = new byte[READ_SIZE];
    private int start;
    private int scan;
    private int end;
    private boolean eof;
    // Scanning state, at byte `scan`.
    private boolean inQuotes;
    private boolean fieldStart = true;
    private boolean rowContent;
    private long line = 1;
    private long ordinal;
    private long quoteLine;
    private int rowStart;
    // At `start`, the beginning of the next chunk.
    private long chunkLine = 1;
    private long chunkOrdinal;

    CsvSplitter(InputStream in, String file, char separator) {
        this.in = in;
        this.file = file;
        this.separator = (byte) separator;
    }

    /**
     * The next chunk of whole rows, at least {@code targetBytes} long unless the file ends first, or null at the end.
     */
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

    /** Forgets the rows counted so far: the header is not a data row. */
    void restartOrdinals() {
        ordinal = 0;
        chunkOrdinal = 0;
    }

    /**
     * Scans on from {@code scan}; the position after the first row end at or beyond {@code target}, or the end of the
     * file when it is reached; -1 when more bytes must be read first.
     */
    private int scanToBoundary(int target) {
        while (scan < end) {
            if (scan - rowStart > MAX_ROW_BYTES) {
                throw new InputException("Line " + (inQuotes ? quoteLine : line) + " of " + file + " starts a row of"
                        + " more than " + (MAX_ROW_BYTES >> 20) + " MB; mlgate reads rows up to that size. Check that"
                        + " the file is text with one row per line, and that every quoted value is closed.");
            }
            byte b = buf[scan];
            if (inQuotes) {
                if (b == CsvTokenizer.QUOTE) {
                    if (scan + 1 >= end && !eof) {
                        return -1; // is it "" (an escaped quote) or the end of the value? read on
                    }
                    if (scan + 1 < end && buf[scan + 1] == CsvTokenizer.QUOTE) {
                        scan += 2;
                        continue;
                    }
                    inQuotes = false;
                } else if (b == '\n') {
                    line++;
                }
                scan++;
                continue;
            }
            if (b == '\n' || b == '\r') {
                if (b == '\r') {
                    if (scan + 1 >= end && !eof) {
                        return -1; // CR or CRLF? read on
                    }
                    if (scan + 1 < end && buf[scan + 1] == '\n') {
                        scan++;
                    }
                }
                scan++;
                endRow();
                if (scan >= target) {
                    return scan;
                }
                continue;
            }
            if (b == separator) {
                rowContent = true;
                fieldStart = true;
            } else if (b == CsvTokenizer.QUOTE && fieldStart) {
                inQuotes = true;
                rowContent = true;
                fieldStart = false;
                quoteLine = line;
            } else {
                rowContent |= b != ' ' && b != '\t';
                fieldStart = false;
            }
            scan++;
        }
        if (!eof) {
            return -1;
        }
        if (inQuotes) {
            throw new InputException("The data file " + file + " is not valid CSV near line " + quoteLine
                    + " (a quoted value that never ends); fix the quoting there.");
        }
        if (scan > rowStart) {
            endRow(); // the last row has no line end
        }
        return scan > start ? scan : -1;
    }

    private void endRow() {
        line++;
        if (rowContent) {
            ordinal++;
        }
        rowContent = false;
        fieldStart = true;
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
                if (first && end >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                    start = scan = rowStart = 3; // a UTF-8 byte order mark, which spreadsheets write: not data
                }
            }
        } catch (IOException e) {
            throw new InputException("The data file " + file + " could not be read to the end (" + e.getMessage()
                    + "); check that it is complete.", e);
        }
    }
}
