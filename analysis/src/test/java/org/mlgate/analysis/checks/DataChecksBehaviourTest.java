package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlgate.analysis.checks.Fixtures.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.report.CheckResult;

class DataChecksBehaviourTest {
    private final List<String[]> validation = Fixtures.rows(400, 2);

    private static List<String> statuses(List<CheckResult> results) {
        return results.stream().map(r -> r.id() + "=" + r.status() + ":" + r.details()).toList();
    }

    @Test
    void mergedPartsGiveTheSameResultsAsOnePass() {
        List<String[]> planted = new ArrayList<>(validation);
        planted.add(validation.get(3));
        List<ScoredRow> rows = Fixtures.scored(planted);
        ChecksOptions options = ChecksOptions.defaults(null, "label");
        DataChecks whole = Fixtures.checksOf(Fixtures.FEATURES, TrainingFacts.none(), options, rows);
        DataChecks first = Fixtures.checksOf(Fixtures.FEATURES, TrainingFacts.none(), options, rows.subList(0, 150));
        DataChecks second = Fixtures.checksOf(Fixtures.FEATURES, TrainingFacts.none(), options,
                rows.subList(150, rows.size()));
        first.merge(second);
        TrainingRows training = new InMemoryTrainingRows("t.csv", Fixtures.COLUMNS, "label",
                Fixtures.rows(100, 1));
        List<CheckResult> merged = first.result(Optional.of(training), Double.NaN);
        List<CheckResult> single = whole.result(Optional.of(training), Double.NaN);
        assertEquals(single.stream().map(CheckResult::id).toList(), merged.stream().map(CheckResult::id).toList());
        assertEquals(check(single, "data.duplicate-rows").details().get("duplicateRows"),
                check(merged, "data.duplicate-rows").details().get("duplicateRows"));
        assertEquals(check(single, "leakage.target-proxy").details(), check(merged, "leakage.target-proxy").details());
        assertEquals(check(single, "imbalance.majority-baseline").details(),
                check(merged, "imbalance.majority-baseline").details());
    }

    @Test
    void idSeverityWinsOverFamilySeverity() {
        ChecksOptions options = ChecksOptions.defaults(null, "label")
                .withSeverities(Map.of("data.*", Severity.OFF, "data.duplicate-rows", Severity.FAIL));
        assertEquals(Severity.FAIL, options.severityOf("data.duplicate-rows"));
        assertEquals(Severity.OFF, options.severityOf("data.unknown-labels"));
        assertEquals(Severity.FAIL, options.severityOf("leakage.time-order"));
        assertEquals(Severity.WARN, options.severityOf("imbalance.class-ratio"));
    }

    @Test
    void warnSeverityCapsAFailLevelLeak() {
        List<String[]> planted = new ArrayList<>(validation);
        planted.addAll(Fixtures.rows(100, 1).subList(0, 5));
        ChecksOptions options = ChecksOptions.defaults(null, "label")
                .withSeverities(Map.of("leakage.train-validation-overlap", Severity.WARN));
        List<CheckResult> results = Fixtures.checksOf(Fixtures.FEATURES, TrainingFacts.none(), options,
                Fixtures.scored(planted)).result(Optional.of(new InMemoryTrainingRows("t.csv", Fixtures.COLUMNS,
                "label", Fixtures.rows(100, 1))), Double.NaN);
        assertEquals("warn", check(results, "leakage.train-validation-overlap").status());
    }

    @Test
    void severityTextOtherThanOffWarnFailIsAnInputError() {
        InputException error = assertThrows(InputException.class, () -> Severity.parse("loud", "leakage.*"));
        assertTrue(error.getMessage().contains("'loud'"));
    }

    @Test
    void regressionSkipsClassChecksAndMeasuresTargetProxiesByVarianceExplained() {
        List<ScoredRow> rows = new ArrayList<>();
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 200; i++) {
            double y = random.nextGaussian();
            String[] cells = {Fixtures.fmt(random.nextGaussian()), Fixtures.fmt(2 * y + 1)};
            rows.add(new ScoredRow(i, i + 2L, cells, null, null, null, y, y + 0.1));
        }
        DataChecks checks = new DataChecks(Task.REGRESSION, List.of("noise", "twiceY"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "price"));
        rows.forEach(checks::add);
        List<CheckResult> results = checks.result(Optional.empty(), Double.NaN);
        assertTrue(results.stream().noneMatch(r -> r.id().startsWith("imbalance.")), statuses(results).toString());
        CheckResult proxy = check(results, "leakage.target-proxy");
        assertEquals("fail", proxy.status());
        assertTrue(proxy.message().contains("'twiceY' explains 99.8% of the target's variance"), proxy.message());
        assertTrue(proxy.message().contains("almost a copy of the label"), proxy.message());
        assertTrue(!proxy.message().contains("noise"), proxy.message());
    }

    @Test
    void unreadableTimeCellNamesLineAndColumn() {
        DataChecks checks = new DataChecks(Task.CLASSIFICATION, List.of("day"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label").withColumns(null, null, "day"));
        InputException error = assertThrows(InputException.class, () -> checks.add(
                new ScoredRow(0, 7, new String[] {"yesterday"}, "a", "a", null, Double.NaN, Double.NaN)));
        assertTrue(error.getMessage().contains("line 7") && error.getMessage().contains("'day'"),
                error.getMessage());
    }

    @Test
    void isoDateTimesAndDatesOrderTogether() {
        assertTrue(TimeCells.parse("2024-05-01", "f", 2, "t") < TimeCells.parse("2024-05-01T10:00:00Z", "f", 2, "t"));
        assertTrue(TimeCells.parse("2024-05-01T10:00:00", "f", 2, "t")
                == TimeCells.parse("2024-05-01T12:00:00+02:00", "f", 2, "t"));
    }

    @Test
    void groupColumnMissingFromTheValidationColumnsIsAnInputError() {
        InputException error = assertThrows(InputException.class, () -> new DataChecks(Task.CLASSIFICATION,
                Fixtures.FEATURES, TrainingFacts.none(), ChecksOptions.defaults(null, "label")
                .withColumns(null, "patient", null)));
        assertTrue(error.getMessage().contains("'patient'"), error.getMessage());
    }

    @Test
    void groupColumnMissingFromTheTrainingFileIsReportedAsNotChecked() {
        List<String> columns = List.of("patient", "x1", "x2");
        List<String[]> rows = new ArrayList<>();
        for (String[] row : validation) {
            rows.add(new String[] {"p1", row[0], row[1], row[2]});
        }
        DataChecks checks = Fixtures.checksOf(columns, TrainingFacts.none(),
                ChecksOptions.defaults(null, "label").withColumns(null, "patient", null), Fixtures.scored(rows, 1));
        CheckResult result = check(checks.result(Optional.of(new InMemoryTrainingRows("t.csv", Fixtures.COLUMNS,
                "label", Fixtures.rows(50, 1))), Double.NaN), "leakage.group-overlap");
        assertEquals("warn", result.status());
        assertTrue(result.message().startsWith("Not checked"), result.message());
    }

    @Test
    void thresholdOutsideZeroToOneIsAnInputError() {
        assertThrows(InputException.class, () -> new ChecksOptions(null, "label", null, null, null, 1.5, Map.of()));
    }
}
