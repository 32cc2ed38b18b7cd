package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

class ConfusionPairsTest {

    private static final List<String> LABELS = List.of("cat", "dog", "fox");
    private long index;

    private ScoredRow row(String id, String actual, String predicted, double pPredicted) {
        double[] p = null;
        if (!Double.isNaN(pPredicted)) {
            p = new double[] {0, 0, 0};
            p[LABELS.indexOf(predicted)] = pPredicted;
            p[(LABELS.indexOf(predicted) + 1) % 3] = 1 - pPredicted;
        }
        long i = index++;
        return new ScoredRow(i, i + 2, new String[] {id}, actual, predicted, p, Double.NaN, Double.NaN);
    }

    private static ErrorAnalyzer analyzer(ErrorAnalysisOptions options) {
        return new ErrorAnalyzer(Task.CLASSIFICATION, List.of("name"), LABELS, options);
    }

    @Test
    void pairsAreSortedByCountWithTheirShareOfErrors() {
        ErrorAnalyzer analyzer = analyzer(ErrorAnalysisOptions.defaults());
        analyzer.add(row("r1", "cat", "dog", 0.6));
        analyzer.add(row("r2", "fox", "cat", 0.7));
        analyzer.add(row("r3", "fox", "cat", 0.9));
        analyzer.add(row("r4", "cat", "cat", 0.9));
        analyzer.add(row("r5", "fox", "cat", 0.5));
        analyzer.add(row("r6", "dog", "fox", 0.8));

        List<ConfusionPair> pairs = analyzer.result().confusionPairs();
        assertEquals(List.of("fox->cat", "cat->dog", "dog->fox"),
                pairs.stream().map(p -> p.actual() + "->" + p.predicted()).toList());
        assertEquals(3, pairs.get(0).count());
        assertEquals(0.6, pairs.get(0).shareOfErrors(), 1e-12);
        assertEquals(0.7, pairs.get(0).meanConfidence(), 1e-12);
    }

    @Test
    void examplesAreTheFirstLineNumbersUpToTheLimit() {
        ErrorAnalyzer analyzer = analyzer(new ErrorAnalysisOptions(20, 20, 2, null, 5, 30, 0.05, 2, 10, 50,
                SliceError.ABSOLUTE));
        analyzer.add(row("r1", "cat", "dog", 0.6));
        analyzer.add(row("r2", "cat", "cat", 0.6));
        analyzer.add(row("r3", "cat", "dog", 0.6));
        analyzer.add(row("r4", "cat", "dog", 0.6));

        assertEquals(List.of(2L, 4L), analyzer.result().confusionPairs().get(0).examples());
    }

    @Test
    void examplesUseTheIdColumnWhenGiven() {
        ErrorAnalyzer analyzer = analyzer(ErrorAnalysisOptions.defaults().withIdColumn("name"));
        analyzer.add(row("r1", "cat", "dog", 0.6));
        analyzer.add(row("r2", "cat", "dog", 0.6));

        assertEquals(List.of("r1", "r2"), analyzer.result().confusionPairs().get(0).examples());
    }

    @Test
    void meanConfidenceIsNullWithoutProbabilities() {
        ErrorAnalyzer analyzer = analyzer(ErrorAnalysisOptions.defaults());
        analyzer.add(row("r1", "cat", "dog", Double.NaN));

        ErrorAnalysis result = analyzer.result();
        assertNull(result.confusionPairs().get(0).meanConfidence());
        assertEquals(List.of(), result.confidentMistakes());
        assertEquals(1, result.notes().stream().filter(n -> n.contains("no probability")).count());
    }

    @Test
    void unknownIdColumnIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> analyzer(ErrorAnalysisOptions.defaults().withIdColumn("customerId")));
        assertEquals(true, e.getMessage().contains("'customerId'"));
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsAnInputErrorNamingTheLine() {
        ErrorAnalyzer analyzer = analyzer(ErrorAnalysisOptions.defaults());
        ScoredRow bad = new ScoredRow(0, 7, new String[] {"a", "b"}, "cat", "dog", null, Double.NaN, Double.NaN);

        InputException e = assertThrows(InputException.class, () -> analyzer.add(bad));
        assertEquals(true, e.getMessage().startsWith("Line 7 "));
    }
}
