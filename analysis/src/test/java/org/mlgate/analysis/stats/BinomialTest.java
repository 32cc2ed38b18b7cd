package org.mlgate.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reference values: scipy.stats.beta.ppf and binom.sf (SciPy 1.10, Debian bookworm). */
class BinomialTest {

    @Test
    void upperBoundIsClopperPearson() {
        assertEquals(0.05396576709737626, Binomial.upperBound(0, 54, 0.05), 1e-12);
        assertEquals(0.07571079374983004, Binomial.upperBound(3, 100, 0.05), 1e-12);
        assertEquals(1.0, Binomial.upperBound(5, 5, 0.05));
    }

    @Test
    void upperTailIsTheProbabilityOfAtLeastK() {
        // P(X >= 3) for X ~ Binomial(10, 0.1) = 1 - P(X <= 2) = 0.07019...
        assertEquals(0.07019082639999998, Binomial.upperTail(3, 10, 0.1), 1e-12);
        assertEquals(1.0, Binomial.upperTail(0, 10, 0.1));
        assertEquals(0.0, Binomial.upperTail(11, 10, 0.1));
        assertEquals(0.0, Binomial.upperTail(1, 10, 0.0));
    }
}
