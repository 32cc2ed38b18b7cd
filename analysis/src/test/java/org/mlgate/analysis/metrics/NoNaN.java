package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asserts the GUIDE's rule that nothing in a result is NaN or infinite (undefined is null). */
final class NoNaN {
    private NoNaN() {
    }

    static void assertFinite(MetricResult r) {
        r.metrics().forEach((k, v) -> assertTrue(v == null || Double.isFinite(v), k + " = " + v));
        r.classes().forEach((label, c) -> {
            for (Double v : new Double[] {c.precision(), c.recall(), c.f1(), c.aucRoc(), c.averagePrecision()}) {
                assertTrue(v == null || Double.isFinite(v), "class " + label + ": " + c);
            }
        });
        r.intervals().forEach((k, i) -> assertTrue(Double.isFinite(i.lower()) && Double.isFinite(i.upper()), k + " " + i));
        for (var list : java.util.List.of(r.curves().roc(), r.curves().precisionRecall())) {
            list.forEach(p -> assertTrue(Double.isFinite(p.x()) && Double.isFinite(p.y()) && Double.isFinite(p.threshold()), p.toString()));
        }
        r.curves().calibration().forEach(b -> assertTrue(
                (b.meanPredicted() == null || Double.isFinite(b.meanPredicted()))
                        && (b.fractionPositive() == null || Double.isFinite(b.fractionPositive())), b.toString()));
    }
}
