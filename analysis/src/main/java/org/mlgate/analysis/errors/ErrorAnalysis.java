package org.mlgate.analysis.errors;

import java.util.List;

/**
 * The error analysis of one evaluation: report.json's {@code errors} (component order is the JSON key order).
 * Classification fills confusionPairs and confidentMistakes; regression fills largestResiduals and
 * residualQuantiles (null for classification); both get weakSlices.
 *
 * @param slicesTested candidate slices that were tested (the Benjamini-Hochberg family size)
 * @param notes        what was skipped or approximated, and why
 */
public record ErrorAnalysis(String task, List<ConfusionPair> confusionPairs, List<ConfidentMistake> confidentMistakes,
                            List<LargestResidual> largestResiduals, ResidualQuantiles residualQuantiles,
                            List<WeakSlice> weakSlices, int slicesTested, List<String> notes) {

    public ErrorAnalysis {
        confusionPairs = List.copyOf(confusionPairs);
        confidentMistakes = List.copyOf(confidentMistakes);
        largestResiduals = List.copyOf(largestResiduals);
        weakSlices = List.copyOf(weakSlices);
        notes = List.copyOf(notes);
    }
}
