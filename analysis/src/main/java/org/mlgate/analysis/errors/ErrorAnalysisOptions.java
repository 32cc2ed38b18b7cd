package org.mlgate.analysis.errors;

import org.mlgate.analysis.InputException;

/**
 * How much error analysis to do and how strict weak-slice discovery is.
 *
 * @param confidentMistakes  how many confident mistakes to list (classification with probabilities)
 * @param largestResiduals   how many largest residuals to list (regression)
 * @param examplesPerPair    example rows kept per confusion pair
 * @param idColumn           a feature column whose values name rows in examples; null = data-file line numbers
 * @param numericBins        quantile bins per numeric column (plus a {@code missing} bin)
 * @param minSliceSize       rows a slice needs to be tested at all
 * @param maxQValue          Benjamini-Hochberg q-value below which a slice counts as weak
 * @param maxDepth           1 = single conditions only, 2 = also pairs of conditions
 * @param maxSlicesReported  weak slices listed, ranked by excess errors
 * @param maxDistinctValues  a categorical column with more distinct values (an id, free text) is not sliced
 * @param sliceError         regression: the error weak slices compare, absolute, relative or auto ({@link SliceError})
 */
public record ErrorAnalysisOptions(int confidentMistakes, int largestResiduals, int examplesPerPair,
                                   String idColumn, int numericBins, int minSliceSize, double maxQValue,
                                   int maxDepth, int maxSlicesReported, int maxDistinctValues,
                                   SliceError sliceError) {

    public ErrorAnalysisOptions {
        requireAtLeast("confidentMistakes", confidentMistakes, 0);
        requireAtLeast("largestResiduals", largestResiduals, 0);
        requireAtLeast("examplesPerPair", examplesPerPair, 0);
        requireAtLeast("numericBins", numericBins, 2);
        requireAtLeast("minSliceSize", minSliceSize, 2);
        requireAtLeast("maxSlicesReported", maxSlicesReported, 0);
        requireAtLeast("maxDistinctValues", maxDistinctValues, 2);
        if (maxDepth < 1 || maxDepth > 2) {
            throw new InputException("The error-analysis option maxDepth is " + maxDepth
                    + ", but only 1 (single conditions) or 2 (pairs of conditions) is supported.");
        }
        if (!(maxQValue > 0 && maxQValue < 1)) {
            throw new InputException("The error-analysis option maxQValue is " + maxQValue
                    + ", but it must lie strictly between 0 and 1 (e.g. 0.05).");
        }
        if (idColumn != null && idColumn.isBlank()) {
            idColumn = null;
        }
        if (sliceError == null) {
            sliceError = SliceError.ABSOLUTE;
        }
    }

    /**
     * The defaults: 20 mistakes and residuals, 5 examples, 5 bins, slices of 30+ rows at q below 0.05, depth 2,
     * absolute errors.
     */
    public static ErrorAnalysisOptions defaults() {
        return new ErrorAnalysisOptions(20, 20, 5, null, 5, 30, 0.05, 2, 10, 50, SliceError.ABSOLUTE);
    }

    public ErrorAnalysisOptions withIdColumn(String column) {
        return new ErrorAnalysisOptions(confidentMistakes, largestResiduals, examplesPerPair, column, numericBins,
                minSliceSize, maxQValue, maxDepth, maxSlicesReported, maxDistinctValues, sliceError);
    }

    public ErrorAnalysisOptions withSliceError(SliceError error) {
        return new ErrorAnalysisOptions(confidentMistakes, largestResiduals, examplesPerPair, idColumn, numericBins,
                minSliceSize, maxQValue, maxDepth, maxSlicesReported, maxDistinctValues, error);
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new InputException("The error-analysis option " + name + " is " + value + ", but it must be at least "
                    + minimum + ".");
        }
    }
}
