package org.mlgate.analysis.checks;

import java.util.List;

/** Training rows held in a list, numbered as lines of a CSV file with a header (the first row is line 2). */
public record InMemoryTrainingRows(String source, List<String> columns, String labelColumn, List<String[]> rows)
        implements TrainingRows {

    public InMemoryTrainingRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    @Override
    public void forEachRow(RowVisitor visitor) {
        for (int i = 0; i < rows.size(); i++) {
            visitor.row(i + 2L, rows.get(i));
        }
    }
}
