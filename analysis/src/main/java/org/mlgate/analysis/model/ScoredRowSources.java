package org.mlgate.analysis.model;

import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.DataTable;
import org.mlgate.analysis.data.ScoredRowSource;

/** Opens the rows to evaluate, whichever way the predictions are made. */
public final class ScoredRowSources {

    private ScoredRowSources() {
    }

    /**
     * Model mode when {@code model} and {@code validationData} are set, predictions mode when {@code predictions}
     * is; any other combination is an InputException that says which parameters to set. The model is loaded and
     * the header checked here, so configuration mistakes surface before any row is read.
     */
    public static ScoredRowSource open(SourceRequest request) {
        boolean modelMode = request.model() != null || request.validationData() != null;
        if (modelMode && request.predictions() != null) {
            throw new InputException("Both a model (with validation data) and a predictions file are set; set either "
                    + "model and validationData, or predictions alone.");
        }
        if (!modelMode && request.predictions() == null) {
            throw new InputException("Nothing to evaluate: set model and validationData to evaluate a model (Tribuo, "
                    + "ONNX or XGBoost), or predictions to evaluate a file of precomputed predictions.");
        }
        if (modelMode && request.model() == null) {
            throw new InputException("validationData is set but model is not; set model to the model file to "
                    + "evaluate on " + request.validationData() + ".");
        }
        if (modelMode && request.validationData() == null) {
            throw new InputException("model is set but validationData is not; set validationData to the CSV file of "
                    + "validation rows for " + request.model() + ".");
        }
        return modelMode ? openModel(request) : PredictionsFileSource.open(request);
    }

    private static ScoredRowSource openModel(SourceRequest request) {
        ModelFormat format = request.modelOptions().formatOf(request.model());
        if (format != ModelFormat.TRIBUO) {
            return openTabular(request, format);
        }
        if (!request.modelOptions().featureColumns().isEmpty() || !request.modelOptions().labels().isEmpty()) {
            throw new InputException("featureColumns and labels are for ONNX and XGBoost models; the Tribuo model "
                    + request.model() + " names its features and classes itself, so remove them (or set "
                    + "modelFormat if the file is not a Tribuo model).");
        }
        LoadedModel loaded = TribuoModelLoader.load(request.model(), request.task());
        BadRows badRows = new BadRows(request.onBadRowOrDefault());
        DataTable table = DataTable.open(request.validationData(), badRows, request.formatOrDefault());
        try {
            String label = request.labelColumnOrDefault();
            if (table.column(label) < 0) {
                throw new InputException("The validation file " + request.validationData() + " has no label column '"
                        + label + "' (its columns are " + FeatureMapping.shortList(table.header())
                        + "); set labelColumn to the column with the true values." + table.delimiterHint());
            }
            return new ModelScoredRowSource(loaded, table, label, badRows);
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    /** An ONNX or XGBoost model: loaded (the native library only for ONNX), then bound to the data's columns. */
    private static ScoredRowSource openTabular(SourceRequest request, ModelFormat format) {
        TabularModel model = format == ModelFormat.ONNX
                ? OnnxRuntimeCheck.loader(request.model()).load(request.model(), request.task(), request.modelOptions())
                : XgboostModelLoader.load(request.model(), request.task(), request.modelOptions());
        try {
            BadRows badRows = new BadRows(request.onBadRowOrDefault());
            DataTable table = DataTable.open(request.validationData(), badRows, request.formatOrDefault());
            try {
                String label = request.labelColumnOrDefault();
                if (table.column(label) < 0) {
                    throw new InputException("The validation file " + request.validationData() + " has no label "
                            + "column '" + label + "' (its columns are " + FeatureMapping.shortList(table.header())
                            + "); set labelColumn to the column with the true values." + table.delimiterHint());
                }
                return new TabularScoredRowSource(model, table, label, badRows,
                        request.modelOptions().featureColumns());
            } catch (RuntimeException e) {
                table.close();
                throw e;
            }
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
