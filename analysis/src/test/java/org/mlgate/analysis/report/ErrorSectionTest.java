package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorSectionTest {

    @Test
    void columnsAreTheUnionOfTheObjectsKeysInFirstSeenOrder() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("actual", "a");
        first.put("count", 3);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("actual", "b");
        second.put("share", 0.5);

        ErrorSection section = ErrorSection.of(Map.of("confusionPairs", List.of(first, second))).get(0);

        assertEquals("Most confused pairs", section.title());
        assertEquals(List.of("actual", "count", "share"), section.columns());
        assertEquals(List.of("b", "", 0.5), section.rows().get(1));
        assertEquals(List.of(false, true, true), section.numeric());
    }

    @Test
    void nestedValuesBecomeCompactJson() {
        ErrorSection section = ErrorSection.of(Map.of("confidentMistakes",
                List.of(Map.of("cells", List.of("1.5", "NL"))))).get(0);

        assertEquals(List.of("[\"1.5\",\"NL\"]"), section.rows().get(0));
    }

    @Test
    void valueThatIsNotAListIsText() {
        ErrorSection section = ErrorSection.of(Map.of("weakSlices", "none found")).get(0);

        assertEquals("none found", section.text());
        assertEquals(List.of(), section.columns());
    }

    @Test
    void unknownKeyIsTitledByItself() {
        assertEquals("somethingNew", ErrorSection.of(Map.of("somethingNew", List.of())).get(0).title());
    }

    @Test
    void longListsAreCutButCounted() {
        List<Object> residuals = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            residuals.add(Map.of("line", i));
        }

        ErrorSection section = ErrorSection.of(Map.of("largestResiduals", residuals)).get(0);

        assertEquals(ErrorSection.MAX_ROWS, section.rows().size());
        assertEquals(120, section.total());
        assertNull(section.text());
    }

    @Test
    void noErrorsMeansNoSections() {
        assertEquals(List.of(), ErrorSection.of(null));
    }
}
