package org.mlgate.analysis.gate;

import java.util.Locale;
import org.mlgate.analysis.InputException;

/**
 * One bound on one metric, as Maven fills it from the POM:
 * {@code <limit><metric>recall</metric><minimum>80%</minimum></limit>}. A bean with setters, like JaCoCo's
 * {@code Limit}, because Maven's configurator needs exactly that. The setters keep the text as written and never
 * throw: an exception thrown while Maven fills the bean reaches the user wrapped in "Unable to parse configuration of
 * mojo ... InvocationTargetException". The text is read when asked for ({@link #getMinimum()}, ...), and the
 * {@link Gate} asks for all of it before any model is loaded, so a malformed value still fails first, in one
 * sentence.
 */
public class Limit {
    private String metric;
    private String minimum;
    private String maximum;
    private String bound;
    // Baseline limits (issue 6): how far the metric may fall behind the baseline's, and from which p-value on a
    // drop counts as real. Null = not set.
    private String maximumDrop;
    private String significance;

    /**
     * Which value of the metric a limit checks: the point estimate, a bound of its confidence interval, or, for
     * cross-validated predictions ({@code foldColumn}), the mean over the folds, the worst fold, or the folds'
     * standard deviation.
     */
    public enum Bound {
        ESTIMATE, LOWER, UPPER, FOLD_MEAN, WORST_FOLD, FOLD_SPREAD;

        /** Whether the value comes from the folds of cross-validated predictions. */
        public boolean ofFolds() {
            return this == FOLD_MEAN || this == WORST_FOLD || this == FOLD_SPREAD;
        }
    }

    public Limit() {
    }

    public Limit(String metric, String minimum, String maximum) {
        setMetric(metric);
        setMinimum(minimum);
        setMaximum(maximum);
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric == null ? null : metric.trim();
    }

    /**
     * @throws InputException when the POM's text is not a number or a percentage
     */
    public Double getMinimum() {
        return parseValue(minimum, "minimum");
    }

    /** {@code 0.9} or {@code 90%}; null or blank removes the minimum. */
    public void setMinimum(String minimum) {
        this.minimum = minimum;
    }

    public Double getMaximum() {
        return parseValue(maximum, "maximum");
    }

    /** {@code 0.5} or {@code 50%}; null or blank removes the maximum. */
    public void setMaximum(String maximum) {
        this.maximum = maximum;
    }

    public Bound getBound() {
        if (bound == null || bound.isBlank()) {
            return Bound.ESTIMATE;
        }
        return switch (bound.trim().toLowerCase(Locale.ROOT)) {
            case "lower" -> Bound.LOWER;
            case "upper" -> Bound.UPPER;
            case "estimate" -> Bound.ESTIMATE;
            case "foldmean" -> Bound.FOLD_MEAN;
            case "worstfold" -> Bound.WORST_FOLD;
            case "foldspread" -> Bound.FOLD_SPREAD;
            default -> throw new InputException("The limit on '" + (metric == null ? "?" : metric) + "' has <bound>"
                    + bound.trim() + "</bound>; use lower or upper (the bounds of the confidence interval), foldMean,"
                    + " worstFold or foldSpread (cross-validation folds, with foldColumn), or leave it out.");
        };
    }

    /**
     * {@code lower} or {@code upper} checks that bound of the metric's confidence interval; {@code foldMean},
     * {@code worstFold} and {@code foldSpread} the mean, the worst fold and the standard deviation over the folds of
     * cross-validated predictions; empty = the estimate.
     */
    public void setBound(String bound) {
        this.bound = bound;
    }

    /** Baseline limits: the largest allowed drop below the baseline ({@code 0.01} or {@code 1%}); null = none. */
    public Double getMaximumDrop() {
        Double drop = parseValue(maximumDrop, "maximumDrop");
        if (drop != null && drop < 0) {
            throw new InputException("The <maximumDrop> of the limit on '" + (metric == null ? "?" : metric)
                    + "' is negative; write how much worse than the baseline is allowed, such as 0.01 or 1%.");
        }
        return drop;
    }

    public void setMaximumDrop(String maximumDrop) {
        this.maximumDrop = maximumDrop;
    }

    /**
     * Baseline limits: a drop beyond {@code maximumDrop} fails only when the paired test's p-value is below this
     * level ({@code 0.05} or {@code 5%}); null = every drop beyond it fails.
     */
    public Double getSignificance() {
        Double level = parseValue(significance, "significance");
        if (level != null && !(level > 0 && level < 1)) {
            throw new InputException("The <significance> of the limit on '" + (metric == null ? "?" : metric)
                    + "' is " + significance.trim() + "; write a level between 0 and 1, such as 0.05 or 5%.");
        }
        return level;
    }

    public void setSignificance(String significance) {
        this.significance = significance;
    }

    /** The text of a value as the POM has it (trimmed), for messages; null when not set. */
    String text(String what) {
        String raw = switch (what) {
            case "minimum" -> minimum;
            case "maximum" -> maximum;
            case "maximumDrop" -> maximumDrop;
            default -> significance;
        };
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private Double parseValue(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        boolean percent = value.endsWith("%");
        try {
            double number = Double.parseDouble(percent ? value.substring(0, value.length() - 1).trim() : value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return percent ? number / 100.0 : number;
        } catch (NumberFormatException e) {
            throw new InputException("The <" + what + "> of the limit on '" + (metric == null ? "?" : metric)
                    + "' is '" + value + "'; write a number such as 0.9 or a percentage such as 90%.");
        }
    }

    @Override
    public String toString() {
        return metric + (text("minimum") != null ? " >= " + text("minimum") : "")
                + (text("maximum") != null ? " <= " + text("maximum") : "")
                + (text("maximumDrop") != null ? " drop <= " + text("maximumDrop") : "");
    }
}
