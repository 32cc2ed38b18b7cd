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
import org.mlgate.analysis.report.CheckResult;

class IntegrityChecksTest {
    @TempDir
    Path dir;

    private final List<String[]> training = Fixtures.rows(300, 1);
    private final List<String[]> validation = Fixtures.rows(200, 2);

    private TrainingFacts facts() throws Exception {
        return TrainingFacts.fromModel(Fixtures.train(Fixtures.writeCsv(dir.resolve("train.csv"), Fixtures.COLUMNS,
                training)), null);
    }

    private static List<CheckResult> run(List<String> columns, TrainingFacts facts, List<String[]> rows) {
        return Fixtures.checksOf(columns, facts, ChecksOptions.defaults(null, "label"), Fixtures.scored(rows))
                .result(Optional.empty(), Double.NaN);
    }

    @Test
    void repeatedRowsAreCountedWithTheirLines() {
        List<String[]> planted = new ArrayList<>(validation);
        planted.add(validation.get(5));
        planted.add(validation.get(5));
        planted.add(validation.get(9));
        CheckResult result = check(run(Fixtures.FEATURES, TrainingFacts.none(), planted), "data.duplicate-rows");
        assertEquals("warn", result.status());
        assertEquals(3L, result.details().get("duplicateRows"));
        assertTrue(result.message().contains("lines [202, 203, 204]"), result.message());
    }

    @Test
    void distinctRowsPassDuplicates() {
        assertEquals("pass", check(run(Fixtures.FEATURES, TrainingFacts.none(), validation), "data.duplicate-rows")
                .status());
    }

    @Test
    void labelsTheModelNeverSawAreListed() throws Exception {
        List<String[]> planted = new ArrayList<>(validation);
        planted.add(new String[] {"0.1", "0.2", "maybe"});
        planted.add(new String[] {"0.3", "0.2", "maybe"});
        CheckResult result = check(run(Fixtures.FEATURES, facts(), planted), "data.unknown-labels");
        assertEquals("warn", result.status());
        assertEquals(Map.of("maybe", 2L), result.details().get("unknownLabels"));
        assertTrue(result.message().startsWith("2 validation rows have label [maybe]"), result.message());
    }

    @Test
    void knownLabelsPassUnknownLabels() throws Exception {
        assertEquals("pass", check(run(Fixtures.FEATURES, facts(), validation), "data.unknown-labels").status());
    }

    @Test
    void classesAbsentFromValidationAreNamedAsUndefined() throws Exception {
        List<String[]> onlyYes = validation.stream().filter(r -> r[2].equals("yes")).toList();
        CheckResult result = check(run(Fixtures.FEATURES, facts(), onlyYes), "data.missing-classes");
        assertEquals("warn", result.status());
        assertTrue(result.message().contains("[no]") && result.message().contains("undefined"), result.message());
    }

    @Test
    void allClassesPresentPassMissingClasses() throws Exception {
        assertEquals("pass", check(run(Fixtures.FEATURES, facts(), validation), "data.missing-classes").status());
    }

    @Test
    void missingModelFeatureAndUnknownColumnAreBothReported() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String[] row : validation) {
            rows.add(new String[] {row[0], "abc", row[2]});
        }
        CheckResult result = check(run(List.of("x1", "x3"), facts(), rows), "data.feature-mismatch");
        assertEquals("warn", result.status());
        assertEquals(List.of("x2"), result.details().get("missingModelFeatures"));
        assertEquals(List.of("x3"), result.details().get("unknownColumns"));
    }

    @Test
    void matchingColumnsPassFeatureMismatch() throws Exception {
        assertEquals("pass", check(run(Fixtures.FEATURES, facts(), validation), "data.feature-mismatch").status());
    }

    @Test
    void featureNamesWithFieldSuffixMapToTheirColumn() {
        FeatureColumns mapping = new FeatureColumns(List.of("x1@value", "color@red", "color@blue", "size"),
                List.of("x1", "color", "colo"));
        assertEquals(List.of("size"), mapping.unprovided());
        assertEquals("color", mapping.columnOf("color@red"));
    }

    @Test
    void valuesOutsideTheTrainingRangeAreCountedPerFeature() throws Exception {
        List<String[]> planted = new ArrayList<>(validation);
        for (int i = 0; i < 10; i++) {
            planted.add(new String[] {"50.0", "0.1", "yes"});
        }
        CheckResult result = check(run(Fixtures.FEATURES, facts(), planted), "data.out-of-domain");
        assertEquals("warn", result.status());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> features = (Map<String, Map<String, Object>>) result.details().get("features");
        assertTrue((Long) features.get("x1").get("outside") >= 10);
        assertTrue(result.message().contains("'x1'"), result.message());
        assertTrue(!result.message().contains("'x2'"), result.message());
    }

    @Test
    void valuesInsideTheTrainingRangePassOutOfDomain() throws Exception {
        List<String[]> inside = new ArrayList<>();
        for (String[] row : training.subList(0, 100)) {
            inside.add(new String[] {Fixtures.fmt(Double.parseDouble(row[0]) * 0.9),
                    Fixtures.fmt(Double.parseDouble(row[1]) * 0.9), row[2]});
        }
        assertEquals("pass", check(run(Fixtures.FEATURES, facts(), inside), "data.out-of-domain").status());
    }

    @Test
    void aFewValuesOutsideASmallTrainingSetsRangeAreChance() throws Exception {
        // Trained on 40 rows, a random validation row lies outside each feature's range with probability 2/41.
        List<String[]> small = training.subList(0, 40);
        java.nio.file.Path csv = Fixtures.writeCsv(dir.resolve("small.csv"), Fixtures.COLUMNS, small);
        CheckResult result = check(run(Fixtures.FEATURES, TrainingFacts.fromModel(Fixtures.train(csv), null),
                validation.subList(0, 60)), "data.out-of-domain");
        assertEquals("pass", result.status(), result.message());
    }

    @Test
    void modelChecksAreAbsentForAPredictionsFile() {
        List<CheckResult> results = run(Fixtures.FEATURES, TrainingFacts.none(), validation);
        assertTrue(Fixtures.absent(results, "data.feature-mismatch"));
        assertTrue(Fixtures.absent(results, "data.out-of-domain"));
        assertTrue(Fixtures.absent(results, "data.unknown-labels"));
        assertTrue(Fixtures.absent(results, "leakage.same-data-as-training"));
    }
}
