package org.mlgate.analysis.calibration;

/**
 * What one calibration run does to a clean random split before mlgate sees it, and what mlgate should then say.
 * {@link Trials} builds the files; the descriptions here are what the table prints.
 */
enum Plant {
    /** A random 70/30 split, nothing planted. */
    CLEAN("clean random split", null, null, true, false),
    /** A column {@code planted_code} holding the label's integer code (regression: the target itself). */
    EXACT_COPY("exact label copy", "leakage.target-proxy", "warn", false, false),
    /** As {@link #EXACT_COPY} with 2% of the codes set to another code (regression: target * (1 + N(0, 0.02))). */
    NOISY_COPY("2%-noise label copy", "leakage.target-proxy", "warn", false, false),
    /** A column {@code row_id}: rows numbered 1..n after sorting the whole dataset by label, then split randomly. */
    SORTED_ID("sorted id", "leakage.identifier-column", "warn", false, false),
    /** 30% of the validation rows replaced by copies of training rows (with their out-of-fold predictions). */
    COPIED_ROWS("30% copied rows", "leakage.train-validation-overlap", "fail", false, false),
    /** A group column {@code planted_group} (groups of 5 random rows), split by row: groups on both sides. */
    SHARED_GROUP("shared group", "leakage.group-overlap", "fail", false, false),
    /** The clean counterpart of {@link #SHARED_GROUP}: the same kind of groups, split by group. */
    GROUP_SPLIT("split by group", "leakage.group-overlap", "pass", true, false),
    /** A date column {@code planted_date} (ISO dates in random row order), split by row: old rows validate. */
    TIME_LEAK("time order", "leakage.time-order", "fail", false, false),
    /** The clean counterpart of {@link #TIME_LEAK}: the newest 30% of the rows validate. */
    TIME_SPLIT("newest 30% validate", "leakage.time-order", "pass", true, false),
    /** Validation subsampled so that one class has 1% of the majority class's rows (at least 1 row). */
    IMBALANCE("99:1 imbalance", "imbalance.class-ratio", "warn", false, true),
    /** Validation subsampled to keep 30% of one class's rows: the class shares shift from training. */
    LABEL_SHIFT("label shift", "imbalance.label-shift", "warn", false, true),
    /** Predictions made wrong in one real column's value or range of about 10% of the validation rows. */
    WEAK_SLICE("planted weak slice", "errors.weakSlices", "warn", false, false),
    /** The (actual, predicted, probabilities) tuples permuted across validation rows: no slice is weak. */
    NULL_SLICES("null slices", null, null, false, false),
    /** Model mode: a Tribuo logistic regression trained on the training split, nothing planted. */
    MODEL_CLEAN("clean split, Tribuo model", null, null, true, false);

    private final String text;
    private final String check;
    private final String expected;
    private final boolean clean;
    private final boolean classificationOnly;

    Plant(String text, String check, String expected, boolean clean, boolean classificationOnly) {
        this.text = text;
        this.check = check;
        this.expected = expected;
        this.clean = clean;
        this.classificationOnly = classificationOnly;
    }

    String text() {
        return text;
    }

    /** The check that should find the plant (or, for a clean counterpart, the check it calibrates), or null. */
    String check() {
        return check;
    }

    /** "warn" (at least a warning), "fail" (nothing less than a failure), "pass" (a clean counterpart), or null. */
    String expected() {
        return expected;
    }

    /** True for the runs on clean data: none of them may fail the build, and their warnings must be true. */
    boolean clean() {
        return clean;
    }

    /**
     * A clean counterpart (split by group, newest rows validate) is judged on its own check only: its planted
     * column makes every row distinct, so the other checks see different data than on a clean random split and
     * are measured there instead.
     */
    boolean counterpart() {
        return clean && check != null;
    }

    boolean classificationOnly() {
        return classificationOnly;
    }

    /** True when the status counts as finding this plant. */
    boolean found(String status) {
        return "fail".equals(status) || ("warn".equals(status) && "warn".equals(expected));
    }
}
