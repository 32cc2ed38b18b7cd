package org.mlgate.analysis.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A wrong prediction made with high probability.
 *
 * @param row         the data file's line number
 * @param id          the id column's value; null (and absent from the JSON) without an id column
 * @param probability the probability of the predicted class
 * @param features    the row's feature cells, column by column
 */
public record ConfidentMistake(long row, @JsonInclude(JsonInclude.Include.NON_NULL) String id, String actual,
                               String predicted, double probability, Map<String, String> features) {
}
