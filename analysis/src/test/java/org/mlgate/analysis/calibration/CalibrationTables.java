package org.mlgate.analysis.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.mlgate.analysis.calibration.TrueOnCleanData.Truth;
import org.mlgate.analysis.report.CheckResult;

/**
 * The suite's result as Markdown (one summary table per question, then the same per dataset) and as CSV. Counts
 * only: everything here is derived from the outcomes, in their (deterministic) order.
 */
final class CalibrationTables {
    /** Plants judged by a check, in table order; the weak slice has its own section. */
    static final List<Plant> CHECKED_PLANTS = List.of(Plant.EXACT_COPY, Plant.NOISY_COPY, Plant.SORTED_ID,
            Plant.COPIED_ROWS, Plant.SHARED_GROUP, Plant.TIME_LEAK, Plant.IMBALANCE, Plant.LABEL_SHIFT);

    private final List<Outcome> outcomes;
    private final Map<String, Dataset> data;
    private final long millis;
    private final long cpuMillis;
    private final int threads;

    CalibrationTables(List<Outcome> outcomes, Map<String, Dataset> data, long millis, long cpuMillis, int threads) {
        this.outcomes = outcomes;
        this.data = data;
        this.millis = millis;
        this.cpuMillis = cpuMillis;
        this.threads = threads;
    }

    // ---- the numbers the tests assert on --------------------------------------------------------------------

    /** A clean run's check result judged against the truths. */
    enum Alarm { NONE, TRUE_WARN, FALSE_WARN, FALSE_FAIL }

    static Alarm alarm(Outcome outcome, CheckResult check) {
        return switch (check.status()) {
            case "warn" -> TrueOnCleanData.justifiesWarning(outcome, check.id()) ? Alarm.TRUE_WARN : Alarm.FALSE_WARN;
            case "fail" -> Alarm.FALSE_FAIL;
            default -> Alarm.NONE;
        };
    }

    /** The checks a clean run is judged on: all of them, or a counterpart's own check. */
    static List<CheckResult> judged(Outcome outcome) {
        Plant plant = outcome.spec().plant();
        return plant.counterpart()
                ? outcome.checks().stream().filter(check -> check.id().equals(plant.check())).toList()
                : outcome.checks();
    }

    static boolean hasFalseAlarm(Outcome outcome) {
        return judged(outcome).stream().map(check -> alarm(outcome, check))
                .anyMatch(a -> a == Alarm.FALSE_WARN || a == Alarm.FALSE_FAIL);
    }

    List<Outcome> all() {
        return outcomes;
    }

    /** Every run on clean data: random splits, model mode, and the group and time counterparts. */
    List<Outcome> clean() {
        return outcomes.stream().filter(o -> o.ran() && o.spec().plant().clean()).toList();
    }

    /** The clean random splits, in predictions and in model mode: the runs the per-run false-alarm target counts. */
    List<Outcome> cleanSplits() {
        return outcomes.stream().filter(o -> o.ran() && (o.spec().plant() == Plant.CLEAN
                || o.spec().plant() == Plant.MODEL_CLEAN)).toList();
    }

    List<Outcome> ran(Plant plant) {
        return outcomes.stream().filter(o -> o.ran() && o.spec().plant() == plant).toList();
    }

    /** The clean run of the same dataset and split, whose validation rows a planted run started from. */
    Outcome cleanCounterpart(Outcome planted) {
        return outcomes.stream().filter(o -> o.ran() && o.spec().plant() == Plant.CLEAN
                        && o.spec().dataset().equals(planted.spec().dataset())
                        && o.spec().split() == planted.spec().split())
                .findFirst().orElse(null);
    }

    /** A planted slice an ideal test of that one slice finds after Bonferroni over the slices mlgate tested. */
    static boolean detectable(Outcome planted) {
        return planted.slice() != null && planted.slice().detectable(planted.slicesTested(), 1);
    }

    /** As {@link #detectable}, even when the finder's bin is twice as wide as the planted range. */
    static boolean clearlyDetectable(Outcome planted) {
        return planted.slice() != null && planted.slice().detectable(planted.slicesTested(), 2);
    }

    // ---- Markdown -----------------------------------------------------------------------------------------------

