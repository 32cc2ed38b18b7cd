package org.mlgate.analysis.gate;

import java.util.Locale;
import org.mlgate.analysis.InputException;

/**
 * One bound on one metric, as Maven fills it from the POM:
 * {@code <limit><metric>recall</metric><minimum>80%</minimum></limit>}. A bean with setters, like JaCoCo's
 * {@code Limit}, because Maven's configurator needs exactly that; values are validated when set, so a typo in the
 * POM fails before any model is loaded.
 */
public class Limit {
    private String metric;
    private Double minimum;
    private Double maximum;
    private Bound bound = Bound.ESTIMATE;
    // Baseline limits (issue 6): how far the metric may fall behind the baseline's, and from which p-value on a
    // drop counts as real. Null = not set.
    private Double maximumDrop;
    private Double significance;

    /** Which value of the metric a limit checks: the point estimate or a bound of its confidence interval. */
    public enum Bound {
        ESTIMATE, LOWER, UPPER
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

    public Double getMinimum() {
        return minimum;
    }

    /** {@code 0.9} or {@code 90%}; null or blank removes the minimum. */
    public void setMinimum(String minimum) {
        this.minimum = parseValue(minimum, "minimum");
    }

    public Double getMaximum() {
        return maximum;
    }

    /** {@code 0.5} or {@code 50%}; null or blank removes the maximum. */
    public void setMaximum(String maximum) {
        this.maximum = parseValue(maximum, "maximum");
    }

    public Bound getBound() {
        return bound;
    }

    /** {@code lower} or {@code upper} checks that bound of the metric's confidence interval; empty = the estimate. */
    public void setBound(String bound) {
        if (bound == null || bound.isBlank()) {
            this.bound = Bound.ESTIMATE;
            return;
        }
        switch (bound.trim().toLowerCase(Locale.ROOT)) {
            case "lower" -> this.bound = Bound.LOWER;
            case "upper" -> this.bound = Bound.UPPER;
            case "estimate" -> this.bound = Bound.ESTIMATE;
            default -> throw new InputException("A <limit> has <bound>" + bound.trim()
                    + "</bound>; use 'lower' or 'upper' (the bounds of the confidence interval), or leave it out.");
        }
    }

    /** Baseline limits: the largest allowed drop below the baseline ({@code 0.01} or {@code 1%}); null = none. */
    public Double getMaximumDrop() {
        return maximumDrop;
    }

    public void setMaximumDrop(String maximumDrop) {
        Double drop = parseValue(maximumDrop, "maximumDrop");
        if (drop != null && drop < 0) {
            throw new InputException("The <maximumDrop> of the limit on '" + (metric == null ? "?" : metric)
                    + "' is negative; write how much worse than the baseline is allowed, such as 0.01 or 1%.");
        }
        this.maximumDrop = drop;
    }

    /**
     * Baseline limits: a drop beyond {@code maximumDrop} fails only when the paired test's p-value is below this
     * level ({@code 0.05} or {@code 5%}); null = every drop beyond it fails.
     */
    public Double getSignificance() {
        return significance;
    }

    public void setSignificance(String significance) {
        Double level = parseValue(significance, "significance");
        if (level != null && !(level > 0 && level < 1)) {
            throw new InputException("The <significance> of the limit on '" + (metric == null ? "?" : metric)
                    + "' is " + level + "; write a level between 0 and 1, such as 0.05.");
        }
        this.significance = level;
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
        return metric + (minimum != null ? " >= " + minimum : "") + (maximum != null ? " <= " + maximum : "")
                + (maximumDrop != null ? " drop <= " + maximumDrop : "");
    }
}
