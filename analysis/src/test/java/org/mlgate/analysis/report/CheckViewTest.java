package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckViewTest {

    private static CheckView.Detail detail(String key, Object value) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(key, value);
        return CheckView.of(new CheckResult("data.x", "pass", "m", details)).details().get(0);
    }

    @Test
    void failedChecksComeFirstThenWarningsThenPasses() {
        List<CheckResult> checks = List.of(new CheckResult("a", "pass", "", null),
                new CheckResult("b", "warn", "", null), new CheckResult("c", "fail", "", null),
                new CheckResult("d", "odd", "", null));

        assertEquals(List.of("c", "b", "a", "d"), CheckView.of(checks).stream().map(CheckView::id).toList());
    }

    @Test
    void keysReadAsWords() {
        assertEquals("baseline accuracy", detail("baselineAccuracy", 0.7).label());
        assertEquals("training data sha256", CheckView.words("trainingDataSha256"));
    }

    @Test
    void numbersReadAsInTheRestOfTheReport() {
        assertEquals("0.7033", detail("baselineAccuracy", 0.7033333333333334).text());
        assertEquals("3000", detail("rows", 3000).text());
    }

    @Test
    void listsAreCommaLists() {
        assertEquals("virginica, setosa", detail("modelLabels", List.of("virginica", "setosa")).text());
    }

    @Test
    void emptyListsAndMapsReadNone() {
        assertEquals("none", detail("columns", List.of()).text());
        assertEquals("none", detail("unknownLabels", Map.of()).text());
    }

    @Test
    void mapsOfValuesAreChips() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("churn", 890);
        counts.put("stay", 2110);

        assertEquals(List.of(new Chip("churn", "890"), new Chip("stay", "2110")), detail("counts", counts).chips());
    }

    @Test
    void mapsOfObjectsAreTables() {
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("sepal_width", Map.of("outside", 2));
        features.put("petal_width", Map.of("outside", 0, "share", 0.0));

        CheckView.Table table = detail("features", features).table();

        assertEquals(List.of("", "outside", "share"), table.columns());
        assertEquals(List.of("sepal_width", "2", "\u2014"), table.rows().get(0));
    }

    @Test
    void listsOfObjectsAreLinesOfChipsWithNestedValuesInline() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("trainingLine", 55);
        example.put("row", Map.of("species", "virginica"));

        CheckView.Detail detail = detail("examples", List.of(example));

        assertEquals(List.of(List.of(new Chip("trainingLine", "55"), new Chip("species", "virginica"))),
                detail.lines());
        assertNull(detail.text());
    }

    @Test
    void longListsAreCutAndCounted() {
        List<Integer> lines = java.util.stream.IntStream.range(0, 25).boxed().toList();

        assertEquals("0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, and 5 more",
                detail("lines", lines).text());
    }
}
