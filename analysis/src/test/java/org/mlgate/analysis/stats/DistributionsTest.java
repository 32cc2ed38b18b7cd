package org.mlgate.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reference values from scipy.special.erfc (SciPy 1.10.1) and Python's math.erfc. */
class DistributionsTest {

    @Test
    void erfcIsAccurateInBothBranchesAndTheTail() {
        assertEquals(0.4795001221869535, Distributions.erfc(0.5), 1e-15);
        assertEquals(0.004677734981047266, Distributions.erfc(2.0), 1e-17);
        assertEquals(2.0884875837625446e-45, Distributions.erfc(10.0), 1e-58);
        assertEquals(1.5204998778130465, Distributions.erfc(-0.5), 1e-15);
    }

    @Test
    void normalTwoSidedIsTwiceTheUpperTail() {
        // 2 * norm.sf(1.96)
        assertEquals(0.04999579029644087, Distributions.normalTwoSided(1.96), 1e-15);
        assertEquals(0.04999579029644087, Distributions.normalTwoSided(-1.96), 1e-15);
    }

    @Test
    void chiSquareWithOneDegreeOfFreedom() {
        // chi2.sf(3.841458820694124, 1) = 0.05
        assertEquals(0.05, Distributions.chiSquareOneDfSurvival(3.841458820694124), 1e-14);
        assertEquals(1.0, Distributions.chiSquareOneDfSurvival(0), 0);
    }
}
