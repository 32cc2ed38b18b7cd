package org.mlgate.analysis.checks;

import java.nio.file.Path;
import java.util.List;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.CsvTable;

/** The training file as {@link TrainingRows}, streamed from disk on each visit (nothing is kept in memory). */
public final class CsvTrainingRows implements TrainingRows {
    private final Path file;
    private final List<String> columns;
    private final String labelColumn;

    private CsvTrainingRows(Path file, List<String> columns, String labelColumn) {
        this.file = file;
        this.columns = columns;
        this.labelColumn = labelColumn;
    }

    /** Reads the header now, so that a missing file or label column fails before the evaluation starts. */
    public static CsvTrainingRows open(Path file, String labelColumn) {
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            if (table.column(labelColumn) < 0) {
                throw new InputException("The training data " + file + " has no column '" + labelColumn
                        + "' (columns: " + String.join(", ", table.header()) + "); it must have the same label "
                        + "column as the validation data.");
            }
            return new CsvTrainingRows(file, table.header(), labelColumn);
        }
    }

    @Override
    public String source() {
        return file.toString();
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public String labelColumn() {
        return labelColumn;
    }

    @Override
    public void forEachRow(RowVisitor visitor) {
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                visitor.row(row.line(), row.cells());
            }
        }
    }
}
