package org.mlgate.analysis.baseline;

import java.util.List;

/**
 * report.json's {@code baseline}: what the challenger was compared with, and how it compared.
 *
 * @param report           the baseline report.json as configured; null without one
 * @param model            the baseline model file as configured; null without one
 * @param rowsDigest       the baseline's {@code data.rowsDigest}; null when unknown
 * @param sameRows         whether the baseline saw the same rows (by digest, or by reading them in lockstep)
 * @param comparisons      model metrics, challenger against baseline
 * @param classComparisons per-class metrics, challenger against baseline
 * @param newlyBroken      baseline right, challenger wrong, by (actual, challenger's prediction); null without
 *                         per-row predictions of both models
 * @param newlyBrokenRows  how many rows the challenger newly gets wrong; null without paired rows
 * @param newlyFixedRows   how many rows the challenger newly gets right; null without paired rows
 * @param notes            sentences on what could not be compared and why
 */
public record BaselineSection(String report, String model, String rowsDigest, boolean sameRows,
                              List<BaselineComparison> comparisons, List<BaselineComparison> classComparisons,
                              List<NewlyBroken> newlyBroken, Long newlyBrokenRows, Long newlyFixedRows,
                              List<String> notes) {
    public BaselineSection {
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        classComparisons = classComparisons == null ? List.of() : List.copyOf(classComparisons);
        newlyBroken = newlyBroken == null ? null : List.copyOf(newlyBroken);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
