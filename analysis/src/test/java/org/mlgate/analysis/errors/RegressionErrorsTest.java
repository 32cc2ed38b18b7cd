package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

class RegressionErrorsTest {

    private static final double[][] ACTUAL_PREDICTED = {
        {10, 7}, {5, 6.5}, {3, 2.75}, {20, 13}, {0, 4}, {8, 6}, {1, -1}, {4, 4}, {12, 1.5}, {2, 2.75}, {6, 4.75}};

    private static ErrorAnalysis analyse(int largest) {
        ErrorAnalyzer analyzer = new ErrorAnalyzer(Task.REGRESSION, List.of("x"),
                new ErrorAnalysisOptions(20, largest, 5, null, 5, 30, 0.05, 2, 10, 50,
                SliceError.ABSOLUTE));
        for (int i = 0; i < ACTUAL_PREDICTED.length; i++) {
            analyzer.add(new ScoredRow(i, i + 2, new String[] {"v" + i}, null, null, null, ACTUAL_PREDICTED[i][0],
                    ACTUAL_PREDICTED[i][1]));
        }
        return analyzer.result();
    }

    @Test
    void largestResidualsAreTheLargestAbsoluteResidualsFirst() {
        List<LargestResidual> largest = analyse(3).largestResiduals();

        assertEquals(List.of(10L, 5L, 6L), largest.stream().map(LargestResidual::row).toList());
        assertEquals(10.5, largest.get(0).residual(), 1e-12);
        assertEquals(-4.0, largest.get(2).residual(), 1e-12);
        assertEquals("v8", largest.get(0).features().get("x"));
    }

    @Test
    void residualQuantilesAreExactLikeNumpyOnSmallData() {
        // residuals 3, -1.5, 0.25, 7, -4, 2, 2, 0, 10.5, -0.75, 1.25; np.quantile(r, [0, .05, .25, .5, .75, .95, 1])
        ResidualQuantiles q = analyse(20).residualQuantiles();

        assertEquals(List.of(-4.0, -2.75, -0.375, 1.25, 2.5, 8.75, 10.5),
                List.of(q.min(), q.p5(), q.p25(), q.median(), q.p75(), q.p95(), q.max()));
        assertEquals(11, q.count());
        assertTrue(q.exact());
    }

    @Test
    void classificationFieldsStayEmptyForRegression() {
        ErrorAnalysis result = analyse(20);

        assertEquals("regression", result.task());
        assertEquals(List.of(), result.confusionPairs());
        assertEquals(List.of(), result.confidentMistakes());
    }

    @Test
    void nonNumericActualValueIsAnInputErrorNamingTheLine() {
        ErrorAnalyzer analyzer = new ErrorAnalyzer(Task.REGRESSION, List.of("x"), ErrorAnalysisOptions.defaults());
        ScoredRow bad = new ScoredRow(0, 12, new String[] {"1"}, null, null, null, Double.NaN, 1.0);

        InputException e = assertThrows(InputException.class, () -> analyzer.add(bad));
        assertTrue(e.getMessage().startsWith("Line 12 "));
    }
}
