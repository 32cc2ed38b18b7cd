package org.mlgate.analysis.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A region of the data where the model does significantly worse than overall.
 *
 * @param description  readable conditions joined by " and "
 * @param errorRate    classification: share of wrong predictions in the slice (null for regression)
 * @param mae          regression with {@code sliceError} absolute: mean absolute error in the slice (else null)
 * @param mape         regression with {@code sliceError} relative: mean relative error in the slice, the slice's
 *                     {@code mape} (else null)
 * @param overall      the same measure over all rows
 * @param lift         slice value divided by the overall value
 * @param excessErrors rows times (slice value - overall value): errors (or absolute error) beyond the overall rate
 * @param pValue       slice against the rest, one-sided (is it worse?): Fisher's exact test of its rows with a
 *                     large error (wrong predictions; regression: errors above the overall median)
 * @param qValue       Benjamini-Hochberg adjusted within its family (single conditions, or pairs) times the number of
 *                     families; weak below {@code maxQValue} ({@link ErrorAnalysis#slicesTested()} were tested)
 */
public record WeakSlice(String description, List<SliceCondition> conditions, long rows,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double errorRate,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double mae,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double mape,
                        double overall, double lift, double excessErrors, double pValue, double qValue) {
}
