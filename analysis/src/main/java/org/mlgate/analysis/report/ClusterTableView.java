package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mlgate.analysis.metrics.TaskDetails;

/**
 * The contingency table of a clustering report as the HTML report shows it: true labels as rows, clusters as columns,
 * each cell shaded by its share of the row, the cell holding most of each cluster's rows outlined (the label the
 * cluster stands for); and, in words, how each label is spread: the share of its rows in its main cluster, weakest
 * first, which is where labels and clusters part. Compact (counts only) past {@value #FULL_COLUMNS} clusters.
 *
 * @param spread each label's main cluster and share, least concentrated first
 */
public record ClusterTableView(List<String> clusters, List<Row> rows, List<Long> columnTotals, boolean compact,
                               boolean truncated, List<Spread> spread) {

    static final int FULL_COLUMNS = 10;
    static final int MAX_SPREAD = 8;

    /** One true label: its cells in the order of {@code clusters}. */
    public record Row(String label, long total, List<Cell> cells) {
    }

    /**
     * @param share    of the row
     * @param alpha    the shading's opacity
     * @param dark     true when the shading needs light text
     * @param main     true for the cluster's largest label (its column's largest cell)
     * @param title    the cell in words, for a tooltip
     */
    public record Cell(long count, double share, double alpha, boolean dark, boolean main, String title) {
    }

    /** How one label is spread over clusters: its largest cluster and that cluster's share of the label's rows. */
    public record Spread(String label, String cluster, double share, int clusters) {
    }

    /** The view of a clustering report's table; null for other reports. */
    public static ClusterTableView of(Report report) {
        TaskDetails details = report.taskDetails();
        TaskDetails.ContingencyTable table = details == null ? null : details.contingencyTable();
        if (table == null || table.labels().isEmpty() || table.clusters().isEmpty()) {
            return null;
        }
        long[][] counts = table.counts();
        int columns = table.clusters().size();
        long[] columnTotals = new long[columns];
        int[] mainRow = new int[columns];
        for (int c = 0; c < columns; c++) {
            for (int l = 0; l < counts.length; l++) {
                columnTotals[c] += counts[l][c];
                if (counts[l][c] > counts[mainRow[c]][c]) {
                    mainRow[c] = l;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Spread> spread = new ArrayList<>();
        for (int l = 0; l < counts.length; l++) {
            long total = 0;
            int largest = 0;
            int used = 0;
            for (int c = 0; c < columns; c++) {
                total += counts[l][c];
                largest = counts[l][c] > counts[l][largest] ? c : largest;
                used += counts[l][c] > 0 ? 1 : 0;
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                double share = total > 0 ? (double) counts[l][c] / total : 0;
                String title = "label " + table.labels().get(l) + ", cluster " + table.clusters().get(c) + ": "
                        + counts[l][c] + " rows (" + NumberText.of(Math.round(share * 1000) / 10.0)
                        + "% of the label)";
                cells.add(new Cell(counts[l][c], share, Math.round(share * 0.9 * 1000) / 1000.0, share > 0.55,
                        counts[l][c] > 0 && mainRow[c] == l, title));
            }
            rows.add(new Row(table.labels().get(l), total, List.copyOf(cells)));
            if (total > 0 && !TaskDetails.ContingencyTable.OTHER.equals(table.labels().get(l))) {
                spread.add(new Spread(table.labels().get(l), table.clusters().get(largest),
                        (double) counts[l][largest] / total, used));
            }
        }
        spread.sort(Comparator.comparingDouble(Spread::share));
        List<Long> totals = new ArrayList<>();
        for (long total : columnTotals) {
            totals.add(total);
        }
        return new ClusterTableView(List.copyOf(table.clusters()), List.copyOf(rows), List.copyOf(totals),
                columns > FULL_COLUMNS, table.truncated(), List.copyOf(spread.subList(0,
                        Math.min(MAX_SPREAD, spread.size()))));
    }
}
