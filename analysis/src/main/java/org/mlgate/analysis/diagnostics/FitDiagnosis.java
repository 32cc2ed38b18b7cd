package org.mlgate.analysis.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.metrics.MetricResult;

/**
 * Bias and variance from the model's error on its training rows against the validation rows (Ng's recipe: compare
 * the training error with what is achievable, and the validation error with the training error).
 *
 * <h2>Decision rule</h2>
 * The diagnosis reads one error, {@code E}: the error rate (classification) or the RMSE (regression). {@code T} is
 * the target error ({@code targetError}: human-level or best known), {@code E0} the error of the trivial model on
 * the training rows (always the majority class; always the mean), and {@code R = E0 - T} the error a model can
 * remove at all. The gap {@code G = E_validation - E_training} has the interval of Zou and Donner's MOVER, from the two
 * independent bootstrap intervals at the report's level.
 * <ul>
 *   <li><b>High variance</b> when the gap's interval lies above 0 and {@code G >= 0.10 R}: the model loses a tenth
 *       of the removable error or more between the rows it was fitted to and new rows, and more than chance
 *       explains. Under no overfitting (the same expected error on both sets of rows) the interval's lower end lies
 *       above 0 in at most (1 - level) / 2 of runs: 2.5% at 95%, before the size condition, which only lowers it.
 *       Measured by the calibration suite on honest out-of-fold predictions of ten datasets (training and validation
 *       rows then have the same expected error).</li>
 *   <li><b>High bias</b> with a target when the training error's interval lies above {@code T} and
 *       {@code E_training - T >= 0.10 R}: the model leaves a tenth of the removable error or more even on its
 *       training rows. Without a target the achievable error is unknown (most of a training error may be noise no
 *       model removes), so bias is called high only when {@code E_training >= 0.90 E0}: the model barely beats the
 *       trivial one on the rows it was trained on.</li>
 *   <li>Both, or neither.</li>
 * </ul>
 * The thresholds are fixed so that the same data always gets the same words; {@code biasShare} and
 * {@code varianceShare} in the report show how far each is from them.
 */
public final class FitDiagnosis {
    static final double VARIANCE_SHARE = 0.10;
    static final double BIAS_SHARE_WITH_TARGET = 0.10;
    static final double BIAS_SHARE_WITHOUT_TARGET = 0.90;

    private FitDiagnosis() {
    }

    /**
     * @param trainingData    what the training rows were read from, for the report
     * @param training        the metrics of the training rows (with intervals, at the same level)
     * @param validation      the metrics of the validation rows
     * @param validationRows  rows behind {@code validation}
     * @param targetError     the achievable error, or null
     */
    public static Fit of(Task task, String trainingData, MetricResult training, long trainingRows,
                         MetricResult validation, long validationRows, Double targetError, double level) {
        List<String> notes = new ArrayList<>();
        boolean classification = task == Task.CLASSIFICATION;
        String metric = classification ? "errorRate" : "rmse";
        Double trainingError = training.metrics().get(metric);
        Double validationError = validation.metrics().get(metric);
        Interval trainingInterval = errorInterval(metric, training, trainingRows, level);
        Interval validationInterval = errorInterval(metric, validation, validationRows, level);
        Interval gapInterval = mover(validationError, validationInterval, trainingError, trainingInterval);
        Double gap = trainingError == null || validationError == null ? null : validationError - trainingError;

        String[] referenceName = new String[1];
        Double trivial = classification ? majorityError(training, referenceName) : meanError(training, validation);
        String reference = targetError != null ? "targetError" : classification ? "majority class" : "mean";

        Map<String, Fit.Comparison> metrics = comparisons(training, trainingRows, validation, validationRows, level);

        Double biasShare = null;
        Double varianceShare = null;
        boolean highBias = false;
        boolean highVariance = false;
        String diagnosis;
        String message;
        double t = targetError == null ? 0 : targetError;
        if (trainingError == null || validationError == null) {
            diagnosis = Fit.UNDETERMINED;
            message = "Bias and variance cannot be told apart: " + metric + " is undefined on the "
                    + (trainingError == null ? "training" : "validation") + " rows.";
            notes.add(message);
        } else if (trivial == null || !(trivial - t > 0)) {
            diagnosis = Fit.UNDETERMINED;
            message = trivial == null
                    ? "Bias and variance cannot be judged: the error of the trivial model (the mean) is unknown."
                    : "Bias and variance cannot be judged: the target error " + number(t) + " is not below the "
                    + number(trivial) + " of always predicting the " + (classification ? "majority class" : "mean")
                    + "; set targetError lower.";
            notes.add(message);
        } else {
            double range = trivial - t;
            biasShare = (trainingError - t) / range;
            varianceShare = gap / range;
            boolean trainingAboveTarget = trainingInterval == null ? trainingError > t : trainingInterval.lower() > t;
            highBias = targetError != null
                    ? trainingAboveTarget && biasShare >= BIAS_SHARE_WITH_TARGET
                    : biasShare >= BIAS_SHARE_WITHOUT_TARGET;
            if (gapInterval == null) {
                notes.add("The gap has no interval (bootstrapReplicates is 0), so variance is not judged.");
            } else {
                highVariance = gapInterval.lower() > 0 && varianceShare >= VARIANCE_SHARE;
            }
            diagnosis = highBias && highVariance ? Fit.BOTH : highBias ? Fit.HIGH_BIAS
                    : highVariance ? Fit.HIGH_VARIANCE : gapInterval == null ? Fit.UNDETERMINED : Fit.NEITHER;
            message = message(classification, metric, trainingError, validationError, gap, gapInterval, targetError,
                    trivial, referenceName[0], highBias, highVariance, biasShare, varianceShare);
        }
        return new Fit(trainingData, trainingRows, metric, trainingError, validationError, gap, gapInterval, reference,
                targetError, trivial, biasShare, varianceShare, diagnosis, highBias, highVariance, message, metrics,
                List.copyOf(notes));
    }

