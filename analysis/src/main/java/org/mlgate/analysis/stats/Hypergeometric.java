package org.mlgate.analysis.stats;

/**
 * The hypergeometric distribution: the number X of marked rows among {@code n} rows drawn without replacement from
 * {@code population} rows of which {@code marked} are marked. It is the exact null distribution of Fisher's test of
 * a 2x2 table: when errors are independent of a column, the errors inside one of its slices are such a draw.
 *
 * <p>The probability of one value uses Loader's saddle-point form (C. Loader, "Fast and accurate computation of
 * binomial probabilities", 2000; R's {@code dhyper}), accurate to about 1e-14 relative at any size, where
 * differences of log-factorials would lose digits to cancellation once the population reaches millions. A tail is
 * that probability times a sum of term ratios taken away from the mode, stopped once a term no longer changes the
 * sum (R's {@code phyper}). That costs about nine standard deviations of X in terms at most (a few thousand for ten
 * million rows), so the tail is exact at every size and no normal approximation is needed.
 */
public final class Hypergeometric {

    private static final double LN_2PI = Math.log(2 * Math.PI);
    private static final double LN_SQRT_2PI = 0.5 * LN_2PI;
    private static final double EPSILON = Math.ulp(1.0);

    private Hypergeometric() {
    }

    /** P(X >= x): the one-sided p-value of "at least x marked rows among the n drawn". */
    public static double upperTail(long x, long n, long marked, long population) {
        check(n, marked, population);
        long lowest = Math.max(0, n + marked - population);
        long highest = Math.min(n, marked);
        if (x <= lowest) {
            return 1.0;
        }
        if (x > highest) {
            return 0.0;
        }
        double mean = (double) n * marked / population;
        if (x > mean) {
            return Math.min(1.0, probability(x, n, marked, population) * sumUpwards(x, highest, n, marked, population));
        }
        // x - 1 lies at or below the mode, so the lower tail is the short sum; 1 - it loses nothing (it is < ~0.6).
        long below = x - 1;
        double lower = probability(below, n, marked, population) * sumDownwards(below, lowest, n, marked, population);
        return Math.max(0.0, Math.min(1.0, 1 - lower));
    }

    /** P(X = x). */
    public static double probability(long x, long n, long marked, long population) {
        check(n, marked, population);
        long unmarked = population - marked;
        if (x < 0 || x > marked || n - x < 0 || n - x > unmarked) {
            return 0.0;
        }
        if (n == 0 || n == population) {
            return 1.0;
        }
        double p = (double) n / population;
        double q = (double) (population - n) / population;
        return binomial(x, marked, p, q) * binomial(n - x, unmarked, p, q) / binomial(n, population, p, q);
    }

    /** 1 + P(x + 1) / P(x) + P(x + 2) / P(x) + ..., stopped when a term is below the sum's last digit. */
    private static double sumUpwards(long x, long highest, long n, long marked, long population) {
        double term = 1.0;
        double sum = 1.0;
        for (long k = x; k < highest && term >= EPSILON * sum; k++) {
            term *= (double) (marked - k) * (n - k) / ((double) (k + 1) * (population - marked - n + k + 1));
            sum += term;
        }
        return sum;
    }

    /** 1 + P(x - 1) / P(x) + P(x - 2) / P(x) + ..., stopped when a term is below the sum's last digit. */
    private static double sumDownwards(long x, long lowest, long n, long marked, long population) {
        double term = 1.0;
        double sum = 1.0;
        for (long k = x; k > lowest && term >= EPSILON * sum; k--) {
            term *= (double) k * (population - marked - n + k) / ((double) (marked - k + 1) * (n - k + 1));
            sum += term;
        }
        return sum;
    }

    /** Binomial(n, p) probability of x, q = 1 - p given separately for accuracy (Loader's {@code dbinom_raw}). */
    private static double binomial(double x, double n, double p, double q) {
        if (p == 0) {
            return x == 0 ? 1.0 : 0.0;
        }
        if (q == 0) {
            return x == n ? 1.0 : 0.0;
        }
        if (x == 0) {
            return n == 0 ? 1.0 : Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
        }
        if (x == n) {
            return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
        }
        double lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - deviance(x, n * p)
                - deviance(n - x, n * q);
        double lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
        return Math.exp(lc - 0.5 * lf);
    }

    /**
     * log(n!) - log(sqrt(2 pi n) (n / e)^n) for a whole n >= 1: directly from the exact factorial up to 15 (about
     * 1e-14 absolute), the Stirling series beyond (exact to double precision there).
     */
    static double stirlingError(double n) {
        if (n <= 15) {
            double factorial = 1;
            for (int k = 2; k <= n; k++) {
                factorial *= k;
            }
            return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
        }
        double nn = n * n;
        if (n > 500) {
            return (1.0 / 12 - 1.0 / 360 / nn) / n;
        }
        if (n > 80) {
            return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / nn) / nn) / n;
        }
        if (n > 35) {
            return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - 1.0 / 1680 / nn) / nn) / nn) / n;
        }
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / nn) / nn) / nn) / nn) / n;
    }

    /** x log(x / np) + np - x, by its series when x is close to np (where the direct form cancels). */
    static double deviance(double x, double np) {
        if (Math.abs(x - np) < 0.1 * (x + np)) {
            double v = (x - np) / (x + np);
            double s = (x - np) * v;
            if (Math.abs(s) < Double.MIN_NORMAL) {
                return s;
            }
            double ej = 2 * x * v;
            v *= v;
            for (int j = 1; j < 1000; j++) {
                ej *= v;
                double next = s + ej / (2 * j + 1);
                if (next == s) {
                    return next;
                }
                s = next;
            }
        }
        return x * Math.log(x / np) + np - x;
    }

    private static void check(long n, long marked, long population) {
        if (population < 0 || marked < 0 || marked > population || n < 0 || n > population) {
            throw new IllegalArgumentException("a hypergeometric draw needs 0 <= n, marked <= population, not n = " + n
                    + ", marked = " + marked + ", population = " + population);
        }
    }
}
