package org.mlgate.analysis;

import java.util.Locale;

/** What a model predicts: a class label or a number. */
public enum Task {
    CLASSIFICATION,
    REGRESSION;

    /** The name used in report.json and in the POM ({@code classification}, {@code regression}). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
