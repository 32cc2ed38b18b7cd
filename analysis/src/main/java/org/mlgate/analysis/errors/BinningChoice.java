package org.mlgate.analysis.errors;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides from a sample of a column's cells how the column is cut into slices: quantile bins when at least 90% of
 * its non-empty cells are numbers and it has more than {@code numericBins} distinct numbers (with tails for
 * weak-slice discovery, see {@link NumericBinning#fromSample}), else one level per value; null when it has more than
 * {@code maxDistinctValues} values (an id or free text: not sliced).
 */
final class BinningChoice {
    private static final double NUMERIC_SHARE = 0.9;

    private BinningChoice() {
    }

    static ColumnBinning choose(String column, List<String> cells, int numericBins, int maxDistinctValues,
                                boolean numericTails) {
        double[] numbers = new double[cells.size()];
        int numeric = 0;
        int present = 0;
        Set<Double> distinctNumbers = new HashSet<>();
        Set<String> distinctValues = new HashSet<>();
        for (String cell : cells) {
            if (ColumnBinning.isMissing(cell)) {
                continue;
            }
            present++;
            double x = NumericBinning.parse(cell);
            if (!Double.isNaN(x)) {
                numbers[numeric++] = x;
                if (distinctNumbers.size() <= numericBins) {
                    distinctNumbers.add(x);
                }
            }
            if (distinctValues.size() <= maxDistinctValues) {
                distinctValues.add(cell.strip());
            }
        }
        if (numeric > 0 && numeric >= NUMERIC_SHARE * present && distinctNumbers.size() > numericBins) {
            return NumericBinning.fromSample(column, Arrays.copyOf(numbers, numeric), numericBins, numericTails);
        }
        if (distinctValues.size() > maxDistinctValues) {
            return null;
        }
        return new CategoricalBinning(column, maxDistinctValues);
    }
}
