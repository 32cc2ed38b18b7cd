package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlgate.analysis.stats.Hypergeometric;

/** The {@code imbalance.*} checks, for classification only (they make no sense for a numeric label). */
final class ImbalanceFindings {
    /** The model beats the majority baseline clearly when it is ahead by at least this, or 2 standard errors. */
    static final double CLEAR_MARGIN = 0.02;
    /** PSI below 0.1 is no shift, 0.1 to 0.25 a moderate one (warn), 0.25 or more a large one (fail). */
    static final double PSI_MODERATE = 0.10;
    static final double PSI_LARGE = 0.25;
    /** A class "moved" when its share changed by at least this much. */
    static final double MOVED_SHARE = 0.02;

    /**
     * A shift counts only when Fisher's exact test per class says it is not sampling noise: warn-level below the first
     * p-value, fail-level (with a large PSI) below the second.
     */
    static final double SHIFT_WARN_P = 0.01;
    static final double SHIFT_FAIL_P = 0.001;
    /** Besides PSI, a shift is material when some class's share at least doubled or halved, by a point or more. */
    static final double SHIFT_FACTOR = 2.0;
    static final double SHIFT_POINTS = 0.01;

    private final DataChecks checks;
    private final Map<String, Long> counts;
    private final long total;
    private final Map<String, Long> trainingCounts;
    private final String trainingSource;

    /**
     * @param trainingCounts the training rows per class (the model's record, else the training file's); empty when
     *                       unknown
     * @param trainingSource where they come from, for messages
     */
    ImbalanceFindings(DataChecks checks, Map<String, Long> trainingCounts, String trainingSource) {
        this.checks = checks;
        this.counts = checks.labelCounts();
        this.total = counts.values().stream().mapToLong(Long::longValue).sum();
        this.trainingCounts = trainingCounts;
        this.trainingSource = trainingSource;
    }

    List<Finding> all(double modelAccuracy) {
        List<Finding> findings = new ArrayList<>();
        if (total == 0) {
            return findings;
        }
        findings.add(classRatio());
        findings.add(majorityBaseline(modelAccuracy));
        if (!trainingCounts.isEmpty()) {
            findings.add(labelShift());
        }
        return findings;
    }

    /**
     * Rule: a class is rare when it has fewer than {@code minorityRatio} times the rows of the majority class (default
     * 0.10: ten to one). Judged against the majority, not against all rows, so that 26 balanced classes of 3.8% each
     * are balanced. A statement about the validation data itself, so no test: it is true or not.
     */
    private Finding classRatio() {
        String id = "imbalance.class-ratio";
        double threshold = checks.options().minorityRatio();
        Map.Entry<String, Long> majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get();
        Map.Entry<String, Long> minority = counts.entrySet().stream().min(Map.Entry.comparingByValue()).get();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("counts", new LinkedHashMap<>(counts));
        details.put("majorityClass", majority.getKey());
        details.put("minorityClass", minority.getKey());
        details.put("minorityShare", (double) minority.getValue() / total);
        details.put("ratio", (double) majority.getValue() / minority.getValue());
        details.put("threshold", threshold);
        List<String> rare = new ArrayList<>();
        counts.forEach((label, count) -> {
            if (count < threshold * majority.getValue()) {
                rare.add("'" + label + "' (" + count + ", " + Finding.percent((double) count / total) + ")");
            }
        });
        String ratio = Finding.number((double) majority.getValue() / minority.getValue());
        if (counts.size() < 2) {
            return Finding.of(id, Severity.WARN, "The validation data has only the class '" + majority.getKey()
                    + "' (" + total + " rows): most metrics cannot tell a good model from a constant one.", details);
        }
        if (majority.getValue().equals(minority.getValue())) {
            return Finding.pass(id, "The " + counts.size() + " classes are balanced: " + majority.getValue()
                    + " of the " + total + " rows each.", details);
        }
        if (rare.isEmpty()) {
            return Finding.pass(id, "Every class has at least " + Finding.percent(threshold) + " of the majority"
                    + " class's rows; majority '" + majority.getKey() + "' to minority '" + minority.getKey()
                    + "' is " + ratio + " to 1.", details);
        }
        return Finding.of(id, Severity.WARN, "Class" + (rare.size() > 1 ? "es " : " ") + String.join(", ", rare)
                + (rare.size() > 1 ? " have" : " has") + " under " + Finding.percent(threshold) + " of the rows of"
                + " the majority class '" + majority.getKey() + "' (" + majority.getValue() + "); majority to minority"
                + " is " + ratio + " to 1: accuracy hides how the rare class" + (rare.size() > 1 ? "es do" : " does")
                + ", gate its recall or F1 instead.", details);
    }

    /**
     * "Clearly" better: accuracy at least baseline + max(0.02, 2 * sqrt(b (1 - b) / n)), the larger of a fixed
     * margin and two standard errors of the baseline's accuracy. Not better at all is a fail-level finding.
     */
    private Finding majorityBaseline(double modelAccuracy) {
        String id = "imbalance.majority-baseline";
        Map.Entry<String, Long> majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get();
        double baseline = (double) majority.getValue() / total;
        double margin = Math.max(CLEAR_MARGIN, 2 * Math.sqrt(baseline * (1 - baseline) / total));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("baselineAccuracy", baseline);
        details.put("majorityClass", majority.getKey());
        details.put("modelAccuracy", Double.isNaN(modelAccuracy) ? null : modelAccuracy);
        details.put("requiredMargin", margin);
        String base = "always predicting '" + majority.getKey() + "' scores accuracy " + Finding.number(baseline);
        if (Double.isNaN(modelAccuracy)) {
            return Finding.pass(id, "The model's accuracy is unknown; " + base + ".", details);
        }
        String model = "the model's accuracy " + Finding.number(modelAccuracy);
        if (modelAccuracy <= baseline) {
            return Finding.of(id, Severity.FAIL, "The model does not beat the majority baseline: " + model
                    + ", while " + base + ".", details);
        }
        if (modelAccuracy < baseline + margin) {
            return Finding.of(id, Severity.WARN, "The model barely beats the majority baseline: " + model + ", while "
                    + base + " (clearly better needs " + Finding.number(baseline + margin) + ").", details);
        }
        return Finding.pass(id, "The model clearly beats the majority baseline: " + model + ", while " + base + ".",
                details);
    }

