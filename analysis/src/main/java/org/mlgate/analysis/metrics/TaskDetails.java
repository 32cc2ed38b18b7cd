package org.mlgate.analysis.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * report.json's {@code taskDetails}: what a multi-label, clustering or anomaly-detection evaluation reports besides
 * its metrics. Exactly one part is set, that of the task.
 *
 * @param labelSets        multi-label: the label universe and how many labels the rows carry
 * @param contingencyTable clustering: true labels (rows) against clusters (columns)
 * @param precisionAtK     anomaly detection: the k of {@code precisionAtK} and where it came from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskDetails(LabelSets labelSets, ContingencyTable contingencyTable, PrecisionAtK precisionAtK) {

    public static TaskDetails of(LabelSets labelSets) {
        return new TaskDetails(labelSets, null, null);
    }

    public static TaskDetails of(ContingencyTable table) {
        return new TaskDetails(null, table, null);
    }

    public static TaskDetails of(PrecisionAtK precisionAtK) {
        return new TaskDetails(null, null, precisionAtK);
    }

    /**
     * @param labels               the label universe: every label of an actual or a predicted set, sorted
     * @param meanActualLabels     labels per row among the actual sets (scikit-learn's label cardinality)
     * @param meanPredictedLabels  labels per row among the predicted sets
     * @param emptyActualSets      rows whose actual set is empty
     * @param emptyPredictedSets   rows whose predicted set is empty
     */
    public record LabelSets(List<String> labels, double meanActualLabels, double meanPredictedLabels,
                            long emptyActualSets, long emptyPredictedSets) {
    }

    /**
     * @param labels    the true labels, one per row of {@code counts}, sorted
     * @param clusters  the cluster ids, one per column (numerically when every id is a whole number)
     * @param counts    rows of each label in each cluster
     * @param truncated true when only the {@value #MAX_SIDE} largest labels or clusters are listed and the last row or
     *                  column, named {@value #OTHER}, sums the rest
     */
    public record ContingencyTable(List<String> labels, List<String> clusters, long[][] counts, boolean truncated) {
        public static final int MAX_SIDE = 100;
        public static final String OTHER = "(other)";
    }

    /**
     * @param k          how many of the highest-scored rows {@code precisionAtK} looks at
     * @param kSource    {@code "anomalies"} (the default: as many as the actual anomalies) or {@code "topK"} (set)
     * @param anomaliesInTopK how many actual anomalies are among them; fractional when rows tied at the cut share it
     */
    public record PrecisionAtK(long k, String kSource, double anomaliesInTopK) {
    }
}
