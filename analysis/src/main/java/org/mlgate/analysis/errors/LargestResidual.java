package org.mlgate.analysis.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A regression row with a large absolute residual.
 *
 * @param row      the data file's line number
 * @param id       the id column's value; null (and absent from the JSON) without an id column
 * @param residual the signed residual, actual - predicted
 * @param features the row's feature cells, column by column
 */
public record LargestResidual(long row, @JsonInclude(JsonInclude.Include.NON_NULL) String id, double actual,
                              double predicted, double residual, Map<String, String> features) {
}
