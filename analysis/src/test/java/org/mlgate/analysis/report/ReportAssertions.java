package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.mlgate.analysis.metrics.ConfusionMatrix;

/** Report equality for tests: the records compare the confusion matrix's long[][] by reference, this by content. */
final class ReportAssertions {

    private ReportAssertions() {
    }

    static void assertSameReport(Report expected, Report actual) {
        assertEquals(withoutMatrix(expected), withoutMatrix(actual));
        ConfusionMatrix expectedMatrix = expected.confusionMatrix();
        ConfusionMatrix actualMatrix = actual.confusionMatrix();
        if (expectedMatrix == null) {
            assertNull(actualMatrix);
            return;
        }
        assertEquals(expectedMatrix.labels(), actualMatrix.labels());
        assertArrayEquals(expectedMatrix.counts(), actualMatrix.counts());
    }

    private static Report withoutMatrix(Report r) {
        return new Report(r.schemaVersion(), r.task(), r.model(), r.data(), r.positiveLabel(), r.metrics(),
                r.classes(), null, r.intervals(), r.curves(), r.errors(), r.checks(), r.rules(), r.notes(),
                r.verdict(), r.slices());
    }

    /** The report with its metrics replaced, to inject values the engine should never produce. */
    static Report withMetric(Report r, String name, Double value) {
        java.util.Map<String, Double> metrics = new java.util.LinkedHashMap<>(r.metrics());
        metrics.put(name, value);
        return new Report(r.schemaVersion(), r.task(), r.model(), r.data(), r.positiveLabel(), metrics,
                r.classes(), r.confusionMatrix(), r.intervals(), r.curves(), r.errors(), r.checks(), r.rules(),
                r.notes(), r.verdict(), r.slices());
    }
}
