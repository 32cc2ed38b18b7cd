package org.mlgate.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values computed exactly (Python's integer binomial coefficients, or mpmath at 50 digits for the
 * populations of a million and more): {x, n, marked, population, P(X >= x), P(X = x)}.
 */
class HypergeometricTest {

    private static final double[][] EXACT = {
        {6, 42, 30, 1000, 0.0010664970400297193, 0.00092936162268683869},
        {0, 30, 30, 1000, 1.0, 0.39553947140881046},
        {1, 30, 30, 1000, 0.60446052859118954, 0.37830555182564231},
        {12, 40, 20, 300, 3.709078253393087e-7, 3.4603553801760526e-7},
        {3, 100, 5, 10000, 9.5642050580885055e-6, 9.5174838552117137e-6},
        {300, 1000, 1000, 10000, 2.2377726206215148e-80, 1.7995918469056596e-80},
        {30, 200, 500, 10000, 5.7088047700546012e-8, 4.1540991712250782e-8},
        {5, 5, 5, 5, 1.0, 1.0},
        {2, 5, 3, 10, 0.5, 0.41666666666666667},
        {150, 1000, 1000, 10000, 9.1919395689434349e-8, 3.8605684314093376e-8},
        {60, 1000, 500, 10000, 0.075672371236708308, 0.018626731049819176},
        {4, 2000, 10, 10000, 0.12076811639386565, 0.08804729351451793},
        {45, 80, 50, 100, 0.011417490505707759, 0.008897603795036239},
        {20600, 100000, 200000, 1000000, 3.1776219409746692e-7, 1.3317154588891489e-8},
        {2050, 10000, 100000, 1000000, 5.7302104098458672e-216, 3.2924765782445274e-216},
        {5200, 500000, 10000, 1000000, 3.0282948806236705e-5, 2.4778892050758535e-6},
        {1000800, 2000000, 5000000, 10000000, 0.10309338712380373, 0.00028342917012718868},
    };

    @Test
    void upperTailMatchesExactValuesFromTinyTablesToTenMillionRows() {
        for (double[] c : EXACT) {
            double tail = Hypergeometric.upperTail((long) c[0], (long) c[1], (long) c[2], (long) c[3]);
            assertEquals(c[4], tail, 1e-12 * c[4], () -> "P(X >= " + (long) c[0] + ") of " + (long) c[1] + " from "
                    + (long) c[2] + " marked among " + (long) c[3]);
        }
    }

    @Test
    void probabilityMatchesExactValues() {
        for (double[] c : EXACT) {
            double p = Hypergeometric.probability((long) c[0], (long) c[1], (long) c[2], (long) c[3]);
            assertEquals(c[5], p, 1e-12 * c[5], () -> "P(X = " + (long) c[0] + ")");
        }
    }

    @Test
    void tailOutsideTheSupportIsOneOrZero() {
        assertEquals(1.0, Hypergeometric.upperTail(0, 30, 5, 100));
        assertEquals(1.0, Hypergeometric.upperTail(5, 90, 15, 100)); // at least 5 of the 15 are always drawn
        assertEquals(0.0, Hypergeometric.upperTail(6, 30, 5, 100));
        assertEquals(0.0, Hypergeometric.upperTail(31, 30, 50, 100));
        assertEquals(1.0, Hypergeometric.upperTail(0, 0, 0, 0));
    }

    @Test
    void probabilitiesSumToOne() {
        double sum = 0;
        for (long x = 0; x <= 40; x++) {
            sum += Hypergeometric.probability(x, 40, 70, 300);
        }
        assertEquals(1.0, sum, 1e-13);
    }

    @Test
    void tailIsAValidPValueAtEveryLevel() {
        // P(P-value <= alpha) <= alpha: the tail of the exact distribution never claims more than it has.
        long n = 42;
        long marked = 30;
        long population = 1000;
        for (double alpha : new double[] {0.05, 1e-3, 1e-5}) {
            double rejected = 0;
            for (long x = 0; x <= n; x++) {
                if (Hypergeometric.upperTail(x, n, marked, population) <= alpha) {
                    rejected += Hypergeometric.probability(x, n, marked, population);
                }
            }
            assertTrue(rejected <= alpha, "level " + alpha + ": rejects with probability " + rejected);
        }
    }

    @Test
    void drawLargerThanThePopulationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric.upperTail(1, 11, 5, 10));
    }
}
