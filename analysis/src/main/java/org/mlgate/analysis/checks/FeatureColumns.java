package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which data column each model feature comes from. Tribuo names a feature after its column: {@code col} (CSVLoader,
 * or a field processor told to use the bare name), {@code col@value} (a numeric field processor) or
 * {@code col@category} (one-hot). A feature belongs to the column of its exact name, else to the longest column
 * {@code c} with the feature starting {@code c@}.
 */
record FeatureColumns(List<String> modelFeatures, List<String> columns) {

    /** The column of a model feature, or null when no column provides it. */
    String columnOf(String feature) {
        if (columns.contains(feature)) {
            return feature;
        }
        String best = null;
        for (String column : columns) {
            if (feature.startsWith(column + "@") && (best == null || column.length() > best.length())) {
                best = column;
            }
        }
        return best;
    }

    Set<String> usedColumns() {
        Set<String> used = new LinkedHashSet<>();
        for (String feature : modelFeatures) {
            String column = columnOf(feature);
            if (column != null) {
                used.add(column);
            }
        }
        return used;
    }

    /** Model features that no column provides. */
    List<String> unprovided() {
        List<String> missing = new ArrayList<>();
        for (String feature : modelFeatures) {
            if (columnOf(feature) == null) {
                missing.add(feature);
            }
        }
        return missing;
    }
}
