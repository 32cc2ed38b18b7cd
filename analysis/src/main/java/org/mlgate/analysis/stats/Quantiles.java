package org.mlgate.analysis.stats;

/**
 * Critical values of the normal and Student's t distributions, by inverting {@link Distributions}' two-sided
 * p-values with bisection: 200 halvings of a bracket reach the last bit, and a critical value is computed a few
 * times per report, so speed does not matter and exactness does.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The z with P(|Z| > z) = 1 - level: 1.96 for a 95% two-sided interval.
     *
     * @param level the coverage, in (0, 1)
     */
    public static double normalCritical(double level) {
        requireLevel(level);
        return invert(z -> Distributions.normalTwoSided(z), 1 - level, 40);
    }

    /**
     * The t with P(|T| > t) = 1 - level for {@code df} degrees of freedom: 2.776 for a 95% interval from 5 values
     * (4 degrees of freedom).
     */
    public static double studentCritical(double level, double df) {
        requireLevel(level);
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive, was " + df);
        }
        return invert(t -> Distributions.studentTwoSided(t, df), 1 - level, 1e7);
    }

    private static double invert(java.util.function.DoubleUnaryOperator twoSided, double p, double high) {
        double low = 0;
        double up = high;
        for (int i = 0; i < 200 && up - low > 0; i++) {
            double mid = (low + up) / 2;
            if (mid == low || mid == up) {
                break;
            }
            if (twoSided.applyAsDouble(mid) > p) {
                low = mid;
            } else {
                up = mid;
            }
        }
        return (low + up) / 2;
    }

    private static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level lies strictly between 0 and 1, was " + level);
        }
    }
}
