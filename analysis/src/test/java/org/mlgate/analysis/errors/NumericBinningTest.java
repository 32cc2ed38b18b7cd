package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumericBinningTest {

    private static double[] uniformAges() {
        Random random = new Random(11);
        double[] ages = new double[10_000];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = 20 + 50 * random.nextDouble();
        }
        return ages;
    }

    private static NumericBinning quintiles() {
        return NumericBinning.fromSample("age", uniformAges(), 5, false);
    }

    private static List<String> describe(NumericBinning bins, List<LevelRange> ranges) {
        return ranges.stream().map(r -> bins.condition(r).describe()).toList();
    }

    @Test
    void edgesAreQuantilesRoundedToReadableNumbers() {
        NumericBinning bins = quintiles();
        assertEquals(List.of("age is missing", "age <= 30", "age in (30, 40]", "age in (40, 50]", "age in (50, 60]",
                "age > 60"), describe(bins, bins.parts()));
        assertEquals(6, bins.capacity());
        assertEquals(List.of(), bins.tails());
    }

    @Test
    void upperEdgeIsInclusiveAndLowerExclusive() {
        NumericBinning bins = quintiles();
        assertEquals(1, bins.level("30"));
        assertEquals(2, bins.level("30.0001"));
        assertEquals(5, bins.level("60.5"));
    }

    @Test
    void emptyAndNonNumericCellsFallInTheMissingBin() {
        NumericBinning bins = quintiles();
        assertEquals(0, bins.level(""));
        assertEquals(0, bins.level("n/a"));
        assertEquals(0, bins.level("NaN"));
        assertEquals("age is missing", bins.condition(0).describe());
    }

    @Test
    void tailsAreExtraConditionsBesideTheSameQuintiles() {
        NumericBinning bins = NumericBinning.fromSample("age", uniformAges(), 5, true);
        assertEquals(List.of("age is missing", "age <= 30", "age in (30, 40]", "age in (40, 50]", "age in (50, 60]",
                "age > 60"), describe(bins, bins.parts()));
        assertEquals(List.of("age <= 21", "age <= 22.6", "age <= 25", "age > 65", "age > 67.5", "age > 69"),
                describe(bins, bins.tails()));
        assertEquals(12, bins.capacity()); // missing and 11 levels between the 10 edges
    }

    @Test
    void eachTailLiesInsideItsQuintile() {
        NumericBinning bins = NumericBinning.fromSample("age", uniformAges(), 5, true);
        for (LevelRange tail : bins.tails()) {
            assertTrue(bins.parts().stream().anyMatch(tail::within), tail.toString());
        }
    }

    @Test
    void tiedCutsMergeAndNoConditionIsListedTwice() {
        // 60% zeros: the 2%, 5%, 10%, 20% and 40% cuts all fall on 0, so "visits <= 0" is one bin and no tail
        Random random = new Random(3);
        double[] visits = new double[10_000];
        for (int i = 0; i < visits.length; i++) {
            visits[i] = random.nextDouble() < 0.6 ? 0 : 1 + random.nextInt(50);
        }
        NumericBinning bins = NumericBinning.fromSample("visits", visits, 5, true);

        List<String> parts = describe(bins, bins.parts());
        List<String> tails = describe(bins, bins.tails());
        assertEquals("visits <= 0", parts.get(1));
        assertTrue(tails.stream().noneMatch(t -> t.startsWith("visits <=")), tails.toString());
        assertEquals(List.of("visits > 38", "visits > 44", "visits > 48"), tails); // the tie closest to each share
    }
}
