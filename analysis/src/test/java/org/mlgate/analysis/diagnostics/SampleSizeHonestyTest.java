package org.mlgate.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * Sample-size honesty: a limit within the interval of the value it checks is inconclusive, whatever the element;
 * what that does to the verdict is configured; the report says how many more rows would decide it.
 */
class SampleSizeHonestyTest {
    @TempDir
    Path dir;

    /** {@code rows} predictions, a tenth of them wrong (two rows in twenty, one of each class), in two regions. */
    private Path predictions(int rows) throws IOException {
        return Synthetic.write(dir.resolve("p" + rows + ".csv"), "region,actual,predicted", rows, 1, (random, i) -> {
            String actual = i % 2 == 0 ? "a" : "b";
            boolean wrong = i % 20 == 3 || i % 20 == 10;
            String predicted = wrong ? (actual.equals("a") ? "b" : "a") : actual;
            return new String[] {i % 4 == 0 || i % 4 == 3 ? "north" : "south", actual, predicted};
        });
    }

    private Report evaluate(int rows, Rule rule, Inconclusive policy) throws IOException {
        var request = Synthetic.request(SourceRequest.forPredictions(predictions(rows)), null, List.of(rule),
                d -> d.withOnInconclusive(policy)).withSliceColumns(List.of("region"));
        return Evaluation.run(request);
    }

    private static Rule model(String metric, String minimum) {
        return new Rule(Element.MODEL, List.of(), List.of(new Limit(metric, minimum, null)));
    }

    @Test
    void fiftyRowsMakeAOnePointLimitInconclusive() throws IOException {
        RuleResult result = evaluate(50, model("accuracy", "0.89"), Inconclusive.ESTIMATE).rules().get(0);

        assertEquals(0.90, result.actual(), 1e-12);
        assertEquals(Boolean.FALSE, result.conclusive());
        assertEquals("pass", result.status(), "the estimate decides by default");
        Interval interval = result.interval();
        double half = 0.90 - interval.lower();
        assertEquals(half, result.detectableDifference(), 1e-12);
        assertTrue(half > 0.05, "50 rows cannot see a difference under 5 points: " + half);
        long expected = (long) Math.ceil(50 * ((half / 0.01) * (half / 0.01) - 1));
        assertEquals(expected, result.rowsToConclude());
        assertTrue(result.message().contains("inconclusive: the limit lies within the 95% interval"), result.message());
    }

    @Test
    void fiftyThousandRowsDecideTheSameLimit() throws IOException {
        RuleResult result = evaluate(50_000, model("accuracy", "0.89"), Inconclusive.FAIL).rules().get(0);
        assertEquals(Boolean.TRUE, result.conclusive());
        assertEquals("pass", result.status());
        assertNull(result.rowsToConclude());
        assertTrue(result.detectableDifference() < 0.005, result.toString());
    }

    @Test
    void anInconclusiveLimitFailsWarnsOrPassesAsConfigured() throws IOException {
        Rule rule = model("accuracy", "0.89");
        RuleResult failed = evaluate(50, rule, Inconclusive.FAIL).rules().get(0);
        assertEquals("fail", failed.status());
        assertTrue(failed.message().startsWith("Rule violated for MODEL: accuracy is 0.90, within minimum 0.89, but"
                + " inconclusive"), failed.message());
        assertTrue(failed.message().endsWith("(onInconclusive=fail)"), failed.message());

        RuleResult warned = evaluate(50, rule, Inconclusive.WARN).rules().get(0);
        assertEquals("warn", warned.status());
        assertTrue(warned.message().startsWith("Rule inconclusive for MODEL:"), warned.message());

        Report passing = evaluate(50, model("accuracy", "0.91"), Inconclusive.PASS);
        assertEquals("pass", passing.rules().get(0).status(), passing.rules().get(0).message());
        assertEquals("pass", passing.verdict());
    }

    @Test
    void aWarningDoesNotFailTheBuild() throws IOException {
        Report report = evaluate(50, model("accuracy", "0.91"), Inconclusive.WARN);
        assertEquals("warn", report.rules().get(0).status());
        assertEquals("pass", report.verdict());
    }

    @Test
    void classAndSliceLimitsAreJudgedTheSameWay() throws IOException {
        Rule classRule = new Rule(Element.CLASS, List.of("a"), List.of(new Limit("recall", "0.85", null)));
        RuleResult perClass = evaluate(50, classRule, Inconclusive.WARN).rules().get(0);
        assertEquals(Boolean.FALSE, perClass.conclusive(), perClass.toString());
        assertEquals("warn", perClass.status());

        Rule sliceRule = new Rule(Element.SLICE, List.of("region=north"), List.of(new Limit("accuracy", "0.85",
                null)));
        sliceRule.setMinSliceSize(20);
        RuleResult slice = evaluate(50, sliceRule, Inconclusive.WARN).rules().get(0);
        assertEquals(Boolean.FALSE, slice.conclusive(), slice.toString());
        assertEquals("warn", slice.status());
    }

    @Test
    void theDetectableDifferenceIsTheHalfWidthOnTheLimitsSide() {
        DetectableDifference below = DetectableDifference.of(0.90, new Interval(0.82, 0.96, 0.95), 0.89, null, 50);
        assertEquals(0.08, below.detectableDifference(), 1e-12);
        assertEquals(3150L, below.rowsToConclude());
        DetectableDifference above = DetectableDifference.of(0.90, new Interval(0.82, 0.96, 0.95), 0.93, null, 50);
        assertEquals(0.06, above.detectableDifference(), 1e-12);
        assertEquals(150L, above.rowsToConclude());
        DetectableDifference outside = DetectableDifference.of(0.90, new Interval(0.82, 0.96, 0.95), 0.80, null, 50);
        assertTrue(outside.conclusive());
        assertNull(outside.rowsToConclude());
        assertNull(DetectableDifference.of(0.9, new Interval(0.82, 0.96, 0.95), 0.9, null, 50).rowsToConclude(),
                "an estimate on the limit is never decided by more rows");
    }
}
