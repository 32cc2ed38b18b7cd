package org.mlgate.analysis.stats;

/**
 * The chi-square distribution with any number of degrees of freedom, for the tests of the data checks (label shift
 * across classes, rank association of an identifier with a multi-class label). P(X > x) is the regularized upper
 * incomplete gamma Q(df / 2, x / 2), evaluated as in Numerical Recipes: the series below a + 1, Lentz's continued
 * fraction above, each accurate to about 1e-14 relative.
 */
public final class ChiSquare {

    private ChiSquare() {
    }

    /** P(X > x) for a chi-square variable with {@code df} degrees of freedom; 1 for x at or below 0. */
    public static double survival(double x, double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive, not " + df);
        }
        if (Double.isNaN(x)) {
            return 1.0;
        }
        if (x <= 0) {
            return 1.0;
        }
        if (Double.isInfinite(x)) {
            return 0.0;
        }
        return upperRegularizedGamma(df / 2, x / 2);
    }

    /** Q(a, x) = Gamma(a, x) / Gamma(a). */
    static double upperRegularizedGamma(double a, double x) {
        if (x < a + 1) {
            return Math.max(0.0, 1.0 - lowerSeries(a, x));
        }
        return upperContinuedFraction(a, x);
    }

    private static double lowerSeries(double a, double x) {
        double ap = a;
        double sum = 1.0 / a;
        double term = sum;
        for (int n = 0; n < 100_000; n++) {
            ap++;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-16) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - Distributions.logGamma(a));
    }

    private static double upperContinuedFraction(double a, double x) {
        final double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 100_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - Distributions.logGamma(a)) * h;
    }
}
