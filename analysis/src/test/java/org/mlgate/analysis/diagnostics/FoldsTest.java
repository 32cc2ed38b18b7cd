package org.mlgate.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;
import org.mlgate.analysis.stats.Quantiles;

/**
 * Out-of-fold predictions whose folds have known accuracies: 0.80, 0.85, 0.90, 0.95 and 0.70 on 100 rows each, so
 * that the mean, the spread, the worst fold and the t interval are known by construction.
 */
class FoldsTest {
    static final double[] ACCURACY = {0.80, 0.85, 0.90, 0.95, 0.70};

    @TempDir
    Path dir;

    private Path predictions() throws IOException {
        // Fold f: its first ACCURACY[f] * 100 rows right, the rest wrong; classes alternate.
        return Synthetic.write(dir.resolve("oof.csv"), "fold,x,actual,predicted", 500, 1, (random, i) -> {
            int fold = i / 100;
            int k = i % 100;
            String actual = k % 2 == 0 ? "a" : "b";
            boolean right = k < Math.round(ACCURACY[fold] * 100);
            String predicted = right ? actual : actual.equals("a") ? "b" : "a";
            return new String[] {Integer.toString(fold + 1), Synthetic.number(random.nextDouble()), actual, predicted};
        });
    }

    @Test
    void theSpreadAcrossFoldsIsTheKnownStandardDeviation() throws IOException {
        Report report = Synthetic.evaluatePredictions(predictions(), List.of(), d -> d.withFoldColumn("fold"));

        Folds folds = report.folds();
        assertEquals("fold", folds.column());
        assertEquals(List.of("1", "2", "3", "4", "5"), folds.folds().stream().map(Folds.Fold::name).toList());
        Folds.AcrossFolds accuracy = folds.of("accuracy");
        double mean = 0.84;
        double sd = Math.sqrt((0.04 * 0.04 + 0.01 * 0.01 + 0.06 * 0.06 + 0.11 * 0.11 + 0.14 * 0.14) / 4);
        assertEquals(mean, accuracy.mean(), 1e-12);
        assertEquals(sd, accuracy.standardDeviation(), 1e-12);
        double half = Quantiles.studentCritical(0.95, 4) * sd / Math.sqrt(5);
        assertEquals(mean - half, accuracy.interval().lower(), 1e-12);
        assertEquals(mean + half, accuracy.interval().upper(), 1e-12);
        assertEquals(0.70, accuracy.worst(), 1e-12);
        assertEquals("5", accuracy.worstFold());
        assertEquals(report.metrics().get("accuracy"), accuracy.pooled());
        assertEquals(0.30, folds.of("errorRate").worst(), 1e-12); // the worst of an error metric is the highest
    }

    @Test
    void rulesGateTheWorstFoldTheMeanAndTheSpread() throws IOException {
        Rule rule = new Rule(Element.MODEL, List.of(), List.of(
                bound(new Limit("accuracy", "0.75", null), "worstFold"),
                bound(new Limit("accuracy", "0.80", null), "foldMean"),
                bound(new Limit("accuracy", null, "0.05"), "foldSpread")));

        Report report = Synthetic.evaluatePredictions(predictions(), List.of(rule), d -> d.withFoldColumn("fold"));

        List<RuleResult> results = report.rules();
        assertEquals("fail", results.get(0).status());
        assertEquals(List.of("worstFold", "foldMean", "foldSpread"), results.stream().map(RuleResult::bound).toList());
        assertEquals("Rule violated for MODEL: accuracy of the worst fold '5' (of 5) is 0.70, but expected minimum is"
                + " 0.75", results.get(0).message());
        assertEquals("pass", results.get(1).status());
        assertEquals(Boolean.FALSE, results.get(1).conclusive(), "0.80 lies within the t interval of the mean");
        assertEquals("fail", results.get(2).status());
        assertTrue(results.get(2).message().startsWith("Rule violated for MODEL: spread (standard deviation) of"
                + " accuracy over 5 folds is 0.0962"), results.get(2).message());
    }

    @Test
    void aFoldBoundWithoutAFoldColumnFailsAndSaysWhatToSet() throws IOException {
        Rule rule = new Rule(Element.MODEL, List.of(), List.of(bound(new Limit("accuracy", "0.75", null),
                "worstFold")));
        Report report = Synthetic.evaluatePredictions(predictions(), List.of(rule), d -> d);
        assertNull(report.folds());
        assertEquals("fail", report.rules().get(0).status());
        assertTrue(report.rules().get(0).message().contains("set foldColumn"), report.rules().get(0).message());
    }

    @Test
    void aFoldColumnThatIsNotAColumnIsRefusedBeforeAnyRowIsRead() throws IOException {
        Path file = predictions();
        InputException e = assertThrows(InputException.class,
                () -> Synthetic.evaluatePredictions(file, List.of(), d -> d.withFoldColumn("folds")));
        assertTrue(e.getMessage().contains("foldColumn (ml.foldColumn) is 'folds'"), e.getMessage());
    }

    @Test
    void aColumnOfIdsIsNotAFoldColumn() throws IOException {
        Path file = Synthetic.write(dir.resolve("ids.csv"), "id,actual,predicted", 300, 2,
                (random, i) -> new String[] {Integer.toString(i), "a", random.nextBoolean() ? "a" : "b"});
        InputException e = assertThrows(InputException.class,
                () -> Synthetic.evaluatePredictions(file, List.of(), d -> d.withFoldColumn("id")));
        assertTrue(e.getMessage().contains("more than 100 distinct values"), e.getMessage());
    }

    static Limit bound(Limit limit, String bound) {
        limit.setBound(bound);
        return limit;
    }
}
