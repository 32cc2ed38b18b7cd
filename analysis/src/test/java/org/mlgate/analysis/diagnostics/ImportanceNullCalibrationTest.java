package org.mlgate.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

/**
 * How often a column of pure noise gets an importance interval that excludes 0, over many data sets whose answer is
 * known (the claim "this column matters" made wrongly). A 95% interval should exclude 0 in about 5% of them, half of
 * those on each side; the permutation interval is built wider than the mean's (a replicate uses one shuffle), so
 * less. Prints one table line per statistic to the test's output.
 */
class ImportanceNullCalibrationTest {
    static final int DATA_SETS = 40;
    /** The claim is one-sided ("matters"); more than twice the nominal 2.5% would be a broken interval. */
    static final double MAX_CLEARLY_POSITIVE = 0.075;

    @TempDir
    Path dir;

    @Test
    void aNoiseColumnIsRarelyCalledImportantByPermutation() throws IOException {
        int positive = 0;
        int excluded = 0;
        for (int k = 0; k < DATA_SETS; k++) {
            Synthetic.RowMaker rows = (random, i) -> {
                double x = random.nextDouble();
                double noise = random.nextDouble();
                boolean yes = x + random.nextGaussian() * 0.25 > 0.5;
                return new String[] {Synthetic.number(x), Synthetic.number(noise), yes ? "yes" : "no"};
            };
            Path training = Synthetic.write(dir.resolve("t" + k + ".csv"), "x,noise,label", 600, 1000 + k, rows);
            Path validation = Synthetic.write(dir.resolve("v" + k + ".csv"), "x,noise,label", 600, 2000 + k, rows);
            Path model = Synthetic.trainClassifier(training, "label", new LogisticRegressionTrainer(),
                    dir.resolve("m" + k + ".tribuo"));
            Importance.Score noise = Synthetic.evaluateModel(model, validation, "label", null, List.of(), d -> d)
                    .importance().features().stream().filter(f -> f.column().equals("noise")).findFirst()
                    .orElseThrow().score("accuracy");
            positive += noise.lower() > 0 ? 1 : 0;
            excluded += noise.lower() > 0 || noise.upper() < 0 ? 1 : 0;
        }
        report("permutation (logistic regression, 600 rows)", positive, excluded);
        assertTrue(positive <= MAX_CLEARLY_POSITIVE * DATA_SETS, positive + " of " + DATA_SETS);
    }

    @Test
    void aNoiseColumnIsRarelyAssociatedWithErrors() throws IOException {
        int positive = 0;
        int excluded = 0;
        for (int k = 0; k < DATA_SETS; k++) {
            Path file = Synthetic.write(dir.resolve("p" + k + ".csv"), "score,colour,actual,predicted", 1500, 3000 + k,
                    (random, i) -> {
                        String actual = random.nextBoolean() ? "a" : "b";
                        String predicted = random.nextDouble() < 0.15 ? (actual.equals("a") ? "b" : "a") : actual;
                        return new String[] {Synthetic.number(random.nextGaussian()),
                                new String[] {"red", "green", "blue", "grey"}[random.nextInt(4)], actual, predicted};
                    });
            for (Importance.Feature feature : Synthetic.evaluatePredictions(file, List.of(), d -> d).importance()
                    .features()) {
                Importance.Score s = feature.score(Importance.ERROR_VARIANCE_EXPLAINED);
                positive += s.lower() > 0 ? 1 : 0;
                excluded += s.lower() > 0 || s.upper() < 0 ? 1 : 0;
            }
        }
        report("error association (2 columns x " + DATA_SETS + " data sets, 1,500 rows)", positive, excluded);
        assertTrue(positive <= MAX_CLEARLY_POSITIVE * 2 * DATA_SETS, positive + " of " + 2 * DATA_SETS);
    }

    private static void report(String what, int positive, int excluded) {
        System.out.printf(Locale.ROOT, "| %s | interval above 0: %d | excludes 0 either way: %d |%n", what, positive,
                excluded);
    }
}
