package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data check as the HTML report shows it: its {@code details} map (written by the checks package, one shape per
 * check) turned into labelled values a person reads, never JSON: scalars as text, lists as comma lists, maps of
 * counts as chips, maps of objects (per feature, say) as small tables, lists of objects (examples) as lines of
 * chips.
 *
 * @param details the details in their order; empty when the check wrote none
 */
public record CheckView(String id, String status, String message, List<Detail> details) {

    /** Long lists are cut here; report.json keeps them whole. */
    static final int MAX_ITEMS = 20;

    private static final List<String> STATUS_ORDER = List.of("fail", "warn", "pass");

    /**
     * One entry of the details; exactly one of text, chips, lines or table is filled.
     *
     * @param label the key in words: {@code baselineAccuracy} reads "baseline accuracy"
     */
    public record Detail(String label, String text, List<Chip> chips, List<List<Chip>> lines, Table table) {
    }

    /** A map of objects: one row per key, one column per inner key. */
    public record Table(List<String> columns, List<List<String>> rows) {
    }

    /** The checks, failed first, then warnings, passes and any other status, each group in report order. */
    public static List<CheckView> of(List<CheckResult> checks) {
        if (checks == null) {
            return List.of();
        }
        List<CheckView> views = new ArrayList<>();
        for (String status : STATUS_ORDER) {
            checks.stream().filter(c -> c != null && status.equals(c.status())).map(CheckView::of).forEach(views::add);
        }
        checks.stream().filter(c -> c != null && !STATUS_ORDER.contains(c.status())).map(CheckView::of)
                .forEach(views::add);
        return List.copyOf(views);
    }

    static CheckView of(CheckResult check) {
        List<Detail> details = new ArrayList<>();
        if (check.details() != null) {
            check.details().forEach((key, value) -> details.add(detail(key, value)));
        }
        return new CheckView(check.id(), check.status(), check.message(), List.copyOf(details));
    }

    private static Detail detail(String key, Object value) {
        String label = words(key);
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            if (map.values().stream().allMatch(v -> v instanceof Map<?, ?>)) {
                return new Detail(label, null, null, null, table(map));
            }
            return new Detail(label, null, chips(map), null, null);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(v -> v instanceof Map<?, ?>)) {
            List<List<Chip>> lines = list.stream().limit(MAX_ITEMS).map(item -> chips((Map<?, ?>) item)).toList();
            return new Detail(label, list.size() > MAX_ITEMS ? "and " + (list.size() - MAX_ITEMS) + " more" : null,
                    null, lines, null);
        }
        return new Detail(label, text(value), null, null, null);
    }

    /** A map's scalar entries as chips; a nested map's entries join in under their own names. */
    private static List<Chip> chips(Map<?, ?> map) {
        List<Chip> chips = new ArrayList<>();
        map.forEach((name, value) -> {
            if (value instanceof Map<?, ?> inner) {
                chips.addAll(chips(inner));
            } else {
                chips.add(new Chip(String.valueOf(name), text(value)));
            }
        });
        return chips.stream().limit(MAX_ITEMS * 2L).toList();
    }

    private static Table table(Map<?, ?> map) {
        Set<String> inner = new LinkedHashSet<>();
        map.values().forEach(row -> ((Map<?, ?>) row).keySet().forEach(k -> inner.add(String.valueOf(k))));
        List<String> columns = new ArrayList<>();
        columns.add("");
        inner.forEach(k -> columns.add(words(k)));
        List<List<String>> rows = new ArrayList<>();
        map.entrySet().stream().limit(MAX_ITEMS).forEach(entry -> {
            Map<?, ?> row = (Map<?, ?>) entry.getValue();
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(entry.getKey()));
            inner.forEach(k -> cells.add(text(row.get(k))));
            rows.add(List.copyOf(cells));
        });
        return new Table(List.copyOf(columns), List.copyOf(rows));
    }

    /** Any value as plain text: lists joined by commas, maps as name=value, empty ones as "none". */
    static String text(Object value) {
        if (value == null) {
            return "\u2014";
        }
        if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                return "none";
            }
            String joined = list.stream().limit(MAX_ITEMS).map(CheckView::text).collect(Collectors.joining(", "));
            return list.size() > MAX_ITEMS ? joined + ", and " + (list.size() - MAX_ITEMS) + " more" : joined;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "none";
            }
            return map.entrySet().stream().limit(MAX_ITEMS).map(e -> e.getKey() + "=" + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return CellText.of(value);
    }

    /** camelCase to lower-case words: {@code trainingDataSha256} reads "training data sha256". */
    static String words(String key) {
        return Objects.toString(key, "").replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
