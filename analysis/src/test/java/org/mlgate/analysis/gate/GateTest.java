package org.mlgate.analysis.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;
import org.junit.jupiter.api.Test;

class GateTest {

    private static Report classification(Map<String, Double> metrics, Map<String, ClassMetrics> classes,
                                         Map<String, Interval> intervals, List<String> notes) {
        return new Report(1, "classification", null, null, "fraud", metrics, classes, null, intervals, null,
                Map.of(), List.of(), List.of(), notes, null, List.of());
    }

    private static Map<String, Double> metrics(Object... nameValue) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put((String) nameValue[i], (Double) nameValue[i + 1]);
        }
        return map;
    }

    private static Rule rule(Element element, List<String> includes, Limit... limits) {
        return new Rule(element, includes, List.of(limits));
    }

    @Test
    void modelMetricBelowMinimumIsWordedLikeJacoco() {
        Report report = classification(metrics("accuracy", 0.66), Map.of(), Map.of(), List.of());
        List<RuleResult> results = new Gate(List.of(rule(Element.MODEL, List.of(),
                new Limit("accuracy", "0.80", null)))).evaluate(report);
        assertEquals(1, results.size());
        assertEquals("fail", results.get(0).status());
        assertEquals("Rule violated for MODEL: accuracy is 0.66, but expected minimum is 0.80",
                results.get(0).message());
    }

    @Test
    void classRuleUsesPercentLimitsAndNamesTheClass() {
        Map<String, ClassMetrics> classes = new LinkedHashMap<>();
        classes.put("fraud", new ClassMetrics(50, 0.7, 0.66, 0.68, 0.9, 0.8));
        classes.put("ok", new ClassMetrics(950, 0.99, 0.99, 0.99, 0.9, 0.99));
        Report report = classification(metrics("accuracy", 0.97), classes, Map.of(), List.of());
        List<RuleResult> results = new Gate(List.of(rule(Element.CLASS, List.of("fraud"),
                new Limit("recall", "80%", null)))).evaluate(report);
        assertEquals(1, results.size());
        assertEquals("Rule violated for CLASS 'fraud': recall is 0.66, but expected minimum is 0.80",
                results.get(0).message());
        assertEquals(0.8, results.get(0).minimum(), 1e-15);
    }

    @Test
    void classRuleWithoutIncludesChecksEveryClass() {
        Map<String, ClassMetrics> classes = new LinkedHashMap<>();
        classes.put("a", new ClassMetrics(10, 0.9, 0.9, 0.9, null, null));
        classes.put("b", new ClassMetrics(10, 0.5, 0.5, 0.5, null, null));
        List<RuleResult> results = new Gate(List.of(rule(Element.CLASS, List.of(),
                new Limit("f1", "0.6", null)))).evaluate(classification(metrics(), classes, Map.of(), List.of()));
        assertEquals(List.of("pass", "fail"), results.stream().map(RuleResult::status).toList());
    }

    @Test
    void includesThatMatchNoClassFailInsteadOfCheckingNothing() {
        Map<String, ClassMetrics> classes = Map.of("ok", new ClassMetrics(10, 1.0, 1.0, 1.0, null, null));
        List<RuleResult> results = new Gate(List.of(rule(Element.CLASS, List.of("frod"),
                new Limit("recall", "0.8", null)))).evaluate(classification(metrics(), classes, Map.of(), List.of()));
        assertEquals("fail", results.get(0).status());
        assertTrue(results.get(0).message().contains("no class of the validation data matches"),
                results.get(0).message());
    }

    @Test
    void wildcardIncludesMatchSeveralClasses() {
        Rule rule = rule(Element.CLASS, List.of("fr*", "o?"), new Limit("recall", "0.1", null));
        assertTrue(rule.includes("fraud"));
        assertTrue(rule.includes("ok"));
        assertTrue(!rule.includes("okay"));
    }

    @Test
    void undefinedMetricFailsWithTheReportsReason() {
        Report report = classification(metrics("aucRoc", null), Map.of(), Map.of(),
                List.of("aucRoc is undefined: only one class (ok) occurs in the validation data."));
        RuleResult result = new Gate(List.of(rule(Element.MODEL, List.of(), new Limit("aucRoc", "0.8", null))))
                .evaluate(report).get(0);
        assertEquals("fail", result.status());
        assertEquals("Rule violated for MODEL: aucRoc is undefined (aucRoc is undefined: only one class (ok) occurs "
                + "in the validation data), so minimum 0.80 cannot be checked", result.message());
    }

    @Test
    void maximumIsCheckedForErrorMetrics() {
        Report report = new Report(1, "regression", null, null, null, metrics("mae", 1.25), Map.of(), null,
                Map.of(), null, Map.of(), List.of(), List.of(), List.of(), null, List.of());
        RuleResult result = new Gate(List.of(rule(Element.MODEL, List.of(), new Limit("mae", null, "1.0"))))
                .evaluate(report).get(0);
        assertEquals("Rule violated for MODEL: mae is 1.25, but expected maximum is 1.00", result.message());
    }

    @Test
    void lowerBoundLimitChecksTheIntervalNotTheEstimate() {
        Limit limit = new Limit("accuracy", "0.90", null);
        limit.setBound("lower");
        Report report = classification(metrics("accuracy", 0.93), Map.of(),
                Map.of("accuracy", new Interval(0.88, 0.96, 0.95)), List.of());
        RuleResult result = new Gate(List.of(rule(Element.MODEL, List.of(), limit))).evaluate(report).get(0);
        assertEquals("Rule violated for MODEL: lower bound of accuracy (95% interval) is 0.88, but expected "
                + "minimum is 0.90", result.message());
    }

    @Test
    void closeValuesAreShownWithEnoughDigitsToDiffer() {
        Report report = classification(metrics("accuracy", 0.89996), Map.of(), Map.of(), List.of());
        RuleResult result = new Gate(List.of(rule(Element.MODEL, List.of(), new Limit("accuracy", "0.9", null))))
                .evaluate(report).get(0);
        assertEquals("Rule violated for MODEL: accuracy is 0.89996, but expected minimum is 0.90", result.message());
    }

    @Test
    void metricOfTheOtherTaskIsRefusedNamingTheTasksMetricsOnly() {
        Report report = classification(metrics("accuracy", 0.9), Map.of(), Map.of(), List.of());
        Gate gate = new Gate(List.of(rule(Element.MODEL, List.of(), new Limit("mae", null, "1"))));
        InputException error = assertThrows(InputException.class, () -> gate.evaluate(report));
        assertTrue(error.getMessage().contains("'mae', a metric of regression, but this is a classification model"),
                error.getMessage());
        assertTrue(error.getMessage().contains("accuracy") && !error.getMessage().contains("rmse"),
                error.getMessage());
    }

    @Test
    void misspeltMetricIsRejectedWithDidYouMeanAndOnlyTheTasksMetrics() {
        InputException error = assertThrows(InputException.class, () -> new Gate(List.of(
                rule(Element.MODEL, List.of(), new Limit("accurcy", "0.9", null))), Task.CLASSIFICATION));
        assertTrue(error.getMessage().contains("'accurcy'") && error.getMessage().contains("did you mean accuracy?"),
                error.getMessage());
        assertFalse(error.getMessage().contains("medianAbsoluteError"), error.getMessage());
    }

    @Test
    void misspeltMetricOfAnUnknownTaskIsRejectedOnceTheTaskIsKnown() {
        Gate gate = new Gate(List.of(rule(Element.MODEL, List.of(), new Limit("rsme", null, "3"))));
        InputException error = assertThrows(InputException.class, () -> gate.requireMetricsOf(Task.REGRESSION));
        assertTrue(error.getMessage().contains("did you mean rmse?"), error.getMessage());
        assertTrue(error.getMessage().contains("The metrics of a regression model are: mse, rmse"), error.getMessage());
        assertFalse(error.getMessage().contains("accuracy"), error.getMessage());
    }

    @Test
    void classMetricTypoSuggestsAPerClassMetric() {
        InputException error = assertThrows(InputException.class, () -> new Gate(List.of(
                rule(Element.CLASS, List.of("fraud"), new Limit("recal", "0.8", null))), Task.CLASSIFICATION));
        assertTrue(error.getMessage().contains("did you mean recall?")
                && error.getMessage().contains("The per-class metrics are: support, precision"), error.getMessage());
    }

    @Test
    void limitWithoutBoundsIsRejected() {
        assertThrows(InputException.class, () -> new Gate(List.of(
                rule(Element.MODEL, List.of(), new Limit("accuracy", null, null)))));
    }

    @Test
    void malformedNumberIsKeptBySetterAndRefusedInOneSentenceByTheGate() {
        Limit limit = new Limit();
        limit.setMetric("accuracy");
        limit.setMinimum("abc"); // Maven fills the bean: nothing may throw here
        InputException error = assertThrows(InputException.class,
                () -> new Gate(List.of(rule(Element.MODEL, List.of(), limit))));
        assertEquals("The <minimum> of the limit on 'accuracy' is 'abc'; write a number such as 0.9 or a percentage"
                + " such as 90%.", error.getMessage());
    }

    @Test
    void malformedElementIsRefusedByTheGateNotTheSetter() {
        Rule rule = new Rule();
        rule.setElement("MODLE");
        rule.setLimits(List.of(new Limit("accuracy", "0.9", null)));
        InputException error = assertThrows(InputException.class, () -> new Gate(List.of(rule)));
        assertTrue(error.getMessage().contains("use MODEL, CLASS or SLICE"), error.getMessage());
    }

    @Test
    void percentageWrittenAsWholeNumberOnAShareIsRefusedWithTheTwoWaysToWriteIt() {
        InputException error = assertThrows(InputException.class, () -> new Gate(List.of(
                rule(Element.CLASS, List.of(), new Limit("recall", "90", null)))));
        assertEquals("The <minimum>90</minimum> of the limit on 'recall' is outside the range of recall, 0 to 1"
                + " (higher is better): write 0.90 or 90%.", error.getMessage());
    }

    @Test
    void errorRateMaximumOfFiveMeantAsFivePercentIsRefused() {
        InputException error = assertThrows(InputException.class, () -> new Gate(List.of(
                rule(Element.MODEL, List.of(), new Limit("errorRate", null, "5")))));
        assertTrue(error.getMessage().contains("write 0.05 or 5%"), error.getMessage());
        assertTrue(error.getMessage().contains("lower is better"), error.getMessage());
    }

    @Test
    void limitThatCanNeverFailIsRefused() {
        InputException error = assertThrows(InputException.class, () -> new Gate(List.of(
                rule(Element.MODEL, List.of(), new Limit("errorRate", null, "100%")))));
        assertTrue(error.getMessage().contains("can never fail"), error.getMessage());
        assertTrue(error.getMessage().contains("write a <maximum> below 1"), error.getMessage());
    }

    @Test
    void rangeWithATopAtTheEdgeIsAccepted() {
        new Gate(List.of(rule(Element.CLASS, List.of(), new Limit("precision", "0.5", "1.0"))));
    }

    @Test
    void unboundedMetricsTakeAnyNonNegativeLimit() {
        new Gate(List.of(rule(Element.MODEL, List.of(), new Limit("mae", null, "1500"))));
        InputException error = assertThrows(InputException.class, () -> new Gate(List.of(
                rule(Element.MODEL, List.of(), new Limit("rmse", null, "-1")))));
        assertTrue(error.getMessage().contains("0 or more"), error.getMessage());
    }

    @Test
    void minimumAboveMaximumIsRefused() {
        assertThrows(InputException.class, () -> new Gate(List.of(
                rule(Element.MODEL, List.of(), new Limit("accuracy", "0.9", "0.8")))));
    }

    @Test
    void passingLimitSaysWhatHeld() {
        Report report = classification(metrics("accuracy", 0.95), Map.of(), Map.of(), List.of());
        RuleResult result = new Gate(List.of(rule(Element.MODEL, List.of(), new Limit("accuracy", "90%", null))))
                .evaluate(report).get(0);
        assertEquals("pass", result.status());
        assertEquals("MODEL: accuracy is 0.95, within minimum 0.90", result.message());
    }
}
