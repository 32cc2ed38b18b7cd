/**
 * Error analysis: where and how the model is wrong, in one pass over the scored rows with bounded memory.
 *
 * <p>{@link org.mlgate.analysis.errors.ErrorAnalyzer} consumes {@link org.mlgate.analysis.data.ScoredRow}s and
 * produces an immutable {@link org.mlgate.analysis.errors.ErrorAnalysis}, report.json's {@code errors}:
 * <ul>
 *   <li>confusion pairs (off-diagonal cells with share of errors, mean confidence and example rows);</li>
 *   <li>confident mistakes (the wrong predictions with the highest probability for the predicted class);</li>
 *   <li>largest residuals and residual quantiles (regression);</li>
 *   <li>weak slices: single conditions and pairs of conditions on the feature columns where the model is
 *       significantly worse than on the rest of the rows, by the rule below.</li>
 * </ul>
 *
 * <h2>Weak slices: the decision rule</h2>
 * A weak slice is a claim that the model is worse there, and a gate that reports one on data where errors depend on
 * no column cries wolf. So every step either tests a claim exactly or only removes claims.
 * <ol>
 *   <li><b>Candidates.</b> Each value (and missing) of a categorical column; each quintile bin of a numeric column
 *       and its tails, the lowest and highest 2%, 5% and 10% (a weak tail of 2% of the rows would be diluted tenfold
 *       in its quintile); at depth 2, each pair of a value or bin of one column with a value or bin of another (not
 *       tails). Bins and tails are cut from the first 10,000 rows. A candidate needs {@code minSliceSize} rows (30)
 *       and 2 rows outside it; rows named twice (a column that copies another) are tested once.</li>
 *   <li><b>Test.</b> Fisher's exact test, one-sided (is the slice worse than the rest?), of the rows with a large
 *       error: a wrong prediction, or in regression an error above the median of the first 10,000 rows' errors
 *       (Mood's median test). If errors do not depend on the column, the large errors inside a slice are a
 *       hypergeometric draw, so the p-value is valid at every size, however few errors are expected: there is no
 *       switch to a normal approximation, because the exact tail costs at most about nine standard deviations of
 *       the count in terms (a few thousand at ten million rows; the 12,000 candidates of the benchmark's 100,000
 *       rows take 15 to 35 ms of CPU). The pooled z-test it replaces gave p = 1e-5 where the exact p is 1e-3 for 6
 *       errors in 42 rows among 1,000 rows with 3% errors; Welch's t-test on skewed absolute errors, which it also
 *       replaces, called a slice holding 95% of the rows weak in 10% of data sets with heavy-tailed errors (its rest,
 *       50 rows, too often has a small mean and a small variance together).</li>
 *   <li><b>Regression error.</b> {@code sliceError} {@code absolute}: |actual - predicted|. {@code relative}:
 *       that divided by max(|actual|, machine epsilon), the row's term of {@code mape}, so a slice's value is its
 *       {@code mape}. {@code auto}: relative when the absolute error's Spearman correlation with |actual| in the
 *       first rows is significant (above 2 / sqrt(rows)) and stronger than the relative error's, else absolute
 *       ({@link org.mlgate.analysis.errors.ErrorScale}). The notes say which was used, and say so when the absolute
 *       errors grow with the target (weak slices may only mark the large targets) or the relative errors shrink
 *       with it (they may only mark the small ones).</li>
 *   <li><b>Correction.</b> Two families, the single conditions and the pairs, each adjusted by Benjamini-Hochberg;
 *       a q-value is the adjusted p-value times the number of families (Bonferroni between them), so the thousands
 *       of pairs do not drown the single conditions, and under the complete null the chance that anything is
 *       reported stays below {@code maxQValue} (0.05). Weak: q below {@code maxQValue} and a mean error above the
 *       overall one.</li>
 *   <li><b>Description.</b> A tail inside a wider weak condition of its column is kept only when it is clearly worse
 *       than it (at least 1.1 times its value and p below {@code maxQValue} against its other rows), and the wider
 *       one is dropped when the tail explains it (its other rows are not significantly worse than overall). A pair
 *       is kept only when clearly worse than both parents (an intersection-union test, Benjamini-Hochberg adjusted
 *       over the pairs), and a parent is dropped when a reported pair explains it. Ranked by excess errors.</li>
 * </ol>
 * The details of each step are on {@code SliceCandidates}, {@code SignificanceTests} and {@code SliceFinder}.
 *
 * <h2>Weak slices: measured</h2>
 * On simulated data with ten columns of the usual kinds (skewed and normal numbers, integers with ties, a
 * zero-inflated count, missing cells, categorical columns of 2 to 20 levels with rare ones), seeded, so the counts
 * are the same on every run ({@code WeakSliceNullCalibrationTest}, {@code WeakSlicePowerTest}; they print them):
 * <table>
 *   <caption>Share of data sets reporting any weak slice when errors depend on no column (limit 5%)</caption>
 *   <tr><th>data</th><th>data sets</th><th>before (z-test, Welch)</th><th>now</th></tr>
 *   <tr><td>classification, 300 rows, 10% errors</td><td>400</td><td>4.3%</td><td>1.0%</td></tr>
 *   <tr><td>classification, 1,000 rows, 3% errors</td><td>400</td><td>5.5%</td><td>1.5%</td></tr>
 *   <tr><td>classification, 10,000 rows, 1% errors</td><td>100</td><td>7.0%</td><td>0.0%</td></tr>
 *   <tr><td>regression, 300 rows, skewed errors</td><td>400</td><td>3.0%</td><td>2.0%</td></tr>
 *   <tr><td>regression, 1,000 rows, skewed errors</td><td>400</td><td>2.5%</td><td>3.3%</td></tr>
 *   <tr><td>regression, 10,000 rows, skewed errors</td><td>100</td><td>1.0%</td><td>2.0%</td></tr>
 *   <tr><td>regression, 1,000 rows, heavy-tailed errors (lognormal sigma 2)</td><td>400</td><td>10.5%</td>
 *       <td>2.0%</td></tr>
 *   <tr><td>regression, 1,000 rows, errors proportional to the target, relative</td><td>400</td><td>-</td>
 *       <td>3.3%</td></tr>
 * </table>
 * Classification stays far below 5% because few errors make the exact test discrete (conservative); regression
 * counts half the rows as large, so its p-values are nearly continuous and the rate comes closer to what the
 * correction allows (over 2,000 data sets of 1,000 rows: 1.9%).
 * <table>
 *   <caption>Share of data sets whose first reported weak slice is the planted one</caption>
 *   <tr><th>planted slice</th><th>data sets</th><th>before</th><th>now</th></tr>
 *   <tr><td>a value with 10% of the rows at 2x the error rate, 5,000 rows, 5% errors</td><td>100</td>
 *       <td>72%</td><td>72%</td></tr>
 *   <tr><td>the top 2% of a skewed column at 3x, 10,000 rows, 5% errors</td><td>100</td><td>0% (its quintile: 7%)</td>
 *       <td>88%</td></tr>
 *   <tr><td>a pair at 3x whose columns are each at 1x alone, 5,000 rows, 5% errors</td><td>100</td>
 *       <td>99%</td><td>97%</td></tr>
 *   <tr><td>regression: 10% of the rows with errors 1.5x as large, 2,000 rows</td><td>100</td><td>60%</td>
 *       <td>77%</td></tr>
 *   <tr><td>regression, auto: relative errors 1.5x on 10% of the rows, errors otherwise proportional to the
 *       target, 2,000 rows</td><td>100</td><td>-</td><td>77%</td></tr>
 * </table>
 *
 * <p>Memory: the confusion cells that occur, {@code confidentMistakes}/{@code largestResiduals} rows, at most
 * 100,000 residuals for exact quantiles (then a 1%-accurate sketch), a 10,000-row buffer to place the numeric bin
 * edges and the median error, and one counter (rows, error sum, rows with a large error) per level of each sliced
 * column and per pair of levels; candidate slices are sums of counters. Nothing grows with the row count. How the
 * pieces merge is described on {@link org.mlgate.analysis.errors.ErrorAnalyzer}; how slices are binned and merged on
 * {@code SliceAccumulator}.
 */
package org.mlgate.analysis.errors;
