package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

class MergeTest {

    private static final int ROWS = 20_000;

    private static ErrorAnalyzer classifier(int bufferRows) {
        return new ErrorAnalyzer(Task.CLASSIFICATION, SyntheticRows.COLUMNS, SyntheticRows.LABELS,
                ErrorAnalysisOptions.defaults(), bufferRows, QuantileSketch.DEFAULT_EXACT_CAPACITY);
    }

    /** Analyses the rows in 4 consecutive chunks and merges them in order. */
    private static ErrorAnalyzer mergedChunks(List<ScoredRow> rows, Supplier<ErrorAnalyzer> make) {
        ErrorAnalyzer[] chunks = {make.get(), make.get(), make.get(), make.get()};
        int size = rows.size() / chunks.length;
        for (int i = 0; i < rows.size(); i++) {
            chunks[Math.min(i / size, chunks.length - 1)].add(rows.get(i));
        }
        for (int c = 1; c < chunks.length; c++) {
            chunks[0].merge(chunks[c]);
        }
        return chunks[0];
    }

    @Test
    void fourChunksSmallerThanTheBufferMergeToExactlyTheWhole() {
        List<ScoredRow> rows = SyntheticRows.classification(21, ROWS, 0.1, SyntheticRows.WEST_AND_OVER_60);

        ErrorAnalysis whole = SyntheticRows.analyse(classifier(10_000), rows);
        ErrorAnalysis merged = mergedChunks(rows, () -> classifier(10_000)).result();

        assertSamePairs(whole.confusionPairs(), merged.confusionPairs());
        assertEquals(whole.confidentMistakes(), merged.confidentMistakes());
        assertEquals(whole.weakSlices(), merged.weakSlices());
        assertEquals(whole.slicesTested(), merged.slicesTested());
        assertEquals(whole.notes(), merged.notes());
    }

    /** Equal except for the mean confidence, a floating-point sum whose rounding depends on the order of addition. */
    private static void assertSamePairs(List<ConfusionPair> expected, List<ConfusionPair> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            ConfusionPair e = expected.get(i);
            ConfusionPair a = actual.get(i);
            assertEquals(List.of(e.actual(), e.predicted(), e.count(), e.shareOfErrors(), e.examples()),
                    List.of(a.actual(), a.predicted(), a.count(), a.shareOfErrors(), a.examples()));
            assertEquals(e.meanConfidence(), a.meanConfidence(), 1e-12);
        }
    }

    @Test
    void chunksThatFixedTheirOwnBinsMergeExactlyForEverythingButSlices() {
        List<ScoredRow> rows = SyntheticRows.classification(22, ROWS, 0.1, SyntheticRows.WEST_AND_OVER_60);

        ErrorAnalysis whole = SyntheticRows.analyse(classifier(1_000), rows);
        ErrorAnalysis merged = mergedChunks(rows, () -> classifier(1_000)).result();

        assertSamePairs(whole.confusionPairs(), merged.confusionPairs());
        assertEquals(whole.confidentMistakes(), merged.confidentMistakes());
        assertEquals(whole.weakSlices().get(0).description(), merged.weakSlices().get(0).description());
    }

    @Test
    void categoricalSliceCountsAreExactAcrossChunksWithTheirOwnBins() {
        List<ScoredRow> rows = SyntheticRows.classification(23, ROWS, 0.1, SyntheticRows.WEST);

        WeakSlice whole = SyntheticRows.analyse(classifier(1_000), rows).weakSlices().get(0);
        WeakSlice merged = mergedChunks(rows, () -> classifier(1_000)).result().weakSlices().get(0);

        assertEquals("region = west", merged.description());
        assertEquals(whole.rows(), merged.rows());
        assertEquals(whole.errorRate(), merged.errorRate());
    }

    @Test
    void differentNumericEdgesAcrossChunksAreSaidInANote() {
        List<ScoredRow> rows = SyntheticRows.classification(24, ROWS, 0.1, SyntheticRows.NOWHERE);

        ErrorAnalysis merged = mergedChunks(rows, () -> classifier(1_000)).result();

        assertTrue(merged.notes().stream().anyMatch(n -> n.contains("different quantile bin edges")),
                merged.notes().toString());
    }

    @Test
    void regressionChunksMergeToTheSameResidualsAndQuantiles() {
        List<ScoredRow> rows = SyntheticRows.regression(25, ROWS, SyntheticRows.WEST_AND_OVER_60);
        Supplier<ErrorAnalyzer> make = () -> new ErrorAnalyzer(Task.REGRESSION,
                SyntheticRows.COLUMNS, null, ErrorAnalysisOptions.defaults(), 10_000, 1_000);

        ErrorAnalysis whole = SyntheticRows.analyse(make.get(), rows);
        ErrorAnalysis merged = mergedChunks(rows, make).result();

        assertEquals(whole.largestResiduals(), merged.largestResiduals());
        assertEquals(whole.residualQuantiles(), merged.residualQuantiles());
        assertEquals(whole.weakSlices().get(0).description(), merged.weakSlices().get(0).description());
        assertEquals(whole.weakSlices().get(0).rows(), merged.weakSlices().get(0).rows());
    }

    @Test
    void analyzersWithDifferentColumnsDoNotMerge() {
        ErrorAnalyzer a = new ErrorAnalyzer(Task.CLASSIFICATION, List.of("x"), ErrorAnalysisOptions.defaults());
        ErrorAnalyzer b = new ErrorAnalyzer(Task.CLASSIFICATION, List.of("y"), ErrorAnalysisOptions.defaults());

        assertThrows(IllegalArgumentException.class, () -> a.merge(b));
    }
}
