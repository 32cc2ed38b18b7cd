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
}
