/**
 * Comparing a challenger with a baseline (champion) model, issue 6.
 *
 * <p>Two sources of baseline facts, combinable: a baseline {@code report.json} (its metrics, classes, labels and
 * {@code data.rowsDigest}); and a second Tribuo model ({@code baselineModel}) scored on the same validation rows in
 * lockstep with the challenger, which gives per-row pairs. Without a baseline model, per-row pairs come from the
 * baseline report's {@code rows} section when it was written with {@code storeRows}
 * ({@link org.mlgate.analysis.baseline.StoredRows}): this run's rows are matched with the stored ones by row key
 * ({@code RowPairing}). Without either, no paired test is made, and a note says so.
 *
 * <p>Row identity ({@link org.mlgate.analysis.baseline.RowsDigest}) is a hash of the actual values and the cells of
 * every non-label column, independent of row and column order and of the file's bytes, so a predictions file of
 * another model on the same rows compares.
 *
 * <p>Paired significance: McNemar's test for accuracy and errorRate (exact two-sided binomial test on the discordant
 * pairs when there are fewer than 25 of them, otherwise the chi-square statistic with continuity correction,
 * 1 degree of freedom); a paired bootstrap for macroF1, balancedAccuracy, f1 (binary), mae and rmse: the same
 * resampled rows for both models, two-sided p-value {@code min(1, 2 (1 + #{d* on the far side of 0}) / (B + 1))}.
 * The bootstrap costs O(replicates x rows); per-row arrays of 3 ints (or 2 doubles) are kept for the paired rows,
 * and with stored rows this run's outcomes (24 bytes a row), the decoded baseline's (12 bytes a classification row,
 * 16 a regression row) and the pairing's sort order (8 bytes a row on each side), at most 5,000,000 rows.
 */
package org.mlgate.analysis.baseline;
