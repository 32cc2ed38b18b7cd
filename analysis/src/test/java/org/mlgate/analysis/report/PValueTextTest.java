package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PValueTextTest {

    @Test
    void tinyValuesReadAsBelowTheFloor() {
        assertEquals("< 0.001", PValueText.of(3.03e-15));
    }

    @Test
    void otherValuesKeepTwoSignificantDigits() {
        assertEquals("0.0048", PValueText.of(0.004772068859909195));
        assertEquals("0.31", PValueText.of(0.3149));
        assertEquals("1", PValueText.of(1.0));
    }

    @Test
    void theFloorItselfIsShown() {
        assertEquals("0.001", PValueText.of(0.001));
    }
}
