package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlgate.analysis.checks.Fixtures.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.report.CheckResult;

class LeakageChecksTest {
    @TempDir
    Path dir;

    private final List<String[]> training = Fixtures.rows(300, 1);
    private final List<String[]> validation = Fixtures.rows(200, 2);

    private List<CheckResult> run(List<String> columns, TrainingFacts facts, ChecksOptions options,
                                  List<String[]> validationRows, TrainingRows trainingRows) {
        List<ScoredRow> scored = Fixtures.scored(validationRows, columns.indexOf("x1"));
        return Fixtures.checksOf(columns, facts, options, scored).result(Optional.ofNullable(trainingRows), Double.NaN);
    }

    private TrainingFacts factsOf(Path csv) throws Exception {
        return TrainingFacts.fromModel(Fixtures.train(csv), null);
    }

    private static TrainingRows trainingRows(List<String> columns, List<String[]> rows) {
        return new InMemoryTrainingRows("train.csv", columns, "label", rows);
    }

    @Test
    void sameFileAsTrainingFails() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("train.csv"), Fixtures.COLUMNS, training);
        var options = ChecksOptions.defaults(Fixtures.sha256(csv), "label");
        CheckResult result = check(run(Fixtures.FEATURES, factsOf(csv), options, training, null),
                "leakage.same-data-as-training");
        assertEquals("fail", result.status());
        assertTrue(result.message().contains(csv.toString()), result.message());
    }

    @Test
    void anotherFileThanTrainingPasses() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("train.csv"), Fixtures.COLUMNS, training);
        Path other = Fixtures.writeCsv(dir.resolve("valid.csv"), Fixtures.COLUMNS, validation);
        var options = ChecksOptions.defaults(Fixtures.sha256(other), "label");
        assertEquals("pass", check(run(Fixtures.FEATURES, factsOf(csv), options, validation, null),
                "leakage.same-data-as-training").status());
    }

    @Test
    void sameFileWithRecordedSplitWarnsAndExplainsWithoutTrainingRows() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("all.csv"), Fixtures.COLUMNS, training);
        TrainingFacts facts = TrainingFacts.fromModel(Fixtures.trainOnSplit(csv, 0.7, 7L), null);
        var options = ChecksOptions.defaults(Fixtures.sha256(csv), "label");
        CheckResult result = check(run(Fixtures.FEATURES, facts, options, training, null),
                "leakage.same-data-as-training");
        assertEquals("warn", result.status());
        assertTrue(result.message().contains("TrainTestSplitter split"), result.message());
        assertTrue(result.message().contains("seed 7"), result.message());
    }

    @Test
    void sameFileWithRecordedSplitPassesWhenValidationRowsAreTheTestPart() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("all.csv"), Fixtures.COLUMNS, training);
        TrainingFacts facts = TrainingFacts.fromModel(Fixtures.trainOnSplit(csv, 0.7, 7L), null);
        var testPart = new ArrayList<String[]>();
        var modelRows = facts.split().modelRows();
        for (int i = 0; i < training.size(); i++) {
            if (!modelRows.get(i)) {
                testPart.add(training.get(i));
            }
        }
        var options = ChecksOptions.defaults(Fixtures.sha256(csv), "label");
        List<CheckResult> results = run(Fixtures.FEATURES, facts, options, testPart,
                trainingRows(Fixtures.COLUMNS, training));
        assertEquals("pass", check(results, "leakage.same-data-as-training").status());
        assertEquals("pass", check(results, "leakage.train-validation-overlap").status());
    }

    @Test
    void sameFileWithRecordedSplitFailsWhenValidationRowsIncludeTheTrainPart() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("all.csv"), Fixtures.COLUMNS, training);
        TrainingFacts facts = TrainingFacts.fromModel(Fixtures.trainOnSplit(csv, 0.7, 7L), null);
        var options = ChecksOptions.defaults(Fixtures.sha256(csv), "label");
        List<CheckResult> results = run(Fixtures.FEATURES, facts, options, training,
                trainingRows(Fixtures.COLUMNS, training));
        CheckResult same = check(results, "leakage.same-data-as-training");
        assertEquals("fail", same.status());
        assertEquals(210L, same.details().get("validationRowsInTrainingPart"));
        assertEquals(210L, check(results, "leakage.train-validation-overlap").details().get("overlappingRows"));
    }

    @Test
    void validationRowsCopiedFromTrainingAreCountedAsOverlap() {
        List<String[]> planted = new ArrayList<>(validation);
        planted.addAll(training.subList(0, 12));
        CheckResult result = check(run(Fixtures.FEATURES, TrainingFacts.none(), ChecksOptions.defaults(null, "label"),
                planted, trainingRows(Fixtures.COLUMNS, training)), "leakage.train-validation-overlap");
        assertEquals("fail", result.status());
        assertEquals(12L, result.details().get("overlappingRows"));
        assertEquals(0L, result.details().get("sameFeaturesOtherLabelRows"));
        assertEquals(5, ((List<?>) result.details().get("examples")).size());
        assertTrue(result.message().startsWith("12 of 212 validation rows"), result.message());
    }

    @Test
    void overlapIgnoresNumberFormattingAndTheIdColumn() {
        List<String> columns = List.of("id", "x1", "x2");
        List<String[]> trainingWithId = List.<String[]>of(new String[] {"1", "0.5", "2", "yes"});
        List<String[]> validationWithId = List.<String[]>of(new String[] {"99", "0.50", "2.0", "yes"},
                new String[] {"100", "0.7", "2.0", "yes"});
        var options = ChecksOptions.defaults(null, "label").withColumns("id", null, null);
        CheckResult result = check(run(columns, TrainingFacts.none(), options, validationWithId,
                trainingRows(List.of("id", "x1", "x2", "label"), trainingWithId)), "leakage.train-validation-overlap");
        assertEquals(1L, result.details().get("overlappingRows"));
    }

    @Test
    void sameFeaturesWithAnotherLabelAreLabelNoiseNotLeakage() {
        List<String[]> planted = new ArrayList<>(validation);
        String[] copy = training.get(3).clone();
        copy[2] = copy[2].equals("yes") ? "no" : "yes";
        planted.add(copy);
        CheckResult result = check(run(Fixtures.FEATURES, TrainingFacts.none(), ChecksOptions.defaults(null, "label"),
                planted, trainingRows(Fixtures.COLUMNS, training)), "leakage.train-validation-overlap");
        assertEquals(0L, result.details().get("overlappingRows"));
        assertEquals(1L, result.details().get("sameFeaturesOtherLabelRows"));
        assertEquals("pass", result.status());
        assertTrue(result.message().contains("1 more have the features of a training row but another label"),
                result.message());
    }

    @Test
    void disjointTrainingAndValidationRowsPassOverlap() {
        assertEquals("pass", check(run(Fixtures.FEATURES, TrainingFacts.none(), ChecksOptions.defaults(null, "label"),
                validation, trainingRows(Fixtures.COLUMNS, training)), "leakage.train-validation-overlap").status());
    }

    @Test
    void overlapIsAbsentWithoutTrainingRows() {
        assertTrue(Fixtures.absent(run(Fixtures.FEATURES, TrainingFacts.none(), ChecksOptions.defaults(null, "label"),
                validation, null), "leakage.train-validation-overlap"));
    }

    @Test
    void columnThatCopiesTheLabelIsATargetProxy() {
        List<String[]> planted = new ArrayList<>();
        for (String[] row : validation) {
            planted.add(new String[] {row[0], row[1], row[2].equals("yes") ? "1" : "0", row[2]});
        }
        CheckResult result = check(run(List.of("x1", "x2", "approved"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label"), planted, null), "leakage.target-proxy");
        assertEquals("fail", result.status());
        assertTrue(result.message().contains("approved"), result.message());
        assertTrue(!result.message().contains("x1"), result.message());
    }

    @Test
    void targetProxyTheModelDoesNotUseOnlyWarns() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("train.csv"), Fixtures.COLUMNS, training);
        List<String[]> planted = new ArrayList<>();
        for (String[] row : validation) {
            planted.add(new String[] {row[0], row[1], row[2].equals("yes") ? "1" : "0", row[2]});
        }
        CheckResult result = check(run(List.of("x1", "x2", "approved"), factsOf(csv),
                ChecksOptions.defaults(null, "label"), planted, null), "leakage.target-proxy");
        assertEquals("warn", result.status());
    }

    @Test
    void ordinaryFeaturesAreNoTargetProxy() {
        assertEquals("pass", check(run(Fixtures.FEATURES, TrainingFacts.none(), ChecksOptions.defaults(null, "label"),
                validation, null), "leakage.target-proxy").status());
    }

    @Test
    void rowNumberAssociatedWithTheLabelIsAnIdentifierLeak() {
        List<String[]> sorted = new ArrayList<>(validation);
        sorted.sort((a, b) -> a[2].compareTo(b[2]));
        List<String[]> planted = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            String[] row = sorted.get(i);
            planted.add(new String[] {String.valueOf(1000 + i), row[0], row[1], row[2]});
        }
        CheckResult result = check(run(List.of("rowid", "x1", "x2"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label"), planted, null), "leakage.identifier-column");
        assertEquals("warn", result.status());
        assertTrue(result.message().contains("rowid"), result.message());
    }

    @Test
    void identifierUsedByTheModelFails() throws Exception {
        List<String> columns = List.of("rowid", "x1", "x2", "label");
        List<String[]> withId = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            String[] row = training.get(i);
            withId.add(new String[] {String.valueOf(i), row[0], row[1], row[2]});
        }
        Path csv = Fixtures.writeCsv(dir.resolve("train.csv"), columns, withId);
        List<String[]> valid = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            String[] row = validation.get(i);
            valid.add(new String[] {String.valueOf(5000 + i), row[0], row[1], row[2]});
        }
        CheckResult result = check(run(List.of("rowid", "x1", "x2"), factsOf(csv),
                ChecksOptions.defaults(null, "label"), valid, null), "leakage.identifier-column");
        assertEquals("fail", result.status());
    }

    @Test
    void dataSortedByARealValuedModelFeatureIsNoIdentifier() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("train.csv"), Fixtures.COLUMNS, training);
        List<String[]> sorted = new ArrayList<>(validation);
        sorted.sort((a, b) -> Double.compare(Double.parseDouble(a[0]), Double.parseDouble(b[0])));
        assertEquals("pass", check(run(Fixtures.FEATURES, factsOf(csv), ChecksOptions.defaults(null, "label"),
                sorted, null), "leakage.identifier-column").status());
    }

    @Test
    void distinctWholeNumbersThatMeasureSomethingAreNoIdentifier() {
        // Like wine's proline: whole numbers, all distinct in a small sample, and strongly tied to the label.
        List<String[]> planted = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            String[] row = validation.get(i);
            int proline = (row[2].equals("yes") ? 1000 : 400) + 3 * i;
            planted.add(new String[] {String.valueOf(proline), row[0], row[1], row[2]});
        }
        assertEquals("pass", check(run(List.of("proline", "x1", "x2"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label"), planted, null), "leakage.identifier-column").status());
        assertEquals("warn", check(run(List.of("customer_id", "x1", "x2"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label"), planted, null), "leakage.identifier-column").status());
    }

    @Test
    void idNamesAreRecognisedInTheUsualSpellings() {
        for (String name : List.of("id", "ID", "row_id", "customerId", "order-key", "uuid", "rowNumber", "index")) {
            assertTrue(LeakageFindings.namedLikeAnId(name), name);
        }
        for (String name : List.of("paid", "valid", "width", "proline", "keyboard", "monkey", "rows")) {
            assertTrue(!LeakageFindings.namedLikeAnId(name), name);
        }
    }

    @Test
    void shuffledIdNotUsedByTheModelIsNoLeak() {
        List<String[]> planted = new ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            ids.add(i);
        }
        java.util.Collections.shuffle(ids, random);
        for (int i = 0; i < validation.size(); i++) {
            String[] row = validation.get(i);
            planted.add(new String[] {"id-" + ids.get(i), row[0], row[1], row[2]});
        }
        assertEquals("pass", check(run(List.of("rowid", "x1", "x2"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label"), planted, null), "leakage.identifier-column").status());
    }

    private static List<String[]> withGroupAndTime(List<String[]> rows, String groupPrefix, int firstDay) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String day = java.time.LocalDate.of(2024, 1, 1).plusDays(firstDay + i / 10).toString();
            out.add(new String[] {groupPrefix + (i / 4), day, row[0], row[1], row[2]});
        }
        return out;
    }

    @Test
    void groupsOnBothSidesAreCountedWithExamples() {
        List<String> columns = List.of("patient", "day", "x1", "x2");
        var options = ChecksOptions.defaults(null, "label").withColumns(null, "patient", null);
        List<String[]> train = withGroupAndTime(training, "p", 0);
        List<String[]> valid = withGroupAndTime(validation, "q", 100);
        valid.get(0)[0] = "p3";
        valid.get(1)[0] = "p3";
        valid.get(2)[0] = "p7";
        CheckResult result = check(run(columns, TrainingFacts.none(), options, valid,
                trainingRows(List.of("patient", "day", "x1", "x2", "label"), train)), "leakage.group-overlap");
        assertEquals("fail", result.status());
        assertEquals(2L, result.details().get("overlappingGroups"));
        assertEquals(3L, result.details().get("overlappingRows"));
        assertTrue(result.message().contains("p3"), result.message());
    }

    @Test
    void disjointGroupsPass() {
        var options = ChecksOptions.defaults(null, "label").withColumns(null, "patient", null);
        assertEquals("pass", check(run(List.of("patient", "day", "x1", "x2"), TrainingFacts.none(), options,
                withGroupAndTime(validation, "q", 100), trainingRows(List.of("patient", "day", "x1", "x2", "label"),
                        withGroupAndTime(training, "p", 0))), "leakage.group-overlap").status());
    }

    @Test
    void validationRowsOlderThanNewestTrainingRowAreCounted() {
        var options = ChecksOptions.defaults(null, "label").withColumns(null, null, "day");
        // Training covers days 0..29, validation days 25..44: days 25..28 (40 rows) are before day 29.
        CheckResult result = check(run(List.of("patient", "day", "x1", "x2"), TrainingFacts.none(), options,
                withGroupAndTime(validation, "q", 25), trainingRows(List.of("patient", "day", "x1", "x2", "label"),
                        withGroupAndTime(training, "p", 0))), "leakage.time-order");
        assertEquals("fail", result.status());
        assertEquals(40L, result.details().get("olderValidationRows"));
        assertEquals("2024-01-30", result.details().get("newestTraining"));
    }

    @Test
    void validationAfterTrainingPassesTimeOrder() {
        var options = ChecksOptions.defaults(null, "label").withColumns(null, null, "day");
        assertEquals("pass", check(run(List.of("patient", "day", "x1", "x2"), TrainingFacts.none(), options,
                withGroupAndTime(validation, "q", 29), trainingRows(List.of("patient", "day", "x1", "x2", "label"),
                        withGroupAndTime(training, "p", 0))), "leakage.time-order").status());
    }

    @Test
    void leakageSeverityOffRemovesTheFamily() {
        var options = ChecksOptions.defaults(null, "label").withSeverities(Map.of("leakage.*", Severity.OFF));
        List<CheckResult> results = run(Fixtures.FEATURES, TrainingFacts.none(), options, validation,
                trainingRows(Fixtures.COLUMNS, training));
        assertTrue(results.stream().noneMatch(r -> r.id().startsWith("leakage.")), results.toString());
    }
}
