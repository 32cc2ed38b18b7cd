package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reference values: scipy.stats.kruskal and spearmanr (SciPy 1.10, Debian bookworm). */
class RankAssociationTest {

    @Test
    void kruskalWallisMatchesScipyWithTies() {
        double[] ids = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 2.5, 12, 13};
        int[] label = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2};
        assertEquals(0.03356452026914451, RankAssociation.acrossClasses(ids, label), 1e-10);
    }

    @Test
    void spearmanMatchesScipy() {
        assertEquals(0.0008629681828999769, RankAssociation.withTarget(new double[] {1, 2, 3, 4, 5, 6, 7, 8},
                new double[] {2, 1, 4, 3, 6, 5, 8, 9}), 1e-10);
    }

    @Test
    void aShuffledIdIsRarelySignificant() {
        Random random = new Random(9);
        int significant = 0;
        for (int run = 0; run < 1000; run++) {
            int n = 54;
            double[] ids = new double[n];
            int[] label = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = random.nextInt(1_000_000);
                label[i] = random.nextInt(3);
            }
            significant += RankAssociation.acrossClasses(ids, label) < LeakageFindings.ID_ALPHA ? 1 : 0;
        }
        assertTrue(significant <= 5, significant + " of 1000 shuffled ids were significant");
    }
}
