package org.mlgate.analysis.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * How a set of labels is written in one cell (multi-label task): the labels joined by {@value #SEPARATOR}, in any
 * order, repeats ignored, spaces around a label trimmed; an empty cell is the empty set. The pipe was chosen
 * because it is neither a decimal sign nor a separator that a spreadsheet writes between cells by default, and
 * Python writes the same with {@code "|".join(labels)}.
 *
 * <p>The canonical form ({@link #canonical}) sorts the labels as strings, so two cells of the same set are equal
 * strings: what the row-level analyses compare and count.
 */
public final class LabelSetText {
    public static final char SEPARATOR = '|';

    private LabelSetText() {
    }

    /** The distinct labels of a cell, sorted; empty for an empty cell. Empty items ({@code a||b}) are ignored. */
    public static List<String> labels(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        TreeSet<String> labels = new TreeSet<>();
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || cell.charAt(i) == SEPARATOR) {
                String label = cell.substring(start, i).strip();
                if (!label.isEmpty()) {
                    labels.add(label);
                }
                start = i + 1;
            }
        }
        return List.copyOf(labels);
    }

    /** The cell's set in canonical form: its labels sorted and joined by the separator. */
    public static String canonical(String cell) {
        return join(labels(cell));
    }

    /** Labels joined in canonical form (sorted, distinct). */
    public static String join(Collection<String> labels) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(labels));
        return String.join(String.valueOf(SEPARATOR), sorted);
    }

    /** Whether a label can be written in a cell at all: it must not contain the separator or be blank. */
    public static boolean writable(String label) {
        return !label.isBlank() && label.indexOf(SEPARATOR) < 0 && label.strip().equals(label);
    }
}
