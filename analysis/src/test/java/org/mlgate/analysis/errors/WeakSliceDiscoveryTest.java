package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

class WeakSliceDiscoveryTest {

    private static ErrorAnalysis classify(List<String> columns, List<ScoredRow> rows) {
        return SyntheticRows.analyse(new ErrorAnalyzer(Task.CLASSIFICATION, columns, SyntheticRows.LABELS,
                ErrorAnalysisOptions.defaults()), rows);
    }

    @Test
    void plantedPairSliceComesOutFirstWithItsDescription() {
        ErrorAnalysis result = classify(SyntheticRows.COLUMNS,
                SyntheticRows.classification(7, 20_000, 0.1, SyntheticRows.WEST_AND_OVER_60));

        WeakSlice first = result.weakSlices().get(0);
        assertEquals("region = west and age > 60", first.description());
        assertEquals(List.of(SliceCondition.equalTo("region", "west"), SliceCondition.range("age", 60.0, null)),
                first.conditions());
        assertTrue(first.lift() > 2, "lift " + first.lift());
        assertTrue(first.qValue() < 0.05);
    }

    @Test
    void parentsThatThePlantedPairExplainsAreNotReported() {
        List<String> reported = classify(SyntheticRows.COLUMNS,
                SyntheticRows.classification(7, 20_000, 0.1, SyntheticRows.WEST_AND_OVER_60)).weakSlices().stream()
                .map(WeakSlice::description).toList();

        assertFalse(reported.contains("region = west"), reported.toString());
        assertFalse(reported.contains("age > 60"), reported.toString());
    }

    @Test
    void parentThatIsWeakBeyondThePairIsStillReported() {
        List<String> reported = classify(SyntheticRows.COLUMNS, westWeakAndWorseOver60(14)).weakSlices().stream()
                .map(WeakSlice::description).toList();

        assertTrue(reported.contains("region = west and age > 60"), reported.toString());
        assertTrue(reported.contains("region = west"), reported.toString());
    }

