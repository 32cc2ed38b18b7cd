package org.mlgate.analysis.errors;

import java.util.Locale;
import org.mlgate.analysis.InputException;

/**
 * Which per-row error weak-slice discovery compares in regression ({@code sliceError}).
 *
 * <ul>
 *   <li>{@code ABSOLUTE}: |actual - predicted|; a slice's value is its MAE.</li>
 *   <li>{@code RELATIVE}: |actual - predicted| / max(|actual|, machine epsilon), the row's term of {@code mape}
 *       (scikit-learn's definition), so a slice's value is its {@code mape} and SLICE rules on {@code mape} gate
 *       the same number. Meant for targets away from zero (prices, durations, counts): near zero the ratio explodes.
 *       The test only counts rows above the median, so a few exploding rows cannot make a slice weak alone.</li>
 *   <li>{@code AUTO}: decided from the first rows ({@link ErrorScale}): relative when the absolute errors grow with
 *       the actual value more than the relative errors shrink with it, else absolute.</li>
 * </ul>
 * Classification ignores it: its error is 1 for a wrong prediction.
 */
public enum SliceError {
    ABSOLUTE, RELATIVE, AUTO;

    /** From a POM value, case-insensitive; unset or blank is the default, absolute. */
    public static SliceError parse(String value) {
        if (value == null || value.isBlank()) {
            return ABSOLUTE;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (SliceError e : values()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new InputException("Parameter sliceError (ml.sliceError) is '" + value + "', but it must be absolute, "
                + "relative or auto.");
    }

    /** How report.json and the notes name it. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
