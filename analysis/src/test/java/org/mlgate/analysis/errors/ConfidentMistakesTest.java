package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

class ConfidentMistakesTest {

    private static ScoredRow row(long i, String actual, String predicted, double pYes) {
        return new ScoredRow(i, i + 2, new String[] {"id" + i, Long.toString(i % 7)}, actual, predicted,
                new double[] {1 - pYes, pYes}, Double.NaN, Double.NaN);
    }

    private static ErrorAnalyzer analyzer(int n) {
        return new ErrorAnalyzer(Task.CLASSIFICATION, List.of("id", "x"), List.of("no", "yes"),
                new ErrorAnalysisOptions(n, 20, 5, null, 5, 30, 0.05, 2, 10, 50,
                SliceError.ABSOLUTE));
    }

    @Test
    void mistakesAreOrderedByTheProbabilityOfThePredictedClass() {
        ErrorAnalyzer analyzer = analyzer(20);
        analyzer.add(row(0, "no", "yes", 0.70));
        analyzer.add(row(1, "yes", "no", 0.05)); // predicted "no" with 0.95
        analyzer.add(row(2, "yes", "yes", 0.99)); // right: not a mistake
        analyzer.add(row(3, "no", "yes", 0.80));

        List<ConfidentMistake> mistakes = analyzer.result().confidentMistakes();
        assertEquals(List.of(3L, 5L, 2L), mistakes.stream().map(ConfidentMistake::row).toList());
        assertEquals(0.95, mistakes.get(0).probability(), 1e-12);
    }

    @Test
    void onlyTheConfiguredNumberIsKept() {
        ErrorAnalyzer analyzer = analyzer(3);
        for (int i = 0; i < 100; i++) {
            analyzer.add(row(i, "no", "yes", 0.5 + i / 250.0));
        }

        assertEquals(List.of(101L, 100L, 99L),
                analyzer.result().confidentMistakes().stream().map(ConfidentMistake::row).toList());
    }

    @Test
    void equalProbabilitiesKeepTheEarlierRows() {
        ErrorAnalyzer analyzer = analyzer(2);
        for (int i = 0; i < 5; i++) {
            analyzer.add(row(i, "no", "yes", 0.9));
        }

        assertEquals(List.of(2L, 3L),
                analyzer.result().confidentMistakes().stream().map(ConfidentMistake::row).toList());
    }

    @Test
    void aMistakeCarriesItsFeatureValues() {
        ErrorAnalyzer analyzer = analyzer(5);
        analyzer.add(row(9, "no", "yes", 0.9));

        assertEquals(Map.of("id", "id9", "x", "2"), analyzer.result().confidentMistakes().get(0).features());
    }

    @Test
    void withoutProbabilityLabelsTheHighestProbabilityIsTheConfidence() {
        ErrorAnalyzer analyzer = new ErrorAnalyzer(Task.CLASSIFICATION, List.of("id", "x"),
                ErrorAnalysisOptions.defaults());
        analyzer.add(row(0, "yes", "no", 0.2));

        ErrorAnalysis result = analyzer.result();
        assertEquals(0.8, result.confidentMistakes().get(0).probability(), 1e-12);
        assertEquals(1, result.notes().stream().filter(n -> n.contains("probability labels were not given")).count());
    }
}
