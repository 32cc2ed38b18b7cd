package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void fractionsKeepFourSignificantDigits() {
        assertEquals("0.9312", NumberText.of(0.9312345678));
        assertEquals("0.9996", NumberText.of(0.99955));
        assertEquals("0.000123", NumberText.of(0.00012345 - 0.00000045));
    }

    @Test
    void trailingZerosAreDropped() {
        assertEquals("0.9", NumberText.of(0.9));
        assertEquals("0.62", NumberText.of(0.62));
    }

    @Test
    void wholeNumbersHaveNoDecimals() {
        assertEquals("1776", NumberText.of(1776));
        assertEquals("0", NumberText.of(-0.0));
    }

    @Test
    void largeValuesKeepTheirIntegerDigits() {
        assertEquals("12346", NumberText.of(12345.678));
        assertEquals("111.1", NumberText.of(111.1111));
    }

    @Test
    void smallValuesNeverUseAnExponent() {
        assertEquals("0.0000001", NumberText.of(1e-7));
    }

    @Test
    void nullReadsAsTheGivenWord() {
        assertEquals("undefined", NumberText.of(null, "undefined"));
    }
}
