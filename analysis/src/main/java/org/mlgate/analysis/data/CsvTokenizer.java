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
    /**
     * Columns read as numbers only ({@link DataTable#numbersOnly}), null when there are none; set before any chunk
     * goes to a worker.
     */
    private volatile boolean[] numbersOnly;

    CsvTokenizer(char separator, boolean decimalComma) {
        this.separator = (byte) separator;
        this.decimalComma = decimalComma;
    }

    /**
     * Columns whose unquoted cells are parsed straight from the bytes into {@link CsvRow#numbers()}, with no String
     * made (the cell is null); a cell that is not a number stays text, for the caller's message.
     */
    void numbersOnly(int[] columns, int width) {
        if (decimalComma || columns.length == 0) {
            numbersOnly = null; // decimal commas are rewritten as text first
            return;
        }
        boolean[] only = new boolean[width];
        for (int column : columns) {
            only[column] = true;
        }
        numbersOnly = only;
    }

    /**
     * The rows in {@code bytes[from, to)}, which start at a row boundary on {@code firstLine} and end at one.
     *
     * @param firstOrdinal the ordinal of the first data row (see {@link CsvRow#ordinal()})
     */
    List<CsvRow> tokenize(byte[] bytes, int from, int to, long firstLine, long firstOrdinal) {
        boolean[] onlyNumbers = numbersOnly;
        CellCache cache = new CellCache();
        List<CsvRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        double[] numbers = onlyNumbers == null ? null : new double[onlyNumbers.length];
        long line = firstLine;
        long ordinal = firstOrdinal;
        int pos = from;
        while (pos < to) {
            long rowLine = line;
            cells.clear();
            if (numbers != null) {
                java.util.Arrays.fill(numbers, Double.NaN);
            }
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
                    int column = cells.size();
                    double number = numbers != null && column < numbers.length && onlyNumbers[column]
                            ? CellNumbers.parse(bytes, start, pos) : Double.NaN;
                    if (!Double.isNaN(number)) {
                        numbers[column] = number;
                        cell = null;
                    } else {
                        cell = cache.cell(column, bytes, start, pos);
                    }
                }
                cells.add(decimalComma && cell != null ? DecimalComma.toPoint(cell) : cell);
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
                rows.add(numbers == null ? new CsvRow(rowLine, ordinal++, cells.toArray(String[]::new))
                        : new CsvRow(rowLine, ordinal++, cells.toArray(String[]::new), null, numbers.clone()));
            }
        }
        return rows;
    }
}
