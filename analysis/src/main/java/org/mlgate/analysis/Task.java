package org.mlgate.analysis;

import java.util.Locale;

/** What a model predicts: a class label, a number, a set of labels, a cluster, or whether a row is anomalous. */
public enum Task {
    CLASSIFICATION,
    REGRESSION,
    /** A set of labels per row (Tribuo {@code MultiLabel}), judged against the actual set. */
    MULTILABEL,
    /** A cluster per row (Tribuo {@code ClusterID}), judged against true labels. */
    CLUSTERING,
    /** Expected or anomalous, with an anomaly score (Tribuo {@code Event}), judged against the actual kind. */
    ANOMALY;

    /**
     * The name used in report.json and in the POM ({@code classification}, {@code regression}, {@code multilabel},
     * {@code clustering}, {@code anomaly}).
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The task of a report.json {@code task} value; null for an unknown name. */
    public static Task fromJsonName(String name) {
        for (Task task : values()) {
            if (task.jsonName().equals(name)) {
                return task;
            }
        }
        return null;
    }

}
