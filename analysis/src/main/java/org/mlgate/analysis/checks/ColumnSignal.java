package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlgate.analysis.Task;

/**
 * What the sampled values of one column look like and how they go with the label: the facts behind the
 * target-proxy and identifier checks.
 *
 * @param rows        sampled rows with a value in this column
 * @param distinct    distinct values among them
 * @param proxy       how well the column alone predicts the label ({@link SingleColumnRule})
 * @param idRankP     p-value of the association between the column's order and the label ({@link RankAssociation});
 *                    1 for a column that has no order (text with repeated values)
 */
record ColumnSignal(String column, int rows, int distinct, boolean numeric, boolean integral, SingleColumnRule proxy,
                    double idRankP) {

    boolean unique() {
        return rows > 0 && distinct == rows;
    }

    static ColumnSignal of(String column, int index, List<RowSample.Row> sample, Task task) {
        List<String> cells = new ArrayList<>();
        List<RowSample.Row> present = new ArrayList<>();
        boolean numeric = true;
        boolean integral = true;
        for (RowSample.Row row : sample) {
            String cell = row.cells()[index];
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String trimmed = cell.trim();
            cells.add(trimmed);
            present.add(row);
            double value = NumberCells.parse(trimmed);
            numeric &= !Double.isNaN(value);
            integral &= value == Math.rint(value);
        }
        int n = cells.size();
        int distinct = new HashSet<>(cells).size();
        numeric &= n > 0;
        integral &= numeric;
        double[] order = numeric ? numbers(cells) : textOrder(cells);
        int[] bins = numeric ? null : ColumnBins.ofValues(cells.toArray(String[]::new));
        SingleColumnRule proxy;
        double idRankP;
        if (task == Task.CLASSIFICATION) {
            int[] labels = labelCodes(present);
            proxy = numeric ? SingleColumnRule.classification(order, labels)
                    : SingleColumnRule.classification(bins, labels);
            idRankP = RankAssociation.acrossClasses(order, labels);
        } else {
            double[] targets = present.stream().mapToDouble(RowSample.Row::value).toArray();
            proxy = numeric ? SingleColumnRule.regression(order, targets) : SingleColumnRule.regression(bins, targets);
            idRankP = RankAssociation.withTarget(order, targets);
        }
        return new ColumnSignal(column, n, distinct, numeric, integral, proxy, idRankP);
    }

    private static double[] numbers(List<String> cells) {
        return cells.stream().mapToDouble(NumberCells::parse).toArray();
    }

    /** Text ordered as strings (ids such as {@code c-00017} sort by their number when zero-padded). */
    private static double[] textOrder(List<String> cells) {
        Map<String, Integer> rank = new HashMap<>();
        for (String value : new TreeSet<>(cells)) {
            rank.put(value, rank.size());
        }
        return cells.stream().mapToDouble(rank::get).toArray();
    }

    private static int[] labelCodes(List<RowSample.Row> rows) {
        Map<String, Integer> codes = new HashMap<>();
        int[] labels = new int[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = codes.computeIfAbsent(rows.get(i).label(), l -> codes.size());
        }
        return labels;
    }
}
