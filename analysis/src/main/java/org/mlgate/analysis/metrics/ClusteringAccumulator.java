package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.InputException;

/**
 * Streams clustering rows (the true label, the cluster the model put the row in) into their contingency table, from
 * which {@link ClusteringResultBuilder} computes every clustering metric. Accumulators of chunks merge exactly.
 *
 * <p>Memory: the table, labels x clusters counters, each side bounded by {@code maxClasses}; nothing per row.
 */
public final class ClusteringAccumulator {
    private final int maxGroups;
    private final Side labels = new Side();
    private final Side clusters = new Side();
    /** {@code counts[label][cluster]}, capacity doubling as either side grows. */
    private long[][] counts = new long[4][4];
    private long rows;

    /** @param maxGroups the most distinct labels, and the most distinct clusters, accepted */
    public ClusteringAccumulator(int maxGroups) {
        this.maxGroups = maxGroups;
    }

    public int maxGroups() {
        return maxGroups;
    }

    public void add(String label, String cluster) {
        add(-1, label, cluster);
    }

    /** As {@link #add(String, String)}, naming the row's {@code line} of the data file in messages. */
    public void add(long line, String label, String cluster) {
        int l = labels.code(label, maxGroups, "true labels", "labelColumn", line);
        int c = clusters.code(cluster, maxGroups, "cluster ids", "the predicted column", line);
        grow(l, c);
        counts[l][c]++;
        rows++;
    }

    private void grow(int label, int cluster) {
        if (label < counts.length && cluster < counts[0].length) {
            return;
        }
        int height = Math.max(counts.length, Integer.highestOneBit(label) * 2);
        int width = Math.max(counts[0].length, Integer.highestOneBit(cluster) * 2);
        long[][] grown = new long[height][width];
        for (int i = 0; i < counts.length; i++) {
            System.arraycopy(counts[i], 0, grown[i], 0, counts[i].length);
        }
        counts = grown;
    }

    public void merge(ClusteringAccumulator other) {
        int[] labelMap = new int[other.labels.names.size()];
        int[] clusterMap = new int[other.clusters.names.size()];
        for (int l = 0; l < labelMap.length; l++) {
            labelMap[l] = labels.code(other.labels.names.get(l), maxGroups, "true labels", "labelColumn", -1);
        }
        for (int c = 0; c < clusterMap.length; c++) {
            clusterMap[c] = clusters.code(other.clusters.names.get(c), maxGroups, "cluster ids",
                    "the predicted column", -1);
        }
        for (int l = 0; l < labelMap.length; l++) {
            for (int c = 0; c < clusterMap.length; c++) {
                if (other.counts[l][c] != 0) {
                    grow(labelMap[l], clusterMap[c]);
                    counts[labelMap[l]][clusterMap[c]] += other.counts[l][c];
                }
            }
        }
        rows += other.rows;
    }

    public long rows() {
        return rows;
    }

    public MetricResult result(MetricOptions options) {
        return new ClusteringResultBuilder(this, options).build();
    }

    // Package-private views for ClusteringResultBuilder.
    List<String> labelNames() { return labels.names; }
    List<String> clusterNames() { return clusters.names; }
    long count(int label, int cluster) { return counts[label][cluster]; }

    /** The distinct values of one side of the table, coded in order of first appearance. */
    private static final class Side {
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> codes = new HashMap<>();

        /** @param line the row's line in the data file, for the message; -1 when unknown (a merge) */
        int code(String name, int max, String what, String where, long line) {
            Integer existing = codes.get(name);
            if (existing != null) {
                return existing;
            }
            if (names.size() >= max) {
                throw new InputException("The " + what + " take more than " + max + " distinct values"
                        + (line > 0 ? " by line " + line + " of the data file" : "") + ", so " + where
                        + " looks like an id or a number rather than groups of rows: check it, or raise maxClasses"
                        + " (ml.maxClasses).");
            }
            codes.put(name, names.size());
            names.add(name);
            return names.size() - 1;
        }
    }
}
