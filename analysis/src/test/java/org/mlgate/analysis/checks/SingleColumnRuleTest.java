package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SingleColumnRuleTest {

    private static int[] labels(int n, int classes, Random random) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(classes);
        }
        return labels;
    }

    private static double[] asNumbers(int[] codes) {
        double[] values = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            values[i] = codes[i];
        }
        return values;
    }

    @Test
    void theLabelsIntegerCodeIsAPerfectProxyForAnyNumberOfClasses() {
        for (int classes : new int[] {2, 3, 10, 26}) {
            int[] labels = labels(600, classes, new Random(classes));
            SingleColumnRule rule = SingleColumnRule.classification(asNumbers(labels), labels);
            assertEquals(1.0, rule.strength(), 1e-12, classes + " classes");
            assertTrue(rule.lowerBound() > 0.95, classes + " classes: " + rule.lowerBound());
        }
    }

    @Test
    void aContinuousCopyOfTwentySixClassesIsFoundDespiteItsManyValues() {
        Random random = new Random(7);
        int[] labels = labels(2000, 26, random);
        double[] noisyCode = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            noisyCode[i] = labels[i] + 0.3 * random.nextDouble();
        }
        SingleColumnRule rule = SingleColumnRule.classification(noisyCode, labels);
        assertTrue(rule.strength() > 0.97, "strength " + rule.strength());
    }

    @Test
    void aColumnUnrelatedToTheLabelIsAtChance() {
        Random random = new Random(3);
        int[] labels = labels(1000, 3, random);
        double[] noise = new double[labels.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextGaussian();
        }
        SingleColumnRule rule = SingleColumnRule.classification(noise, labels);
        assertTrue(rule.strength() < 0.40, "balanced accuracy " + rule.strength() + ", chance 1/3");
    }

    @Test
    void aUniqueIdCannotPredictAnythingLeaveOneOut() {
        int[] labels = labels(300, 2, new Random(4));
        String[] ids = new String[labels.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "row-" + i;
        }
        SingleColumnRule rule = SingleColumnRule.classification(ColumnBins.ofValues(ids), labels);
        assertEquals(0.5, rule.strength(), 1e-12); // alone in its group, every row gets a coin toss
    }

    @Test
    void twoPercentLabelNoiseStillLooksNearPerfect() {
        Random random = new Random(5);
        int[] labels = labels(3000, 3, random);
        double[] copy = asNumbers(labels);
        for (int i = 0; i < copy.length; i++) {
            if (random.nextDouble() < 0.02) {
                copy[i] = (labels[i] + 1 + random.nextInt(2)) % 3;
            }
        }
        SingleColumnRule rule = SingleColumnRule.classification(copy, labels);
        assertTrue(rule.strength() > LeakageFindings.PROXY_NEAR_PERFECT, "strength " + rule.strength());
        assertTrue(rule.lowerBound() > LeakageFindings.PROXY_CONFIRMED, "bound " + rule.lowerBound());
    }

    @Test
    void aCopyOfARareClassWithTwoPercentNoiseIsStillNearPerfect() {
        // 6% positives, as TIC 2000's caravan owners: 2% of all rows flipped is a third of the positives' count, but
        // the copy still tells the classes apart with a balanced accuracy of about 0.98.
        Random random = new Random(8);
        int[] labels = new int[5000];
        double[] copy = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextDouble() < 0.06 ? 1 : 0;
            copy[i] = random.nextDouble() < 0.02 ? 1 - labels[i] : labels[i];
        }
        SingleColumnRule rule = SingleColumnRule.classification(copy, labels);
        assertTrue(rule.strength() > LeakageFindings.PROXY_NEAR_PERFECT, "strength " + rule.strength());
    }

    @Test
    void aContinuousCopyOfARegressionTargetExplainsItAll() {
        Random random = new Random(6);
        double[] target = new double[500];
        double[] copy = new double[target.length];
        double[] strong = new double[target.length];
        for (int i = 0; i < target.length; i++) {
            target[i] = Math.exp(random.nextGaussian());
            copy[i] = target[i] * (1 + 0.02 * random.nextGaussian());
            strong[i] = target[i] + 0.4 * random.nextGaussian();
        }
        assertTrue(SingleColumnRule.regression(copy, target).lowerBound() > LeakageFindings.PROXY_CONFIRMED_R2);
        assertTrue(SingleColumnRule.regression(strong, target).strength() < LeakageFindings.PROXY_NEAR_PERFECT_R2);
    }

    @Test
    void aRareValueLearnsFromItsNearestRowsNotFromItself() {
        // Eleven 0s of class 0, then a single 1 of class 1: its neighbours are the 0s, so it is a leave-one-out error,
        // and with class 0 always right the balanced error is (0 + 1) / 2.
        double[] column = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        int[] labels = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        SingleColumnRule rule = SingleColumnRule.classification(column, labels);
        assertEquals(0.5, rule.ruleError(), 1e-12);
    }
}
