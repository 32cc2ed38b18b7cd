package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;

class ErrorAnalysisOptionsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(new ErrorAnalysisOptions(20, 20, 5, null, 5, 30, 0.05, 2, 10, 50,
                SliceError.ABSOLUTE), ErrorAnalysisOptions.defaults());
    }

    @Test
    void depthBeyondTwoIsAnInputErrorNamingTheOption() {
        InputException e = assertThrows(InputException.class,
                () -> new ErrorAnalysisOptions(20, 20, 5, null, 5, 30, 0.05, 3, 10, 50,
                SliceError.ABSOLUTE));
        assertTrue(e.getMessage().contains("maxDepth is 3"));
    }

    @Test
    void qValueOutsideTheOpenUnitIntervalIsAnInputError() {
        assertThrows(InputException.class, () -> new ErrorAnalysisOptions(20, 20, 5, null, 5, 30, 1.0, 2, 10, 50,
                SliceError.ABSOLUTE));
    }

    @Test
    void unsetSliceErrorMeansAbsolute() {
        assertEquals(SliceError.ABSOLUTE, ErrorAnalysisOptions.defaults().withSliceError(null).sliceError());
    }

    @Test
    void blankIdColumnMeansLineNumbers() {
        assertNull(ErrorAnalysisOptions.defaults().withIdColumn(" ").idColumn());
    }
}
