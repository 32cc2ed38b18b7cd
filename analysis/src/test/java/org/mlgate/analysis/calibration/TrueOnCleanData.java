package org.mlgate.analysis.calibration;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.mlgate.analysis.calibration.Dataset.Row;

/**
 * The warnings that are true of clean data: real properties of a dataset that a check rightly reports on a clean
 * random split. Every other warning or failure on clean data counts as a false alarm. A truth justifies a
 * <em>warning</em>, never a failed build: a {@code fail} status on clean data is always a false fail.
 *
 * <p>Each entry names its dataset and check, the evidence in the full dataset (computed from the fixture when the
 * suite runs, and checked by {@code CalibrationTest.everyTruthHasItsEvidence}), and a per-run test: the warning of
 * one run is true only when that run's files show the property (counted by the harness, not by mlgate).
 *
 * <p>When in doubt, an entry was left out, and the warning counts as false. Left out on purpose:
 * <ul>
 *   <li>{@code imbalance.class-ratio} on digits (10 classes of 9.9% to 10.2%) and letter (26 classes of 3.7% to
 *       4.1%): balanced classes that are merely many; nothing about them is imbalanced.</li>
 *   <li>{@code leakage.train-validation-overlap} for rows whose features occur in training with <em>another</em>
 *       label only (TIC, CPS 1988, letter): a property of a noisy label, not a leak; it inflates no metric.</li>
 *   <li>{@code data.out-of-domain} in model mode: on a random split of the same data, a validation value beyond the
 *       training range is sampling noise, not a shift of the domain.</li>
 *   <li>{@code leakage.target-proxy} and {@code leakage.identifier-column} on any clean dataset: no column of these
 *       datasets is a label in disguise or a row id.</li>
 * </ul>
 */
final class TrueOnCleanData {

    /** What in the full dataset makes the warning true. */
    enum Evidence {
        /** Rows that repeat an earlier row in every feature and in the label. */
        DUPLICATE_ROWS,
        /** A class under 10% of the rows ({@code imbalance.class-ratio}'s default threshold). */
        MINORITY_UNDER_TEN_PERCENT,
        /** The real model's out-of-fold accuracy does not beat the majority share by 0.02. */
        MODEL_NOT_CLEARLY_ABOVE_MAJORITY
    }

    /**
     * @param perRun true when the run's own rows show the property
     * @param note   the evidence as found when the list was written (the suite recomputes it)
     */
    record Truth(String dataset, String check, Evidence evidence, Predicate<Outcome> perRun, String note) {
    }

    private static final Predicate<Outcome> VALIDATION_REPEATS = outcome -> outcome.validationRepeats() > 0;
    private static final Predicate<Outcome> OVERLAPS_TRAINING = outcome -> outcome.exactOverlap() > 0;
    private static final Predicate<Outcome> ALWAYS = outcome -> true;

