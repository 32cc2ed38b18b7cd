package org.mlgate.analysis.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellNumbersTest {

    @Test
    void readsTrimmedDecimalAndScientificNumbers() {
        assertEquals(1.5, CellNumbers.parse(" 1.5 "));
        assertEquals(-2e-3, CellNumbers.parse("-2e-3"));
    }

    @Test
    void anythingElseIsNaNSoThatTheCallerReportsTheCell() {
        assertTrue(Double.isNaN(CellNumbers.parse("")));
        assertTrue(Double.isNaN(CellNumbers.parse("abc")));
        assertTrue(Double.isNaN(CellNumbers.parse("NaN")));
        assertTrue(Double.isNaN(CellNumbers.parse("Infinity")));
    }

    @Test
    void javaOnlyNumberSyntaxIsTextBecauseNoCsvToolWritesIt() {
        for (String cell : new String[] {"0x1p3", "1d", "2f", "1.5F", "0x10", "1e", "+", ".", "1.2.3", "1e5.5"}) {
            assertTrue(Double.isNaN(CellNumbers.parse(cell)), cell);
        }
    }

    @Test
    void plainDecimalsInEveryUsualShapeAreNumbers() {
        assertEquals(0.5, CellNumbers.parse(".5"));
        assertEquals(5.0, CellNumbers.parse("5."));
        assertEquals(-3.0, CellNumbers.parse("-3"));
        assertEquals(300.0, CellNumbers.parse("+3E2"));
    }

    @Test
    void numbersBeyondTheDoubleRangeAreNaN() {
        assertTrue(Double.isNaN(CellNumbers.parse("1e999")));
    }
}
