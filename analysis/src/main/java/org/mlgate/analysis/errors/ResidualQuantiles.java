package org.mlgate.analysis.errors;

/**
 * Quantiles of the signed residual actual - predicted. Min and max are always exact.
 *
 * @param exact  true when computed from every residual (linear interpolation, as numpy's default); false when
 *               from the bounded sketch (see {@link QuantileSketch}: within 1% relative error)
 */
public record ResidualQuantiles(long count, double min, double p5, double p25, double median, double p75,
                                double p95, double max, boolean exact) {
}
