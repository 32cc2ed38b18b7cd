package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.CellNumbers;

/**
 * Turns the cells of a data row into the features a Tribuo model knows, by the names Tribuo's field processors give
 * them. For a column {@code c} and a cell {@code v}:
 * <ul>
 *   <li>{@code v} numeric and the model has {@code c}: feature {@code (c, v)} (DoubleFieldProcessor, bare name);</li>
 *   <li>{@code v} numeric and the model has {@code c@value}: feature {@code (c@value, v)};</li>
 *   <li>otherwise, when the model has {@code c@v}: feature {@code (c@v, 1.0)} (one-hot, IdentityProcessor).</li>
 * </ul>
 * An empty cell, or a value that matches none of these, gives no feature; the row is still predicted from its
 * other features (as Tribuo would do silently) and {@link MappedRow#unmatchedColumns()} says where it happened.
 */
final class FeatureMapping {

    private static final int NAMES_SHOWN = 10;

    private final List<ColumnRule> rules;
    private final List<String> unusedColumns;

    private FeatureMapping(List<ColumnRule> rules, List<String> unusedColumns) {
        this.rules = rules;
        this.unusedColumns = unusedColumns;
    }

    /**
     * @param header      the data file's columns
     * @param labelIndex  the label column, which never provides a feature
     * @param features    the model's feature names
     * @throws InputException when a model feature cannot come from any column
     */
    static FeatureMapping of(Path modelFile, Path dataFile, List<String> header, int labelIndex, Iterable<String> features) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != labelIndex) {
                columns.put(header.get(i), i);
            }
        }
        Map<Integer, ColumnRule> byColumn = new LinkedHashMap<>();
        TreeSet<String> missing = new TreeSet<>();
        for (String feature : features) {
            Integer bare = columns.get(feature);
            if (bare != null) {
                rule(byColumn, bare, header).bareFeature = feature;
                continue;
            }
            if (feature.endsWith("@value")) {
                Integer valued = columns.get(feature.substring(0, feature.length() - "@value".length()));
                if (valued != null) {
                    rule(byColumn, valued, header).valueFeature = feature;
                    continue;
                }
            }
            Integer categorical = categoricalColumn(feature, columns);
            if (categorical != null) {
                String column = header.get(categorical);
                rule(byColumn, categorical, header).categories.put(feature.substring(column.length() + 1), feature);
            } else {
                missing.add(feature);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException("The model " + modelFile + " uses " + (missing.size() == 1 ? "the feature " : missing.size() + " features ")
                    + shortList(missing) + " that no column of " + dataFile + " provides; add "
                    + (missing.size() == 1 ? "a column" : "columns") + " named after "
                    + (missing.size() == 1 ? "it" : "them") + " (a one-hot feature c@v comes from a column c).");
        }
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != labelIndex && !byColumn.containsKey(i)) {
                unused.add(header.get(i));
            }
        }
        return new FeatureMapping(List.copyOf(byColumn.values()), List.copyOf(unused));
    }

    /** Columns that provide none of the model's features (kept for analysis, ignored for prediction). */
    List<String> unusedColumns() {
        return unusedColumns;
    }

    /**
     * @param cells   the row's cells, trimmed, aligned with the header
     * @param numbers the same cells as numbers ({@link CellNumbers#parse}), parsed once by the caller
     */
    MappedRow map(String[] cells, double[] numbers) {
        // At most two features per column (a bare and a @value one): arrays of that size, trimmed once, instead of
        // growing lists of boxed doubles for every row.
        String[] names = new String[2 * rules.size()];
        double[] values = new double[names.length];
        int count = 0;
        List<String> unmatched = List.of();
        for (ColumnRule rule : rules) {
            int added = rule.apply(cells[rule.index], numbers[rule.index], names, values, count);
            if (added == 0) {
                if (unmatched.isEmpty()) {
                    unmatched = new ArrayList<>(2);
                }
                unmatched.add(rule.column);
            }
            count += added;
        }
        return new MappedRow(count == names.length ? names : Arrays.copyOf(names, count),
                count == values.length ? values : Arrays.copyOf(values, count), unmatched);
    }

    /**
     * @param names             feature names, aligned with {@code values}
     * @param unmatchedColumns  columns whose cell was empty or a value the model never saw
     */
    record MappedRow(String[] names, double[] values, List<String> unmatchedColumns) {
    }

    static String shortList(java.util.Collection<String> names) {
        List<String> shown = names.stream().limit(NAMES_SHOWN).map(n -> "'" + n + "'").toList();
        String list = String.join(", ", shown);
        return names.size() > NAMES_SHOWN ? list + " and " + (names.size() - NAMES_SHOWN) + " more" : list;
    }

    private static ColumnRule rule(Map<Integer, ColumnRule> byColumn, int index, List<String> header) {
        return byColumn.computeIfAbsent(index, i -> new ColumnRule(i, header.get(i)));
    }

    /** The longest column name {@code c} such that the feature starts with {@code c@} (names may contain '@'). */
    private static Integer categoricalColumn(String feature, Map<String, Integer> columns) {
        for (int at = feature.lastIndexOf('@'); at > 0; at = feature.lastIndexOf('@', at - 1)) {
            Integer index = columns.get(feature.substring(0, at));
            if (index != null) {
                return index;
            }
        }
        return null;
    }

    /** How one column turns into features; filled while the mapping is built, read-only afterwards. */
    private static final class ColumnRule {
        final int index;
        final String column;
        String bareFeature;
        String valueFeature;
        final Map<String, String> categories = new HashMap<>();

        ColumnRule(int index, String column) {
            this.index = index;
            this.column = column;
        }

        /** Writes this cell's features from {@code at}; how many, 0 when the cell gives none (empty or unseen). */
        int apply(String cell, double number, String[] names, double[] values, int at) {
            if (cell.isEmpty()) {
                return 0;
            }
            if ((bareFeature != null || valueFeature != null) && !Double.isNaN(number)) {
                int added = 0;
                if (bareFeature != null) {
                    names[at + added] = bareFeature;
                    values[at + added++] = number;
                }
                if (valueFeature != null) {
                    names[at + added] = valueFeature;
                    values[at + added++] = number;
                }
                return added;
            }
            String category = categories.get(cell);
            if (category == null) {
                return 0;
            }
            names[at] = category;
            values[at] = 1.0;
            return 1;
        }
    }
}
