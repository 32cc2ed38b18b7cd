package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumericBinningTest {

    private static NumericBinning uniformAges() {
        Random random = new Random(11);
        double[] ages = new double[10_000];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = 20 + 50 * random.nextDouble();
        }
        return NumericBinning.fromSample("age", ages, 5);
    }

    @Test
    void edgesAreQuantilesRoundedToReadableNumbers() {
        NumericBinning bins = uniformAges();
        assertEquals("age <= 30", bins.condition(1).describe());
        assertEquals("age in (30, 40]", bins.condition(2).describe());
        assertEquals("age > 60", bins.condition(5).describe());
        assertEquals(6, bins.capacity());
    }

    @Test
    void upperEdgeIsInclusiveAndLowerExclusive() {
        NumericBinning bins = uniformAges();
        assertEquals(1, bins.level("30"));
        assertEquals(2, bins.level("30.0001"));
        assertEquals(5, bins.level("60.5"));
    }

    @Test
    void emptyAndNonNumericCellsFallInTheMissingBin() {
        NumericBinning bins = uniformAges();
        assertEquals(0, bins.level(""));
        assertEquals(0, bins.level("n/a"));
        assertEquals(0, bins.level("NaN"));
        assertEquals("age is missing", bins.condition(0).describe());
    }
}
