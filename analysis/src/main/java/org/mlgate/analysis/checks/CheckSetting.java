package org.mlgate.analysis.checks;

/**
 * One {@code <check>} of the POM: {@code <checks><check><id>leakage.*</id><severity>fail</severity></check></checks>}.
 * A bean because Maven fills it; {@link #severity()} parses and names the check on a bad value.
 */
public class CheckSetting {
    private String id;
    private String severity;

    public CheckSetting() {
    }

    public CheckSetting(String id, String severity) {
        this.id = id;
        this.severity = severity;
    }

    public String getId() {
        return id == null ? null : id.trim();
    }

    public void setId(String id) {
        this.id = id;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    /** {@code fail}, {@code warn} or {@code off}. */
    public Severity severity() {
        return Severity.parse(severity, "the severity of check '" + getId() + "'");
    }
}
