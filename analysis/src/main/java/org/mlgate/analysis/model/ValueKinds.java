package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.TreeSet;
import org.mlgate.analysis.Task;
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
public record ValueKinds(boolean numeric, TreeSet<Double> codes) {
    static final int MAX_CODES = 20;

    public boolean classLike() {
        return !numeric || codes != null;
    }

    /** The codes for a message: {@code 0 and 1}, {@code 1, 2, 3, 4 and 5}. */
    String describe() {
        var texts = codes.stream().map(c -> Long.toString(c.longValue())).toList();
        return texts.size() == 1 ? texts.get(0)
                : String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }

    static ValueKinds scan(Path file, CsvFormat format, String actual, String predicted) {
        Scan scan = new Scan();
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.SKIP), format)) {
            int a = table.column(actual);
            int p = table.column(predicted);
            for (CsvRow row = table.next(); row != null && scan.numeric; row = table.next()) {
                for (int column : new int[] {a, p}) {
                    if (column >= 0) {
                        scan.add(row.cells()[column]);
                    }
                }
            }
            return scan.kinds();
        }
    }

    /** The note that says how the task was inferred from {@code kinds} (null: from probability columns); or null. */
    static String inferenceNote(Task task, ValueKinds kinds) {
        if (task == Task.REGRESSION) {
            return "The task was inferred as regression: actual and predicted are numbers, not all whole or more"
                    + " than " + MAX_CODES + " distinct, and there are no probability columns; set task to"
                    + " classification if the numbers are class labels.";
        }
        if (kinds != null && kinds.numeric()) {
            return "The task was inferred as classification: actual and predicted hold only the whole numbers "
                    + kinds.describe() + "; set task to regression if they are quantities.";
        }
        return null;
    }

    /**
     * What the actual and predicted cells seen so far hold; mergeable, so that an engine can scan its partitions
     * apart and merge the scans.
     */
    public static final class Scan implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private boolean numeric = true;
        private TreeSet<Double> codes = new TreeSet<>();

        /** One actual or predicted cell; blank cells say nothing. */
        public void add(String cell) {
            if (!numeric || cell == null || cell.isBlank()) {
                return;
            }
            double value = CellNumbers.parse(cell);
            if (Double.isNaN(value)) {
                numeric = false;
                codes = null;
            } else if (codes != null && (value != Math.rint(value) || codes.add(value) && codes.size() > MAX_CODES)) {
                codes = null;
            }
        }

        public void merge(Scan other) {
            numeric &= other.numeric;
            if (!numeric || codes == null || other.codes == null) {
                codes = null;
                return;
            }
            codes.addAll(other.codes);
            if (codes.size() > MAX_CODES) {
                codes = null;
            }
        }

        public ValueKinds kinds() {
            return new ValueKinds(numeric, numeric && codes != null ? new TreeSet<>(codes) : null);
        }
    }
}
