package org.mlgate.analysis.checks;

import java.util.Map;
import java.util.Optional;
import org.mlgate.analysis.InputException;

/**
 * What the checks need besides the rows: the roles of columns, thresholds and severities.
 *
 * @param validationSha256        SHA-256 of the validation file (hex), null for data that is not a file
 * @param labelColumn             the label column, for training rows and messages
 * @param idColumn                a row id column, or null; excluded from row hashes so renumbered copies still match
 * @param groupColumn             a group column (patient, user, session), or null; enables {@code leakage.group-overlap}
 * @param timeColumn              a time column (ISO dates/times or numbers), or null; enables {@code leakage.time-order}
 * @param minorityRatio           {@code imbalance.class-ratio} warns when a class has fewer rows than this times the
 *                                majority class's (default 0.10: a 10-to-1 imbalance), whatever the number of classes
 * @param severities              severity per check id ({@code leakage.target-proxy}) or family ({@code leakage.*});
 *                                an id wins over its family; unlisted checks use the defaults: leakage fail,
 *                                imbalance warn, data warn
 */
public record ChecksOptions(String validationSha256, String labelColumn, String idColumn, String groupColumn,
                            String timeColumn, double minorityRatio, Map<String, Severity> severities) {

    public static final double DEFAULT_MINORITY_RATIO = 0.10;

    public ChecksOptions {
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        if (!(minorityRatio >= 0 && minorityRatio < 1)) {
            throw new InputException("The minority ratio " + minorityRatio + " (ml.minorityRatio) is not a ratio"
                    + " between 0 and 1; set it to, e.g., 0.10 to warn when a class has under a tenth of the"
                    + " majority class's rows.");
        }
    }

    /** Defaults for a label column and nothing else. */
    public static ChecksOptions defaults(String validationSha256, String labelColumn) {
        return new ChecksOptions(validationSha256, labelColumn, null, null, null, DEFAULT_MINORITY_RATIO,
                Map.of());
    }

    public ChecksOptions withColumns(String idColumn, String groupColumn, String timeColumn) {
        return new ChecksOptions(validationSha256, labelColumn, idColumn, groupColumn, timeColumn,
                minorityRatio, severities);
    }

    public ChecksOptions withSeverities(Map<String, Severity> severities) {
        return new ChecksOptions(validationSha256, labelColumn, idColumn, groupColumn, timeColumn,
                minorityRatio, severities);
    }

    /** The configured severity of a check: its own, else its family's, else the family default. */
    public Severity severityOf(String checkId) {
        Severity own = severities.get(checkId);
        if (own != null) {
            return own;
        }
        String family = checkId.substring(0, Math.max(0, checkId.indexOf('.')));
        return Optional.ofNullable(severities.get(family + ".*"))
                .or(() -> Optional.ofNullable(severities.get(family)))
                .orElse(family.equals("leakage") ? Severity.FAIL : Severity.WARN);
    }
}
