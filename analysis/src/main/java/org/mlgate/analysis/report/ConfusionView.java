package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mlgate.analysis.metrics.ConfusionMatrix;

/**
 * The confusion matrix as the HTML report shows it, readable at 26 classes and more: a compact grid (counts only,
 * shading by the share of the row, the share in a tooltip) once there are more than {@value #FULL_CELLS} classes, the
 * {@value #MAX_CLASSES} largest classes and an "other" row and column beyond that, and the largest off-diagonal cells
 * as a sorted list, which is what a reader of a big matrix looks for.
 *
 * @param compact true when cells show counts only
 * @param note    what was folded into "other"; null when every class is shown
 * @param largest the largest mistakes (actual, predicted) of the whole matrix, most rows first
 */
public record ConfusionView(List<String> labels, List<Row> rows, boolean compact, String note, List<Mistake> largest) {

    static final int FULL_CELLS = 10;
    static final int MAX_CLASSES = 30;
    static final int MAX_LARGEST = 10;
    static final String OTHER = "other";

    /** One actual class: its cells in the order of {@code labels}, and its row total. */
    public record Row(String label, boolean other, long total, List<Cell> cells) {
    }

    /**
     * @param share    of the row (0 when the row is empty)
     * @param alpha    the shading's opacity
     * @param dark     true when the shading needs light text
     * @param diagonal true for the correct predictions
     * @param title    the cell in words, for a tooltip
     */
    public record Cell(long count, double share, double alpha, boolean dark, boolean diagonal, String title) {
    }

    /** One off-diagonal cell: rows of {@code actual} predicted as {@code predicted}. */
    public record Mistake(String actual, String predicted, long count, double shareOfActual) {
    }

    /** The view of a report's matrix; null when it has none. */
    public static ConfusionView of(ConfusionMatrix matrix) {
        if (matrix == null || matrix.labels() == null || matrix.labels().isEmpty() || matrix.counts() == null) {
            return null;
        }
        List<String> all = matrix.labels();
        int k = all.size();
        long[][] counts = matrix.counts();
        long[] rowTotals = new long[k];
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                rowTotals[a] += counts[a][p];
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            kept.add(c);
        }
        String note = null;
        if (k > MAX_CLASSES) {
            kept.sort(Comparator.comparingLong((Integer c) -> rowTotals[c]).reversed().thenComparing(c -> c));
            kept = new ArrayList<>(kept.subList(0, MAX_CLASSES));
            kept.sort(Comparator.naturalOrder());
            note = "The " + MAX_CLASSES + " classes with the most rows; the other " + (k - MAX_CLASSES)
                    + " are added up in '" + OTHER + "'. report.json has the whole matrix.";
        }
        boolean folded = note != null;
        int shown = kept.size() + (folded ? 1 : 0);
        // group[c]: the shown position of class c (the last one is "other")
        int[] group = new int[k];
        java.util.Arrays.fill(group, kept.size());
        for (int i = 0; i < kept.size(); i++) {
            group[kept.get(i)] = i;
        }
        long[][] grouped = new long[shown][shown];
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                grouped[group[a]][group[p]] += counts[a][p];
            }
        }
        List<String> labels = new ArrayList<>();
        kept.forEach(c -> labels.add(all.get(c)));
        if (folded) {
            labels.add(OTHER);
        }
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < shown; a++) {
            long total = 0;
            for (int p = 0; p < shown; p++) {
                total += grouped[a][p];
            }
            List<Cell> cells = new ArrayList<>();
            boolean otherRow = folded && a == shown - 1;
            for (int p = 0; p < shown; p++) {
                long count = grouped[a][p];
                double share = total > 0 ? (double) count / total : 0;
                boolean diagonal = a == p && !otherRow;
                String title = "actual " + labels.get(a) + ", predicted " + labels.get(p) + ": " + count + " rows ("
                        + NumberText.of(Math.round(share * 1000) / 10.0) + "% of the row)";
                cells.add(new Cell(count, share, Math.round(share * 0.9 * 1000) / 1000.0, share > 0.55, diagonal,
                        title));
            }
            rows.add(new Row(labels.get(a), otherRow, total, List.copyOf(cells)));
        }
        List<Mistake> largest = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                if (a != p && counts[a][p] > 0) {
                    largest.add(new Mistake(all.get(a), all.get(p), counts[a][p],
                            rowTotals[a] > 0 ? (double) counts[a][p] / rowTotals[a] : 0));
                }
            }
        }
        largest.sort(Comparator.comparingLong(Mistake::count).reversed());
        return new ConfusionView(List.copyOf(labels), List.copyOf(rows), shown > FULL_CELLS, note,
                List.copyOf(largest.subList(0, Math.min(MAX_LARGEST, largest.size()))));
    }
}
