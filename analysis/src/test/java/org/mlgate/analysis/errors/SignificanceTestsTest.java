package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reference values from scipy 1.10.1 (stats.norm, stats.t, stats.ttest_ind(equal_var=False)). */
class SignificanceTestsTest {

    @Test
    void twoProportionZTestMatchesScipy() {
        assertEquals(1.958564827400695e-05, SignificanceTests.twoProportionPValue(30, 100, 50, 400), 1e-11);
        assertEquals(7.248937154383023e-78, SignificanceTests.twoProportionPValue(300, 1000, 1000, 10000), 1e-83);
    }

    @Test
    void twoProportionZTestWithoutVariationIsNotEvidence() {
        assertEquals(1.0, SignificanceTests.twoProportionPValue(0, 50, 0, 500));
        assertEquals(1.0, SignificanceTests.twoProportionPValue(50, 50, 500, 500));
    }

    @Test
    void studentTTwoSidedMatchesScipy() {
        assertEquals(0.07182202291182675, SignificanceTests.studentTwoSided(2.5, 3.7), 1e-9);
        assertEquals(0.318277422233455, SignificanceTests.studentTwoSided(-1.0, 250.0), 1e-9);
    }

    @Test
    void welchTTestFromMomentsMatchesScipyTtestInd() {
        double[] a = {2.146, 0.617, 10.751, 0.733, 0.231, 3.6, 0.997, 1.103, 0.059, 1.528, 2.083, 0.461, 3.354, 0.417,
            1.573, 0.258, 1.846, 0.925, 1.377, 5.298, 2.229, 1.798, 5.68, 4.062, 2.332, 0.657, 2.869, 0.316, 16.846,
            0.472, 4.956, 3.805, 0.64, 3.602, 0.096, 2.711, 2.393, 0.118, 2.207, 7.512};
        double[] b = {1.202, 0.848, 0.909, 1.75, 0.793, 0.403, 1.54, 2.163, 1.215, 3.362, 0.223, 0.517, 0.188, 0.04,
            0.926, 1.31, 3.148, 1.054, 0.324, 0.011, 0.402, 0.779, 1.866, 0.415, 1.192, 0.476, 3.821, 8.503, 0.258,
            1.131, 1.614, 0.207, 0.108, 2.057, 3.042, 1.125, 0.959, 0.77, 1.015, 3.396, 0.821, 1.915, 0.11, 3.555,
            0.388, 2.127, 0.472, 0.171, 0.889, 1.109, 0.047, 0.361, 0.361, 1.029, 2.417, 0.56, 1.658, 2.966, 0.941,
            0.247, 5.373, 3.643, 0.978, 1.446, 0.229, 2.207, 0.333, 0.442, 1.323, 5.653, 0.373, 0.559, 0.192, 0.532,
            0.356};
        double p = SignificanceTests.welchPValue(a.length, Arrays.stream(a).sum(), Arrays.stream(a).map(x -> x * x).sum(),
                b.length, Arrays.stream(b).sum(), Arrays.stream(b).map(x -> x * x).sum());
        assertEquals(0.021202776896952342, p, 1e-9);
    }

    @Test
    void benjaminiHochbergIsTheStepUpAdjustment() {
        double[] q = SignificanceTests.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.2, 0.001});
        assertArrayEquals(new double[] {0.025, 0.05, 0.05, 0.2, 0.005}, q, 1e-15);
    }
}
