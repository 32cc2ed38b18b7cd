package org.mlgate.analysis.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One class's metrics, one-vs-rest. A null value is undefined here (no probabilities, or the class is absent);
 * the report's notes say why.
 *
 * @param intervals bootstrap intervals of this class's {@code precision}, {@code recall} and {@code f1} (one
 *                  Poisson draw per confusion-matrix cell, as the headline intervals); empty when intervals are off
 */
public record ClassMetrics(long support, Double precision, Double recall, Double f1, Double aucRoc,
                           Double averagePrecision,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Interval> intervals) {

    public ClassMetrics {
        intervals = intervals == null ? Map.of() : intervals;
    }

    /** Without intervals. */
    public ClassMetrics(long support, Double precision, Double recall, Double f1, Double aucRoc,
                        Double averagePrecision) {
        this(support, precision, recall, f1, aucRoc, averagePrecision, Map.of());
    }
}
