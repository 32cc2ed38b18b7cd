package org.mlgate.analysis.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.baseline.BaselineComparison;
import org.mlgate.analysis.baseline.BaselineSection;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/** Limits against the baseline: maximumDrop and significance. */
class BaselineLimitsTest {

    private static BaselineComparison comparison(String metric, String target, double value, double baseline,
                                                 Double p) {
        return new BaselineComparison(metric, target, value, baseline, value - baseline, p,
                p == null ? null : "mcnemar-chi2");
    }

    private static Report report(String task, List<BaselineComparison> model, List<BaselineComparison> classes) {
        BaselineSection section = new BaselineSection("champion/report.json", null, "45-0-0", true, model, classes,
                null, null, null, List.of());
        Map<String, ClassMetrics> classMetrics = new LinkedHashMap<>();
        classes.forEach(c -> classMetrics.put(c.target(), new ClassMetrics(10, null, c.value(), null, null, null)));
        return new Report(1, task, null, null, null, Map.of(), classMetrics, null, Map.of(), null, Map.of(),
                List.of(), List.of(), List.of(), null, List.of(), section);
    }

    private static Limit drop(String metric, String maximumDrop, String significance) {
        Limit limit = new Limit();
        limit.setMetric(metric);
        limit.setMaximumDrop(maximumDrop);
        limit.setSignificance(significance);
        return limit;
    }

