package org.mlgate.analysis.data;

import org.mlgate.analysis.InputException;

/**
 * How a delimited file is written.
 *
 * @param delimiter    the cell separator, or 0 to detect it: tab for a {@code .tsv} name, else the most frequent of
 *                     comma, semicolon, tab and bar in the header row (comma when it has none: one column)
 * @param decimalComma numbers are written with a decimal comma ({@code 3,14}), as spreadsheets in much of Europe
 *                     write them, usually with semicolons between cells
 */
public record CsvFormat(char delimiter, boolean decimalComma) {
    private static final String CANDIDATES = ",;\t|";

    public CsvFormat {
        if (delimiter != 0 && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new InputException("The delimiter " + describe(delimiter) + " cannot separate cells; use a comma,"
                    + " a semicolon, a tab or a bar.");
        }
        if (decimalComma && delimiter == ',') {
            throw new InputException("A file cannot have both commas between cells and decimal commas; set the"
                    + " delimiter to ';' (or leave it to be detected) when numbers are written as 3,14.");
        }
    }

    /** Detect the delimiter, decimal points. */
    public static CsvFormat detect() {
        return new CsvFormat((char) 0, false);
    }

    /**
     * The format a user configures: {@code delimiter} null or empty to detect, {@code \t} or "tab" for a tab, else
     * one character.
     */
    public static CsvFormat of(String delimiter, boolean decimalComma) {
        if (delimiter == null || delimiter.isEmpty()) {
            return new CsvFormat((char) 0, decimalComma);
        }
        if (delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab")) {
            return new CsvFormat('\t', decimalComma);
        }
        if (delimiter.length() != 1) {
            throw new InputException("The delimiter '" + delimiter + "' (ml.delimiter) is not one character; use ',', ';',"
                    + " '|' or 'tab', or leave it unset to detect it from the header.");
        }
        return new CsvFormat(delimiter.charAt(0), decimalComma);
    }

    /** The delimiter for a file: the configured one, tab for a .tsv name, else the header's most frequent. */
    char delimiterFor(String plainFileName, byte[] headerLine) {
        if (delimiter != 0) {
            return delimiter;
        }
        if (plainFileName.endsWith(".tsv")) {
            return '\t';
        }
        int[] counts = new int[CANDIDATES.length()];
        boolean quoted = false;
        for (byte b : headerLine) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                int at = CANDIDATES.indexOf((char) b);
                if (at >= 0) {
                    counts[at]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return counts[best] == 0 ? ',' : CANDIDATES.charAt(best);
    }

    static String describe(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "bar";
            default -> "'" + c + "'";
        };
    }
}
