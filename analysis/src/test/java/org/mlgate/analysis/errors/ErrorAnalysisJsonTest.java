package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;

class ErrorAnalysisJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void classificationAnalysisSerialisesWithTheReportKeysInOrder() {
        ErrorAnalysis result = SyntheticRows.analyse(new ErrorAnalyzer(Task.CLASSIFICATION, SyntheticRows.COLUMNS,
                SyntheticRows.LABELS, ErrorAnalysisOptions.defaults()),
                SyntheticRows.classification(7, 20_000, 0.1, SyntheticRows.WEST_AND_OVER_60));
        JsonNode json = JSON.valueToTree(result);

        assertEquals(List.of("task", "confusionPairs", "confidentMistakes", "largestResiduals", "residualQuantiles",
                "weakSlices", "slicesTested", "notes"), keys(json));
        assertEquals(List.of("actual", "predicted", "count", "shareOfErrors", "meanConfidence", "examples"),
                keys(json.get("confusionPairs").get(0)));
        JsonNode slice = json.get("weakSlices").get(0);
        assertEquals(List.of("description", "conditions", "rows", "errorRate", "overall", "lift", "excessErrors",
                "pValue", "qValue"), keys(slice));
        assertEquals(List.of("column", "kind", "lower"), keys(slice.get("conditions").get(1)));
        assertFalse(json.get("confidentMistakes").get(0).has("id"));
    }

    @Test
    void regressionSlicesCarryMaeInsteadOfErrorRate() {
        ErrorAnalysis result = SyntheticRows.analyse(new ErrorAnalyzer(Task.REGRESSION, SyntheticRows.COLUMNS,
                ErrorAnalysisOptions.defaults()), SyntheticRows.regression(13, 20_000, SyntheticRows.WEST_AND_OVER_60));
        JsonNode slice = JSON.<JsonNode>valueToTree(result).get("weakSlices").get(0);

        assertTrue(slice.has("mae"));
        assertFalse(slice.has("errorRate"));
    }
}
