package org.mlgate.analysis.checks;

import java.nio.file.Path;
import java.util.List;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CsvFormat;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.DataTable;

/**
 * The training file as {@link TrainingRows}, in any format mlgate reads ({@link DataTable#open}: CSV, Parquet, JSON
 * Lines, by the file's name), streamed from disk on each visit (nothing is kept in memory).
 */
public final class FileTrainingRows implements TrainingRows {
    private final Path file;
    private final List<String> columns;
    private final String labelColumn;
    private final CsvFormat format;

    private FileTrainingRows(Path file, List<String> columns, String labelColumn, CsvFormat format) {
        this.file = file;
        this.columns = columns;
        this.labelColumn = labelColumn;
        this.format = format;
    }

    /** Reads the header now, so that a missing file or label column fails before the evaluation starts. */
    public static FileTrainingRows open(Path file, String labelColumn) {
        return open(file, labelColumn, CsvFormat.detect());
    }

    /**
     * As {@link #open(Path, String)}; a CSV file written as {@code format} says (the validation data's format).
     */
    public static FileTrainingRows open(Path file, String labelColumn, CsvFormat format) {
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL), format)) {
            if (table.column(labelColumn) < 0) {
                throw new InputException("The training data " + file + " has no column '" + labelColumn
                        + "' (columns: " + String.join(", ", table.header()) + "); it must have the same label "
                        + "column as the validation data.");
            }
            return new FileTrainingRows(file, table.header(), labelColumn, format);
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
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL), format)) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                visitor.row(row.line(), row.cells());
            }
        }
    }
}
