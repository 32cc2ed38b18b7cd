package org.mlgate.analysis.errors;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

/**
 * Runs weak-slice discovery on many seeded data sets and counts how often something happens: a false alarm on data
 * whose errors depend on no column, or the planted slice coming out first. Seeds are fixed, so the counts are the same
 * on every run; each scenario prints one line (in target/surefire-reports/*-output.txt).
 */
final class Calibration {

    private Calibration() {
    }

    /** One simulated situation: {@code datasets} data sets, seeds 1, 2, ..., analysed with {@code options}. */
    record Scenario(String name, Task task, ErrorAnalysisOptions options, int datasets,
                    LongFunction<List<ScoredRow>> data) {

        static Scenario of(String name, Task task, int datasets, LongFunction<List<ScoredRow>> data) {
            return new Scenario(name, task, ErrorAnalysisOptions.defaults(), datasets, data);
        }

        Scenario with(SliceError sliceError) {
            return new Scenario(name, task, options.withSliceError(sliceError), datasets, data);
        }
    }

    /** Share of the data sets reporting any weak slice. */
    static double falseAlarmRate(Scenario scenario) {
        int alarms = 0;
        for (long seed = 1; seed <= scenario.datasets(); seed++) {
            if (!analyse(scenario, seed).weakSlices().isEmpty()) {
                alarms++;
            }
        }
        print("null ", scenario, alarms, "report a weak slice");
        return (double) alarms / scenario.datasets();
    }

    /** Share of the data sets whose first reported weak slice is the planted one. */
    static double detectionRate(Scenario scenario, Predicate<WeakSlice> planted) {
        int first = 0;
        int anywhere = 0;
        for (long seed = 1; seed <= scenario.datasets(); seed++) {
            List<WeakSlice> slices = analyse(scenario, seed).weakSlices();
            first += !slices.isEmpty() && planted.test(slices.get(0)) ? 1 : 0;
            anywhere += slices.stream().anyMatch(planted) ? 1 : 0;
        }
        print("power", scenario, first, String.format(Locale.ROOT, "report the planted slice first (%.1f%% at all)",
                100.0 * anywhere / scenario.datasets()));
        return (double) first / scenario.datasets();
    }

    private static ErrorAnalysis analyse(Scenario scenario, long seed) {
        ErrorAnalyzer analyzer = new ErrorAnalyzer(scenario.task(), SimulatedData.COLUMNS, scenario.options());
        scenario.data().apply(seed).forEach(analyzer::add);
        return analyzer.result();
    }

    private static void print(String kind, Scenario scenario, int count, String what) {
        System.out.printf(Locale.ROOT, "weak-slice calibration | %s | %-62s | %3d of %3d data sets (%5.1f%%) %s%n",
                kind, scenario.name(), count, scenario.datasets(), 100.0 * count / scenario.datasets(), what);
    }
}
