package org.mlgate.analysis.model;

import java.util.List;

/**
 * How to read a model of a format that does not name everything itself (ONNX, XGBoost). Null or empty means "not
 * set" for every field.
 *
 * @param format         {@code auto} (by the file's extension), {@code tribuo}, {@code onnx} or {@code xgboost}
 * @param featureColumns the data columns in the order of the model's features, for a model that takes its features
 *                       as one ordered vector (an ONNX model with a single tensor input, an XGBoost model trained
 *                       without feature names); a model with named inputs maps columns by name
 * @param labels         the class names in the order of the model's classes (XGBoost's 0, 1, ...; an ONNX model's
 *                       class values or probability columns), when the model's own are codes
 */
public record ModelOptions(String format, List<String> featureColumns, List<String> labels) {

    public static final ModelOptions DEFAULT = new ModelOptions(null, List.of(), List.of());

    public ModelOptions {
        featureColumns = featureColumns == null ? List.of() : featureColumns.stream().map(String::trim).toList();
        labels = labels == null ? List.of() : labels.stream().map(String::trim).toList();
    }

    /** The format in effect for {@code model}: the configured one, else the extension's. */
    public ModelFormat formatOf(java.nio.file.Path model) {
        return ModelFormat.of(format, model);
    }

    public ModelOptions withFormat(String newFormat) {
        return new ModelOptions(newFormat, featureColumns, labels);
    }

    public ModelOptions withFeatureColumns(List<String> columns) {
        return new ModelOptions(format, columns, labels);
    }

    public ModelOptions withLabels(List<String> names) {
        return new ModelOptions(format, featureColumns, names);
    }
}
