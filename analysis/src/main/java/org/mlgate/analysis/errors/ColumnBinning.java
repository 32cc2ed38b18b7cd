package org.mlgate.analysis.errors;

/**
 * How one feature column's cells become slice levels. Level 0 is always the {@code missing} level (an empty cell,
 * or a non-numeric cell in a numeric column); the other levels are categorical values or numeric bins.
 */
sealed interface ColumnBinning permits NumericBinning, CategoricalBinning {

    /** The column's name. */
    String column();

    /** How many levels there can be (fixed, so that pair counts can live in dense arrays). */
    int capacity();

    /** The level of a cell; -1 when a categorical column has run out of capacity (too many distinct values). */
    int level(String cell);

    /** The condition a level stands for. */
    SliceCondition condition(int level);

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
