/**
 * The metric engine: mergeable accumulators that turn scored rows into a {@link
 * org.mlgate.analysis.metrics.MetricResult} matching scikit-learn 1.2.1 (GUIDE sections 2 and 3).
 *
 * <p>Entry points: {@link org.mlgate.analysis.metrics.ClassificationAccumulator} and {@link
 * org.mlgate.analysis.metrics.RegressionAccumulator} ({@code add}, {@code merge}, {@code result}), configured by
 * {@link org.mlgate.analysis.metrics.MetricOptions}. Everything else here is package-private machinery: chunked
 * primitive storage, exact ranking sweeps, double-double sums (so merge order does not change a result) and the
 * Poisson bootstrap.
 */
package org.mlgate.analysis.metrics;
