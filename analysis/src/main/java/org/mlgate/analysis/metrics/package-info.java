/**
 * The metric engine: mergeable accumulators that turn scored rows into a {@link
 * org.mlgate.analysis.metrics.MetricResult} matching scikit-learn 1.2.1 (GUIDE sections 2 and 3).
 *
 * <p>Entry points: {@link org.mlgate.analysis.metrics.ClassificationAccumulator} and {@link
 * org.mlgate.analysis.metrics.RegressionAccumulator} ({@code add}, {@code merge}, {@code result}), configured by
 * {@link org.mlgate.analysis.metrics.MetricOptions}. Everything else here is package-private machinery: chunked
 * primitive storage, exact ranking sweeps, double-double sums (so merge order does not change a result) and the
 * Poisson bootstrap.
 *
 * <p>Bootstrap intervals, all seeded and independent of row order and of how accumulators were split and merged:
 * <ul>
 *   <li>confusion-matrix metrics: one Poisson(count) per cell ({@code ClassificationIntervals});</li>
 *   <li>binary {@code aucRoc} and {@code averagePrecision}: one Poisson(count) per (score group, class), exact up to
 *       2000 distinct scores, else 2000 equal-count bins centred on the exact estimate;</li>
 *   <li>multi-class {@code aucRoc}, {@code aucRocWeighted} and {@code averagePrecision} ({@code OneVsRestIntervals}):
 *       one Poisson(1) weight per (replicate, block of rows), rows keyed to 2048 blocks by their index, the same
 *       weight in every class column; each column's score groups (as for binary) are summed for all replicates at
 *       once. Cost: one integer addition per (row, class, replicate); above 1e10 of them fewer replicates (at least
 *       200) are used, and past that there is no interval, each with a note;</li>
 *   <li>regression {@code mae}, {@code rmse}, {@code r2}: the same row blocks, over additive sums per block.</li>
 * </ul>
 */
package org.mlgate.analysis.metrics;
