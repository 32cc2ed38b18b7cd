package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyFeaturesTest {

    private static Map<String, Object> condition(String column, String kind, Object value, Double lower,
                                                 Double upper) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("column", column);
        c.put("kind", kind);
        if (value != null) {
            c.put("value", value);
        }
        if (lower != null) {
            c.put("lower", lower);
        }
        if (upper != null) {
            c.put("upper", upper);
        }
        return c;
    }

    private static List<Chip> features(int n, String... overrides) {
        List<Chip> chips = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chips.add(new Chip("f" + i, "1"));
        }
        for (int i = 0; i < overrides.length; i += 2) {
            String name = overrides[i];
            String value = overrides[i + 1];
            chips.replaceAll(c -> c.name().equals(name) ? new Chip(name, value) : c);
        }
        return chips;
    }

    private static final List<Object> WEAK = List.of(
            Map.of("conditions", List.of(condition("f30", "range", null, null, 0.0))),
            Map.of("conditions", List.of(condition("f7", "equals", "web", null, null),
                    condition("f12", "range", null, 5.0, null))));

    @Test
    void aRowInAWeakSliceShowsThatSlicesColumnsFirstAndTheRestBehindTheDisclosure() {
        KeyFeatures.Split split = KeyFeatures.of(WEAK).split(features(57, "f7", "web", "f12", "8", "f30", "3"));
        assertTrue(split.inWeakSlice());
        assertEquals(List.of("f7", "f12"), split.key().stream().limit(2).map(Chip::name).toList());
        assertTrue(split.key().size() <= KeyFeatures.SHOW_ALL);
        assertEquals(57, split.key().size() + split.rest().size());
    }

    @Test
    void aRowInNoWeakSliceShowsTheColumnsWeakSlicesNameThenAHandful() {
        KeyFeatures.Split split = KeyFeatures.of(WEAK).split(features(57, "f30", "3", "f12", "1"));
        assertFalse(split.inWeakSlice());
        assertEquals(List.of("f30", "f7", "f12", "f0"), split.key().stream().map(Chip::name).toList());
    }

    @Test
    void aFewFeaturesAreAllShown() {
        KeyFeatures.Split split = KeyFeatures.of(List.of()).split(features(5));
        assertEquals(5, split.key().size());
        assertTrue(split.rest().isEmpty());
    }
}
