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
            throw new InputException("Nothing to evaluate: set model and validationData to evaluate a Tribuo model, "
                    + "or predictions to evaluate a file of precomputed predictions.");
        }
        if (modelMode && request.model() == null) {
            throw new InputException("validationData is set but model is not; set model to the Tribuo model file to "
                    + "evaluate on " + request.validationData() + ".");
        }
        if (modelMode && request.validationData() == null) {
            throw new InputException("model is set but validationData is not; set validationData to the CSV file of "
                    + "validation rows for " + request.model() + ".");
        }
        return modelMode ? openModel(request) : PredictionsFileSource.open(request);
    }

    private static ScoredRowSource openModel(SourceRequest request) {
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
}
