package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.TreeSet;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CellNumbers;
import org.mlgate.analysis.data.CsvFormat;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.DataTable;

/**
 * What the actual and predicted cells of a predictions file hold, from a first pass over the file (which stops at the
 * first text cell): text makes the file a classification; whole numbers with at most {@value #MAX_CODES} distinct values
 * (0/1, 1..5) are class codes too, since a regression model predicts fractions; other numbers are regression.
 *
 * @param numeric every non-empty actual and predicted cell is a number
 * @param codes   the distinct whole numbers seen, while there are at most {@value #MAX_CODES}; null past that or
 *                when a number is not whole
 */
record ValueKinds(boolean numeric, TreeSet<Double> codes) {
    static final int MAX_CODES = 20;

    boolean classLike() {
        return !numeric || codes != null;
    }

    /** The codes for a message: {@code 0 and 1}, {@code 1, 2, 3, 4 and 5}. */
    String describe() {
        var texts = codes.stream().map(c -> Long.toString(c.longValue())).toList();
        return texts.size() == 1 ? texts.get(0)
                : String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }

    static ValueKinds scan(Path file, CsvFormat format, String actual, String predicted) {
        TreeSet<Double> codes = new TreeSet<>();
        try (DataTable scan = DataTable.open(file, new BadRows(BadRowPolicy.SKIP), format)) {
            int a = scan.column(actual);
            int p = scan.column(predicted);
            for (CsvRow row = scan.next(); row != null; row = scan.next()) {
                for (int column : new int[] {a, p}) {
                    if (column < 0 || row.cells()[column].isBlank()) {
                        continue;
                    }
                    double value = CellNumbers.parse(row.cells()[column]);
                    if (Double.isNaN(value)) {
                        return new ValueKinds(false, null);
                    }
                    if (codes != null && (value != Math.rint(value) || codes.add(value) && codes.size() > MAX_CODES)) {
                        codes = null;
                    }
                }
            }
            return new ValueKinds(true, codes);
        }
    }
}