    private static RuleResult only(Element element, List<String> includes, Limit limit, Report report) {
        List<RuleResult> results = new Gate(List.of(new Rule(element, includes, List.of(limit)))).evaluate(report);
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    @Test
    void dropBeyondTheMaximumNamesBothValues() {
        Report report = report("classification", List.of(comparison("accuracy", null, 0.862, 0.893, null)), List.of());
        RuleResult result = only(Element.MODEL, List.of(), drop("accuracy", "0.01", null), report);
        assertEquals("fail", result.status());
        assertEquals("Rule violated for MODEL: accuracy is 0.862, 0.031 below the baseline's 0.893"
                + " (maximum drop 0.01)", result.message());
        assertEquals(0.883, result.minimum(), 1e-12);
    }

    @Test
    void forAnErrorMetricADropIsAnIncrease() {
        Report report = report("regression", List.of(comparison("mae", null, 1.25, 1.0, null)), List.of());
        RuleResult result = only(Element.MODEL, List.of(), drop("mae", "10%", null), report);
        assertEquals("Rule violated for MODEL: mae is 1.25, 0.25 above the baseline's 1.00 (maximum drop 0.10)",
                result.message());
        assertEquals(1.1, result.maximum(), 1e-12);
    }

    @Test
    void aDropWithinTheMaximumPasses() {
        Report report = report("classification", List.of(comparison("accuracy", null, 0.89, 0.9, null)), List.of());
        RuleResult result = only(Element.MODEL, List.of(), drop("accuracy", "1%", null), report);
        assertEquals("pass", result.status(), result.message());
    }

    @Test
    void anImprovementPassesAndSaysSo() {
        Report report = report("regression", List.of(comparison("rmse", null, 0.8, 1.0, null)), List.of());
        RuleResult result = only(Element.MODEL, List.of(), drop("rmse", "0", null), report);
        assertEquals("pass", result.status());
        assertTrue(result.message().contains("not worse than the baseline's 1.00"), result.message());
    }

    @Test
    void aDropThatIsNotSignificantPassesWithAMessageSayingSo() {
        Report report = report("classification", List.of(comparison("accuracy", null, 0.862, 0.893, 0.21)),
                List.of());
        RuleResult result = only(Element.MODEL, List.of(), drop("accuracy", "0.01", "0.05"), report);
        assertEquals("pass", result.status());
        assertTrue(result.message().contains("but the drop is not significant (p = 0.2100, mcnemar-chi2,"
                + " significance 0.05)"), result.message());
    }

    @Test
    void aSignificantDropFails() {
        Report report = report("classification", List.of(comparison("accuracy", null, 0.862, 0.893, 0.003)),
                List.of());
        RuleResult result = only(Element.MODEL, List.of(), drop("accuracy", "0.01", "0.05"), report);
        assertEquals("fail", result.status());
        assertTrue(result.message().endsWith("a significant drop (p = 0.0030, mcnemar-chi2, significance 0.05)"),
                result.message());
    }

    @Test
    void withoutAPValueASignificanceLimitCountsTheDrop() {
        Report report = report("classification", List.of(comparison("macroF1", null, 0.7, 0.9, null)), List.of());
        RuleResult result = only(Element.MODEL, List.of(), drop("macroF1", "0.01", "0.05"), report);
        assertEquals("fail", result.status());
        assertTrue(result.message().contains("no paired test was possible"), result.message());
    }

    @Test
    void classLimitsCompareTheSameClassOfTheBaseline() {
        Report report = report("classification", List.of(),
                List.of(comparison("recall", "fraud", 0.6, 0.8, null), comparison("recall", "ok", 0.99, 0.99, null)));
        RuleResult result = only(Element.CLASS, List.of("fraud"), drop("recall", "0.05", null), report);
        assertEquals("Rule violated for CLASS 'fraud': recall is 0.60, 0.20 below the baseline's 0.80"
                + " (maximum drop 0.05)", result.message());
    }

    @Test
    void aMaximumDropWithoutABaselineFailsAndSaysWhatToSet() {
        Report report = new Report(1, "classification", null, null, null, Map.of("accuracy", 0.9), Map.of(), null,
                Map.of(), null, Map.of(), List.of(), List.of(), List.of(), null);
        RuleResult result = only(Element.MODEL, List.of(), drop("accuracy", "0.01", null), report);
        assertEquals("fail", result.status());
        assertTrue(result.message().contains("set baseline (ml.baseline)"), result.message());
    }

    @Test
    void aMinimumAndAMaximumDropOnOneLimitAreTwoResults() {
        Limit limit = drop("accuracy", "0.01", null);
        limit.setMinimum("0.5");
        Report report = report("classification", List.of(comparison("accuracy", null, 0.9, 0.9, null)), List.of());
        Report withMetric = new Report(report.schemaVersion(), report.task(), null, null, null,
                Map.of("accuracy", 0.9), Map.of(), null, Map.of(), null, Map.of(), List.of(), List.of(), List.of(),
                null, List.of(), report.baseline());
        assertEquals(2, new Gate(List.of(new Rule(Element.MODEL, List.of(), List.of(limit)))).evaluate(withMetric)
                .size());
    }

    @Test
    void significanceWithoutMaximumDropIsRefused() {
        Limit limit = new Limit("accuracy", "0.9", null);
        limit.setSignificance("0.05");
        InputException error = assertThrows(InputException.class,
                () -> new Gate(List.of(new Rule(Element.MODEL, List.of(), List.of(limit)))));
        assertTrue(error.getMessage().contains("<significance> but no <maximumDrop>"), error.getMessage());
    }

    @Test
    void significanceOutsideZeroAndOneIsRefused() {
        Limit limit = new Limit();
        limit.setMetric("accuracy");
        limit.setSignificance("1.5");
        assertThrows(InputException.class, () -> new Gate(List.of(new Rule(Element.MODEL, List.of(), List.of(limit)))));
        Limit negative = new Limit();
        negative.setMetric("accuracy");
        negative.setMaximumDrop("-0.1");
        assertThrows(InputException.class,
                () -> new Gate(List.of(new Rule(Element.MODEL, List.of(), List.of(negative)))));
    }

    @Test
    void dropLargerThanTheMetricCanFallIsRefusedWithAPercentHint() {
        Limit limit = new Limit();
        limit.setMetric("accuracy");
        limit.setMaximumDrop("5");
        InputException error = assertThrows(InputException.class,
                () -> new Gate(List.of(new Rule(Element.MODEL, List.of(), List.of(limit)))));
        assertTrue(error.getMessage().contains("write 0.05 or 5%"), error.getMessage());
    }
}
