package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Agreement with scikit-learn: 1e-9 relative (and 1e-12 absolute near zero). */
final class GoldenAssertions {
    private GoldenAssertions() {
    }

    static void assertClose(double expected, Double actual, String what) {
        assertNotNull(actual, what + " is null");
        double tolerance = Math.max(1e-12, 1e-9 * Math.abs(expected));
        assertEquals(expected, actual, tolerance, what);
    }
}
