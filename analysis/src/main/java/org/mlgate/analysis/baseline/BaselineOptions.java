package org.mlgate.analysis.baseline;

import java.nio.file.Path;

/**
 * What to compare the challenger with.
 *
 * @param report             the baseline's report.json ({@code ml.baseline}); null = none
 * @param model              a baseline Tribuo model scored on the same rows ({@code ml.baselineModel}); null = none
 * @param allowDifferentData compare even when the baseline saw other rows or used other definitions
 *                           ({@code ml.allowDifferentData}); the section's notes say what differs
 */
public record BaselineOptions(Path report, Path model, boolean allowDifferentData) {

    public static BaselineOptions none() {
        return new BaselineOptions(null, null, false);
    }

    public boolean isEmpty() {
        return report == null && model == null;
    }
}
