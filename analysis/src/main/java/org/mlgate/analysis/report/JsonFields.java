package org.mlgate.analysis.report;

import java.util.List;
import java.util.Map;

/**
 * Lenient typed reads of one JSON object of report.json (a map from Jackson), for the HTML views. A report may
 * come from an older or newer mlgate, or be edited by hand: a missing key or a value of another type reads as
 * null, never as an exception, so the page shows a blank rather than failing.
 */
record JsonFields(Map<?, ?> map) {

    /** The fields of {@code value}, or null when it is not a JSON object. */
    static JsonFields of(Object value) {
        return value instanceof Map<?, ?> object ? new JsonFields(object) : null;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    /** A string as it is; a number or boolean as text (ids and labels may be numeric in a CSV). */
    String text(String key) {
        Object value = map.get(key);
        if (value instanceof String || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return CellText.of(number);
        }
        return null;
    }

    Double number(String key) {
        return map.get(key) instanceof Number number && Double.isFinite(number.doubleValue())
                ? number.doubleValue() : null;
    }

    Long whole(String key) {
        Double number = number(key);
        return number != null && number == Math.rint(number) ? number.longValue() : null;
    }

    List<?> list(String key) {
        return map.get(key) instanceof List<?> list ? list : List.of();
    }

    Map<?, ?> object(String key) {
        return map.get(key) instanceof Map<?, ?> object ? object : Map.of();
    }
}
