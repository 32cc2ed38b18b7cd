package org.mlgate.analysis.model;

import java.nio.file.Path;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.CsvFormat;

/**
 * What to evaluate: either a model and a validation file (model mode) or a file of precomputed predictions
 * (predictions mode). Null means "the default" for every field; {@link ScoredRowSources#open} checks the
 * combination.
 *
 * @param model             a Tribuo model file; null in predictions mode
 * @param validationData    the validation CSV/TSV (optionally .gz) for the model; null in predictions mode
 * @param predictions       a predictions CSV/TSV; null in model mode
 * @param labelColumn       the column with the true value; null = "label" in model mode, "actual" in predictions mode
 * @param predictionColumn  predictions mode: the predicted value column; null = "predicted"
 * @param probabilityPrefix predictions mode: prefix of the probability columns ({@code p_<label>}); null = "p_"
 * @param task              classification or regression; null = from the model, or inferred from a predictions file
 * @param onBadRow          what to do with a row that cannot be scored; null = {@link BadRowPolicy#FAIL}
 * @param format            how the data files are written; null = detect the delimiter, decimal points
 * @param modelOptions      the model's format, feature columns and class names, for ONNX and XGBoost models;
 *                          null = {@link ModelOptions#DEFAULT}
 */
public record SourceRequest(Path model, Path validationData, Path predictions, String labelColumn,
                            String predictionColumn, String probabilityPrefix, Task task, BadRowPolicy onBadRow,
                            CsvFormat format, ModelOptions modelOptions) {

    public SourceRequest {
        modelOptions = modelOptions == null ? ModelOptions.DEFAULT : modelOptions;
    }

    public SourceRequest(Path model, Path validationData, Path predictions, String labelColumn,
                         String predictionColumn, String probabilityPrefix, Task task, BadRowPolicy onBadRow,
                         CsvFormat format) {
        this(model, validationData, predictions, labelColumn, predictionColumn, probabilityPrefix, task, onBadRow,
                format, null);
    }

    public SourceRequest(Path model, Path validationData, Path predictions, String labelColumn,
                         String predictionColumn, String probabilityPrefix, Task task, BadRowPolicy onBadRow) {
        this(model, validationData, predictions, labelColumn, predictionColumn, probabilityPrefix, task, onBadRow,
                null, null);
    }

    public SourceRequest withFormat(CsvFormat newFormat) {
        return new SourceRequest(model, validationData, predictions, labelColumn, predictionColumn, probabilityPrefix,
                task, onBadRow, newFormat, modelOptions);
    }

    /** The format of the data files, detected unless configured. */
    public CsvFormat formatOrDefault() {
        return format == null ? CsvFormat.detect() : format;
    }

    /** Model mode with every default. */
    public static SourceRequest forModel(Path model, Path validationData) {
        return new SourceRequest(model, validationData, null, null, null, null, null, null);
    }

    /** Predictions mode with every default. */
    public static SourceRequest forPredictions(Path predictions) {
        return new SourceRequest(null, null, predictions, null, null, null, null, null);
    }

    public SourceRequest withLabelColumn(String column) {
        return new SourceRequest(model, validationData, predictions, column, predictionColumn, probabilityPrefix, task,
                onBadRow, format, modelOptions);
    }

    public SourceRequest withTask(Task newTask) {
        return new SourceRequest(model, validationData, predictions, labelColumn, predictionColumn, probabilityPrefix,
                newTask, onBadRow, format, modelOptions);
    }

    public SourceRequest withOnBadRow(BadRowPolicy policy) {
        return new SourceRequest(model, validationData, predictions, labelColumn, predictionColumn, probabilityPrefix,
                task, policy, format, modelOptions);
    }

    public SourceRequest withModelOptions(ModelOptions options) {
        return new SourceRequest(model, validationData, predictions, labelColumn, predictionColumn, probabilityPrefix,
                task, onBadRow, format, options);
    }

    /** The label column in effect: the one given, else the mode's default. */
    public String labelColumnOrDefault() {
        if (labelColumn != null && !labelColumn.isBlank()) {
            return labelColumn.trim();
        }
        return predictions != null ? "actual" : "label";
    }

    String predictionColumnOrDefault() {
        return predictionColumn == null || predictionColumn.isBlank() ? "predicted" : predictionColumn.trim();
    }

    String probabilityPrefixOrDefault() {
        return probabilityPrefix == null || probabilityPrefix.isEmpty() ? "p_" : probabilityPrefix;
    }

    BadRowPolicy onBadRowOrDefault() {
        return onBadRow == null ? BadRowPolicy.FAIL : onBadRow;
    }
}
