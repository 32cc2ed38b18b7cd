package org.mlgate.analysis.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a row's feature cells the error analysis shows at once, and which behind a disclosure: a confident mistake
 * of a 57-feature model listed 57 chips per row. First the columns of the weak slices the row falls in (so the reader
 * sees why it is there), else the columns any weak slice names, else the first few in file order.
 */
final class KeyFeatures {
    /** A handful: what a reader takes in at a glance. */
    static final int HANDFUL = 4;
    /** A row with this many features or fewer shows them all. */
    static final int SHOW_ALL = 6;

    /** One condition of a weak slice, as report.json writes it ({@code errors.weakSlices[].conditions[]}). */
    private record Condition(String column, String kind, String value, Double lower, Double upper) {
        boolean holds(String cell) {
            return switch (kind) {
                case "equals" -> Objects.equals(cell, value);
                case "missing" -> cell == null || cell.isEmpty();
                case "range" -> {
                    Double number = number(cell);
                    yield number != null && (lower == null || number > lower) && (upper == null || number <= upper);
                }
                default -> false;
            };
        }
    }

    /** The chips shown, the rest, and whether the row falls in a weak slice. */
    record Split(List<Chip> key, List<Chip> rest, boolean inWeakSlice) {
    }

    private final List<List<Condition>> slices;
    private final Set<String> namedColumns;

    private KeyFeatures(List<List<Condition>> slices) {
        this.slices = slices;
        this.namedColumns = new LinkedHashSet<>();
        slices.forEach(conditions -> conditions.forEach(c -> namedColumns.add(c.column())));
    }

    /** From report.json's weak slices (lenient: a slice whose conditions cannot be read is left out). */
    static KeyFeatures of(List<?> weakSlices) {
        List<List<Condition>> slices = new ArrayList<>();
        for (Object slice : weakSlices) {
            JsonFields fields = JsonFields.of(slice);
            if (fields == null) {
                continue;
            }
            List<Condition> conditions = new ArrayList<>();
            for (Object raw : fields.list("conditions")) {
                JsonFields c = JsonFields.of(raw);
                if (c != null && c.text("column") != null && c.text("kind") != null) {
                    conditions.add(new Condition(c.text("column"), c.text("kind"), c.text("value"), c.number("lower"),
                            c.number("upper")));
                }
            }
            if (!conditions.isEmpty()) {
                slices.add(List.copyOf(conditions));
            }
        }
        return new KeyFeatures(List.copyOf(slices));
    }

    Split split(List<Chip> features) {
        if (features.size() <= SHOW_ALL && slices.isEmpty()) {
            return new Split(features, List.of(), false);
        }
        Map<String, String> cells = new java.util.HashMap<>();
        features.forEach(chip -> cells.put(chip.name(), chip.value()));
        Set<String> chosen = new LinkedHashSet<>();
        for (List<Condition> slice : slices) {
            if (slice.stream().allMatch(c -> cells.containsKey(c.column()) && c.holds(cells.get(c.column())))) {
                // Weak slices come most excess errors first: the first ones the row falls in decide, up to a few.
                slice.stream().filter(c -> chosen.size() < SHOW_ALL).forEach(c -> chosen.add(c.column()));
            }
        }
        boolean inWeakSlice = !chosen.isEmpty();
        for (String column : namedColumns) {
            if (chosen.size() >= HANDFUL) {
                break;
            }
            if (cells.containsKey(column)) {
                chosen.add(column);
            }
        }
        for (Chip chip : features) {
            if (chosen.size() >= HANDFUL) {
                break;
            }
            chosen.add(chip.name());
        }
        if (features.size() <= SHOW_ALL) {
            chosen.clear();
            features.forEach(chip -> chosen.add(chip.name()));
        }
        List<Chip> key = new ArrayList<>();
        for (String column : chosen) {
            features.stream().filter(chip -> chip.name().equals(column)).findFirst().ifPresent(key::add);
        }
        List<Chip> rest = features.stream().filter(chip -> !chosen.contains(chip.name())).toList();
        return new Split(List.copyOf(key), rest, inWeakSlice);
    }

    private static Double number(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(cell.trim()).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
