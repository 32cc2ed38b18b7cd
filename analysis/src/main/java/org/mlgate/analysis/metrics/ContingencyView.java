package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The contingency table as report.json shows it: every label and cluster while there are at most
 * {@value TaskDetails.ContingencyTable#MAX_SIDE} of each, else the largest of each side and an
 * {@value TaskDetails.ContingencyTable#OTHER} row and column summing the rest, so that the report stays readable and
 * small whatever the cluster ids.
 */
final class ContingencyView {
    private static final int MAX = TaskDetails.ContingencyTable.MAX_SIDE;

    private ContingencyView() {
    }

    static TaskDetails.ContingencyTable of(ClusteringAccumulator acc, List<Integer> labelOrder,
                                           List<Integer> clusterOrder, List<String> notes) {
        long[] labelTotals = new long[acc.labelNames().size()];
        long[] clusterTotals = new long[acc.clusterNames().size()];
        for (int l = 0; l < labelTotals.length; l++) {
            for (int c = 0; c < clusterTotals.length; c++) {
                labelTotals[l] += acc.count(l, c);
                clusterTotals[c] += acc.count(l, c);
            }
        }
        List<Integer> labels = keep(labelOrder, labelTotals);
        List<Integer> clusters = keep(clusterOrder, clusterTotals);
        boolean truncated = labels.size() < labelOrder.size() || clusters.size() < clusterOrder.size();
        int rows = labels.size() + (labels.size() < labelOrder.size() ? 1 : 0);
        int columns = clusters.size() + (clusters.size() < clusterOrder.size() ? 1 : 0);
        long[][] counts = new long[rows][columns];
        int[] rowOf = positions(labelOrder, labels, rows - 1);
        int[] columnOf = positions(clusterOrder, clusters, columns - 1);
        for (int l = 0; l < labelOrder.size(); l++) {
            for (int c = 0; c < clusterOrder.size(); c++) {
                counts[rowOf[l]][columnOf[c]] += acc.count(labelOrder.get(l), clusterOrder.get(c));
            }
        }
        List<String> labelNames = new ArrayList<>(labels.stream().map(acc.labelNames()::get).toList());
        List<String> clusterNames = new ArrayList<>(clusters.stream().map(acc.clusterNames()::get).toList());
        if (labels.size() < labelOrder.size()) {
            labelNames.add(TaskDetails.ContingencyTable.OTHER);
        }
        if (clusters.size() < clusterOrder.size()) {
            clusterNames.add(TaskDetails.ContingencyTable.OTHER);
        }
        if (truncated) {
            notes.add("taskDetails.contingencyTable lists the " + labels.size() + " largest of " + labelOrder.size()
                    + " labels and the " + clusters.size() + " largest of " + clusterOrder.size() + " clusters; '"
                    + TaskDetails.ContingencyTable.OTHER + "' sums the rest (the metrics use the whole table).");
        }
        return new TaskDetails.ContingencyTable(List.copyOf(labelNames), List.copyOf(clusterNames), counts,
                truncated);
    }

    /** For each position of {@code order}, its position among {@code kept}, or {@code other} when not kept. */
    private static int[] positions(List<Integer> order, List<Integer> kept, int other) {
        java.util.Map<Integer, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            at.put(kept.get(i), i);
        }
        return order.stream().mapToInt(code -> at.getOrDefault(code, other)).toArray();
    }

    /** The codes of the {@value #MAX} largest groups, in {@code order}; all of them when there are no more. */
    private static List<Integer> keep(List<Integer> order, long[] totals) {
        if (order.size() <= MAX) {
            return order;
        }
        List<Integer> largest = IntStream.range(0, totals.length).boxed()
                .sorted(Comparator.comparingLong((Integer code) -> -totals[code])).limit(MAX).toList();
        return order.stream().filter(largest::contains).toList();
    }
}
