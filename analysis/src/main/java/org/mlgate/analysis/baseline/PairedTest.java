package org.mlgate.analysis.baseline;

/**
 * The result of a paired significance test of challenger against baseline on the same rows.
 *
 * @param pValue two-sided p-value of "no difference"
 * @param test   which test: {@code mcnemar-exact}, {@code mcnemar-chi2} or {@code paired-bootstrap}
 */
public record PairedTest(double pValue, String test) {
}
