package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17.1 ({@code fisher_exact(table, alternative="greater")}). */
class SignificanceTestsTest {

    @Test
    void worseThanRestIsFishersExactTestOneSided() {
        // 6 wrong in a slice of 42 rows, 30 wrong among 1,000: fisher_exact([[6, 36], [24, 934]], "greater")
        assertEquals(0.0010664970400297193,
                SignificanceTests.worseThanRest(new Tally(42, 6, 6), new Tally(1000, 30, 30)), 1e-15);
        // fisher_exact([[150, 850], [850, 8150]], "greater")
        assertEquals(9.1919395689434349e-08,
                SignificanceTests.worseThanRest(new Tally(1000, 150, 150), new Tally(10_000, 1000, 1000)), 1e-19);
    }

    @Test
    void worseThanRestCountsLargeErrorsNotTheErrorSum() {
        // regression: the error sum is not what is tested, the rows above the threshold are
        assertEquals(SignificanceTests.worseThanRest(new Tally(42, 6, 6), new Tally(1000, 30, 30)),
                SignificanceTests.worseThanRest(new Tally(42, 123.4, 6), new Tally(1000, 567.8, 30)));
    }

    @Test
    void sliceNoWorseThanTheRestIsNoEvidence() {
        assertEquals(1.0, SignificanceTests.worseThanRest(new Tally(50, 0, 0), new Tally(500, 0, 0)));
        assertEquals(1.0, SignificanceTests.worseThanRest(new Tally(50, 50, 50), new Tally(500, 500, 500)));
        assertEquals(1.0, SignificanceTests.worseThanRest(new Tally(100, 0, 0), new Tally(1000, 30, 30)));
    }

    @Test
    void benjaminiHochbergIsTheStepUpAdjustment() {
        double[] q = SignificanceTests.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.2, 0.001});
        assertArrayEquals(new double[] {0.025, 0.05, 0.05, 0.2, 0.005}, q, 1e-15);
    }
}
