package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.diagnostics.Importance;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;

/**
 * An XGBoost model is shuffled and scored again like a Tribuo model: permutation importance, not the association
 * with errors of predictions-file mode.
 */
class ExternalModelImportanceTest {

    @Test
    void anXgboostRegressorGetsPermutationImportance() {
        SourceRequest source = XgboostModelTest.request("diabetes-regression.json", "diabetes-validation.csv",
                "progression");
        EvaluationRequest request = new EvaluationRequest(source, MetricOptions.defaults().withBootstrapReplicates(100),
                ErrorAnalysisOptions.defaults(), ChecksOptions.defaults(null, "progression"), null, List.of());

        Importance importance = Evaluation.run(request).importance();

        assertEquals(Importance.PERMUTATION, importance.method());
        Importance.Feature top = importance.features().get(0);
        assertEquals("rmse", importance.rankedBy());
        assertTrue(top.score("rmse").lower() > 0, "the most important column matters: " + top);
    }
}
