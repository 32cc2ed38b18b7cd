package org.mlgate.analysis.calibration;

import java.util.List;
import java.util.Optional;
import org.mlgate.analysis.calibration.Trial.PlantedSlice;
import org.mlgate.analysis.calibration.Trial.Spec;
import org.mlgate.analysis.report.CheckResult;

/**
 * What one calibration run gave: the verdict, every check, the reported weak slices, and the harness's own
 * evidence about the rows (computed from the files, not from mlgate's report).
 *
 * @param verdict           "pass" or "fail"; null when the run was skipped or threw
 * @param slicesTested      the weak-slice family size the report gives ({@code errors.slicesTested})
 * @param validationRepeats validation rows repeating an earlier one (features and actual), counted by the harness
 * @param exactOverlap      validation rows equal to a training row (features and actual), counted by the harness
 * @param skipped           why the plant does not apply, or null
 * @param error             the exception of a run that threw, or null
 * @param millis            wall time of the run: building the trial, writing its files and the evaluation
 * @param classShiftP       how clearly the classes of validation and training differ ({@link Trial#classShiftP})
 */
record Outcome(Spec spec, String verdict, List<CheckResult> checks, List<SeenSlice> weakSlices, int slicesTested,
               long validationRepeats, long exactOverlap, PlantedSlice slice, String skipped, String error,
               long millis, double classShiftP) {

    /** A reported weak slice: its description and its conditions. */
    record SeenSlice(String description, List<Condition> conditions) {
        List<String> columns() {
            return conditions.stream().map(Condition::column).toList();
        }
    }

    /** One condition of a reported slice, as report.json gives it: kind "equals", "range" or "missing". */
    record Condition(String column, String kind, String value, Double lower, Double upper) {
    }

    static Outcome skipped(Spec spec, String why) {
        return new Outcome(spec, null, List.of(), List.of(), 0, 0, 0, null, why, null, 0, Double.NaN);
    }

    static Outcome failed(Spec spec, Throwable error, long millis) {
        return new Outcome(spec, null, List.of(), List.of(), 0, 0, 0, null, null,
                error.getClass().getSimpleName() + ": " + error.getMessage(), millis, Double.NaN);
    }

    /** A label shift an ideal per-class test sees at 0.01 (see {@link Trial#classShiftP}). */
    boolean shiftDetectable() {
        return classShiftP < 0.01;
    }

    boolean ran() {
        return verdict != null;
    }

    Optional<CheckResult> check(String id) {
        return checks.stream().filter(check -> check.id().equals(id)).findFirst();
    }

    /** The status of a check, "absent" when the check did not run. */
    String status(String id) {
        return check(id).map(CheckResult::status).orElse("absent");
    }

    boolean namesColumn(String column) {
        return weakSlices.stream().anyMatch(slice -> slice.columns().contains(column));
    }

    /** True when a reported weak slice has a condition on the planted column that takes in planted rows. */
    boolean finds(PlantedSlice planted) {
        return weakSlices.stream().flatMap(slice -> slice.conditions().stream())
                .anyMatch(condition -> planted.matches(condition));
    }
}
