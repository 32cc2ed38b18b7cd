package org.mlgate.analysis.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * McNemar's test against values computed by hand from the binomial and chi-square formulas (and confirmed with
 * scipy.stats.binomtest and scipy.stats.chi2.sf).
 */
class McNemarTest {

    @Test
    void fewDiscordantRowsUseTheExactBinomialTest() {
        // b = 1, c = 7: 2 * (C(8,0) + C(8,1)) / 2^8 = 2 * 9 / 256
        PairedTest test = McNemar.test(1, 7);
        assertEquals("mcnemar-exact", test.test());
        assertEquals(18.0 / 256, test.pValue(), 1e-15);
    }

    @Test
    void exactTestIsSymmetricInTheTwoDiscordantCounts() {
        assertEquals(McNemar.test(3, 12).pValue(), McNemar.test(12, 3).pValue(), 1e-15);
        assertEquals(0.03515625, McNemar.test(3, 12).pValue(), 1e-12);
    }

    @Test
    void balancedDiscordantCountsGiveAPValueOfOne() {
        assertEquals(1.0, McNemar.test(12, 12).pValue(), 0);
        assertEquals(1.0, McNemar.test(0, 0).pValue(), 0);
    }

    @Test
    void twentyFiveOrMoreDiscordantRowsUseChiSquareWithContinuityCorrection() {
        assertEquals("mcnemar-exact", McNemar.test(12, 12).test());
        PairedTest test = McNemar.test(30, 10);
        assertEquals("mcnemar-chi2", test.test());
        // (|30 - 10| - 1)^2 / 40 = 9.025 on 1 df
        assertEquals(0.002663119259138558, test.pValue(), 1e-13);
    }

    @Test
    void textbookExampleOfAgrestiPresidentialApproval() {
        // Agresti, Categorical Data Analysis, table 10.1: discordant 150 and 86; with continuity correction
        // chi2 = 63^2 / 236 = 16.82, p = 4.1e-5.
        assertEquals(4.114562281345944e-05, McNemar.test(150, 86).pValue(), 1e-16);
    }
}
