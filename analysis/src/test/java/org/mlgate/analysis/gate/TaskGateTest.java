package org.mlgate.analysis.gate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;

/** Rules on the metrics of multi-label, clustering and anomaly-detection models are checked as the others. */
class TaskGateTest {

    private static Rule model(String metric, String minimum, String maximum) {
        return new Rule(Element.MODEL, List.of(), List.of(new Limit(metric, minimum, maximum)));
    }

    private static InputException refused(Rule rule, Task task) {
        return assertThrows(InputException.class, () -> new Gate(List.of(rule), task));
    }

    @Test
    void hammingLossIsAnErrorShareSoAFiveIsReadAsFivePercent() {
        InputException e = refused(model("hammingLoss", null, "5"), Task.MULTILABEL);
        assertEquals("The <maximum>5</maximum> of the limit on 'hammingLoss' is outside the range of hammingLoss, 0 to"
                + " 1 (lower is better): write 0.05 or 5%.", e.getMessage());
    }

    @Test
    void theAdjustedRandIndexReachesDownToMinusOneHalf() {
        InputException e = refused(model("adjustedRandIndex", "-0.6", null), Task.CLUSTERING);
        assertTrue(e.getMessage().contains("outside the range of adjustedRandIndex, -0.5 to 1 (higher is better)"),
                e.getMessage());
        assertDoesNotThrow(() -> new Gate(List.of(model("adjustedRandIndex", "-0.2", null)), Task.CLUSTERING));
    }

    @Test
    void aTypoGetsTheTasksOwnMetrics() {
        InputException e = refused(model("precisionAtKK", "0.5", null), Task.ANOMALY);
        assertEquals("A MODEL rule has a limit on 'precisionAtKK', which is not a metric of an anomaly-detection"
                + " model; did you mean precisionAtK? The metrics of an anomaly-detection model are: precision, recall,"
                + " f1, aucRoc, averagePrecision, precisionAtK.", e.getMessage());
    }

    @Test
    void anotherTasksMetricSaysWhichTaskItBelongsTo() {
        InputException e = refused(model("subsetAccuracy", "0.5", null), Task.CLASSIFICATION);
        assertTrue(e.getMessage().startsWith("A MODEL rule has a limit on 'subsetAccuracy', a metric of multi-label"
                + " classification, but this is a classification model"), e.getMessage());
    }

    @Test
    void clusteringHasNoClassesAndNoSlices() {
        InputException classes = refused(new Rule(Element.CLASS, List.of(), List.of(new Limit("recall", "0.5", null))),
                Task.CLUSTERING);
        assertTrue(classes.getMessage().contains("but a clustering model has no classes"), classes.getMessage());
        InputException slices = refused(new Rule(Element.SLICE, List.of("*"),
                List.of(new Limit("vMeasure", "0.5", null))), Task.CLUSTERING);
        assertTrue(slices.getMessage().startsWith("A SLICE rule cannot gate a clustering model"),
                slices.getMessage());
    }

    @Test
    void perLabelRulesGateMultiLabelModels() {
        assertDoesNotThrow(() -> new Gate(List.of(new Rule(Element.CLASS, List.of("sports"),
                List.of(new Limit("f1", "0.7", null)))), Task.MULTILABEL));
    }
}
