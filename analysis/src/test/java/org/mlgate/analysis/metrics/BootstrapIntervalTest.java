package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BootstrapIntervalTest {

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced", "multiclass_four", "multiclass_ten"})
    void sameInputAndSeedGiveTheSameIntervals(String name) {
        GoldenFile file = GoldenFile.load(name);
        assertEquals(file.classification().result(MetricOptions.defaults()).intervals(),
                file.classification().result(MetricOptions.defaults()).intervals());
    }

    @Test
    void anotherSeedGivesOtherIntervals() {
        GoldenFile file = GoldenFile.load("binary_ties");
        assertNotEquals(file.classification().result(MetricOptions.defaults()).intervals(),
                file.classification().result(MetricOptions.defaults().withSeed(7)).intervals());
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced"})
    void binaryTasksHaveIntervalsOfTheHeadlineMetrics(String name) {
        Map<String, Interval> intervals = GoldenFile.load(name).classification().result(MetricOptions.defaults()).intervals();
        assertEquals(List.of("accuracy", "balancedAccuracy", "macroF1", "f1", "aucRoc", "averagePrecision"),
                List.copyOf(intervals.keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced", "multiclass_four", "multiclass_ten"})
    void classificationIntervalsContainThePointEstimate(String name) {
        MetricResult r = GoldenFile.load(name).classification().result(MetricOptions.defaults());
        assertContainPointEstimates(r);
    }

    @Test
    void regressionIntervalsContainThePointEstimate() {
        MetricResult r = GoldenFile.load("regression_outliers").regression().result(MetricOptions.defaults());
        assertEquals(List.of("mae", "rmse", "r2"), List.copyOf(r.intervals().keySet()));
        assertContainPointEstimates(r);
    }

    @Test
    void accuracyIntervalIsNarrowerWithMoreRows() {
        double small = width(bernoulli(1_000, 0.8, 1).result(MetricOptions.defaults()), "accuracy");
        double large = width(bernoulli(10_000, 0.8, 1).result(MetricOptions.defaults()), "accuracy");
        assertTrue(large < small / 2, "10x rows should shrink the width about sqrt(10)x: " + small + " -> " + large);
    }

    @Test
    void regressionIntervalIsNarrowerWithMoreRows() {
        GoldenFile file = GoldenFile.load("regression_outliers");
        double small = width(file.regression(i -> i < 300).result(MetricOptions.defaults()), "mae");
        double large = width(file.regression().result(MetricOptions.defaults()), "mae");
        assertTrue(large < small, small + " -> " + large);
    }

    @Test
    void accuracyIntervalCoversTheTrueRateAboutAsOftenAsItsLevel() {
        int covered = 0;
        int datasets = 60;
        for (int seed = 0; seed < datasets; seed++) {
            Interval i = bernoulli(400, 0.8, 100 + seed).result(MetricOptions.defaults().withBootstrapReplicates(400))
                    .intervals().get("accuracy");
            if (i.lower() <= 0.8 && 0.8 <= i.upper()) {
                covered++;
            }
        }
        // Nominal 95 %: 57 of 60 expected; below 50 would be about four standard deviations off.
        assertTrue(covered >= 50, covered + " of " + datasets);
    }

    @Test
    void noReplicatesMeansNoIntervals() {
        MetricResult r = GoldenFile.load("binary_ties").classification()
                .result(MetricOptions.defaults().withBootstrapReplicates(0));
        assertTrue(r.intervals().isEmpty());
    }

    @Test
    void poissonDrawsHaveTheirMeanAsMeanAndVariance() {
        for (double mean : new double[] {0.3, 1, 9.5, 10, 250, 1_000_000}) {
            SplittableRandom random = new SplittableRandom(42);
            int draws = 200_000;
            double sum = 0;
            double sumOfSquares = 0;
            for (int i = 0; i < draws; i++) {
                long k = PoissonSampler.draw(random, mean);
                sum += k;
                sumOfSquares += (double) k * k;
            }
            double m = sum / draws;
            double variance = sumOfSquares / draws - m * m;
            double standardError = Math.sqrt(mean / draws);
            assertEquals(mean, m, 5 * standardError, "mean of Poisson(" + mean + ")");
            assertEquals(mean, variance, mean * 0.03 + 0.01, "variance of Poisson(" + mean + ")");
        }
    }

    static ClassificationAccumulator bernoulli(int rows, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ClassificationAccumulator acc = new ClassificationAccumulator(List.of());
        for (int i = 0; i < rows; i++) {
            String actual = random.nextBoolean() ? "a" : "b";
            boolean correct = random.nextDouble() < rate;
            acc.add(i, actual, correct ? actual : (actual.equals("a") ? "b" : "a"), null);
        }
        return acc;
    }

    private static double width(MetricResult r, String metric) {
        Interval i = r.intervals().get(metric);
        return i.upper() - i.lower();
    }

    private static void assertContainPointEstimates(MetricResult r) {
        assertTrue(!r.intervals().isEmpty());
        r.intervals().forEach((metric, interval) -> {
            double point = r.metrics().get(metric);
            assertTrue(interval.lower() <= point && point <= interval.upper(), metric + " " + point + " " + interval);
            assertEquals(0.95, interval.level());
        });
    }
}