    /** Error rate 10%, 20% in region west, 60% in west over 60. */
    private static List<ScoredRow> westWeakAndWorseOver60(long seed) {
        List<ScoredRow> rows = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            String[] cells = SyntheticRows.cells(random);
            double rate = SyntheticRows.WEST_AND_OVER_60.test(cells) ? 0.6 : SyntheticRows.WEST.test(cells) ? 0.2 : 0.1;
            boolean wrong = random.nextDouble() < rate;
            rows.add(new ScoredRow(i, i + 2, cells, "yes", wrong ? "no" : "yes", null, Double.NaN, Double.NaN));
        }
        return rows;
    }

    @Test
    void dataWithoutAWeakSliceReportsNoneOverTwentySeeds() {
        int falseHits = 0;
        for (long seed = 100; seed < 120; seed++) {
            falseHits += classify(SyntheticRows.COLUMNS,
                    SyntheticRows.classification(seed, 20_000, 0.1, SyntheticRows.NOWHERE)).weakSlices().size();
        }
        assertTrue(falseHits <= 1, falseHits + " false weak slices in 20 data sets without one");
    }

    @Test
    void regressionDataWithoutAWeakSliceReportsNoneOverTenSeeds() {
        int falseHits = 0;
        for (long seed = 200; seed < 210; seed++) {
            falseHits += SyntheticRows.analyse(new ErrorAnalyzer(Task.REGRESSION, SyntheticRows.COLUMNS,
                    ErrorAnalysisOptions.defaults()), SyntheticRows.regression(seed, 20_000, SyntheticRows.NOWHERE))
                    .weakSlices().size();
        }
        assertTrue(falseHits <= 1, falseHits + " false weak slices in 10 regression data sets without one");
    }

    @Test
    void noRowsGiveAnEmptyAnalysis() {
        ErrorAnalysis result = classify(SyntheticRows.COLUMNS, List.of());

        assertEquals(List.of(), result.weakSlices());
        assertEquals(0, result.slicesTested());
        assertEquals(List.of(), result.confusionPairs());
    }

    @Test
    void pairIsNotReportedWhenOneParentExplainsIt() {
        ErrorAnalysis result = classify(SyntheticRows.COLUMNS,
                SyntheticRows.classification(8, 20_000, 0.1, SyntheticRows.WEST));

        assertEquals("region = west", result.weakSlices().get(0).description());
        assertTrue(result.weakSlices().stream().allMatch(s -> s.conditions().size() == 1),
                "pairs reported: " + result.weakSlices().stream().map(WeakSlice::description).toList());
    }

    @Test
    void identicalRowSetsUnderTwoColumnsAreReportedOnce() {
        List<String> columns = new ArrayList<>(SyntheticRows.COLUMNS);
        columns.add("zone");
        List<ScoredRow> rows = new ArrayList<>();
        for (ScoredRow r : SyntheticRows.classification(9, 20_000, 0.1, SyntheticRows.WEST)) {
            String[] cells = Arrays.copyOf(r.cells(), columns.size());
            cells[cells.length - 1] = "zone-" + r.cells()[0];
            rows.add(new ScoredRow(r.index(), r.line(), cells, r.actualLabel(), r.predictedLabel(), r.probabilities(),
                    r.actualValue(), r.predictedValue()));
        }
        List<String> names = classify(columns, rows).weakSlices().stream().map(WeakSlice::description).toList();

        assertTrue(names.contains("region = west"), names.toString());
        assertFalse(names.contains("zone = zone-west"), names.toString());
    }

    @Test
    void everyTestedSliceCountsInTheBenjaminiHochbergFamily() {
        ErrorAnalysis result = classify(SyntheticRows.COLUMNS,
                SyntheticRows.classification(7, 20_000, 0.1, SyntheticRows.WEST_AND_OVER_60));

        // 4 regions + 3 segments + 5 channels + 3 numeric columns x (5 bins + 6 tails) = 45 single slices, plus pairs.
        assertTrue(result.slicesTested() > 45, "tested " + result.slicesTested());
        for (WeakSlice s : result.weakSlices()) {
            assertTrue(s.qValue() >= s.pValue());
            assertTrue(s.qValue() < 0.05);
        }
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith(result.slicesTested() + " candidate slices")));
    }

    @Test
    void slicesAreRankedByExcessErrors() {
        List<WeakSlice> slices = classify(SyntheticRows.COLUMNS, westWeakAndWorseOver60(15)).weakSlices();

        assertTrue(slices.size() >= 2);
        for (int i = 1; i < slices.size(); i++) {
            assertTrue(slices.get(i - 1).excessErrors() >= slices.get(i).excessErrors());
        }
        WeakSlice first = slices.get(0);
        assertEquals(first.rows() * (first.errorRate() - first.overall()), first.excessErrors(), 1e-9);
    }

    @Test
    void columnWithTooManyDistinctValuesIsSkippedWithANote() {
        List<String> columns = new ArrayList<>(SyntheticRows.COLUMNS);
        columns.add("customer");
        List<ScoredRow> rows = new ArrayList<>();
        for (ScoredRow r : SyntheticRows.classification(10, 5_000, 0.1, SyntheticRows.NOWHERE)) {
            String[] cells = Arrays.copyOf(r.cells(), columns.size());
            cells[cells.length - 1] = "c" + r.index();
            rows.add(new ScoredRow(r.index(), r.line(), cells, r.actualLabel(), r.predictedLabel(), r.probabilities(),
                    r.actualValue(), r.predictedValue()));
        }
        ErrorAnalysis result = classify(columns, rows);

        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Column 'customer' has more than 50 distinct")),
                result.notes().toString());
    }

    @Test
    void missingCellsOfANumericColumnFormTheirOwnSlice() {
        Random random = new Random(12);
        List<ScoredRow> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            boolean missing = random.nextDouble() < 0.1;
            String[] cells = {missing ? (random.nextBoolean() ? "" : "n/a") : Double.toString(random.nextDouble())};
            boolean wrong = random.nextDouble() < (missing ? 0.3 : 0.1);
            rows.add(new ScoredRow(i, i + 2, cells, "a", wrong ? "b" : "a", null, Double.NaN, Double.NaN));
        }
        ErrorAnalysis result = classify(List.of("x"), rows);

        assertEquals("x is missing", result.weakSlices().get(0).description());
    }

    @Test
    void regressionSlicesReportTheirMeanAbsoluteError() {
        ErrorAnalysis result = SyntheticRows.analyse(new ErrorAnalyzer(Task.REGRESSION, SyntheticRows.COLUMNS,
                ErrorAnalysisOptions.defaults()), SyntheticRows.regression(13, 20_000, SyntheticRows.WEST_AND_OVER_60));

        WeakSlice first = result.weakSlices().get(0);
        assertEquals("region = west and age > 60", first.description());
        assertNull(first.errorRate());
        assertTrue(first.mae() > 2 * first.overall(), first.toString());
    }

    @Test
    void depthOneOptionTestsSingleConditionsOnly() {
        ErrorAnalysisOptions depthOne = new ErrorAnalysisOptions(20, 20, 5, null, 5, 30, 0.05, 1, 10, 50,
                SliceError.ABSOLUTE);
        ErrorAnalysis result = SyntheticRows.analyse(new ErrorAnalyzer(Task.CLASSIFICATION, SyntheticRows.COLUMNS,
                depthOne), SyntheticRows.classification(7, 20_000, 0.1, SyntheticRows.WEST_AND_OVER_60));

        // 4 regions + 3 segments + 5 channels + 3 numeric columns x (5 quintiles + 6 tails: 2%, 5%, 10% at each end)
        assertEquals(45, result.slicesTested());
        assertTrue(result.weakSlices().stream().allMatch(s -> s.conditions().size() == 1));
    }
}
