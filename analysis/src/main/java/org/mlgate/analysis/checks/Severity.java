package org.mlgate.analysis.checks;

import java.util.Locale;
import org.mlgate.analysis.InputException;

/** How bad a check may get: its finding is reported at most at this level; {@code OFF} removes the check. */
public enum Severity {
    OFF,
    WARN,
    FAIL;

    /** Parses {@code off}, {@code warn} or {@code fail} (any case), as written in the POM. */
    public static Severity parse(String text, String what) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "off": return OFF;
                case "warn": case "warning": return WARN;
                case "fail": case "error": return FAIL;
                default: break;
            }
        }
        throw new InputException("The severity '" + text + "' of " + what
                + " is not one of off, warn, fail; set it to one of these.");
    }

    /** The lower of two levels: a finding never goes above its configured severity. */
    Severity cap(Severity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
