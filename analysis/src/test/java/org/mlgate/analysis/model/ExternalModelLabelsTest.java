package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.baseline.BaselineComparison;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;

/**
 * An XGBoost classifier knows its classes only as 0, 1, ...: judged against text labels without {@code labels},
 * every row would be wrong, so the build stops and says what to set.
 */
class ExternalModelLabelsTest {

    private static EvaluationRequest request(SourceRequest source) {
        return new EvaluationRequest(source, MetricOptions.defaults().withBootstrapReplicates(50),
                ErrorAnalysisOptions.defaults(), ChecksOptions.defaults(null, "diagnosis"), null, List.of());
    }

    @Test
    void classesThatAreNeverAnActualLabelStopTheEvaluation() {
        SourceRequest source = XgboostModelTest.request("cancer-binary.ubj", "cancer-validation.csv", "diagnosis");

        InputException e = assertThrows(InputException.class, () -> Evaluation.run(request(source)));

        assertTrue(e.getMessage().startsWith("None of the actual labels in column 'diagnosis' of "), e.getMessage());
        assertTrue(e.getMessage().contains("(for instance 'benign') is one of the classes of "), e.getMessage());
        assertTrue(e.getMessage().contains("set labels to the class names in the order of the model's classes"),
                e.getMessage());
    }

    @Test
    void namingTheClassesJudgesTheModel() {
        // The fixture's model was trained with benign as class 0 and malignant as class 1.
        SourceRequest source = XgboostModelTest.request("cancer-binary.ubj", "cancer-validation.csv", "diagnosis")
                .withModelOptions(ModelOptions.DEFAULT.withLabels(List.of("benign", "malignant")));

        double accuracy = Evaluation.run(request(source)).metrics().get("accuracy");

        assertTrue(accuracy > 0.9, "accuracy " + accuracy);
        try (var opened = ScoredRowSources.open(source)) {
            assertEquals(List.of("benign", "malignant"), opened.modelLabels());
        }
    }

    @Test
    void aBaselineXgboostModelNamesItsClassesAsTheChallengerDoes() {
        // The same model as JSON and as UBJSON: against itself, the champion's accuracy is the challenger's.
        SourceRequest source = XgboostModelTest.request("cancer-binary.ubj", "cancer-validation.csv", "diagnosis")
                .withModelOptions(ModelOptions.DEFAULT.withLabels(List.of("benign", "malignant")));
        EvaluationRequest request = new EvaluationRequest(source, MetricOptions.defaults().withBootstrapReplicates(50),
                ErrorAnalysisOptions.defaults(), ChecksOptions.defaults(null, "diagnosis"), null, List.of(), List.of(),
                new BaselineOptions(null, XgboostModelTest.DIR.resolve("cancer-binary.json"), false));

        BaselineComparison accuracy = Evaluation.run(request).baseline().comparisons().stream()
                .filter(c -> c.metric().equals("accuracy")).findFirst().orElseThrow();

        assertTrue(accuracy.value() > 0.9, "accuracy " + accuracy);
        assertEquals(accuracy.value(), accuracy.baselineValue());
    }
}
