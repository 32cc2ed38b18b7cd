/**
 * Error analysis: where and how the model is wrong, in one pass over the scored rows with bounded memory.
 *
 * <p>{@link org.mlgate.analysis.errors.ErrorAnalyzer} consumes {@link org.mlgate.analysis.data.ScoredRow}s and
 * produces an immutable {@link org.mlgate.analysis.errors.ErrorAnalysis}, report.json's {@code errors}:
 * <ul>
 *   <li>confusion pairs (off-diagonal cells with share of errors, mean confidence and example rows);</li>
 *   <li>confident mistakes (the wrong predictions with the highest probability for the predicted class);</li>
 *   <li>largest residuals and residual quantiles (regression);</li>
 *   <li>weak slices: single conditions and pairs of conditions on the feature columns where the error rate
 *       (classification) or mean absolute error (regression) is significantly worse than overall, after
 *       Benjamini-Hochberg adjustment over every slice tested.</li>
 * </ul>
 *
 * <p>Memory: the confusion cells that occur, {@code confidentMistakes}/{@code largestResiduals} rows, at most
 * 100,000 residuals for exact quantiles (then a 1%-accurate sketch), a 10,000-row buffer to place the numeric bin
 * edges, and one counter (rows, error sum, squared error sum) per candidate slice. Nothing grows with the row count.
 * How the pieces merge is described on {@link org.mlgate.analysis.errors.ErrorAnalyzer}; how slices are binned and
 * merged on {@code SliceAccumulator}; which slices are reported and why on {@code SliceFinder}.
 */
package org.mlgate.analysis.errors;
