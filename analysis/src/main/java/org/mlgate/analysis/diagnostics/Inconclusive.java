package org.mlgate.analysis.diagnostics;

import java.util.Locale;
import org.mlgate.analysis.InputException;

/**
 * What an inconclusive limit does to the build: a limit whose value lies within the confidence interval of the
 * estimate, so that the validation rows cannot tell whether the model meets it ({@code ml.onInconclusive}).
 */
public enum Inconclusive {
    /** The point estimate decides, as without this setting; the result still says that it is inconclusive. */
    ESTIMATE,
    /** An inconclusive limit fails: the model must show that it meets the limit (as a {@code lower} bound would). */
    FAIL,
    /** An inconclusive limit warns and does not fail the build. */
    WARN,
    /** An inconclusive limit passes: the data must show that the model misses it. */
    PASS;

    /** Parses {@code estimate}, {@code fail}, {@code warn} or {@code pass} (any case); null or blank is the default. */
    public static Inconclusive parse(String text) {
        if (text == null || text.isBlank()) {
            return ESTIMATE;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("Parameter onInconclusive (ml.onInconclusive) is '" + text.trim()
                    + "'; use estimate (the default: the point estimate decides), fail, warn or pass.");
        }
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
