package org.mlgate.analysis.metrics;

import java.util.SplittableRandom;

/**
 * Exact Poisson variates from a {@link SplittableRandom}: multiplication of uniforms for small means and Hörmann's
 * transformed rejection (PTRS, the algorithm numpy uses) for means of 10 and more, so a draw costs O(1) even for a
 * mean of a million.
 */
final class PoissonSampler {
    private static final double[] LOGGAM_COEFFS = {
        8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
        8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
        1.796443723688307e-01, -1.39243221690590e+00};

    private PoissonSampler() {
    }

    static long draw(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        return mean < 10 ? multiplication(random, mean) : transformedRejection(random, mean);
    }

    private static long multiplication(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        long k = 0;
        double product = random.nextDouble();
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    private static long transformedRejection(SplittableRandom random, double mean) {
        double slam = Math.sqrt(mean);
        double loglam = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * loglam - logGamma(k + 1)) {
                return k;
            }
        }
    }

    /** log Gamma(x) for x >= 1 (Stirling series after shifting small arguments up to 7). */
    static double logGamma(double x) {
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        double x0 = x;
        int shift = 0;
        if (x <= 7.0) {
            shift = (int) (7 - x);
            x0 = x + shift;
        }
        double x2 = 1.0 / (x0 * x0);
        double series = LOGGAM_COEFFS[9];
        for (int k = 8; k >= 0; k--) {
            series = series * x2 + LOGGAM_COEFFS[k];
        }
        double result = series / x0 + 0.5 * Math.log(2 * Math.PI) + (x0 - 0.5) * Math.log(x0) - x0;
        for (int k = 1; k <= shift; k++) {
            result -= Math.log(x0 - 1.0);
            x0 -= 1.0;
        }
        return result;
    }
}