    static final List<Truth> LIST = List.of(
            // data.duplicate-rows: the dataset repeats rows, so a validation part can repeat rows too. True in a
            // run whose validation rows really repeat one another.
            new Truth("iris", "data.duplicate-rows", Evidence.DUPLICATE_ROWS, VALIDATION_REPEATS,
                    "1 of 150 rows (scikit-learn's iris repeats one virginica row)"),
            new Truth("spam", "data.duplicate-rows", Evidence.DUPLICATE_ROWS, VALIDATION_REPEATS,
                    "391 of 4,601 rows (8.5%)"),
            new Truth("ticdata", "data.duplicate-rows", Evidence.DUPLICATE_ROWS, VALIDATION_REPEATS,
                    "1,442 of 9,822 rows (14.7%)"),
            new Truth("letter", "data.duplicate-rows", Evidence.DUPLICATE_ROWS, VALIDATION_REPEATS,
                    "1,332 of 20,000 rows (6.7%)"),
            new Truth("cps1988", "data.duplicate-rows", Evidence.DUPLICATE_ROWS, VALIDATION_REPEATS,
                    "2,128 of 28,155 rows (7.6%)"),
            new Truth("diamonds", "data.duplicate-rows", Evidence.DUPLICATE_ROWS, VALIDATION_REPEATS,
                    "146 of 53,940 rows (0.3%)"),
            // leakage.train-validation-overlap: the same duplicates, split across training and validation. The
            // overlap is real (a memorising model gains from it), but it is the population's, not a leak:
            // a warning is true, a failed build is a false alarm. True in a run whose validation rows really
            // equal training rows.
            new Truth("iris", "leakage.train-validation-overlap", Evidence.DUPLICATE_ROWS, OVERLAPS_TRAINING,
                    "1 of 150 rows"),
            new Truth("spam", "leakage.train-validation-overlap", Evidence.DUPLICATE_ROWS, OVERLAPS_TRAINING,
                    "391 of 4,601 rows (8.5%)"),
            new Truth("ticdata", "leakage.train-validation-overlap", Evidence.DUPLICATE_ROWS, OVERLAPS_TRAINING,
                    "1,442 of 9,822 rows (14.7%)"),
            new Truth("letter", "leakage.train-validation-overlap", Evidence.DUPLICATE_ROWS, OVERLAPS_TRAINING,
                    "1,332 of 20,000 rows (6.7%)"),
            new Truth("cps1988", "leakage.train-validation-overlap", Evidence.DUPLICATE_ROWS, OVERLAPS_TRAINING,
                    "2,128 of 28,155 rows (7.6%)"),
            new Truth("diamonds", "leakage.train-validation-overlap", Evidence.DUPLICATE_ROWS, OVERLAPS_TRAINING,
                    "146 of 53,940 rows (0.3%)"),
            // TIC: CARAVAN policy holders are 586 of 9,822 rows (5.97%): a real minority class in every split.
            new Truth("ticdata", "imbalance.class-ratio", Evidence.MINORITY_UNDER_TEN_PERCENT, ALWAYS,
                    "'insurance' is 5.97% of the rows"),
            // TIC: the gradient-boosting model's out-of-fold accuracy (0.931) is below always-'noinsurance'
            // (0.940): the model really does not beat the majority baseline.
            new Truth("ticdata", "imbalance.majority-baseline", Evidence.MODEL_NOT_CLEARLY_ABOVE_MAJORITY, ALWAYS,
                    "out-of-fold accuracy 0.931, majority share 0.940"),
            // TIC again: on its training rows too the model's error rate is no better than always 'noinsurance':
            // "high bias" (without a target, the model barely beats the trivial one) is true of these predictions.
            new Truth("ticdata", "diagnostics.fit", Evidence.MODEL_NOT_CLEARLY_ABOVE_MAJORITY,
                    outcome -> outcome.check("diagnostics.fit").map(c -> c.details() != null
                            && "high bias".equals(c.details().get("diagnosis"))).orElse(false),
                    "out-of-fold accuracy 0.931, majority share 0.940"));

    private TrueOnCleanData() {
    }

    static Optional<Truth> of(String dataset, String check) {
        return LIST.stream().filter(t -> t.dataset().equals(dataset) && t.check().equals(check)).findFirst();
    }

    /** True when a warning of this check in this clean run is true of the run's data. */
    static boolean justifiesWarning(Outcome outcome, String check) {
        return of(outcome.spec().dataset(), check).map(truth -> truth.perRun().test(outcome)).orElse(false);
    }

    /** Whether the evidence holds in the full dataset, and the numbers, as the suite computes them now. */
    record Fact(boolean holds, String text) {
    }

    static Fact compute(Evidence evidence, Dataset data) {
        int n = data.rows().size();
        switch (evidence) {
            case DUPLICATE_ROWS -> {
                Set<String> seen = new HashSet<>();
                long repeats = data.rows().stream()
                        .filter(row -> !seen.add(String.join("\u0001", row.cells()) + "\u0002" + row.actual()))
                        .count();
                return new Fact(repeats > 0, String.format(Locale.ROOT, "%d of %d rows (%.2f%%) repeat an earlier"
                        + " row in every feature and the label", repeats, n, 100.0 * repeats / n));
            }
            case MINORITY_UNDER_TEN_PERCENT -> {
                Map<String, Long> counts = classCounts(data);
                Map.Entry<String, Long> minority = counts.entrySet().stream().min(Map.Entry.comparingByValue())
                        .orElseThrow();
                long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
                double share = (double) minority.getValue() / n;
                return new Fact(share < 0.10 && max >= 2 * minority.getValue(), String.format(Locale.ROOT,
                        "'%s' is %d of %d rows (%.2f%%); majority to minority %.1f to 1", minority.getKey(),
                        minority.getValue(), n, 100 * share, (double) max / minority.getValue()));
            }
            case MODEL_NOT_CLEARLY_ABOVE_MAJORITY -> {
                long correct = data.rows().stream().filter(row -> !row.wrong()).count();
                long majority = classCounts(data).values().stream().mapToLong(Long::longValue).max().orElse(0);
                double accuracy = (double) correct / n;
                double baseline = (double) majority / n;
                return new Fact(accuracy < baseline + 0.02, String.format(Locale.ROOT,
                        "out-of-fold accuracy %.4f, majority share %.4f", accuracy, baseline));
            }
            default -> throw new IllegalArgumentException(evidence.toString());
        }
    }

    private static Map<String, Long> classCounts(Dataset data) {
        Map<String, Long> counts = new HashMap<>();
        for (Row row : data.rows()) {
            counts.merge(row.actual(), 1L, Long::sum);
        }
        return counts;
    }
}
