package org.mlgate.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.report.CheckResult;
import org.mlgate.analysis.report.Report;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * The fit diagnosis on models whose fault is known by construction: a one-nearest-neighbour model memorises noisy
 * labels (high variance), a straight line cannot follow a circle or a sine (high bias), and a logistic regression of
 * a linear boundary is neither.
 */
class FitDiagnosisTest {
    @TempDir
    Path dir;

    /** Two columns; the label is 'yes' when x + y > 1, flipped at random in {@code flip} of the rows. */
    private static Synthetic.RowMaker linear(double flip) {
        return (random, i) -> {
            double x = random.nextDouble();
            double y = random.nextDouble();
            boolean yes = x + y > 1;
            if (random.nextDouble() < flip) {
                yes = !yes;
            }
            return new String[] {Synthetic.number(x), Synthetic.number(y), yes ? "yes" : "no"};
        };
    }

    @Test
    void aMemorisingModelIsDiagnosedAsHighVariance() throws IOException {
        Path training = Synthetic.write(dir.resolve("training.csv"), "x,y,label", 800, 1, linear(0.25));
        Path validation = Synthetic.write(dir.resolve("validation.csv"), "x,y,label", 800, 2, linear(0.25));
        Path model = Synthetic.trainClassifier(training, "label", new KNNTrainer<>(1, KNNTrainer.Distance.L2, 1,
                new VotingCombiner(), KNNModel.Backend.STREAMS), dir.resolve("knn.tribuo"));

        Report report = Synthetic.evaluateModel(model, validation, "label", training, List.of(), d -> d);

        Fit fit = report.fit();
        assertEquals(Fit.HIGH_VARIANCE, fit.diagnosis(), fit.message());
        assertEquals(0.0, fit.trainingError(), 1e-12);
        assertTrue(fit.gap() > 0.25, fit.message());
        assertTrue(fit.gapInterval().lower() > 0);
        assertEquals(800, fit.trainingRows());
        assertEquals(fit.gap(), report.metrics().get("generalizationGap"));
        assertEquals(fit.gapInterval(), report.intervals().get("generalizationGap"));
        CheckResult check = check(report);
        assertEquals("warn", check.status());
        assertTrue(check.message().startsWith("High variance:"), check.message());
        assertTrue(check.message().contains("more training data"), check.message());
    }

    @Test
    void aStraightLineOnACircleIsDiagnosedAsHighBiasAgainstTheTargetOfZero() throws IOException {
        // Inside a circle holding half of the square: a straight line can only cut off corners. The label is a
        // function of x and y, so the achievable error is 0.
        Synthetic.RowMaker circle = (random, i) -> {
            double x = random.nextDouble() * 2 - 1;
            double y = random.nextDouble() * 2 - 1;
            return new String[] {Synthetic.number(x), Synthetic.number(y), x * x + y * y < 2 / Math.PI ? "in" : "out"};
        };
        Path training = Synthetic.write(dir.resolve("training.csv"), "x,y,label", 1500, 3, circle);
        Path validation = Synthetic.write(dir.resolve("validation.csv"), "x,y,label", 1000, 4, circle);
        Path model = Synthetic.trainClassifier(training, "label", new LogisticRegressionTrainer(),
                dir.resolve("lr.tribuo"));

        Report report = Synthetic.evaluateModel(model, validation, "label", training, List.of(),
                d -> d.withTargetError(0.0));

        Fit fit = report.fit();
        assertEquals(Fit.HIGH_BIAS, fit.diagnosis(), fit.message());
        assertTrue(fit.biasShare() > 0.5, fit.message());
        assertEquals("targetError", fit.reference());
        assertTrue(check(report).message().contains("bigger model"), check(report).message());
    }

    @Test
    void withoutATargetOnlyAModelThatBarelyBeatsTheTrivialOneIsHighBias() throws IOException {
        // The same line on the circle removes about a quarter of the majority class's error: without a target that
        // cannot be told from noise no model removes, so it is not called biased.
        Synthetic.RowMaker circle = (random, i) -> {
            double x = random.nextDouble() * 2 - 1;
            double y = random.nextDouble() * 2 - 1;
            return new String[] {Synthetic.number(x), Synthetic.number(y), x * x + y * y < 2 / Math.PI ? "in" : "out"};
        };
        Path training = Synthetic.write(dir.resolve("training.csv"), "x,y,label", 1500, 3, circle);
        Path validation = Synthetic.write(dir.resolve("validation.csv"), "x,y,label", 1000, 4, circle);
        Path model = Synthetic.trainClassifier(training, "label", new LogisticRegressionTrainer(),
                dir.resolve("lr.tribuo"));

        Fit fit = Synthetic.evaluateModel(model, validation, "label", training, List.of(), d -> d).fit();

        assertEquals(Fit.NEITHER, fit.diagnosis(), fit.message());
        assertEquals("majority class", fit.reference());
        assertTrue(fit.biasShare() > 0.5 && fit.biasShare() < FitDiagnosis.BIAS_SHARE_WITHOUT_TARGET, fit.message());
    }

