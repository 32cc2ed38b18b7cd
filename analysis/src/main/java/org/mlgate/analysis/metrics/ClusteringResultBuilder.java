package org.mlgate.analysis.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The clustering metrics of a contingency table, as scikit-learn 1.2.1's {@code sklearn.metrics.cluster} computes
 * them ({@link ClusterAgreement}): {@code adjustedRandIndex}, {@code normalizedMutualInfo} and
 * {@code adjustedMutualInfo} (both with the arithmetic mean of the entropies, scikit-learn's default),
 * {@code homogeneity}, {@code completeness} and {@code vMeasure}. Each is invariant to how clusters are numbered.
 *
 * <p>Intervals: a Poisson bootstrap drawn exactly from the table, one Poisson(count) per nonzero cell (the rows of a
 * cell are exchangeable for every metric here), for every metric but {@code adjustedMutualInfo}, whose expectation
 * term would cost a sum over the table per replicate. Past {@value #MAX_DRAWS} draws fewer replicates are made, with a
 * note.
 */
final class ClusteringResultBuilder {
    static final long MAX_DRAWS = 50_000_000L;
    private static final String[] METRICS = {"adjustedRandIndex", "normalizedMutualInfo", "adjustedMutualInfo",
        "homogeneity", "completeness", "vMeasure"};

    private final ClusteringAccumulator acc;
    private final MetricOptions options;
    private final List<String> notes = new ArrayList<>();

    ClusteringResultBuilder(ClusteringAccumulator acc, MetricOptions options) {
        this.acc = acc;
        this.options = options;
    }

    MetricResult build() {
        List<Integer> labelOrder = order(acc.labelNames(), Comparator.naturalOrder());
        List<Integer> clusterOrder = order(acc.clusterNames(), clusterComparator(acc.clusterNames()));
        Cells cells = new Cells(labelOrder, clusterOrder);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, Interval> intervals = new LinkedHashMap<>();
        if (acc.rows() == 0) {
            notes.add("No rows were evaluated: every metric is undefined.");
            for (String name : METRICS) {
                metrics.put(name, null);
            }
        } else {
            ClusterAgreement table = ClusterAgreement.of(cells.counts, cells.rowOf, cells.columnOf,
                    labelOrder.size(), clusterOrder.size());
            put(metrics, "adjustedRandIndex", table.adjustedRandIndex());
            put(metrics, "normalizedMutualInfo", table.normalizedMutualInformation());
            double expected = ExpectedMutualInformation.of(table.labelTotals(), table.clusterTotals());
            if (Double.isNaN(expected)) {
                notes.add("adjustedMutualInfo is undefined here: its expected mutual information would take more than "
                        + ExpectedMutualInformation.MAX_TERMS + " terms for " + labelOrder.size() + " labels and "
                        + clusterOrder.size() + " clusters over " + acc.rows() + " rows.");
            }
            put(metrics, "adjustedMutualInfo", Double.isNaN(expected) ? Double.NaN
                    : table.adjustedMutualInformation(expected));
            put(metrics, "homogeneity", table.homogeneity());
            put(metrics, "completeness", table.completeness());
            put(metrics, "vMeasure", table.vMeasure());
            intervals.putAll(intervals(cells, labelOrder.size(), clusterOrder.size()));
        }
        TaskDetails.ContingencyTable shown = ContingencyView.of(acc, labelOrder, clusterOrder, notes);
        return new MetricResult(Collections.unmodifiableMap(metrics), null, Map.of(), null, intervals,
                Curves.none(), List.copyOf(notes), TaskDetails.of(shown));
    }

    private Map<String, Interval> intervals(Cells cells, int labels, int clusters) {
        Map<String, Interval> intervals = new LinkedHashMap<>();
        int replicates = options.bootstrapReplicates();
        if (replicates == 0) {
            return intervals;
        }
        int cellCount = cells.counts.length;
        long affordable = Math.max(1, MAX_DRAWS / Math.max(1, cellCount));
        if (affordable < replicates) {
            notes.add("The clustering intervals use " + affordable + " bootstrap replicates instead of " + replicates
                    + ": the contingency table has " + cellCount + " nonzero cells.");
            replicates = (int) affordable;
        }
        String[] names = {"adjustedRandIndex", "normalizedMutualInfo", "homogeneity", "completeness", "vMeasure"};
        double[][] values = new double[names.length][replicates];
        double[] drawn = new double[cellCount];
        for (int r = 0; r < replicates; r++) {
            SplittableRandom random = Bootstrap.stream(options.seed(), Bootstrap.CONTINGENCY, r);
            for (int c = 0; c < cellCount; c++) {
                drawn[c] = PoissonSampler.draw(random, cells.counts[c]);
            }
            ClusterAgreement table = ClusterAgreement.of(drawn, cells.rowOf, cells.columnOf, labels, clusters);
            boolean empty = table.rows() == 0;
            values[0][r] = empty ? Double.NaN : table.adjustedRandIndex();
            values[1][r] = empty ? Double.NaN : table.normalizedMutualInformation();
            values[2][r] = empty ? Double.NaN : table.homogeneity();
            values[3][r] = empty ? Double.NaN : table.completeness();
            values[4][r] = empty ? Double.NaN : table.vMeasure();
        }
        for (int m = 0; m < names.length; m++) {
            Interval interval = Bootstrap.percentile(values[m], replicates, options.confidenceLevel());
            if (interval != null) {
                intervals.put(names[m], interval);
            }
        }
        return intervals;
    }

    private static void put(Map<String, Double> metrics, String name, double value) {
        metrics.put(name, Double.isFinite(value) ? value : null);
    }

    /** Codes in the order of their names. */
    static List<Integer> order(List<String> names, Comparator<String> comparator) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> comparator.compare(names.get(a), names.get(b)));
        return order;
    }

    /** Numerically when every id is a number (cluster 10 after cluster 9), else as text. */
    static Comparator<String> clusterComparator(List<String> ids) {
        for (String id : ids) {
            try {
                new BigDecimal(id);
            } catch (NumberFormatException e) {
                return Comparator.naturalOrder();
            }
        }
        return Comparator.comparing(BigDecimal::new);
    }

    /** The nonzero cells of the table, indexed by label and cluster in sorted order. */
    private final class Cells {
        final double[] counts;
        final int[] rowOf;
        final int[] columnOf;

        Cells(List<Integer> labelOrder, List<Integer> clusterOrder) {
            List<double[]> found = new ArrayList<>();
            for (int l = 0; l < labelOrder.size(); l++) {
                for (int c = 0; c < clusterOrder.size(); c++) {
                    long count = acc.count(labelOrder.get(l), clusterOrder.get(c));
                    if (count > 0) {
                        found.add(new double[] {count, l, c});
                    }
                }
            }
            counts = new double[found.size()];
            rowOf = new int[found.size()];
            columnOf = new int[found.size()];
            for (int i = 0; i < found.size(); i++) {
                counts[i] = found.get(i)[0];
                rowOf[i] = (int) found.get(i)[1];
                columnOf[i] = (int) found.get(i)[2];
            }
        }
    }
}