    /**
     * Population stability index over the classes: sum of (v - t) ln(v / t) over the validation and training
     * shares, each smoothed by half a row per class so that a missing class gives a large but finite term. The size
     * of the shift is the PSI (0.1 moderate, 0.25 large), or a class whose share doubled or halved by at least a
     * point (PSI barely moves when one of 26 classes loses two thirds of its rows); that it is not sampling noise is
     * Fisher's exact test of each class's count in validation against training, Bonferroni over the classes (a shift
     * is some class moving; a chi-square test over all classes dilutes one class's move among ten), without which a
     * 54-row validation set would show a moderate "shift" by chance. Warn-level: material and p below {@value #SHIFT_WARN_P}; fail-level: PSI 0.25 or
     * more and p below {@value #SHIFT_FAIL_P}, which the imbalance family's default severity (warn) reports as a
     * warning unless the check's severity is set to fail.
     */
    private Finding labelShift() {
        String id = "imbalance.label-shift";
        Set<String> classes = new LinkedHashSet<>(trainingCounts.keySet());
        classes.addAll(counts.keySet());
        long trainingTotal = trainingCounts.values().stream().mapToLong(Long::longValue).sum();
        double psi = 0;
        double smallestP = 1.0;
        Map<String, Double> trainingShares = new LinkedHashMap<>();
        Map<String, Double> validationShares = new LinkedHashMap<>();
        List<String> moved = new ArrayList<>();
        Map<String, Double> movedBy = new LinkedHashMap<>();
        boolean classMoved = false;
        for (String label : classes) {
            long trainingCount = trainingCounts.getOrDefault(label, 0L);
            long validationCount = counts.getOrDefault(label, 0L);
            double t = (trainingCount + 0.5) / (trainingTotal + 0.5 * classes.size());
            double v = (validationCount + 0.5) / (total + 0.5 * classes.size());
            psi += (v - t) * Math.log(v / t);
            smallestP = Math.min(smallestP, classShiftP(validationCount, total, trainingCount + validationCount,
                    trainingTotal + total));
            trainingShares.put(label, (double) trainingCount / trainingTotal);
            validationShares.put(label, (double) validationCount / total);
            double before = trainingShares.get(label);
            double after = validationShares.get(label);
            double change = after - before;
            if (Math.abs(change) >= MOVED_SHARE) {
                movedBy.put(label, change);
            }
            classMoved |= Math.abs(change) >= SHIFT_POINTS
                    && (after >= SHIFT_FACTOR * before || before >= SHIFT_FACTOR * after);
        }
        double p = classes.size() < 2 ? 1.0 : Math.min(1.0, smallestP * classes.size());
        movedBy.entrySet().stream().sorted(Comparator.comparingDouble(e -> -Math.abs(e.getValue())))
                .forEach(e -> moved.add("'" + e.getKey() + "' " + Finding.percent(trainingShares.get(e.getKey()))
                        + " -> " + Finding.percent(validationShares.get(e.getKey()))));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("psi", psi);
        details.put("pValue", p);
        details.put("trainingSource", trainingSource);
        details.put("trainingShares", trainingShares);
        details.put("validationShares", validationShares);
        details.put("movedClasses", new ArrayList<>(movedBy.keySet()));
        String text = "The class distribution shifted from training (" + trainingSource + ") to validation (PSI "
                + Finding.number(psi) + ", p = " + Finding.pValue(p) + " by Fisher's exact test per class)"
                + (moved.isEmpty() ? "" : ": " + String.join(", ", moved)) + ".";
        boolean material = psi >= PSI_MODERATE || classMoved;
        if (p < SHIFT_FAIL_P && psi >= PSI_LARGE) {
            return Finding.of(id, Severity.FAIL, text, details);
        }
        if (p < SHIFT_WARN_P && material) {
            return Finding.of(id, Severity.WARN, text, details);
        }
        return Finding.pass(id, "The class distribution of the validation data matches training (" + trainingSource
                + "): PSI " + Finding.number(psi) + (material ? ", but not beyond sampling noise (p = "
                + Finding.pValue(p) + " by Fisher's exact test per class)" : ", below " + Finding.number(PSI_MODERATE) + ", and no class's share"
                + " doubled or halved") + ".", details);
    }

    /**
     * Two-sided Fisher's exact p-value of one class's count in validation against training: of the rows of both
     * that belong to the class, are there more or fewer in validation than its size predicts? Both samples vary,
     * which a binomial test against the training share would ignore.
     */
    private static double classShiftP(long inValidation, long validationRows, long inClass, long allRows) {
        double high = Hypergeometric.upperTail(inValidation, validationRows, inClass, allRows);
        double low = 1 - Hypergeometric.upperTail(inValidation + 1, validationRows, inClass, allRows);
        return Math.min(1.0, 2 * Math.min(high, low));
    }
}