    String markdown() {
        StringBuilder md = new StringBuilder();
        header(md);
        cleanSection(md);
        plantedSection(md);
        weakSliceSection(md);
        cleanByDatasetSection(md);
        plantsByDatasetSection(md);
        weakSlicesByDatasetSection(md);
        timeSection(md);
        truthSection(md);
        return md.toString();
    }

    /** What ran, how long it took, and how warnings are judged. */
    private void header(StringBuilder md) {
        long ran = outcomes.stream().filter(Outcome::ran).count();
        md.append("# mlgate calibration on real data\n\n");
        md.append(String.format(Locale.ROOT, "%d runs on %d datasets in %.1f s on %d threads, %.1f s of CPU (%d"
                        + " skipped: the plant does not apply; %d errors). Predictions mode with the training split"
                        + " as trainingData, no rules, bootstrap off; model mode: a Tribuo logistic regression"
                        + " trained on the training split. A warning is \"true\" only when listed in TrueOnCleanData"
                        + " and shown by the run's own rows; every fail on clean data is false.%n%n", ran, data.size(),
                millis / 1000.0, threads, cpuMillis / 1000.0,
                outcomes.stream().filter(o -> o.skipped() != null).count(),
                outcomes.stream().filter(o -> o.error() != null).count()));
    }

    /** Per check: clean runs, false warns, false fails, true warns; then the per-run summary. */
    private void cleanSection(StringBuilder md) {
        md.append("## Clean data: alarms per check\n\n");
        cleanTable(md, "predictions mode, clean random 70/30 splits", ran(Plant.CLEAN),
                List.of(Plant.GROUP_SPLIT, Plant.TIME_SPLIT));
        cleanTable(md, "model mode, clean random 70/30 splits: Tribuo logistic regression on iris, wine, breast"
                + " cancer", ran(Plant.MODEL_CLEAN), List.of());
        List<Outcome> splits = cleanSplits();
        List<Outcome> clean = clean();
        long failedBuilds = clean.stream().filter(o -> !"pass".equals(o.verdict())).count();
        md.append(String.format(Locale.ROOT, "Builds failed on clean data (random splits, model mode and"
                        + " counterparts): %s. Clean random splits with at least one false alarm: %s.%n%n",
                share(failedBuilds, clean.size()),
                share(splits.stream().filter(CalibrationTables::hasFalseAlarm).count(), splits.size())));
    }

