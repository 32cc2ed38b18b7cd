package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The validation-row table keeps a hash sample past its bound, and its counts become close estimates. */
class RowHashesSamplingTest {

    /** {@code distinct} different rows, each repeated once more with probability {@code repeatShare}. */
    private static long fill(RowHashes hashes, int distinct, double repeatShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long duplicates = 0;
        long line = 2;
        for (int i = 0; i < distinct; i++) {
            long hash = random.nextLong();
            hashes.add(hash, line++, Map::of);
            if (random.nextDouble() < repeatShare) {
                hashes.add(hash, line++, Map::of);
                duplicates++;
            }
        }
        return duplicates;
    }

    @Test
    void belowTheBoundCountsAreExact() {
        RowHashes hashes = new RowHashes(10_000);
        long duplicates = fill(hashes, 5_000, 0.1, 1);
        assertFalse(hashes.sampled());
        assertEquals(duplicates, hashes.duplicates());
        assertEquals("", hashes.estimateNote());
    }

    @Test
    void pastTheBoundTheTableStaysSmallAndTheDuplicateCountIsAnEstimate() {
        RowHashes hashes = new RowHashes(10_000);
        long duplicates = fill(hashes, 200_000, 0.1, 2);
        assertTrue(hashes.sampled());
        assertTrue(hashes.table().size() <= 10_000, "table size " + hashes.table().size());
        assertEquals(200_000 + duplicates, hashes.rows());
        double relativeError = Math.abs(hashes.duplicates() - duplicates) / (double) duplicates;
        assertTrue(relativeError < 0.1, hashes.duplicates() + " estimated for " + duplicates);
        assertTrue(hashes.estimateNote().contains("sample"), hashes.estimateNote());
    }

    @Test
    void sampledTablesMergeIntoOneEstimate() {
        RowHashes first = new RowHashes(10_000);
        RowHashes second = new RowHashes(10_000);
        long duplicates = fill(first, 100_000, 0.2, 3) + fill(second, 30_000, 0.2, 4);
        first.merge(second);
        assertEquals(130_000 + duplicates, first.rows());
        assertTrue(first.table().size() <= 10_000);
        double relativeError = Math.abs(first.duplicates() - duplicates) / (double) duplicates;
        assertTrue(relativeError < 0.1, first.duplicates() + " estimated for " + duplicates);
    }
}
