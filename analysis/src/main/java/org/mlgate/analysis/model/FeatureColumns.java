package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mlgate.analysis.InputException;

/**
 * Which data column gives each feature of a {@link TabularModel}: the column of the feature's name, or the
 * {@code featureColumns} in order, which also serve when the model's names are not the data's.
 */
final class FeatureColumns {

    private FeatureColumns() {
    }

    /**
     * @param configured the {@code featureColumns} parameter, empty when not set
     * @return the header index of each of the model's features, in the model's order
     * @throws InputException naming the model, the data file and what to set, when a feature has no column
     */
    static int[] bind(TabularModel.ModelFeatures features, List<String> configured, List<String> header,
                      int labelIndex, Path modelFile, Path dataFile) {
        if (!configured.isEmpty()) {
            return configured(features, configured, header, labelIndex, modelFile, dataFile);
        }
        if (!features.named()) {
            String count = features.count() >= 0 ? features.count() + " " : "";
            throw new InputException("The model " + modelFile + " reads its features as one vector ("
                    + features.vector() + ") whose parts have no names; set featureColumns to the " + count + "columns of " + dataFile
                    + " in the order the model was trained on (its columns are " + FeatureMapping.shortList(
                    columnsBut(header, labelIndex)) + ").");
        }
        int[] indexes = new int[features.names().size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            String name = features.names().get(i);
            indexes[i] = header.indexOf(name);
            if (indexes[i] < 0 || indexes[i] == labelIndex) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException("The model " + modelFile + " reads " + (missing.size() == 1 ? "the feature "
                    : missing.size() + " features ") + FeatureMapping.shortList(missing) + " that no column of "
                    + dataFile + " provides; add " + (missing.size() == 1 ? "a column" : "columns") + " named after "
                    + (missing.size() == 1 ? "it" : "them") + ", or set featureColumns to the columns of the model's "
                    + features.names().size() + " features in its order (" + FeatureMapping.shortList(
                    features.names()) + ").");
        }
        return indexes;
    }

    private static int[] configured(TabularModel.ModelFeatures features, List<String> configured, List<String> header,
                                     int labelIndex, Path modelFile, Path dataFile) {
        int expected = features.named() ? features.names().size() : features.count();
        if (expected >= 0 && configured.size() != expected) {
            throw new InputException("featureColumns names " + configured.size() + " columns, but the model "
                    + modelFile + " reads " + expected + " features" + (features.named() ? " ("
                    + FeatureMapping.shortList(features.names()) + ")" : "") + "; list its features' columns of "
                    + dataFile + ", in the model's order.");
        }
        int[] indexes = new int[configured.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < indexes.length; i++) {
            String column = configured.get(i);
            indexes[i] = header.indexOf(column);
            if (indexes[i] == labelIndex && labelIndex >= 0) {
                throw new InputException("featureColumns names the label column '" + column + "'; a model's "
                        + "features never include the value it predicts, so remove it.");
            }
            if (indexes[i] < 0) {
                throw new InputException("featureColumns names the column '" + column + "', which " + dataFile
                        + " does not have (its columns are " + FeatureMapping.shortList(columnsBut(header, labelIndex))
                        + ").");
            }
            if (!seen.add(column)) {
                throw new InputException("featureColumns names the column '" + column + "' twice; name each of the "
                        + "model's features once, in the model's order.");
            }
        }
        return indexes;
    }

    private static List<String> columnsBut(List<String> header, int labelIndex) {
        List<String> columns = new ArrayList<>(header);
        if (labelIndex >= 0) {
            columns.remove(labelIndex);
        }
        return columns;
    }
}
