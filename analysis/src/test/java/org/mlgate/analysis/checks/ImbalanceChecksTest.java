package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlgate.analysis.checks.Fixtures.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.report.CheckResult;

class ImbalanceChecksTest {

    /** {@code counts} rows per class, predicted right except {@code wrong} rows of each class. */
    private static List<ScoredRow> rows(Map<String, Integer> counts, int wrong) {
        List<ScoredRow> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>(counts.keySet());
        counts.forEach((label, count) -> {
            for (int i = 0; i < count; i++) {
                String other = labels.get((labels.indexOf(label) + 1) % labels.size());
                String predicted = i < wrong ? other : label;
                rows.add(new ScoredRow(rows.size(), rows.size() + 2L, new String[] {String.valueOf(rows.size() % 7)},
                        label, predicted, null, Double.NaN, Double.NaN));
            }
        });
        return rows;
    }

    private static List<CheckResult> run(List<ScoredRow> rows, TrainingFacts facts, double accuracy) {
        DataChecks checks = new DataChecks(Task.CLASSIFICATION, List.of("f"), facts,
                ChecksOptions.defaults(null, "label"));
        rows.forEach(checks::add);
        return checks.result(Optional.empty(), accuracy);
    }

    private static TrainingFacts factsWith(Map<String, Long> labelCounts) {
        return new TrainingFacts(labelCounts, List.of("f"), Map.of(), null, null, null);
    }

    @Test
    void classUnderATenthOfTheMajorityWarnsAndIsNamed() {
        CheckResult result = check(run(rows(Map.of("ok", 190, "fraud", 10), 0), TrainingFacts.none(), Double.NaN),
                "imbalance.class-ratio");
        assertEquals("warn", result.status());
        assertTrue(result.message().contains("'fraud' (10, 5.0%)"), result.message());
        assertEquals(19.0, (Double) result.details().get("ratio"), 1e-12);
        assertEquals("fraud", result.details().get("minorityClass"));
    }

    @Test
    void exactlyBalancedClassesAreCalledBalanced() {
        CheckResult result = check(run(rows(Map.of("a", 15, "b", 15, "c", 15), 0), TrainingFacts.none(), Double.NaN),
                "imbalance.class-ratio");
        assertEquals("pass", result.status());
        assertEquals("The 3 classes are balanced: 15 of the 45 rows each.", result.message());
    }

