package org.mlgate.analysis.baseline;

import java.nio.file.Path;

/**
 * What to compare the challenger with, and whether to keep this run's rows for a later comparison.
 *
 * @param report             the baseline's report.json ({@code ml.baseline}); null = none. When it has a
 *                           {@code rows} section (it was written with storeRows), paired tests use it.
 * @param model              a baseline Tribuo model scored on the same rows ({@code ml.baselineModel}); null = none.
 *                           Its per-row predictions take precedence over a report's stored rows.
 * @param allowDifferentData compare even when the baseline saw other rows or used other definitions
 *                           ({@code ml.allowDifferentData}); the section's notes say what differs
 * @param storeRows          write this run's per-row outcomes to report.json's {@code rows}
 *                           ({@code ml.storeRows}), so that this report can serve later as a baseline with paired
 *                           tests; see {@link StoredRows}
 */
public record BaselineOptions(Path report, Path model, boolean allowDifferentData, boolean storeRows) {

    /** Options without storeRows. */
    public BaselineOptions(Path report, Path model, boolean allowDifferentData) {
        this(report, model, allowDifferentData, false);
    }

    public static BaselineOptions none() {
        return new BaselineOptions(null, null, false, false);
    }

    /** No baseline to compare with (storeRows may still be on). */
    public boolean isEmpty() {
        return report == null && model == null;
    }

    public BaselineOptions withStoreRows(boolean store) {
        return new BaselineOptions(report, model, allowDifferentData, store);
    }
}
