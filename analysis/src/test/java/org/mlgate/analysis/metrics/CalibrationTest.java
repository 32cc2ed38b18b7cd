package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected calibration error and reliability bins, checked against values worked out by hand. */
class CalibrationTest {
    private static final MetricOptions OPTIONS = MetricOptions.defaults().withBootstrapReplicates(0);

    @Test
    void binaryEceComparesThePositiveProbabilityWithThePositiveRateInTenBins() {
        ClassificationAccumulator acc = new ClassificationAccumulator(List.of("neg", "pos"));
        acc.add(0, "neg", "neg", new double[] {0.95, 0.05}); // bin [0.0, 0.1): mean 0.05, rate 0
        acc.add(1, "pos", "neg", new double[] {0.85, 0.15}); // bin [0.1, 0.2): mean 0.15, rate 1
        acc.add(2, "pos", "pos", new double[] {0.05, 0.95}); // bin [0.9, 1.0]: mean 0.95, rate 1/2
        acc.add(3, "neg", "pos", new double[] {0.05, 0.95});
        MetricResult r = acc.result(OPTIONS.withPositiveLabel("pos"));
        // (1 x 0.05 + 1 x 0.85 + 2 x 0.45) / 4
        assertEquals(0.45, r.metrics().get("expectedCalibrationError"), 1e-12);
        CalibrationBin top = r.curves().calibration().get(9);
        assertEquals(2, top.count());
        assertEquals(0.95, top.meanPredicted(), 1e-12);
        assertEquals(0.5, top.fractionPositive(), 1e-12);
        assertNull(r.curves().calibration().get(5).meanPredicted());
    }

    @Test
    void multiClassEceComparesTopLabelConfidenceWithItsAccuracy() {
        ClassificationAccumulator acc = new ClassificationAccumulator(List.of("a", "b", "c"));
        acc.add(0, "a", "a", new double[] {0.7, 0.2, 0.1}); // top a, 0.7, right
        acc.add(1, "b", "a", new double[] {0.75, 0.2, 0.05}); // top a, 0.75, wrong
        acc.add(2, "c", "c", new double[] {0.1, 0.1, 0.8}); // top c, 0.8, right
        MetricResult r = acc.result(OPTIONS);
        // bin [0.7, 0.8): mean 0.725, accuracy 0.5 -> 0.225 x 2; bin [0.8, 0.9): 0.8 vs 1 -> 0.2 x 1
        assertEquals((2 * 0.225 + 0.2) / 3, r.metrics().get("expectedCalibrationError"), 1e-12);
        assertEquals(2, r.curves().calibration().get(7).count());
    }
}
