package org.mlgate.analysis.data;

/**
 * A row that cannot be scored, found on any thread and handed to {@link BadRows} later, in file order, so that
 * {@code onBadRow=fail} always names the first bad line whichever thread met it first.
 *
 * @param reason  a short phrase for the skipped-rows note ("an empty actual value")
 * @param message the sentence for {@code onBadRow=fail}, naming the file, the line and the cell
 */
public record Rejection(long line, String reason, String message) {

    public void applyTo(BadRows badRows) {
        badRows.reject(line, reason, message);
    }
}