    /** Per plant: runs, warn, fail, missed, found as expected. */
    private void plantedSection(StringBuilder md) {
        md.append("## Planted problems\n\n");
        md.append("| planted problem | check | expected | runs | warn | fail | pass or absent | found as expected |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Plant plant : CHECKED_PLANTS) {
            List<Outcome> runs = ran(plant);
            long warn = runs.stream().filter(o -> "warn".equals(o.status(plant.check()))).count();
            long fail = runs.stream().filter(o -> "fail".equals(o.status(plant.check()))).count();
            long found = runs.stream().filter(o -> plant.found(o.status(plant.check()))).count();
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %d | %d | %d | %d | %s |%n", plant.text(),
                    plant.check(), "fail".equals(plant.expected()) ? "fail" : "warn or fail", runs.size(), warn,
                    fail, runs.size() - warn - fail, share(found, runs.size())));
        }
        List<Outcome> shifts = ran(Plant.LABEL_SHIFT);
        List<Outcome> visible = shifts.stream().filter(Outcome::shiftDetectable).toList();
        long seen = visible.stream().filter(o -> Plant.LABEL_SHIFT.found(o.status(Plant.LABEL_SHIFT.check()))).count();
        md.append(String.format(Locale.ROOT, "%nLabel shifts an ideal per-class test sees at 0.01 (Fisher's exact test"
                + " of each class's count in validation against training, Bonferroni over the classes):"
                + " %s of the runs; found among them (asserted): %s. The others are shifts of a class of a dozen rows"
                + " in a validation set of about 50.%n", share(visible.size(), shifts.size()),
                share(seen, visible.size())));
        md.append('\n');
    }

    /** False discoveries on null data and power on planted slices. */
    private void weakSliceSection(StringBuilder md) {
        md.append("## Weak slices\n\n");
        md.append("| weak slices | runs | count | share |\n|---|---|---|---|\n");
        List<Outcome> nulls = ran(Plant.NULL_SLICES);
        row(md, "null data (errors permuted across rows): runs reporting any weak slice (false discoveries)", nulls,
                o -> !o.weakSlices().isEmpty());
        List<Outcome> planted = ran(Plant.WEAK_SLICE);
        row(md, "planted slice found: a reported slice has a condition on the planted column that takes in"
                + " planted rows", planted, o -> o.finds(o.slice()));
        row(md, "planted slice, of all: detectable by an ideal test of that one slice (Bonferroni over the"
                + " slices mlgate tested)", planted, CalibrationTables::detectable);
        List<Outcome> detectable = planted.stream().filter(CalibrationTables::detectable).toList();
        row(md, "planted slice found, among the detectable ones", detectable, o -> o.finds(o.slice()));
        row(md, "planted slice, of all: clearly detectable (as above, even if diluted into a bin twice as wide)",
                planted, CalibrationTables::clearlyDetectable);
        List<Outcome> clearly = planted.stream().filter(CalibrationTables::clearlyDetectable).toList();
        row(md, "planted slice found, among the clearly detectable ones (asserted)", clearly,
                o -> o.finds(o.slice()));
        row(md, "planted slice's place already reported on the same split without the plant (chance)", planted,
                this::foundWithoutPlant);
        row(md, "clean data: runs reporting any weak slice (real weak spots of real models; informational)",
                ran(Plant.CLEAN), o -> !o.weakSlices().isEmpty());
        md.append(String.format(Locale.ROOT, "%nPlanted slices not run: %d (%s).%n%n",
                outcomes.stream().filter(o -> o.spec().plant() == Plant.WEAK_SLICE && o.skipped() != null).count(),
                String.join("; ", skippedReasons(Plant.WEAK_SLICE))));
    }

    /** Which dataset causes which alarm, with one example message. */
    private void cleanByDatasetSection(StringBuilder md) {
        md.append("## Per dataset: alarms on clean data\n\n");
        md.append("Only checks with an alarm or a true warning; the example is the first false alarm's message.\n\n");
        md.append("| mode | dataset | check | clean runs | false warns | false fails | true warns | example |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (DatasetCheckRow r : cleanByDataset()) {
            if (r.falseWarns + r.falseFails + r.trueWarns > 0) {
                md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %d | %d | %d | %d | %s |%n", r.mode,
                        r.dataset, r.check, r.runs, r.falseWarns, r.falseFails, r.trueWarns, cell(r.example)));
            }
        }
        md.append('\n');
    }

    /** Which dataset hides which plant, with the first miss. */
    private void plantsByDatasetSection(StringBuilder md) {
        md.append("## Per dataset: planted problems\n\n");
        md.append("The example is the first miss: its status and message.\n\n");
        md.append("| dataset | planted problem | runs | warn | fail | pass or absent | found | example miss |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (DatasetPlantRow r : plantsByDataset()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %s |%n", r.dataset,
                    r.plant.text(), r.runs, r.warn, r.fail, r.runs - r.warn - r.fail, r.found, cell(r.example)));
        }
        md.append('\n');
    }

    /** Weak slices per dataset. */
    private void weakSlicesByDatasetSection(StringBuilder md) {
        md.append("## Per dataset: weak slices\n\n");
        md.append("| dataset | null runs | with a weak slice | example false discovery | planted runs | found |"
                + " detectable | found among detectable | clearly detectable | found among clearly detectable |"
                + " already there without plant | example planted slice |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<Outcome> nulls = ran(Plant.NULL_SLICES);
        List<Outcome> planted = ran(Plant.WEAK_SLICE);
        for (String name : data.keySet()) {
            List<Outcome> n = nulls.stream().filter(o -> o.spec().dataset().equals(name)).toList();
            List<Outcome> p = planted.stream().filter(o -> o.spec().dataset().equals(name)).toList();
            String falseDiscovery = n.stream().filter(o -> !o.weakSlices().isEmpty()).findFirst()
                    .map(o -> o.weakSlices().get(0).description()).orElse("");
            String example = p.stream().findFirst().map(o -> o.slice().condition() + " (" + o.slice().rows()
                    + " rows, " + number(o.slice().sliceValue()) + " vs " + number(o.slice().restValue())
                    + "; reported: " + o.weakSlices().stream().map(Outcome.SeenSlice::description).limit(3)
                    .toList() + ")").orElse(skippedReasonOf(name, Plant.WEAK_SLICE));
            List<Outcome> d = p.stream().filter(CalibrationTables::detectable).toList();
            List<Outcome> c = p.stream().filter(CalibrationTables::clearlyDetectable).toList();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %d | %d | %d | %d | %d | %s |%n",
                    name, n.size(), n.stream().filter(o -> !o.weakSlices().isEmpty()).count(), cell(falseDiscovery),
                    p.size(), p.stream().filter(o -> o.finds(o.slice())).count(), d.size(),
                    d.stream().filter(o -> o.finds(o.slice())).count(), c.size(),
                    c.stream().filter(o -> o.finds(o.slice())).count(),
                    p.stream().filter(this::foundWithoutPlant).count(), cell(example)));
        }
        md.append('\n');
    }

    /** Run time per dataset (summed over threads; inflated when the cores are shared). */
    private void timeSection(StringBuilder md) {
        md.append("## Time per dataset\n\n| dataset | rows | splits | runs | run time (s, summed over threads) |"
                + " mean per run (ms) |\n|---|---|---|---|---|---|\n");
        for (Dataset dataset : data.values()) {
            List<Outcome> runs = outcomes.stream().filter(o -> o.ran() && o.spec().dataset().equals(dataset.name()))
                    .toList();
            long total = runs.stream().mapToLong(Outcome::millis).sum();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %d |%n", dataset.name(),
                    dataset.rows().size(), CalibrationPlan.splits(dataset), runs.size(), total / 1000.0,
                    runs.isEmpty() ? 0 : total / runs.size()));
        }
        md.append('\n');
    }

    /** The list of warnings that are true on clean data, with the evidence as computed now. */
    private void truthSection(StringBuilder md) {
        md.append("## True on clean data (TrueOnCleanData)\n\n");
        md.append("| dataset | check | evidence in the full dataset (computed now) | warning true in a run when |\n");
        md.append("|---|---|---|---|\n");
        for (Truth truth : TrueOnCleanData.LIST) {
            Dataset dataset = data.get(truth.dataset());
            String fact = dataset == null ? "(dataset not run)"
                    : TrueOnCleanData.compute(truth.evidence(), dataset).text();
            String when = switch (truth.check()) {
                case "data.duplicate-rows" -> "its validation rows repeat";
                case "leakage.train-validation-overlap" -> "a validation row equals a training row (warn only)";
                default -> "always";
            };
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %s |%n", truth.dataset(), truth.check(),
                    cell(fact), when));
        }
    }

    /** Whether the clean run of the same split already reports a slice where the slice was planted. */
    private boolean foundWithoutPlant(Outcome planted) {
        Outcome counterpart = cleanCounterpart(planted);
        return counterpart != null && counterpart.finds(planted.slice());
    }

    private void cleanTable(StringBuilder md, String title, List<Outcome> clean, List<Plant> counterparts) {
        if (clean.isEmpty()) {
            return;
        }
        md.append("**").append(title).append("** (").append(clean.size()).append(" runs)\n\n");
        md.append("| check | clean runs | false warns | false fails | true warns |\n|---|---|---|---|---|\n");
        Map<String, int[]> tally = new LinkedHashMap<>();
        tallyChecks(tally, clean, "");
        tally.forEach((id, t) -> md.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %s | %s |%n", id, t[0],
                share(t[1], t[0]), share(t[2], t[0]), share(t[3], t[0]))));
        long anyFalseWarn = clean.stream().filter(o -> o.checks().stream()
                .anyMatch(c -> alarm(o, c) == Alarm.FALSE_WARN)).count();
        long anyFalseFail = clean.stream().filter(o -> o.checks().stream()
                .anyMatch(c -> alarm(o, c) == Alarm.FALSE_FAIL)).count();
        long anyTrueWarn = clean.stream().filter(o -> o.checks().stream()
                .anyMatch(c -> alarm(o, c) == Alarm.TRUE_WARN)).count();
        md.append(String.format(Locale.ROOT, "| **any check (runs)** | %d | %s | %s | %s |%n", clean.size(),
                share(anyFalseWarn, clean.size()), share(anyFalseFail, clean.size()),
                share(anyTrueWarn, clean.size())));
        for (Plant counterpart : counterparts) {
            Map<String, int[]> own = new LinkedHashMap<>();
            tallyChecks(own, ran(counterpart), " (" + counterpart.text() + ")");
            own.forEach((id, t) -> md.append(String.format(Locale.ROOT, "| `%s`%s | %d | %s | %s | %s |%n",
                    counterpart.check(), id.substring(counterpart.check().length()), t[0], share(t[1], t[0]),
                    share(t[2], t[0]), share(t[3], t[0]))));
        }
        md.append('\n');
    }

    /** Counts per judged check: runs, false warns, false fails, true warns; ids get {@code suffix}. */
    private static void tallyChecks(Map<String, int[]> tally, List<Outcome> runs, String suffix) {
        for (Outcome outcome : runs) {
            for (CheckResult check : judged(outcome)) {
                int[] t = tally.computeIfAbsent(check.id() + suffix, id -> new int[4]);
                t[0]++;
                switch (alarm(outcome, check)) {
                    case FALSE_WARN -> t[1]++;
                    case FALSE_FAIL -> t[2]++;
                    case TRUE_WARN -> t[3]++;
                    default -> {
                    }
                }
            }
        }
    }

    private static void row(StringBuilder md, String text, List<Outcome> runs, Predicate<Outcome> counted) {
        long count = runs.stream().filter(counted).count();
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", text, runs.size(), count,
                runs.isEmpty() ? "-" : percent((double) count / runs.size())));
    }

    private Set<String> skippedReasons(Plant plant) {
        Set<String> reasons = new LinkedHashSet<>();
        outcomes.stream().filter(o -> o.spec().plant() == plant && o.skipped() != null)
                .forEach(o -> reasons.add(o.spec().dataset() + ": " + o.skipped().replaceAll("\\d+ rows", "n rows")));
        return reasons;
    }

    private String skippedReasonOf(String dataset, Plant plant) {
        return outcomes.stream().filter(o -> o.spec().dataset().equals(dataset) && o.spec().plant() == plant
                && o.skipped() != null).findFirst().map(o -> "not run: " + o.skipped()).orElse("");
    }

    // ---- per dataset ----------------------------------------------------------------------------------------

    /** Alarms of one check on one dataset's clean runs in one mode. */
    static final class DatasetCheckRow {
        String mode;
        String dataset;
        String check;
        int runs;
        int falseWarns;
        int falseFails;
        int trueWarns;
        String example = "";
    }

    List<DatasetCheckRow> cleanByDataset() {
        Map<String, DatasetCheckRow> rows = new LinkedHashMap<>();
        for (Outcome outcome : clean()) {
            String mode = outcome.spec().plant() == Plant.MODEL_CLEAN ? "model" : "predictions";
            for (CheckResult check : judged(outcome)) {
                DatasetCheckRow r = rows.computeIfAbsent(mode + "|" + outcome.spec().dataset() + "|" + check.id(),
                        key -> new DatasetCheckRow());
                r.mode = mode;
                r.dataset = outcome.spec().dataset();
                r.check = check.id();
                r.runs++;
                Alarm alarm = alarm(outcome, check);
                switch (alarm) {
                    case FALSE_WARN -> r.falseWarns++;
                    case FALSE_FAIL -> r.falseFails++;
                    case TRUE_WARN -> r.trueWarns++;
                    default -> {
                    }
                }
                if (r.example.isEmpty() && (alarm == Alarm.FALSE_WARN || alarm == Alarm.FALSE_FAIL)) {
                    r.example = check.status() + " (" + outcome.spec().plant().text() + " " + outcome.spec().split()
                            + "): " + message(check.message());
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** One plant on one dataset. */
    static final class DatasetPlantRow {
        String dataset;
        Plant plant;
        int runs;
        int warn;
        int fail;
        int found;
        String example = "";
    }

    List<DatasetPlantRow> plantsByDataset() {
        List<DatasetPlantRow> rows = new ArrayList<>();
        for (String name : data.keySet()) {
            for (Plant plant : CHECKED_PLANTS) {
                List<Outcome> runs = ran(plant).stream().filter(o -> o.spec().dataset().equals(name)).toList();
                if (runs.isEmpty()) {
                    continue;
                }
                DatasetPlantRow r = new DatasetPlantRow();
                r.dataset = name;
                r.plant = plant;
                r.runs = runs.size();
                for (Outcome o : runs) {
                    String status = o.status(plant.check());
                    r.warn += "warn".equals(status) ? 1 : 0;
                    r.fail += "fail".equals(status) ? 1 : 0;
                    if (plant.found(status)) {
                        r.found++;
                    } else if (r.example.isEmpty()) {
                        r.example = status + ": " + o.check(plant.check()).map(c -> message(c.message()))
                                .orElse("the check did not run");
                    }
                }
                rows.add(r);
            }
        }
        return rows;
    }

    // ---- CSV ----------------------------------------------------------------------------------------------------

    String csv() {
        StringBuilder csv = new StringBuilder(
                "section,mode,dataset,item,runs,false_warns,false_fails,true_warns,warn,fail,found,example\n");
        for (DatasetCheckRow r : cleanByDataset()) {
            csv.append(String.join(",", "clean", r.mode, r.dataset, r.check, Integer.toString(r.runs),
                    Integer.toString(r.falseWarns), Integer.toString(r.falseFails), Integer.toString(r.trueWarns),
                    "", "", "", quote(r.example))).append('\n');
        }
        for (DatasetPlantRow r : plantsByDataset()) {
            csv.append(String.join(",", "planted", "predictions", r.dataset, quote(r.plant.text()),
                    Integer.toString(r.runs), "", "", "", Integer.toString(r.warn), Integer.toString(r.fail),
                    Integer.toString(r.found), quote(r.example))).append('\n');
        }
        for (String name : data.keySet()) {
            List<Outcome> p = ran(Plant.WEAK_SLICE).stream().filter(o -> o.spec().dataset().equals(name)).toList();
            List<Outcome> n = ran(Plant.NULL_SLICES).stream().filter(o -> o.spec().dataset().equals(name)).toList();
            csv.append(String.join(",", "weak-slices", "predictions", name, "null data (any weak slice)",
                    Integer.toString(n.size()), "", "", "", "", "",
                    Long.toString(n.stream().filter(o -> !o.weakSlices().isEmpty()).count()), "")).append('\n');
            csv.append(String.join(",", "weak-slices", "predictions", name, "planted slice found",
                    Integer.toString(p.size()), "", "", "", "", "",
                    Long.toString(p.stream().filter(o -> o.finds(o.slice())).count()), "")).append('\n');
        }
        return csv.toString();
    }

    /** One line per run: the spec, the verdict, every check's status, weak slices and the harness's evidence. */
    String runsCsv() {
        Set<String> checks = new LinkedHashSet<>();
        outcomes.forEach(o -> o.checks().forEach(c -> checks.add(c.id())));
        StringBuilder csv = new StringBuilder("dataset,plant,split,verdict,skipped,error,millis,"
                + "validation_repeats,exact_overlap,slices_tested,weak_slices,planted_slice,planted_found,plant_message,"
                + "proxy_message");
        checks.forEach(id -> csv.append(',').append(id));
        csv.append('\n');
        for (Outcome o : outcomes) {
            List<String> cells = new ArrayList<>(List.of(o.spec().dataset(), o.spec().plant().name(),
                    Integer.toString(o.spec().split()), o.verdict() == null ? "" : o.verdict(),
                    quote(o.skipped() == null ? "" : o.skipped()), quote(o.error() == null ? "" : o.error()),
                    Long.toString(o.millis()), Long.toString(o.validationRepeats()), Long.toString(o.exactOverlap()),
                    Integer.toString(o.slicesTested()), quote(String.join("; ", o.weakSlices().stream()
                            .map(Outcome.SeenSlice::description).toList())),
                    quote(o.slice() == null ? "" : o.slice().condition()),
                    o.slice() == null ? "" : Boolean.toString(o.finds(o.slice())),
                    quote(o.spec().plant().check() == null ? "" : o.check(o.spec().plant().check())
                            .map(c -> message(c.message())).orElse("")),
                    quote(o.check("leakage.target-proxy").map(c -> message(c.message())).orElse(""))));
            checks.forEach(id -> cells.add(o.ran() ? o.status(id) : ""));
            csv.append(String.join(",", cells)).append('\n');
        }
        return csv.toString();
    }

    // ---- text helpers -------------------------------------------------------------------------------------------

    /** A message without this machine's temporary paths, at most 240 characters. */
    static String message(String text) {
        String clean = text.replaceAll("\\S*[/\\\\]((training|predictions|validation)\\.csv)", "$1");
        return clean.length() > 240 ? clean.substring(0, 237) + "..." : clean;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static String share(long count, long of) {
        return of == 0 || count == 0 ? "0"
                : String.format(Locale.ROOT, "%d (%s)", count, percent((double) count / of));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
