package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.LongPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four chunks of a golden file, split by index ranges or round-robin and merged in a shuffled order, give exactly the
 * result of the whole file: metrics, per-class values, confusion matrix, curves and bootstrap intervals.
 */
class MergeTest {
    private static final MetricOptions OPTIONS = MetricOptions.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced", "multiclass_four", "multiclass_ten"})
    void classificationChunksByIndexRangeMergeToTheWholeResult(String name) {
        GoldenFile file = GoldenFile.load(name);
        int n = file.rows.size();
        assertSameResult(file.classification().result(OPTIONS), mergedClassification(file, c -> i -> i * 4 / n == c));
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary_ties", "binary_imbalanced", "multiclass_four", "multiclass_ten"})
    void classificationChunksRoundRobinMergeToTheWholeResult(String name) {
        GoldenFile file = GoldenFile.load(name);
        assertSameResult(file.classification().result(OPTIONS), mergedClassification(file, c -> i -> i % 4 == c));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void regressionChunksMergeToTheWholeResult(boolean roundRobin) {
        GoldenFile file = GoldenFile.load("regression_outliers");
        int n = file.rows.size();
        RegressionAccumulator[] chunks = new RegressionAccumulator[4];
        for (int c = 0; c < 4; c++) {
            int chunk = c;
            chunks[c] = file.regression(roundRobin ? i -> i % 4 == chunk : i -> i * 4 / n == chunk);
        }
        chunks[2].merge(chunks[0]);
        chunks[2].merge(chunks[3]);
        chunks[2].merge(chunks[1]);
        MetricResult whole = file.regression().result(OPTIONS);
        MetricResult merged = chunks[2].result(OPTIONS);
        assertEquals(whole.metrics(), merged.metrics());
        assertEquals(whole.intervals(), merged.intervals());
        assertFalse(merged.intervals().isEmpty());
    }

    private static MetricResult mergedClassification(GoldenFile file, java.util.function.IntFunction<LongPredicate> chunk) {
        ClassificationAccumulator[] chunks = new ClassificationAccumulator[4];
        for (int c = 0; c < 4; c++) {
            chunks[c] = file.classification(chunk.apply(c));
        }
        chunks[3].merge(chunks[1]);
        chunks[3].merge(chunks[0]);
        chunks[3].merge(chunks[2]);
        return chunks[3].result(OPTIONS);
    }

    private static void assertSameResult(MetricResult whole, MetricResult merged) {
        assertEquals(whole.metrics(), merged.metrics());
        assertEquals(whole.classes(), merged.classes());
        assertEquals(whole.positiveLabel(), merged.positiveLabel());
        assertEquals(whole.confusionMatrix().labels(), merged.confusionMatrix().labels());
        assertArrayEquals(whole.confusionMatrix().counts(), merged.confusionMatrix().counts());
        assertEquals(whole.curves(), merged.curves());
        assertEquals(whole.intervals(), merged.intervals());
        assertFalse(merged.intervals().isEmpty());
        assertEquals(whole.notes(), merged.notes());
    }
}
