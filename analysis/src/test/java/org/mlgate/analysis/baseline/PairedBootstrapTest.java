package org.mlgate.analysis.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlgate.analysis.data.ScoredRow;

/** The paired tests on rows both models scored. */
class PairedBootstrapTest {
    private static final String[] LABELS = {"a", "b", "c"};

    private static ScoredRow row(int i, String actual, String predicted) {
        return new ScoredRow(i, i + 2, new String[0], actual, predicted, null, Double.NaN, Double.NaN);
    }

    /** 300 rows; the baseline is always right, the challenger wrong on every {@code wrongEvery}-th row. */
    private static PairedRows pairs(int wrongEvery) {
        PairedRows pairs = new PairedRows();
        for (int i = 0; i < 300; i++) {
            String actual = LABELS[i % 3];
            String challenger = wrongEvery > 0 && i % wrongEvery == 0 ? LABELS[(i + 1) % 3] : actual;
            pairs.add(row(i, actual, challenger), row(i, actual, actual));
        }
        return pairs;
    }

    @Test
    void identicalModelsAreNotSignificantlyDifferent() {
        PairedRows same = pairs(0);
        PairedBootstrap bootstrap = new PairedBootstrap(200, 1);
        assertEquals(1.0, same.test("macroF1", null, bootstrap).pValue(), 0);
        assertEquals(1.0, same.test("accuracy", null, bootstrap).pValue(), 0);
    }

    @Test
    void aClearlyWorseChallengerHasASmallBootstrapPValue() {
        PairedTest test = pairs(5).test("macroF1", null, new PairedBootstrap(500, 1));
        assertEquals("paired-bootstrap", test.test());
        // 60 of 300 rows newly wrong: no resample makes the challenger as good; p is 2 / 501
        assertEquals(2.0 / 501, test.pValue(), 1e-12);
    }

    @Test
    void accuracyUsesMcNemarOnTheDiscordantRows() {
        PairedRows pairs = pairs(50);
        assertEquals(6, pairs.newlyBroken());
        assertEquals(0, pairs.newlyFixed());
        assertEquals(McNemar.test(6, 0), pairs.test("accuracy", null, new PairedBootstrap(100, 1)));
    }

    @Test
    void theSameSeedGivesTheSamePValue() {
        PairedRows pairs = pairs(40);
        assertEquals(pairs.test("balancedAccuracy", null, new PairedBootstrap(300, 7)),
                pairs.test("balancedAccuracy", null, new PairedBootstrap(300, 7)));
    }

    @Test
    void newlyBrokenRowsAreGroupedByActualAndPredictedWithFiveExampleLines() {
        NewlyBroken first = pairs(5).newlyBrokenGroups().get(0);
        assertEquals(20, first.count());
        assertEquals(5, first.lines().size());
        assertTrue(first.lines().get(0) >= 2, "lines are 1-based data lines after the header");
    }

    @Test
    void regressionMaeIsComparedWithABootstrap() {
        PairedRows pairs = new PairedRows();
        for (int i = 0; i < 100; i++) {
            ScoredRow challenger = new ScoredRow(i, i + 2, new String[0], null, null, null, i, i + 2.0);
            ScoredRow baseline = new ScoredRow(i, i + 2, new String[0], null, null, null, i, i + 0.5);
            pairs.add(challenger, baseline);
        }
        PairedTest test = pairs.test("mae", null, new PairedBootstrap(100, 3));
        assertEquals(2.0 / 101, test.pValue(), 1e-12);
        assertEquals(null, pairs.test("r2", null, new PairedBootstrap(100, 3)));
    }
}
