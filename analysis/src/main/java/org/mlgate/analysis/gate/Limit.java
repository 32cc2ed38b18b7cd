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
            default -> throw new InputException("The limit on '" + (metric == null ? "?" : metric) + "' has <bound>"
                    + bound.trim() + "</bound>; use lower or upper (the bounds of the confidence interval), or leave"
                    + " it out.");
        };
    }

    /** {@code lower} or {@code upper} checks that bound of the metric's confidence interval; empty = the estimate. */
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
