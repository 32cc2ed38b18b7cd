package org.mlgate.analysis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One part of the report's {@code errors} laid out as a generic table for the HTML report: the fallback of
 * {@link ErrorAnalysisView} for keys it does not know or cannot read. This reads them generically (columns = the union of their keys, in first-seen order), so a
 * new key or a missing one never breaks the page.
 *
 * @param key     the key in {@code errors}, such as {@code confusionPairs}
 * @param title   the heading for people
 * @param columns column names; empty when the value is not a list (then {@code text} holds it)
 * @param numeric for each column, whether every filled cell is a number (the column is then right-aligned)
 * @param rows    cells: a Number, Boolean or String (nested values as compact JSON, null as "")
 * @param total   how many items there were; more than {@code rows.size()} when the table was cut
 * @param text    the value as text when it is not a list, else null
 */
public record ErrorSection(String key, String title, List<String> columns, List<Boolean> numeric,
                           List<List<Object>> rows, int total,
                           String text) {

    /** A page of a thousand error rows helps nobody; the JSON keeps them all. */
    static final int MAX_ROWS = 50;

    private static final Map<String, String> TITLES = Map.of(
            "confusionPairs", "Most confused pairs",
            "confidentMistakes", "Confident mistakes",
            "largestResiduals", "Largest residuals",
            "weakSlices", "Weak slices");

    /** The sections of an {@code errors} map, in its order; empty for null. */
    public static List<ErrorSection> of(Map<String, Object> errors) {
        if (errors == null) {
            return List.of();
        }
        ObjectMapper mapper = ReportJson.mapper();
        List<ErrorSection> sections = new ArrayList<>();
        errors.forEach((key, value) -> sections.add(sectionOf(key, value, mapper)));
        return List.copyOf(sections);
    }

    /** One value of {@code errors} as a section. */
    static ErrorSection of(String key, Object value) {
        return sectionOf(key, value, ReportJson.mapper());
    }

    private static ErrorSection sectionOf(String key, Object value, ObjectMapper mapper) {
        String title = TITLES.getOrDefault(key, key);
        if (!(value instanceof List<?> items)) {
            return new ErrorSection(key, title, List.of(), List.of(), List.of(), 0, cellOf(value, mapper).toString());
        }
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                map.keySet().forEach(column -> columns.add(String.valueOf(column)));
            } else {
                columns.add("value");
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Object item : items.subList(0, Math.min(items.size(), MAX_ROWS))) {
            List<Object> row = new ArrayList<>();
            for (String column : columns) {
                Object cell = item instanceof Map<?, ?> map ? map.get(column) : ("value".equals(column) ? item : null);
                row.add(cellOf(cell, mapper));
            }
            rows.add(List.copyOf(row));
        }
        List<Boolean> numeric = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            int index = column;
            numeric.add(rows.stream().map(row -> row.get(index)).filter(cell -> !"".equals(cell))
                    .allMatch(cell -> cell instanceof Number));
        }
        return new ErrorSection(key, title, List.copyOf(columns), List.copyOf(numeric), List.copyOf(rows),
                items.size(), null);
    }

    private static Object cellOf(Object value, ObjectMapper mapper) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?> || value.getClass().isArray()) {
            try {
                return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(value);
    }
}
