package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

/**
 * Regression slices on absolute or relative error ({@code sliceError}). The target is a price, ten times the skewed
 * {@code amount} column; on a price, errors grow with it, as on the diamonds data.
 */
class SliceErrorTest {

    private static final ToDoubleFunction<String[]> PRICE = cells -> 10 * SimulatedData.amount(cells);
    /** 10% of the price, times the skewed noise: the absolute error follows the price, the relative one does not. */
    private static final SimulatedData.ErrorSize PROPORTIONAL = (cells, actual) -> 0.1 * actual;
    /** 13% instead of 10% on plan p3: a slice that is weak on relative error. */
    private static final SimulatedData.ErrorSize PROPORTIONAL_WORSE_ON_P3 =
        (cells, actual) -> (cells[SimulatedData.PLAN].equals("p3") ? 0.13 : 0.1) * actual;

    private static ErrorAnalysis analyse(SliceError sliceError, List<ScoredRow> rows) {
        return SyntheticRows.analyse(new ErrorAnalyzer(Task.REGRESSION, SimulatedData.COLUMNS,
                ErrorAnalysisOptions.defaults().withSliceError(sliceError)), rows);
    }

    private static List<ScoredRow> proportional(long seed) {
        return SimulatedData.regression(seed, 3_000, 1.0, PRICE, PROPORTIONAL);
    }

    @Test
    void absoluteErrorsThatGrowWithTheTargetOnlyFindTheLargeTargetsAndTheNoteSaysSo() {
        ErrorAnalysis result = analyse(SliceError.ABSOLUTE, proportional(1));

        assertEquals("amount > 47", result.weakSlices().get(0).description()); // the priciest fifth
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Absolute errors grow with the actual value")
                && n.contains("may only mark rows with large actual values")), result.notes().toString());
    }

    @Test
    void relativeErrorFindsNoWeakSliceWhereErrorsOnlyFollowTheTarget() {
        for (long seed = 1; seed <= 5; seed++) {
            assertEquals(List.of(), analyse(SliceError.RELATIVE, proportional(seed)).weakSlices(), "seed " + seed);
        }
    }

    @Test
    void relativeErrorFindsAPlantedSliceAndReportsItsMape() {
        ErrorAnalysis result = analyse(SliceError.RELATIVE,
                SimulatedData.regression(2, 5_000, 1.0, PRICE, PROPORTIONAL_WORSE_ON_P3));

        WeakSlice first = result.weakSlices().get(0);
        assertEquals("plan = p3", first.description());
        assertNull(first.mae());
        assertTrue(first.mape() > 1.2 * first.overall(), first.toString());
    }

    @Test
    void autoChoosesRelativeErrorWhenAbsoluteErrorsGrowWithTheTarget() {
        ErrorAnalysis result = analyse(SliceError.AUTO, SimulatedData.regression(2, 5_000, 1.0, PRICE,
                PROPORTIONAL_WORSE_ON_P3));

        assertEquals("plan = p3", result.weakSlices().get(0).description());
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("sliceError auto compared relative errors")),
                result.notes().toString());
    }

    @Test
    void autoKeepsAbsoluteErrorWhenErrorsDoNotGrowWithTheTarget() {
        ErrorAnalysis result = analyse(SliceError.AUTO,
                SimulatedData.regression(3, 3_000, 1.0, PRICE, (cells, actual) -> 10));

        assertEquals(List.of(), result.weakSlices());
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("sliceError auto compared absolute errors")),
                result.notes().toString());
    }

    @Test
    void relativeErrorOnErrorsThatDoNotGrowOnlyFindsTheSmallTargetsAndTheNoteSaysSo() {
        ErrorAnalysis result = analyse(SliceError.RELATIVE,
                SimulatedData.regression(3, 3_000, 1.0, PRICE, (cells, actual) -> 10));

        assertFalse(result.weakSlices().isEmpty());
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Relative errors are largest where the actual "
                + "value is small")), result.notes().toString());
    }

    @Test
    void relativeErrorIsTheRowsTermOfMape() {
        assertEquals(0.5, ErrorScale.relativeError(2, -4), 0);
        assertEquals(1 / Math.ulp(1.0), ErrorScale.relativeError(1, 0), 0); // scikit-learn's max(|y|, eps)
    }

    @Test
    void relativeSlicesCarryMapeInsteadOfMaeInTheJson() {
        ErrorAnalysis result = analyse(SliceError.RELATIVE,
                SimulatedData.regression(2, 5_000, 1.0, PRICE, PROPORTIONAL_WORSE_ON_P3));
        JsonNode slice = new ObjectMapper().<JsonNode>valueToTree(result).get("weakSlices").get(0);

        assertTrue(slice.has("mape"));
        assertFalse(slice.has("mae"));
        WeakSlice first = result.weakSlices().get(0);
        assertEquals(first.mape(), SliceResult.of(first).metrics().get("mape"));
    }

    @Test
    void autoChunksSmallerThanTheBufferMergeToExactlyTheWhole() {
        List<ScoredRow> rows = SimulatedData.regression(4, 4_000, 1.0, PRICE, PROPORTIONAL_WORSE_ON_P3);
        ErrorAnalysisOptions auto = ErrorAnalysisOptions.defaults().withSliceError(SliceError.AUTO);
        ErrorAnalyzer whole = new ErrorAnalyzer(Task.REGRESSION, SimulatedData.COLUMNS, auto);
        ErrorAnalyzer first = new ErrorAnalyzer(Task.REGRESSION, SimulatedData.COLUMNS, auto);
        ErrorAnalyzer second = new ErrorAnalyzer(Task.REGRESSION, SimulatedData.COLUMNS, auto);
        for (int i = 0; i < rows.size(); i++) {
            whole.add(rows.get(i));
            (i < rows.size() / 2 ? first : second).add(rows.get(i));
        }
        first.merge(second);

        assertEquals(whole.result().weakSlices(), first.result().weakSlices());
        assertEquals(whole.result().notes(), first.result().notes());
    }

    @Test
    void autoChunksThatChoseTheSameErrorMergeTheirSlices() {
        List<ScoredRow> rows = SimulatedData.regression(5, 8_000, 1.0, PRICE, PROPORTIONAL_WORSE_ON_P3);
        ErrorAnalysisOptions auto = ErrorAnalysisOptions.defaults().withSliceError(SliceError.AUTO);
        ErrorAnalyzer first = new ErrorAnalyzer(Task.REGRESSION, SimulatedData.COLUMNS, null, auto, 1_000,
                QuantileSketch.DEFAULT_EXACT_CAPACITY);
        ErrorAnalyzer second = new ErrorAnalyzer(Task.REGRESSION, SimulatedData.COLUMNS, null, auto, 1_000,
                QuantileSketch.DEFAULT_EXACT_CAPACITY);
        for (int i = 0; i < rows.size(); i++) {
            (i < rows.size() / 2 ? first : second).add(rows.get(i));
        }
        first.merge(second);

        WeakSlice p3 = first.result().weakSlices().get(0);
        assertEquals("plan = p3", p3.description());
        assertEquals(rows.stream().filter(r -> r.cells()[SimulatedData.PLAN].equals("p3")).count(), p3.rows());
    }

    @Test
    void sliceErrorReadsPomValues() {
        assertEquals(SliceError.RELATIVE, SliceError.parse(" Relative "));
        assertEquals(SliceError.ABSOLUTE, SliceError.parse(null));
        InputException e = assertThrows(InputException.class, () -> SliceError.parse("percent"));
        assertTrue(e.getMessage().contains("absolute, relative or auto"), e.getMessage());
    }
}
