package org.mlgate.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reference values: scipy.stats.chi2.sf (SciPy 1.10, Debian bookworm). */
class ChiSquareTest {

    @Test
    void survivalMatchesScipyForSmallAndLargeDegreesOfFreedom() {
        assertEquals(0.1737739434504451, ChiSquare.survival(3.5, 2), 1e-12);
        assertEquals(0.02916439562315211, ChiSquare.survival(40.0, 25), 1e-12);
        assertEquals(0.47950012218695337, ChiSquare.survival(0.5, 1), 1e-12);
        assertEquals(0.48513148927490146, ChiSquare.survival(1000, 999), 1e-9);
    }

    @Test
    void oneDegreeOfFreedomAgreesWithTheErfcForm() {
        for (double x : new double[] {0.01, 0.7, 3.84, 10.83, 30}) {
            assertEquals(Distributions.chiSquareOneDfSurvival(x), ChiSquare.survival(x, 1), 1e-13);
        }
    }

    @Test
    void edgesAreProbabilities() {
        assertEquals(1.0, ChiSquare.survival(0, 3));
        assertEquals(1.0, ChiSquare.survival(Double.NaN, 3));
        assertEquals(0.0, ChiSquare.survival(Double.POSITIVE_INFINITY, 3));
    }
}
