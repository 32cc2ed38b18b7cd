package org.mlgate.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.calibration.TrueOnCleanData.Fact;
import org.mlgate.analysis.calibration.TrueOnCleanData.Truth;

/**
 * Issue 9, "A gate that never cries wolf": every check and every discovered slice is a decision whose false-alarm
 * rate and power are measured on ten real datasets (see {@code src/test/resources/calibration/README.md}).
 *
 * <p>Runs the whole {@link CalibrationPlan} once (about 1,000 evaluations through the public API on two threads),
 * prints one Markdown report to stdout and writes it to {@code target/calibration/calibration.md}, with the
 * per-dataset numbers in {@code target/calibration/calibration-by-dataset.csv} and one line per run in
 * {@code target/calibration/calibration-runs.csv}. (The build sets {@code redirectTestOutputToFile}, so stdout
 * lands in {@code target/surefire-reports/org.mlgate.analysis.calibration.CalibrationTest-output.txt}.)
 * Each test then asserts one target of the issue, so that a failure names it:
 * <ul>
 *   <li>no clean split fails the build;</li>
 *   <li>at most 1 in 10 clean runs has a false alarm. Decided per run, over all checks together: a user sees a
 *       build's warnings, not a check's rate, so the target is the share of clean random splits (predictions and
 *       model mode) whose build shows any warning or failure that is not true of the data. The clean
 *       counterparts of the group and time plants are held to the same 10% on their own check. The per-check
 *       rates are in the table for diagnosis;</li>
 *   <li>every exact label copy, sorted id, 30% copied rows, shared group, time-order violation, 99:1 imbalance and
 *       label shift is found (at least a warning; a failure where the plant says fail), every 2%-noise label copy
 *       at least warned;</li>
 *   <li>weak slices on null data in under 5% of runs, and planted weak slices found (see
 *       {@link #plantedWeakSlicesAreFound}).</li>
 * </ul>
 * Run alone: {@code mvn -B -q -pl analysis -am test -Dtest='Calibration*' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationTest {
    static final int THREADS = 2;
    static final double MAX_FALSE_ALARM_RUNS = 0.10;
    static final double MAX_NULL_SLICE_RUNS = 0.05;
    static final double MIN_FOUND_AMONG_CLEARLY_DETECTABLE = 0.90;

    private Map<String, Dataset> data;
    private CalibrationTables tables;

    @BeforeAll
    void runTheSuite(@TempDir Path work) throws IOException {
        data = new LinkedHashMap<>();
        for (String name : Dataset.NAMES) {
            data.put(name, Dataset.load(name));
        }
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        List<Outcome> outcomes = new CalibrationRunner(work, data, THREADS).run(CalibrationPlan.of(data));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
        tables = new CalibrationTables(outcomes, data, millis, cpuMillis, THREADS);
        String markdown = tables.markdown();
        System.out.println(markdown);
        Path out = Path.of("target", "calibration");
        Files.createDirectories(out);
        Files.writeString(out.resolve("calibration.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("calibration-by-dataset.csv"), tables.csv(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("calibration-runs.csv"), tables.runsCsv(), StandardCharsets.UTF_8);
    }

    @Test
    void everyRunCompletes() {
        List<Outcome> failed = tables.all().stream().filter(o -> o.error() != null).toList();
        assertTrue(failed.isEmpty(), failed.size() + " runs threw, e.g. " + failed.stream().limit(5)
                .map(o -> o.spec() + ": " + o.error()).collect(Collectors.joining("\n")));
    }

    @Test
    void everyTruthHasItsEvidence() {
        for (Truth truth : TrueOnCleanData.LIST) {
            Fact fact = TrueOnCleanData.compute(truth.evidence(), data.get(truth.dataset()));
            assertTrue(fact.holds(), truth.dataset() + " / " + truth.check() + " is listed as true on clean data ("
                    + truth.note() + "), but the fixture shows: " + fact.text());
        }
    }

    @Test
    void noCleanSplitFailsTheBuild() {
        List<Outcome> clean = tables.clean();
        List<Outcome> failed = clean.stream().filter(o -> !"pass".equals(o.verdict())).toList();
        assertTrue(failed.isEmpty(), failed.size() + " of " + clean.size() + " clean runs failed the build. By"
                + " dataset and failing check: " + failingChecks(failed) + report());
    }

    @Test
    void atMostOneCleanRunInTenHasAFalseAlarm() {
        List<String> problems = new ArrayList<>();
        List<Outcome> splits = tables.cleanSplits();
        judge("clean random splits", splits, problems);
        judge("splits by group (leakage.group-overlap)", tables.ran(Plant.GROUP_SPLIT), problems);
        judge("newest 30% validate (leakage.time-order)", tables.ran(Plant.TIME_SPLIT), problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems) + report());
    }

    /** Adds a problem when more than 10% of the runs have a false alarm among the checks they are judged on. */
    private static void judge(String what, List<Outcome> runs, List<String> problems) {
        List<Outcome> alarmed = runs.stream().filter(CalibrationTables::hasFalseAlarm).toList();
        double share = runs.isEmpty() ? 0 : (double) alarmed.size() / runs.size();
        if (share > MAX_FALSE_ALARM_RUNS) {
            Map<String, Long> byCheck = alarmed.stream().flatMap(o -> CalibrationTables.judged(o).stream()
                            .filter(c -> {
                                CalibrationTables.Alarm a = CalibrationTables.alarm(o, c);
                                return a == CalibrationTables.Alarm.FALSE_WARN
                                        || a == CalibrationTables.Alarm.FALSE_FAIL;
                            })
                            .map(c -> c.id() + " on " + o.spec().dataset()))
                    .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
            problems.add(String.format(Locale.ROOT, "%s: %d of %d runs (%.1f%%, target at most %.0f%%) have a false"
                    + " alarm; by check and dataset: %s", what, alarmed.size(), runs.size(), 100 * share,
                    100 * MAX_FALSE_ALARM_RUNS, byCheck));
        }
    }

    /**
     * Issue 12: the fit diagnosis (check {@code diagnostics.fit}) must not flag a clean model of appropriate capacity.
     * On the clean random splits the training rows are scored by the same kind of model as the validation rows:
     * their out-of-fold predictions in predictions mode (so both sets have the same expected error: the null of no
     * overfitting), a Tribuo logistic regression scoring its own training rows in model mode (in-sample, so a small
     * honest optimism). No run may be flagged except where it is true of the data (TIC's model does not beat the
     * majority class even on its training rows: high bias). The table {@code target/calibration/fit.md} gives the
     * rates, and how often the gap's interval alone lies above 0 (the decision rule's significance part, designed to
     * be at most 2.5% under the null).
     */
    @Test
    void theFitDiagnosisFlagsNoCleanModel() throws IOException {
        List<Outcome> runs = tables.cleanSplits().stream().filter(o -> o.check("diagnostics.fit").isPresent())
                .toList();
        assertFalse(runs.isEmpty(), "no clean run has a fit diagnosis");
        List<Outcome> flagged = runs.stream().filter(o -> !"pass".equals(o.status("diagnostics.fit"))).toList();
        List<Outcome> falseFlags = flagged.stream()
                .filter(o -> !TrueOnCleanData.justifiesWarning(o, "diagnostics.fit")).toList();
        long gapAboveZero = runs.stream().filter(o -> number(o, "gapLower") > 0).count();
        long undetermined = runs.stream().filter(o -> "undetermined".equals(detail(o, "diagnosis"))).count();
        StringBuilder table = new StringBuilder("## Fit diagnosis (diagnostics.fit) on clean splits\n\n")
                .append("| runs | mode | flagged | of which true of the data | false alarms | gap interval above 0 |"
                        + " undetermined |\n|---|---|---|---|---|---|---|\n");
        for (Plant plant : List.of(Plant.CLEAN, Plant.MODEL_CLEAN)) {
            List<Outcome> of = runs.stream().filter(o -> o.spec().plant() == plant).toList();
            long flags = of.stream().filter(flagged::contains).count();
            long falses = of.stream().filter(falseFlags::contains).count();
            table.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %d (%.1f%%) | %d (%.1f%%) | %d |%n",
                    of.size(), plant == Plant.CLEAN ? "predictions (out-of-fold training rows)"
                            : "model (in-sample training rows)", flags, flags - falses, falses,
                    100.0 * falses / Math.max(1, of.size()),
                    of.stream().filter(o -> number(o, "gapLower") > 0).count(),
                    100.0 * of.stream().filter(o -> number(o, "gapLower") > 0).count() / Math.max(1, of.size()),
                    of.stream().filter(o -> "undetermined".equals(detail(o, "diagnosis"))).count()));
        }
        Map<String, String> byDataset = new LinkedHashMap<>();
        for (Outcome o : runs) {
            String[] counts = byDataset.getOrDefault(o.spec().dataset(), "0/0").split("/");
            byDataset.put(o.spec().dataset(), (Integer.parseInt(counts[0]) + (flagged.contains(o) ? 1 : 0)) + "/"
                    + (Integer.parseInt(counts[1]) + 1));
        }
        table.append("\nPer dataset (flagged / runs): ").append(byDataset).append('\n');
        System.out.println(table);
        Files.createDirectories(Path.of("target", "calibration"));
        Files.writeString(Path.of("target", "calibration", "fit.md"), table, StandardCharsets.UTF_8);
        assertTrue(falseFlags.isEmpty(), falseFlags.size() + " of " + runs.size() + " clean runs flagged: "
                + falseFlags.stream().limit(5).map(o -> o.spec() + ": " + o.check("diagnostics.fit").orElseThrow()
                .message()).toList() + "\n" + table);
        assertTrue(gapAboveZero <= Math.ceil(0.05 * runs.size()), "the gap's interval lies above 0 in "
                + gapAboveZero + " of " + runs.size() + " clean runs\n" + table);
        assertTrue(undetermined == 0, undetermined + " clean runs have no fit diagnosis\n" + table);
    }

    private static Object detail(Outcome outcome, String key) {
        return outcome.check("diagnostics.fit").map(c -> c.details() == null ? null : c.details().get(key))
                .orElse(null);
    }

    private static double number(Outcome outcome, String key) {
        return detail(outcome, key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @Test
    void everyExactLabelCopyIsFound() {
        assertEveryPlantFound(Plant.EXACT_COPY);
    }

    @Test
    void everyNoisyLabelCopyIsAtLeastWarned() {
        assertEveryPlantFound(Plant.NOISY_COPY);
    }

    @Test
    void everySortedIdIsFound() {
        assertEveryPlantFound(Plant.SORTED_ID);
    }

    @Test
    void everyThirtyPercentOfCopiedTrainingRowsFails() {
        assertEveryPlantFound(Plant.COPIED_ROWS);
    }

    @Test
    void everySharedGroupFails() {
        assertEveryPlantFound(Plant.SHARED_GROUP);
    }

    @Test
    void everyTimeOrderViolationFails() {
        assertEveryPlantFound(Plant.TIME_LEAK);
    }

    @Test
    void every99To1ImbalanceIsFound() {
        assertEveryPlantFound(Plant.IMBALANCE);
    }

    @Test
    void everyLabelShiftIsFound() {
        assertEveryPlantFound(Plant.LABEL_SHIFT, Outcome::shiftDetectable);
    }

    @Test
    void weakSlicesOnNullDataInUnderFivePercentOfRuns() {
        List<Outcome> nulls = tables.ran(Plant.NULL_SLICES);
        List<Outcome> discovered = nulls.stream().filter(o -> !o.weakSlices().isEmpty()).toList();
        double share = (double) discovered.size() / nulls.size();
        assertTrue(share < MAX_NULL_SLICE_RUNS, String.format(Locale.ROOT, "%d of %d runs on null data (%.1f%%,"
                        + " target under %.0f%%) report a weak slice, e.g. %s%s", discovered.size(), nulls.size(),
                100 * share, 100 * MAX_NULL_SLICE_RUNS, discovered.stream().limit(5)
                        .map(o -> o.spec().dataset() + " " + o.spec().split() + ": "
                                + o.weakSlices().get(0).description())
                        .toList(), report()));
    }

    /**
     * The floor: at least 90% of the planted slices that are clearly
     * detectable must be reported. Clearly detectable: a z-test of that one slice against the other rows stays
     * significant after Bonferroni over all the slices mlgate tested ({@code errors.slicesTested}), even when the
     * slice is diluted into a bin twice as wide whose other half errs at the usual rate (the finder tests quantile
     * bins, not the planted range). Bonferroni is stricter than the Benjamini-Hochberg procedure the finder uses,
     * so such a slice would pass the finder's own multiple-testing rule in a bin that covers it; the 10% margin is
     * for planted ranges that straddle two bins. The rate over all planted slices and over the merely detectable
     * ones is reported, not asserted: small slices with few errors cannot be found by any finder.
     */
    @Test
    void plantedWeakSlicesAreFound() {
        List<Outcome> planted = tables.ran(Plant.WEAK_SLICE);
        List<Outcome> clearly = planted.stream().filter(CalibrationTables::clearlyDetectable).toList();
        assertFalse(clearly.isEmpty(), "no planted weak slice is clearly detectable; the plant is too weak" + report());
        List<Outcome> missed = clearly.stream().filter(o -> !o.finds(o.slice())).toList();
        double found = 1 - (double) missed.size() / clearly.size();
        assertTrue(found >= MIN_FOUND_AMONG_CLEARLY_DETECTABLE, String.format(Locale.ROOT, "%d of %d clearly"
                        + " detectable planted weak slices found (%.1f%%, floor %.0f%%; all planted: %d of %d)."
                        + " Missed, e.g.: %s%s", clearly.size() - missed.size(), clearly.size(), 100 * found,
                100 * MIN_FOUND_AMONG_CLEARLY_DETECTABLE, planted.stream().filter(o -> o.finds(o.slice())).count(),
                planted.size(), missed.stream().limit(5).map(o -> o.spec().dataset() + " " + o.slice().condition()
                        + " (" + o.slice().rows() + " rows) reported " + o.weakSlices().stream()
                        .map(Outcome.SeenSlice::description).limit(3).toList()).toList(), report()));
    }

    private void assertEveryPlantFound(Plant plant) {
        assertEveryPlantFound(plant, outcome -> true);
    }

    /** Every run of the plant that {@code visible} says any rule could see must be found. */
    private void assertEveryPlantFound(Plant plant, java.util.function.Predicate<Outcome> visible) {
        List<Outcome> runs = tables.ran(plant).stream().filter(visible).toList();
        assertFalse(runs.isEmpty(), "no run planted " + plant.text());
        List<Outcome> missed = runs.stream().filter(o -> !plant.found(o.status(plant.check()))).toList();
        Map<String, String> byDataset = new LinkedHashMap<>();
        for (Outcome o : missed) {
            byDataset.merge(o.spec().dataset(), "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
        }
        String example = missed.stream().findFirst().map(o -> o.spec().dataset() + " split " + o.spec().split()
                + ": " + o.status(plant.check()) + o.check(plant.check())
                .map(c -> " (" + CalibrationTables.message(c.message()) + ")").orElse("")).orElse("");
        assertTrue(missed.isEmpty(), String.format(Locale.ROOT, "%s: %s expected %s, missed in %d of %d runs; misses"
                        + " per dataset %s; e.g. %s%s", plant.text(), plant.check(),
                "fail".equals(plant.expected()) ? "fail" : "warn or fail", missed.size(), runs.size(), byDataset,
                example, report()));
    }

    private static Map<String, Long> failingChecks(List<Outcome> failed) {
        return failed.stream().flatMap(o -> o.checks().stream().filter(c -> "fail".equals(c.status()))
                        .map(c -> o.spec().dataset() + ": " + c.id()))
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
    }

    /** CPU time of this JVM (all threads, GC included); the wall time alone depends on what else the cores run. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String report() {
        return "\nSee target/calibration/calibration.md for the tables.";
    }
}
