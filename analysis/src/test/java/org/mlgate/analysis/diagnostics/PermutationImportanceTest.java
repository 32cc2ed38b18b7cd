package org.mlgate.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.report.Report;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

/**
 * Permutation importance on data whose answer is known: the label depends on {@code signal} strongly, on
 * {@code weak} a little, and not at all on {@code noise}, which the model still sees (and gives a small weight).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermutationImportanceTest {
    Path dir;
    Path model;
    Path stump;
    Path validation;

    @BeforeAll
    void data(@TempDir Path temp) throws IOException {
        dir = temp;
        Synthetic.RowMaker rows = (random, i) -> {
            double signal = random.nextDouble();
            double weak = random.nextDouble();
            double noise = random.nextDouble();
            boolean yes = signal + 0.3 * weak + random.nextGaussian() * 0.1 > 0.65;
            return new String[] {Synthetic.number(signal), Synthetic.number(weak), Synthetic.number(noise),
                    yes ? "yes" : "no"};
        };
        Path training = Synthetic.write(dir.resolve("training.csv"), "signal,weak,noise,label", 2000, 1, rows);
        validation = Synthetic.write(dir.resolve("validation.csv"), "signal,weak,noise,label", 1500, 2, rows);
        model = Synthetic.trainClassifier(training, "label", new LogisticRegressionTrainer(), dir.resolve("m.tribuo"));
        stump = Synthetic.trainClassifier(training, "label", new CARTClassificationTrainer(1), dir.resolve("s.tribuo"));
    }

    @Test
    void aPureNoiseColumnHasAnIntervalAroundZeroAndTheSignalRanksFirst() {
        Report report = Synthetic.evaluateModel(model, validation, "label", null, List.of(), d -> d);
        Importance importance = report.importance();
        assertNotNull(importance);
        assertEquals(Importance.PERMUTATION, importance.method());
        assertEquals(List.of("accuracy"), importance.metrics());
        Importance.Feature first = importance.features().get(0);
        assertEquals("signal", first.column());
        assertTrue(first.score("accuracy").clearlyPositive(), first.toString());
        Importance.Score noise = feature(importance, "noise").score("accuracy");
        assertTrue(noise.lower() <= 0 && noise.upper() >= 0, noise.toString());
        assertEquals(1500, importance.rows());
        assertEquals(1500, importance.sampleRows());
    }

    @Test
    void everyMetricARuleGatesIsMeasuredInItsOwnDirection() {
        var rule = new org.mlgate.analysis.gate.Rule(org.mlgate.analysis.gate.Element.MODEL, List.of(), List.of(
                new org.mlgate.analysis.gate.Limit("aucRoc", "0.5", null),
                new org.mlgate.analysis.gate.Limit("logLoss", null, "5")));

        Importance importance = Synthetic.evaluateModel(model, validation, "label", null, List.of(rule), d -> d)
                .importance();

        assertEquals(List.of("aucRoc", "logLoss"), importance.metrics());
        Importance.Feature signal = feature(importance, "signal");
        assertEquals(1, signal.rank(), "ranked by the first gated metric");
        // Shuffling the signal lowers the AUC and raises the log loss: both are a loss, so both are positive.
        assertTrue(signal.score("aucRoc").clearlyPositive(), signal.toString());
        assertTrue(signal.score("logLoss").clearlyPositive(), signal.toString());
    }

    @Test
    void theResultIsTheSameOnOneThreadAndOnFour() {
        Report one = Evaluation1.run(model, validation, 1);
        Report four = Evaluation1.run(model, validation, 4);
        assertEquals(one.importance(), four.importance());
    }

    private static Importance.Feature feature(Importance importance, String column) {
        return importance.features().stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
    }

    /** The same request on a given number of threads. */
    private static final class Evaluation1 {
        static Report run(Path model, Path validation, int threads) {
            var request = Synthetic.request(org.mlgate.analysis.model.SourceRequest.forModel(model, validation)
                    .withLabelColumn("label"), null, List.of(), d -> d).withThreads(threads);
            return org.mlgate.analysis.Evaluation.run(request);
        }
    }

    @Test
    void aColumnTheModelIgnoresIsExactlyZeroAndMarkedUnused() {
        Report report = Synthetic.evaluateModel(stump, validation, "label", null, List.of(), d -> d);
        Importance importance = report.importance();
        Importance.Feature noise = feature(importance, "noise");
        assertEquals(Boolean.FALSE, noise.used());
        assertEquals(new Importance.Score(0, 0.0, 0.0), noise.score("accuracy"));
        assertEquals(Boolean.TRUE, feature(importance, "signal").used());
    }

    @Test
    void theModelsOwnImportancesComeBeside() {
        Report report = Synthetic.evaluateModel(model, validation, "label", null, List.of(), d -> d);
        Importance.ModelImportance own = report.importance().model();
        assertNotNull(own);
        assertFalse(own.outputs().isEmpty());
        assertTrue(own.outputs().values().iterator().next().stream().anyMatch(w -> w.feature().equals("signal")),
                own.toString());
    }
}