    @Test
    void manyBalancedClassesPassThoughEachIsASmallShareOfTheRows() {
        Map<String, Integer> letters = new java.util.LinkedHashMap<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            letters.put(String.valueOf(c), 30 + (c % 5));
        }
        assertEquals("pass", check(run(rows(letters, 0), TrainingFacts.none(), Double.NaN),
                "imbalance.class-ratio").status());
    }

    @Test
    void balancedClassesPassClassRatio() {
        assertEquals("pass", check(run(rows(Map.of("a", 100, "b", 90), 0), TrainingFacts.none(), Double.NaN),
                "imbalance.class-ratio").status());
    }

    @Test
    void minorityThresholdIsConfigurable() {
        DataChecks checks = new DataChecks(Task.CLASSIFICATION, List.of("f"), TrainingFacts.none(),
                new ChecksOptions(null, "label", null, null, null, 0.30, Map.of()));
        rows(Map.of("a", 80, "b", 20), 0).forEach(checks::add);
        assertEquals("warn", check(checks.result(Optional.empty(), Double.NaN), "imbalance.class-ratio").status());
    }

    @Test
    void modelNoBetterThanMajorityBaselineIsFlaggedWithBaselineAccuracy() {
        // 180 of 200 are "ok": baseline 0.90; the model gets 0.90 (10 wrong per class).
        CheckResult result = check(run(rows(Map.of("ok", 180, "fraud", 20), 10), TrainingFacts.none(), Double.NaN),
                "imbalance.majority-baseline");
        assertEquals("warn", result.status());
        assertEquals(0.9, (Double) result.details().get("baselineAccuracy"), 1e-12);
        assertEquals(0.9, (Double) result.details().get("modelAccuracy"), 1e-12);
        assertTrue(result.message().contains("always predicting 'ok'"), result.message());
    }

    @Test
    void modelBarelyAboveBaselineWarns() {
        // baseline 0.90, 2 standard errors = 2 * sqrt(0.09 / 200) = 0.042; 0.92 is not clearly better.
        CheckResult result = check(run(rows(Map.of("ok", 180, "fraud", 20), 0), TrainingFacts.none(), 0.92),
                "imbalance.majority-baseline");
        assertEquals("warn", result.status());
    }

    @Test
    void modelClearlyAboveBaselinePasses() {
        assertEquals("pass", check(run(rows(Map.of("ok", 180, "fraud", 20), 0), TrainingFacts.none(), Double.NaN),
                "imbalance.majority-baseline").status());
    }

    @Test
    void shiftedClassDistributionNamesTheClassesThatMoved() {
        Map<String, Long> training = new LinkedHashMap<>();
        training.put("a", 500L);
        training.put("b", 500L);
        CheckResult result = check(run(rows(Map.of("a", 180, "b", 20), 0), factsWith(training), Double.NaN),
                "imbalance.label-shift");
        assertEquals("warn", result.status());
        assertTrue((Double) result.details().get("psi") >= 0.25);
        assertTrue(result.message().contains("'a' 50.0% -> 90.0%"), result.message());
        assertTrue(result.message().contains("'b' 50.0% -> 10.0%"), result.message());
    }

    @Test
    void sameClassDistributionPassesLabelShift() {
        Map<String, Long> training = new LinkedHashMap<>();
        training.put("a", 520L);
        training.put("b", 480L);
        assertEquals("pass", check(run(rows(Map.of("a", 100, "b", 95), 0), factsWith(training), Double.NaN),
                "imbalance.label-shift").status());
    }

    @Test
    void aSmallValidationSetDiffersFromTrainingByChanceWithoutAShift() {
        // 54 rows of 3 classes against 59/71/48 (wine): PSI 0.19, chi-square p = 0.026 (scipy): sampling noise.
        Map<String, Long> training = new LinkedHashMap<>();
        training.put("a", 59L);
        training.put("b", 71L);
        training.put("c", 48L);
        CheckResult result = check(run(rows(Map.of("a", 8, "b", 30, "c", 16), 0), factsWith(training), Double.NaN),
                "imbalance.label-shift");
        assertTrue((Double) result.details().get("psi") >= ImbalanceFindings.PSI_MODERATE, result.message());
        assertEquals("pass", result.status(), result.message());
        assertTrue(result.message().contains("not beyond sampling noise"), result.message());
    }

    @Test
    void labelShiftIsMeasuredAgainstTheTrainingFileWithoutAModel() {
        DataChecks checks = new DataChecks(Task.CLASSIFICATION, List.of("f"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label"));
        rows(Map.of("a", 180, "b", 20), 0).forEach(checks::add);
        List<String[]> trainingRows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            trainingRows.add(new String[] {String.valueOf(100 + i), i % 2 == 0 ? "a" : "b"});
        }
        CheckResult result = check(checks.result(Optional.of(new InMemoryTrainingRows("train.csv",
                List.of("f", "label"), "label", trainingRows)), Double.NaN), "imbalance.label-shift");
        assertEquals("warn", result.status());
        assertTrue(result.message().contains("from training (train.csv)"), result.message());
    }

    @Test
    void labelShiftIsAbsentWithoutTrainingFacts() {
        assertTrue(Fixtures.absent(run(rows(Map.of("a", 100, "b", 95), 0), TrainingFacts.none(), Double.NaN),
                "imbalance.label-shift"));
    }

    @Test
    void imbalanceSeverityFailLetsAFailLevelFindingFail() {
        DataChecks checks = new DataChecks(Task.CLASSIFICATION, List.of("f"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label").withSeverities(Map.of("imbalance.*", Severity.FAIL)));
        rows(Map.of("ok", 185, "fraud", 15), 10).forEach(checks::add);
        // The model (0.90: 10 wrong per class) is below the baseline 0.925.
        List<CheckResult> results = checks.result(Optional.empty(), Double.NaN);
        assertEquals("fail", check(results, "imbalance.majority-baseline").status());
        assertEquals("warn", check(results, "imbalance.class-ratio").status());
    }
}
