package org.mlgate.analysis.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of whole rows of a delimited UTF-8 file into rows of trimmed cells, the way {@link CsvSplitter}
 * cut them. The rules (RFC 4180, and what spreadsheets write): a cell that starts with {@code "} is quoted and may
 * hold separators, newlines and doubled quotes; anything after its closing quote up to the separator is kept as
 * written; rows end at LF, CRLF or CR; lines that are empty or hold only spaces and tabs are skipped. Stateless, so
 * any number of threads tokenize chunks of one file at once.
 *
 * <p>Why not a CSV library: reading on every core needs the file cut into chunks at row boundaries by one thread
 * and tokenized by the others, and no library exposes that split; Jackson's parser, used before, is one stream.
 */
final class CsvTokenizer {
    static final byte QUOTE = '"';

    private final byte separator;
    private final boolean decimalComma;

    CsvTokenizer(char separator, boolean decimalComma) {
        this.separator = (byte) separator;
        this.decimalComma = decimalComma;
    }

    /**
     * The rows in {@code bytes[from, to)}, which start at a row boundary on {@code firstLine} and end at one.
     *
     * @param firstOrdinal the ordinal of the first data row (see {@link CsvRow#ordinal()})
     */
    List<CsvRow> tokenize(byte[] bytes, int from, int to, long firstLine, long firstOrdinal) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        long line = firstLine;
        long ordinal = firstOrdinal;
        int pos = from;
        while (pos < to) {
            long rowLine = line;
            cells.clear();
            boolean content = false;
            while (true) {
                int start = pos;
                String cell;
                if (pos < to && bytes[pos] == QUOTE) {
                    content = true;
                    ByteArrayOutputStream value = new ByteArrayOutputStream();
                    pos++;
                    while (pos < to) {
                        byte b = bytes[pos];
                        if (b == QUOTE) {
                            if (pos + 1 < to && bytes[pos + 1] == QUOTE) {
                                value.write(QUOTE);
                                pos += 2;
                                continue;
                            }
                            pos++;
                            break;
                        }
                        if (b == '\n') {
                            line++;
                        }
                        value.write(b);
                        pos++;
                    }
                    int rest = pos;
                    while (pos < to && bytes[pos] != separator && bytes[pos] != '\n' && bytes[pos] != '\r') {
                        pos++;
                    }
                    value.write(bytes, rest, pos - rest);
                    cell = value.toString(StandardCharsets.UTF_8).trim();
                } else {
                    while (pos < to && bytes[pos] != separator && bytes[pos] != '\n' && bytes[pos] != '\r') {
                        content |= bytes[pos] != ' ' && bytes[pos] != '\t';
                        pos++;
                    }
                    cell = new String(bytes, start, pos - start, StandardCharsets.UTF_8).trim();
                }
                cells.add(decimalComma ? DecimalComma.toPoint(cell) : cell);
                if (pos < to && bytes[pos] == separator) {
                    content = true;
                    pos++;
                    continue;
                }
                if (pos < to && bytes[pos] == '\r') {
                    pos++;
                }
                if (pos < to && bytes[pos] == '\n') {
                    pos++;
                }
                line++;
                break;
            }
            if (content) {
                rows.add(new CsvRow(rowLine, ordinal++, cells.toArray(String[]::new)));
            }
        }
        return rows;
    }
}
