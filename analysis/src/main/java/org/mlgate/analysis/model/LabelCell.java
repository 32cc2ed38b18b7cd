package org.mlgate.analysis.model;

import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.RawRows;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The label column of a validation row that a model scores: taken out of the row's cells (a scored row keeps the
 * feature cells only) and put back where the file had it, so that changed rows can be scored again (permutation
 * importance). Shared by the Tribuo and the ONNX/XGBoost sources.
 */
final class LabelCell {
    private LabelCell() {
    }

    /** Every cell of the row but the label's, in file order. */
    static String[] featureCells(CsvRow row, int labelIndex) {
        String[] cells = row.cells();
        String[] out = new String[cells.length - 1];
        System.arraycopy(cells, 0, out, 0, labelIndex);
        System.arraycopy(cells, labelIndex + 1, out, labelIndex, cells.length - labelIndex - 1);
        return out;
    }

    /** The rows as the file had them: the actual label, or the actual value as a number, back in its column. */
    static RawRows restored(List<ScoredRow> scoredRows, int labelIndex, Task task) {
        List<CsvRow> rows = new ArrayList<>(scoredRows.size());
        for (ScoredRow row : scoredRows) {
            String[] features = row.cells();
            String[] cells = new String[features.length + 1];
            System.arraycopy(features, 0, cells, 0, labelIndex);
            cells[labelIndex] = task == Task.CLASSIFICATION ? row.actualLabel() : Double.toString(row.actualValue());
            System.arraycopy(features, labelIndex, cells, labelIndex + 1, features.length - labelIndex);
            rows.add(new CsvRow(row.line(), row.index(), cells));
        }
        return new RawRows(rows);
    }
}