    private static String message(boolean classification, String metric, double training, double validation,
                                  double gap, Interval gapInterval, Double target, double trivial, String majority,
                                  boolean highBias, boolean highVariance, double biasShare, double varianceShare) {
        String what = classification ? "error rate" : "RMSE";
        String trivialText = classification
                ? "the " + number(trivial) + " of always predicting the majority class"
                + (majority == null ? "" : " '" + majority + "'")
                : "the " + number(trivial) + " of always predicting the mean";
        String gapText = "the " + what + " is " + number(validation) + " on the validation rows against "
                + number(training) + " on the training rows (gap " + signed(gap)
                + (gapInterval == null ? "" : ", " + percent(gapInterval.level()) + " interval "
                + signed(gapInterval.lower()) + " to " + signed(gapInterval.upper())) + ")";
        StringBuilder text = new StringBuilder();
        if (highBias) {
            text.append("High bias: the training ").append(what).append(" ").append(number(training)).append(" is ")
                    .append(target != null ? "far above the target " + number(target) + " (" + share(biasShare)
                            + " of the error a model could remove is left even on the training rows)"
                            : "close to " + trivialText + ", even on the rows the model was trained on")
                    .append(". Try a bigger model, more or better features, or less regularisation.");
        }
        if (highVariance) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append("High variance: ").append(gapText).append(", ").append(share(varianceShare))
                    .append(" of the error a model could remove. Try more training data, more regularisation, or"
                            + " fewer features.");
        }
        if (!highBias && !highVariance) {
            text.append("Neither high bias nor high variance: ").append(gapText).append(", against ")
                    .append(target != null ? "the target " + number(target) : trivialText).append('.');
        }
        return text.toString();
    }

    /** The error's interval: the metric's own, from accuracy's for the error rate, else Wilson's for a share. */
    static Interval errorInterval(String metric, MetricResult result, long rows, double level) {
        Map<String, Interval> intervals = result.intervals() == null ? Map.of() : result.intervals();
        if (intervals.containsKey(metric)) {
            return intervals.get(metric);
        }
        if ("errorRate".equals(metric)) {
            Interval accuracy = intervals.get("accuracy");
            if (accuracy != null) {
                return new Interval(1 - accuracy.upper(), 1 - accuracy.lower(), accuracy.level());
            }
            Double error = result.metrics().get("errorRate");
            return error == null || rows == 0 ? null : DetectableDifference.wilson(error, rows, level);
        }
        return null;
    }

    /**
     * The interval of {@code a - b} for independent estimates with intervals (Zou and Donner 2008, "method of
     * variance estimates recovery"): each end combines the two intervals' half-widths on the sides that move it.
     */
    static Interval mover(Double a, Interval aInterval, Double b, Interval bInterval) {
        if (a == null || b == null || aInterval == null || bInterval == null) {
            return null;
        }
        double d = a - b;
        double lower = d - Math.sqrt(square(a - aInterval.lower()) + square(bInterval.upper() - b));
        double upper = d + Math.sqrt(square(aInterval.upper() - a) + square(b - bInterval.lower()));
        return new Interval(lower, upper, aInterval.level());
    }

    private static double square(double x) {
        return x * x;
    }

    /** 1 - the majority class's share of the training rows; {@code name[0]} receives the class. */
    private static Double majorityError(MetricResult training, String[] name) {
        Map<String, ClassMetrics> classes = training.classes();
        if (classes == null || classes.isEmpty()) {
            return null;
        }
        long total = 0;
        long largest = -1;
        for (Map.Entry<String, ClassMetrics> entry : classes.entrySet()) {
            total += entry.getValue().support();
            if (entry.getValue().support() > largest) {
                largest = entry.getValue().support();
                name[0] = entry.getKey();
            }
        }
        return total == 0 ? null : 1 - largest / (double) total;
    }

    /** The RMSE of predicting the mean: the standard deviation of the actual values, from RMSE and R squared. */
    private static Double meanError(MetricResult training, MetricResult validation) {
        for (MetricResult result : List.of(training, validation)) {
            Double rmse = result.metrics().get("rmse");
            Double r2 = result.metrics().get("r2");
            if (rmse != null && r2 != null && r2 < 1) {
                return rmse / Math.sqrt(1 - r2);
            }
        }
        return null;
    }

    /** The metrics with an interval on the validation rows (the headline ones), and the error rate. */
    private static Map<String, Fit.Comparison> comparisons(MetricResult training, long trainingRows,
                                                           MetricResult validation, long validationRows,
                                                           double level) {
        Map<String, Fit.Comparison> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(validation.intervals() == null ? List.of()
                : validation.intervals().keySet());
        if (validation.metrics().containsKey("errorRate") && !names.contains("errorRate")) {
            names.add(names.contains("accuracy") ? names.indexOf("accuracy") + 1 : 0, "errorRate");
        }
        for (String name : names) {
            Double a = training.metrics().get(name);
            Double b = validation.metrics().get(name);
            if (a == null && b == null) {
                continue;
            }
            Interval ai = errorInterval(name, training, trainingRows, level);
            Interval bi = errorInterval(name, validation, validationRows, level);
            out.put(name, new Fit.Comparison(a, ai, b, bi, a == null || b == null ? null : b - a,
                    mover(b, bi, a, ai)));
        }
        return out;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value);
    }

    private static String share(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    private static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }
}