    @Test
    void aStraightLineOnASineIsHighBiasAgainstATargetError() throws IOException {
        // y = sin(6x) + noise of standard deviation 0.1: the best possible RMSE is 0.1; a line explains nothing.
        Synthetic.RowMaker sine = (random, i) -> {
            double x = random.nextDouble() * Math.PI;
            return new String[] {Synthetic.number(x), Synthetic.number(Math.sin(6 * x) + random.nextGaussian() * 0.1)};
        };
        Path training = Synthetic.write(dir.resolve("training.csv"), "x,target", 1500, 5, sine);
        Path validation = Synthetic.write(dir.resolve("validation.csv"), "x,target", 1000, 6, sine);
        Path model = Synthetic.trainRegressor(training, "target", new LinearSGDTrainer(new SquaredLoss(),
                new AdaGrad(0.1), 10, 1L), dir.resolve("line.tribuo"));

        Fit withoutTarget = Synthetic.evaluateModel(model, validation, "target", training, List.of(), d -> d).fit();
        assertEquals(Fit.HIGH_BIAS, withoutTarget.diagnosis(), withoutTarget.message());
        assertEquals("mean", withoutTarget.reference());

        Report report = Synthetic.evaluateModel(model, validation, "target", training, List.of(),
                d -> d.withTargetError(0.1));

        Fit fit = report.fit();
        assertEquals("rmse", fit.metric());
        assertEquals(Fit.HIGH_BIAS, fit.diagnosis(), fit.message());
        assertEquals("targetError", fit.reference());
        assertEquals(0.1, fit.targetError());
        assertTrue(fit.message().contains("far above the target 0.100"), fit.message());
    }

    @Test
    void aLogisticRegressionOfALinearBoundaryIsNeither() throws IOException {
        Path training = Synthetic.write(dir.resolve("training.csv"), "x,y,label", 2000, 7, linear(0.1));
        Path validation = Synthetic.write(dir.resolve("validation.csv"), "x,y,label", 1000, 8, linear(0.1));
        Path model = Synthetic.trainClassifier(training, "label", new LogisticRegressionTrainer(),
                dir.resolve("lr.tribuo"));

        Report report = Synthetic.evaluateModel(model, validation, "label", training, List.of(), d -> d);

        Fit fit = report.fit();
        assertEquals(Fit.NEITHER, fit.diagnosis(), fit.message());
        assertFalse(fit.flagged());
        assertEquals("pass", check(report).status());
        assertNotNull(fit.metrics().get("accuracy").gapInterval());
    }

    @Test
    void predictionsOfTheTrainingRowsGiveTheSameDiagnosis() throws IOException {
        // A model that is always right on its training rows and wrong on a third of new rows.
        Synthetic.RowMaker trainingRows = (random, i) -> {
            String actual = random.nextBoolean() ? "a" : "b";
            return new String[] {Synthetic.number(random.nextDouble()), actual, actual};
        };
        Synthetic.RowMaker validationRows = (random, i) -> {
            String actual = random.nextBoolean() ? "a" : "b";
            String predicted = random.nextDouble() < 1 / 3.0 ? (actual.equals("a") ? "b" : "a") : actual;
            return new String[] {Synthetic.number(random.nextDouble()), actual, predicted};
        };
        Path training = Synthetic.write(dir.resolve("train-predictions.csv"), "x,actual,predicted", 600, 9,
                trainingRows);
        Path validation = Synthetic.write(dir.resolve("predictions.csv"), "x,actual,predicted", 600, 10,
                validationRows);

        Report report = Synthetic.evaluatePredictions(validation, List.of(), d -> d.withTrainingPredictions(training));

        assertEquals(Fit.HIGH_VARIANCE, report.fit().diagnosis(), report.fit().message());
        assertEquals(training.toString(), report.fit().trainingData());
    }

    @Test
    void aTrainingRowThatCannotBeScoredIsLeftOutAndNoted() throws IOException {
        Path training = Synthetic.write(dir.resolve("train-predictions.csv"), "x,actual,predicted", 200, 12,
                (random, i) -> new String[] {"1", i == 7 ? "" : "a", random.nextBoolean() ? "a" : "b"});
        Path validation = Synthetic.write(dir.resolve("predictions.csv"), "x,actual,predicted", 200, 13,
                (random, i) -> new String[] {"1", "a", random.nextBoolean() ? "a" : "b"});

        Fit fit = Synthetic.evaluatePredictions(validation, List.of(), d -> d.withTrainingPredictions(training)).fit();

        assertEquals(199, fit.trainingRows());
        assertTrue(fit.notes().stream().anyMatch(n -> n.startsWith("1 training row of ")), fit.notes().toString());
    }

    @Test
    void withoutTrainingRowsThereIsNoFitAndNoCheck() throws IOException {
        Path validation = Synthetic.write(dir.resolve("predictions.csv"), "x,actual,predicted", 100, 11,
                (random, i) -> new String[] {"1", "a", random.nextBoolean() ? "a" : "b"});
        Report report = Synthetic.evaluatePredictions(validation, List.of(), d -> d);
        assertNull(report.fit());
        assertFalse(report.metrics().containsKey("generalizationGap"));
        assertTrue(report.checks().stream().noneMatch(c -> c.id().equals("diagnostics.fit")));
    }

    private static CheckResult check(Report report) {
        return report.checks().stream().filter(c -> c.id().equals("diagnostics.fit")).findFirst().orElseThrow();
    }
}
