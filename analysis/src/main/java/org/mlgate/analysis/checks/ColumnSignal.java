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
 * @param rows        sampled validation rows with a value in this column
 * @param distinct    distinct values among them
 * @param proxyRows   rows the proxy was measured on: the validation sample and, when given, the training sample
 * @param proxy       how well the column alone predicts the label ({@link SingleColumnRule})
 * @param idRankP     p-value of the association between the column's order and the label ({@link RankAssociation});
 *                    1 for a column that has no order (text with repeated values)
 */
record ColumnSignal(String column, int rows, int distinct, boolean numeric, boolean integral, int proxyRows,
                    SingleColumnRule proxy, double idRankP) {

    boolean unique() {
        return rows > 0 && distinct == rows;
    }

    static ColumnSignal of(String column, int index, List<RowSample.Row> sample, List<RowSample.Row> trainingSample,
                           Task task) {
        Cells validation = Cells.of(index, sample);
        Cells both = trainingSample.isEmpty() ? validation : Cells.of(index, concat(sample, trainingSample));
        boolean numeric = validation.numeric && both.numeric;
        int distinct = new HashSet<>(validation.cells).size();
        double[] order = numeric ? numbers(validation.cells) : textOrder(validation.cells);
        double[] bothOrder = numeric ? numbers(both.cells) : null;
        SingleColumnRule proxy;
        double idRankP;
        if (task == Task.CLASSIFICATION) {
            int[] labels = labelCodes(validation.rows);
            proxy = numeric ? SingleColumnRule.classification(bothOrder, labelCodes(both.rows))
                    : SingleColumnRule.classification(ColumnBins.ofValues(both.cells.toArray(String[]::new)),
                            labelCodes(both.rows));
            idRankP = RankAssociation.acrossClasses(order, labels);
        } else {
            double[] targets = validation.rows.stream().mapToDouble(RowSample.Row::value).toArray();
            double[] bothTargets = both.rows.stream().mapToDouble(RowSample.Row::value).toArray();
            proxy = numeric ? SingleColumnRule.regression(bothOrder, bothTargets)
                    : SingleColumnRule.regression(ColumnBins.ofValues(both.cells.toArray(String[]::new)), bothTargets);
            idRankP = RankAssociation.withTarget(order, targets);
        }
        return new ColumnSignal(column, validation.cells.size(), distinct, numeric, validation.integral,
                both.cells.size(), proxy, idRankP);
    }

    private static List<RowSample.Row> concat(List<RowSample.Row> a, List<RowSample.Row> b) {
        List<RowSample.Row> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    /** The non-empty cells of one column in sampled rows, with those rows, and what kind of values they are. */
    private record Cells(List<String> cells, List<RowSample.Row> rows, boolean numeric, boolean integral) {
        static Cells of(int index, List<RowSample.Row> sample) {
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
            numeric &= !cells.isEmpty();
            return new Cells(cells, present, numeric, integral && numeric);
        }
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
