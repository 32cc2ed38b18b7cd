package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mlgate.analysis.Task;

/**
 * What the sampled values of one column look like and how strongly they go with the label.
 *
 * @param rows     sampled rows with a value in this column
 * @param distinct distinct values among them
 * @param score    the association with the label (see {@link Association}), NaN when not measurable: a text
 *                 column with fewer than 10 rows per value on average, or a text column in regression
 * @param rule     which score: {@code auc} (binary label, numeric column: max(AUC, 1 - AUC)),
 *                 {@code uncertainty} (I(X;Y)/H(Y), numbers in 10 equal-frequency bins) or
 *                 {@code correlation} (|Pearson r|, regression)
 */
record ColumnSignal(String column, int rows, int distinct, boolean numeric, boolean integral, double score,
                    String rule) {

    static final int BINS = 10;

    boolean unique() {
        return rows > 0 && distinct == rows;
    }

    static ColumnSignal of(String column, int index, List<RowSample.Row> sample, Task task) {
        List<String> cells = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        boolean numeric = true;
        boolean integral = true;
        for (RowSample.Row row : sample) {
            String cell = row.cells()[index];
            if (cell == null || cell.isBlank()) {
                continue;
            }
            cells.add(cell.trim());
            labels.add(row.label());
            targets.add(row.value());
            double value = NumberCells.parse(cell);
            numeric &= !Double.isNaN(value);
            integral &= value == Math.rint(value);
            values.add(value);
        }
        int n = cells.size();
        int distinct = new HashSet<>(cells).size();
        integral &= numeric;
        double score = Double.NaN;
        String rule = "";
        if (n > 0 && task == Task.REGRESSION && numeric) {
            score = Association.absCorrelation(toArray(values), toArray(targets));
            rule = "correlation";
        } else if (n > 0 && task == Task.CLASSIFICATION) {
            Set<String> classes = new HashSet<>(labels);
            if (numeric && classes.size() == 2) {
                String positive = classes.iterator().next();
                boolean[] isPositive = new boolean[n];
                for (int i = 0; i < n; i++) {
                    isPositive[i] = labels.get(i).equals(positive);
                }
                score = Association.separation(toArray(values), isPositive);
                rule = "auc";
            } else if (numeric) {
                int[] bins = Association.quantileBins(toArray(values), Math.min(BINS, distinct));
                List<Integer> binList = new ArrayList<>(n);
                for (int bin : bins) {
                    binList.add(bin);
                }
                score = Association.uncertaintyCoefficient(binList, labels);
                rule = "uncertainty";
            } else if (distinct <= Math.max(2, n / 10)) {
                score = Association.uncertaintyCoefficient(cells, labels);
                rule = "uncertainty";
            }
        }
        return new ColumnSignal(column, n, distinct, numeric && n > 0, integral && n > 0, score, rule);
    }

    private static double[] toArray(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
