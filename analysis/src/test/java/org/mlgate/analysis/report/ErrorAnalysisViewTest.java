package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorAnalysisViewTest {

    @Test
    void readsTheErrorAnalysisShapeIntoTypedRows() {
        ErrorAnalysisView view = ErrorAnalysisView.of("classification", ReportFixtures.binary().errors());

        ErrorAnalysisView.Pair pair = view.confusionPairs().get(0);
        assertEquals("fraud", pair.actual());
        assertEquals(100L, pair.count());
        assertEquals(List.of("17", "40", "85", "311", "530"), pair.examples());
        assertEquals(new Chip("amount", "12.5"), view.confidentMistakes().get(0).features().get(0));
        assertEquals("error rate", view.weakSlices().get(0).measure());
        assertEquals(58L, view.slicesTested());
        assertEquals(List.of(), view.other());
    }

    @Test
    void regressionSlicesMeasureMae() {
        ErrorAnalysisView view = ErrorAnalysisView.of("regression", ReportFixtures.regression().errors());

        assertFalse(view.classification());
        assertEquals("MAE", view.weakSlices().get(0).measure());
        assertEquals(214.2, view.weakSlices().get(0).value());
        assertEquals(4.1, view.residualQuantiles().median());
    }

    @Test
    void regressionSlicesOnRelativeErrorMeasureMape() {
        Map<String, Object> slice = new LinkedHashMap<>();
        slice.put("description", "carat > 1.5");
        slice.put("rows", 812);
        slice.put("mape", 0.31);
        slice.put("overall", 0.12);
        Map<String, Object> errors = Map.of("task", "regression", "weakSlices", List.of(slice));

        ErrorAnalysisView.Slice read = ErrorAnalysisView.of("regression", errors).weakSlices().get(0);

        assertEquals("MAPE", read.measure());
        assertEquals(0.31, read.value());
    }

    @Test
    void aMissingNumberReadsAsNull() {
        Map<String, Object> errors = Map.of("confusionPairs", List.of(Map.of("actual", "a", "predicted", "b")));

        ErrorAnalysisView.Pair pair = ErrorAnalysisView.of("classification", errors).confusionPairs().get(0);

        assertNull(pair.count());
        assertNull(pair.shareOfErrors());
        assertEquals(List.of(), pair.examples());
    }

    @Test
    void aKnownListOfAnotherShapeBecomesAGenericSection() {
        Map<String, Object> errors = Map.of("weakSlices", List.of(Map.of("column", "country", "value", "BR")));

        ErrorAnalysisView view = ErrorAnalysisView.of("classification", errors);

        assertEquals(List.of(), view.weakSlices());
        assertEquals("weakSlices", view.other().get(0).key());
    }

    @Test
    void unknownKeysAreKeptAsGenericSections() {
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("task", "classification");
        errors.put("somethingNew", List.of(Map.of("x", 1)));

        assertEquals(List.of("somethingNew"),
                ErrorAnalysisView.of("classification", errors).other().stream().map(ErrorSection::key).toList());
    }

    @Test
    void residualQuantilesMissingANumberBecomeAGenericSection() {
        ErrorAnalysisView view = ErrorAnalysisView.of("regression", Map.of("residualQuantiles", Map.of("min", 1)));

        assertNull(view.residualQuantiles());
        assertEquals("residualQuantiles", view.other().get(0).key());
    }

    @Test
    void theIdValueIsLeftOutOfTheFeatureChips() {
        Map<String, Object> mistake = new LinkedHashMap<>();
        mistake.put("row", 36);
        mistake.put("id", "C00034");
        mistake.put("actual", "churn");
        mistake.put("predicted", "stay");
        mistake.put("features", Map.of("customer_id", "C00034"));

        ErrorAnalysisView view = ErrorAnalysisView.of("classification",
                Map.of("confidentMistakes", List.of(mistake)));

        assertTrue(view.confidentMistakes().get(0).features().isEmpty());
    }

    @Test
    void noErrorsMeansNoView() {
        assertNull(ErrorAnalysisView.of("classification", null));
    }
}
