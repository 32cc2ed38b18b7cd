package org.mlgate.analysis.errors;

import java.util.List;

/**
 * How one feature column's cells become slice levels. Level 0 is always the {@code missing} level (an empty cell,
 * or a non-numeric cell in a numeric column); the other levels are categorical values or numeric bins. A candidate
 * slice is a {@link LevelRange}: one level, or (numeric) the bins between two of the edges.
 */
sealed interface ColumnBinning permits NumericBinning, CategoricalBinning {

    /** The column's name. */
    String column();

    /** How many levels there can be (fixed, so that pair counts can live in dense arrays). */
    int capacity();

    /** The level of a cell; -1 when a categorical column has run out of capacity (too many distinct values). */
    int level(String cell);

    /**
     * {@link #level(String)} of a cell whose number the reader has parsed already ({@code CellNumbers.parse}, or the
     * number a Parquet file stores; NaN for an empty or text cell), so that a numeric column is not parsed twice.
     */
    default int level(String cell, double number) {
        return level(cell);
    }

    /** The condition a level stands for. */
    default SliceCondition condition(int level) {
        return condition(LevelRange.of(level));
    }

    /** The condition a range of levels stands for. */
    SliceCondition condition(LevelRange levels);

    /**
     * The slices that partition the column: missing, then each value or quantile bin in level order. They are the
     * single conditions of weak-slice discovery and the parts its pairs are made of.
     */
    List<LevelRange> parts();

    /** Further single conditions, numeric tails narrower than a bin (each inside a part); none for values. */
    List<LevelRange> tails();

    /**
     * For each level of {@code other} (same column, laid out from another chunk), the level of this binning it is
     * counted under when merging; null when that is impossible (numeric bins into categorical values) or a
     * categorical column runs out of capacity.
     */
    int[] levelsOf(ColumnBinning other);

    /** An independent copy (categorical dictionaries grow as rows are added). */
    ColumnBinning copy();

    /** True when {@link #levelsOf} of {@code other} only approximates (numeric bins with different edges). */
    boolean approximates(ColumnBinning other);

    static boolean isMissing(String cell) {
        return cell == null || cell.isBlank();
    }
}
