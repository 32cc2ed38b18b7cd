package org.mlgate.analysis.data;

import java.util.List;

/**
 * Scored rows of one stretch of the data file, typed once for every consumer: each feature cell parsed as a number
 * here ({@link CellNumbers#parse}; NaN for an empty or text cell), so that no consumer parses it again, plus the rows
 * that could not be scored.
 *
 * @param rows       the scored rows, in file order
 * @param numbers    {@code numbers[column][i]}: the feature cell of {@code rows.get(i)} in {@code column} as a number,
 *                   NaN when it is empty or text; columns as {@link ScoredRowSource#featureColumns()}
 * @param rejections the rows that could not be scored, in file order
 */
public record ScoredBatch(List<ScoredRow> rows, double[][] numbers, List<Rejection> rejections) {

    public ScoredBatch {
        rows = List.copyOf(rows);
        rejections = List.copyOf(rejections);
    }

    /** Scored rows with their feature cells parsed here. */
    public static ScoredBatch of(List<ScoredRow> rows, int columns, List<Rejection> rejections) {
        double[][] numbers = new double[columns][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).cells();
            for (int c = 0; c < columns; c++) {
                numbers[c][i] = CellNumbers.parse(cells[c]);
            }
        }
        return new ScoredBatch(rows, numbers, rejections);
    }

    /** Rows given one by one (tests, a single row): parsed here. */
    public static ScoredBatch of(List<ScoredRow> rows) {
        return of(rows, rows.isEmpty() || rows.get(0).cells() == null ? 0 : rows.get(0).cells().length, List.of());
    }

    public int size() {
        return rows.size();
    }

    public ScoredRow row(int i) {
        return rows.get(i);
    }

    public double number(int column, int row) {
        return numbers[column][row];
    }
}
