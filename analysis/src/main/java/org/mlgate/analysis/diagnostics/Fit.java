package org.mlgate.analysis.diagnostics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.metrics.Interval;

/**
 * report.json's {@code fit}: the model on its training rows against the validation rows, and what the difference
 * says (bias and variance, see {@link FitDiagnosis} for the decision rule).
 *
 * @param trainingData   the training file whose rows were scored (or the predictions file of them)
 * @param trainingRows   training rows scored
 * @param metric         the error the diagnosis reads: {@code errorRate}, or {@code rmse} for regression
 * @param trainingError  that error on the training rows
 * @param validationError that error on the validation rows
 * @param gap            validation error minus training error, with {@code gapInterval}; report.json's metric
 *                       {@code generalizationGap}
 * @param reference      what the bias is measured against: {@code targetError}, or the trivial model
 *                       ({@code majority class}, {@code mean})
 * @param targetError    the configured target; null when none
 * @param trivialError   the error of always predicting the training rows' majority class (or mean)
 * @param biasShare      (training error - target) / (trivial error - target): the share of the reducible error the
 *                       model leaves even on its training rows; target 0 without one
 * @param varianceShare  gap / (trivial error - target): the share lost from training to validation rows
 * @param diagnosis      {@code high bias}, {@code high variance}, {@code high bias and high variance},
 *                       {@code neither}, or {@code undetermined} (say {@code notes} why)
 * @param message        the diagnosis in plain words, with what to try
 * @param metrics        per headline metric: training and validation values with intervals, and the gap
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fit(String trainingData, long trainingRows, String metric, Double trainingError,
                  Double validationError, Double gap, Interval gapInterval, String reference, Double targetError,
                  Double trivialError, Double biasShare, Double varianceShare, String diagnosis, boolean highBias,
                  boolean highVariance, String message, Map<String, Comparison> metrics, List<String> notes) {

    public static final String HIGH_BIAS = "high bias";
    public static final String HIGH_VARIANCE = "high variance";
    public static final String BOTH = "high bias and high variance";
    public static final String NEITHER = "neither";
    public static final String UNDETERMINED = "undetermined";

    /**
     * One metric on both sets of rows.
     *
     * @param gap         validation minus training (positive = higher on the validation rows, which is worse for an
     *                    error metric and better for the others)
     * @param gapInterval the gap's interval (Zou and Donner's MOVER from the two independent intervals)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comparison(Double training, Interval trainingInterval, Double validation,
                             Interval validationInterval, Double gap, Interval gapInterval) {
    }

    /** This fit with one more note. */
    public Fit withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes == null ? List.of() : notes);
        more.add(note);
        return new Fit(trainingData, trainingRows, metric, trainingError, validationError, gap, gapInterval,
                reference, targetError, trivialError, biasShare, varianceShare, diagnosis, highBias, highVariance,
                message, metrics, List.copyOf(more));
    }

    /** Whether the check should be raised. */
    public boolean flagged() {
        return highBias || highVariance;
    }
}
