package org.mlgate.plugin;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mlgate.analysis.gate.Rule;

/**
 * What one evaluation reads and judges: the parameters that an {@code <evaluation>} may set for itself, resolved
 * against the plugin's configuration ({@link ModelEvaluation#over}).
 */
record Inputs(File model, File validationData, File predictions, File trainingData, String labelColumn,
              String predictionColumn, String probabilityPrefix, String positiveLabel, String task, String idColumn,
              String groupColumn, String timeColumn, List<Rule> rules, List<String> sliceColumns, File baseline,
              File baselineModel, String modelFormat, List<String> featureColumns, List<String> labels) {

    /**
     * Why there is nothing to evaluate here, as the end of a sentence, or null when there is: no model, validation
     * data or predictions file is configured, or, when {@code withoutData} allows it, none of those configured exists
     * (a module of a multi-module build whose parent configures files by convention that this module does not have).
     */
    String nothingToEvaluate(boolean withoutData) {
        List<File> configured = Stream.of(model, validationData, predictions).filter(f -> f != null).toList();
        if (configured.isEmpty()) {
            return "no model, validationData or predictions is set";
        }
        if (withoutData && configured.stream().noneMatch(File::exists)) {
            List<String> names = new ArrayList<>();
            configured.forEach(f -> names.add(f.getPath()));
            return "none of its input files exists (" + String.join(", ", names) + ")";
        }
        return null;
    }
}
