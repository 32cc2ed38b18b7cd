package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;

/** Undefined values are null with a note, never NaN or infinite, and bad rows are InputExceptions. */
class DegenerateInputTest {
    private static final MetricOptions OPTIONS = MetricOptions.defaults().withBootstrapReplicates(100);

    @Test
    void oneClassWithProbabilitiesHasNullAucAndNoNaN() {
        ClassificationAccumulator acc = new ClassificationAccumulator(List.of("no", "yes"));
        for (int i = 0; i < 20; i++) {
            acc.add(i, "no", i % 3 == 0 ? "yes" : "no", new double[] {0.6, 0.4});
        }
        MetricResult r = acc.result(OPTIONS);
        NoNaN.assertFinite(r);
        assertNull(r.metrics().get("aucRoc"));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("aucRoc")), r.notes().toString());
    }

    @Test
    void oneLabelEverywhereWithoutProbabilitiesHasNoNaN() {
        ClassificationAccumulator acc = new ClassificationAccumulator(List.of());
        for (int i = 0; i < 5; i++) {
            acc.add(i, "x", "x", null);
        }
        MetricResult r = acc.result(OPTIONS);
        NoNaN.assertFinite(r);
        assertEquals(1.0, r.metrics().get("accuracy"));
        assertNull(r.metrics().get("cohenKappa"));
    }

    @Test
    void withoutProbabilitiesEveryProbabilityMetricIsNullWithOneNote() {
        ClassificationAccumulator acc = BootstrapIntervalTest.bernoulli(200, 0.7, 3);
        MetricResult r = acc.result(OPTIONS);
        NoNaN.assertFinite(r);
        for (String metric : List.of("aucRoc", "aucRocWeighted", "aucRocOvo", "averagePrecision", "logLoss", "brier",
                "expectedCalibrationError")) {
            assertTrue(r.metrics().containsKey(metric) && r.metrics().get(metric) == null, metric);
        }
        assertEquals(1, r.notes().stream().filter(n -> n.contains("no probabilities")).count(), r.notes().toString());
        assertEquals(Curves.none(), r.curves());
    }

    @Test
    void aClassThatIsNeverPredictedGetsZeroPrecisionAndANoteNamingIt() {
        ClassificationAccumulator acc = new ClassificationAccumulator(List.of());
        acc.add(0, "cat", "dog", null);
        acc.add(1, "dog", "dog", null);
        MetricResult r = acc.result(OPTIONS);
        assertEquals(0.0, r.classes().get("cat").precision());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("'cat'") && n.contains("never predicted")), r.notes().toString());
    }

    @Test
    void aClassOnlyPredictedHasNullAucInAMultiClassTask() {
        ClassificationAccumulator acc = new ClassificationAccumulator(List.of("a", "b", "c"));
        acc.add(0, "a", "c", new double[] {0.2, 0.3, 0.5});
        acc.add(1, "b", "b", new double[] {0.1, 0.8, 0.1});
        acc.add(2, "a", "a", new double[] {0.7, 0.2, 0.1});
        MetricResult r = acc.result(OPTIONS);
        NoNaN.assertFinite(r);
        assertNull(r.classes().get("c").aucRoc());
        assertEquals(1.0, r.metrics().get("aucRoc"));
    }

    @Test
    void emptyAccumulatorsGiveNullMetricsAndANote() {
        MetricResult c = new ClassificationAccumulator(List.of("a", "b")).result(OPTIONS);
        MetricResult r = new RegressionAccumulator().result(OPTIONS);
        NoNaN.assertFinite(c);
        NoNaN.assertFinite(r);
        assertNull(c.metrics().get("accuracy"));
        assertNull(r.metrics().get("mse"));
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("No rows")));
    }

    @Test
    void constantActualValuesFollowForceFinite() {
        RegressionAccumulator perfect = new RegressionAccumulator();
        RegressionAccumulator wrong = new RegressionAccumulator();
        for (int i = 0; i < 10; i++) {
            perfect.add(i, 3.0, 3.0);
            wrong.add(i, 3.0, i);
        }
        MetricResult p = perfect.result(OPTIONS);
        MetricResult w = wrong.result(OPTIONS);
        NoNaN.assertFinite(p);
        NoNaN.assertFinite(w);
        assertEquals(1.0, p.metrics().get("r2"));
        assertEquals(1.0, p.metrics().get("explainedVariance"));
        assertEquals(0.0, w.metrics().get("r2"));
        assertEquals(0.0, w.metrics().get("explainedVariance"));
    }

    @Test
    void aSingleRegressionRowHasNullR2AndANote() {
        RegressionAccumulator acc = new RegressionAccumulator();
        acc.add(0, 1.0, 2.0);
        MetricResult r = acc.result(OPTIONS);
        NoNaN.assertFinite(r);
        assertNull(r.metrics().get("r2"));
        assertEquals(1.0, r.metrics().get("mae"));
    }

    @Test
    void aConfiguredPositiveLabelThatIsAbsentIsAnInputException() {
        ClassificationAccumulator acc = BootstrapIntervalTest.bernoulli(10, 0.7, 3);
        InputException e = assertThrows(InputException.class, () -> acc.result(OPTIONS.withPositiveLabel("zebra")));
        assertTrue(e.getMessage().contains("zebra"));
    }

    @Test
    void aProbabilityVectorOfTheWrongLengthIsAnInputException() {
        ClassificationAccumulator acc = new ClassificationAccumulator(List.of("a", "b"));
        assertThrows(InputException.class, () -> acc.add(4, "a", "b", new double[] {1.0}));
    }

    @Test
    void aNonFiniteRegressionValueIsAnInputException() {
        assertThrows(InputException.class, () -> new RegressionAccumulator().add(0, Double.NaN, 1));
    }

    @Test
    void theMinorityClassIsPositiveAndATieGoesToTheLabelThatSortsLast() {
        ClassificationAccumulator tie = new ClassificationAccumulator(List.of());
        tie.add(0, "a", "a", null);
        tie.add(1, "b", "a", null);
        assertEquals("b", tie.result(OPTIONS).positiveLabel());
        tie.add(2, "b", "b", null);
        assertEquals("a", tie.result(OPTIONS).positiveLabel());
    }
}
