package org.mlgate.analysis.baseline;

/**
 * One metric of the challenger against the baseline: report.json's {@code baseline.comparisons[]} (model metrics)
 * and {@code baseline.classComparisons[]} (one class's metrics, with {@code target}).
 *
 * @param target     the class, for a class metric; null for a model metric
 * @param difference value minus baselineValue; null when either is undefined
 * @param pValue     two-sided p-value of a paired test; null when none was possible (no paired rows, or no test
 *                   for this metric)
 * @param test       the paired test, see {@link PairedTest#test()}; null with pValue
 */
public record BaselineComparison(String metric, String target, Double value, Double baselineValue,
                                 Double difference, Double pValue, String test) {

    static BaselineComparison of(String metric, String target, Double value, Double baselineValue,
                                 PairedTest paired) {
        Double difference = value == null || baselineValue == null ? null : value - baselineValue;
        return new BaselineComparison(metric, target, value, baselineValue, difference,
                paired == null ? null : paired.pValue(), paired == null ? null : paired.test());
    }
}
