package org.mlgate.analysis.checks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mlgate.analysis.report.CheckResult;

/**
 * A check's own verdict before the configured severity applies: {@code level} null is a pass, else how bad the
 * finding is by itself (warn or fail).
 */
record Finding(String id, Severity level, String message, Map<String, Object> details) {

    static Finding pass(String id, String message, Map<String, Object> details) {
        return new Finding(id, null, message, details);
    }

    static Finding of(String id, Severity level, String message, Map<String, Object> details) {
        return new Finding(id, level, message, details);
    }

    /** The report's check: the level capped by the configured severity; empty when the check is off. */
    Optional<CheckResult> apply(ChecksOptions options) {
        Severity configured = options.severityOf(id);
        if (configured == Severity.OFF) {
            return Optional.empty();
        }
        String status = level == null ? "pass" : level.cap(configured).jsonName();
        return Optional.of(new CheckResult(id, status, message, new LinkedHashMap<>(details)));
    }

    /** A share as a percentage for messages: {@code 0.1234} is "12.3%". */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** An expected count for messages: one decimal below 10, whole above. */
    static String count(double expected) {
        return expected < 10 ? String.format(Locale.ROOT, "%.1f", expected) : String.format(Locale.ROOT, "%.0f", expected);
    }

    /** A p-value for messages: two significant digits, "below 1e-12" under that. */
    static String pValue(double p) {
        return p < 1e-12 ? "< 1e-12" : String.format(Locale.ROOT, "%.2g", p);
    }

    /** A number for messages with up to 4 decimals. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("\\.?0+$", "");
    }
}
