package org.mlgate.analysis.diagnostics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * report.json's {@code importance}: how much each column matters, by one of two statistics named for what they are.
 *
 * <ul>
 *   <li>{@code permutation} (model mode): how much worse each gated metric gets when the column's values are
 *       shuffled among the sampled validation rows and the rows scored again (Breiman's permutation importance), in
 *       the metric's own unit, positive = the model relies on the column. Intervals: Poisson bootstrap of the
 *       sampled rows, each replicate with one of the permutations, so they hold both the sampling and the
 *       permutation noise.</li>
 *   <li>{@code errorAssociation} (predictions mode, no model to score): how much of the variance of the per-row
 *       error (wrong or right; the absolute error for regression) the column's values or quintile bins explain,
 *       adjusted for the number of groups (epsilon squared: about 0 for a column unrelated to the errors, and then
 *       negative as often as positive). It says where errors concentrate, not what the model uses.</li>
 * </ul>
 *
 * @param method      {@code permutation} or {@code errorAssociation}
 * @param description what the numbers are, in one sentence for people
 * @param metrics     the metrics measured ({@code permutation}), or {@code errorVarianceExplained}
 * @param rows        validation rows in all
 * @param sampleRows  rows used (a hash-defined sample)
 * @param repeats     permutations per column; null for the association
 * @param replicates  bootstrap replicates behind the intervals; 0 for none
 * @param level       the intervals' coverage; null without intervals
 * @param features    one entry per column, most important first (by the first metric)
 * @param model       the model's own importances where its family reports them; null otherwise
 * @param baseline    the ranks against the baseline report's importance; null without one
 * @param notes       what was left out and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Importance(String method, String description, List<String> metrics, long rows, int sampleRows,
                         Integer repeats, int replicates, Double level, List<Feature> features, ModelImportance model,
                         RankChanges baseline, List<String> notes) {

    public static final String PERMUTATION = "permutation";
    public static final String ERROR_ASSOCIATION = "errorAssociation";
    public static final String ERROR_VARIANCE_EXPLAINED = "errorVarianceExplained";

    /**
     * One column.
     *
     * @param rank   1 for the most important
     * @param scores per metric
     * @param used   permutation: false when shuffling the column changed no prediction (the model does not use it);
     *               null for the association
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feature(String column, int rank, Map<String, Score> scores, Boolean used) {
        /** The score of a metric, or null. */
        public Score score(String metric) {
            return scores == null ? null : scores.get(metric);
        }
    }

    /** A value with its interval; {@code lower} and {@code upper} are null without one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Score(double value, Double lower, Double upper) {
        /** Whether the interval lies entirely above zero. */
        public boolean clearlyPositive() {
            return lower != null && lower > 0;
        }
    }

    /**
     * The model's own view (Tribuo's {@code getTopFeatures}): for linear models the weights, for trees how much
     * each feature's splits reduce impurity, per output (a class, or {@code ALL_OUTPUTS}).
     */
    public record ModelImportance(String modelType, String description, Map<String, List<Weight>> outputs) {
    }

    /** A feature as the model names it (a one-hot feature is {@code column@value}) and its score. */
    public record Weight(String feature, double value) {
    }

    /**
     * The ranks of this run against the baseline report's.
     *
     * @param changes every column of either report, largest rise first; a column new here has no baseline rank
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankChanges(String report, String metric, String method, List<RankChange> changes,
                              List<String> notes) {
    }

    /** @param change baseline rank minus rank: positive = more important now */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankChange(String column, Integer rank, Integer baselineRank, Integer change, Double value,
                             Double baselineValue) {
    }

    /** The first metric: what the ranks follow. */
    public String rankedBy() {
        return metrics == null || metrics.isEmpty() ? null : metrics.get(0);
    }

    public Importance withBaseline(RankChanges changes) {
        return new Importance(method, description, metrics, rows, sampleRows, repeats, replicates, level, features,
                model, changes, notes);
    }
}
