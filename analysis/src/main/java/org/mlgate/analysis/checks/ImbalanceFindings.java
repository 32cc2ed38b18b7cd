package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code imbalance.*} checks, for classification only (they make no sense for a numeric label). */
final class ImbalanceFindings {
    /** The model beats the majority baseline clearly when it is ahead by at least this, or 2 standard errors. */
    static final double CLEAR_MARGIN = 0.02;
    /** PSI below 0.1 is no shift, 0.1 to 0.25 a moderate one (warn), 0.25 or more a large one (fail). */
    static final double PSI_MODERATE = 0.10;
    static final double PSI_LARGE = 0.25;
    /** A class "moved" when its share changed by at least this much. */
    static final double MOVED_SHARE = 0.02;

    private final DataChecks checks;
    private final Map<String, Long> counts;
    private final long total;

    ImbalanceFindings(DataChecks checks) {
        this.checks = checks;
        this.counts = checks.labelCounts();
        this.total = counts.values().stream().mapToLong(Long::longValue).sum();
    }

    List<Finding> all(double modelAccuracy) {
        List<Finding> findings = new ArrayList<>();
        if (total == 0) {
            return findings;
        }
        findings.add(classRatio());
        findings.add(majorityBaseline(modelAccuracy));
        if (!checks.facts().labelCounts().isEmpty()) {
            findings.add(labelShift());
        }
        return findings;
    }

    private Finding classRatio() {
        String id = "imbalance.class-ratio";
        double threshold = checks.options().minorityShareThreshold();
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
            if ((double) count / total < threshold) {
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
            return Finding.pass(id, "Every class has at least " + Finding.percent(threshold) + " of the "
                    + total + " rows; majority '" + majority.getKey() + "' to minority '" + minority.getKey()
                    + "' is " + ratio + " to 1.", details);
        }
        return Finding.of(id, Severity.WARN, "Class" + (rare.size() > 1 ? "es " : " ") + String.join(", ", rare)
                + " under " + Finding.percent(threshold) + " of the " + total + " rows; majority '"
                + majority.getKey() + "' to minority '" + minority.getKey() + "' is " + ratio + " to 1.", details);
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
     * shares, each smoothed by half a row per class so that a missing class gives a large but finite term.
     * Chosen over a chi-square test because its size does not grow with the row count.
     */
    private Finding labelShift() {
        String id = "imbalance.label-shift";
        Map<String, Long> trainingCounts = checks.facts().labelCounts();
        Set<String> classes = new LinkedHashSet<>(trainingCounts.keySet());
        classes.addAll(counts.keySet());
        long trainingTotal = trainingCounts.values().stream().mapToLong(Long::longValue).sum();
        double psi = 0;
        Map<String, Double> trainingShares = new LinkedHashMap<>();
        Map<String, Double> validationShares = new LinkedHashMap<>();
        List<String> moved = new ArrayList<>();
        Map<String, Double> movedBy = new LinkedHashMap<>();
        for (String label : classes) {
            double t = (trainingCounts.getOrDefault(label, 0L) + 0.5) / (trainingTotal + 0.5 * classes.size());
            double v = (counts.getOrDefault(label, 0L) + 0.5) / (total + 0.5 * classes.size());
            psi += (v - t) * Math.log(v / t);
            trainingShares.put(label, (double) trainingCounts.getOrDefault(label, 0L) / trainingTotal);
            validationShares.put(label, (double) counts.getOrDefault(label, 0L) / total);
            double change = validationShares.get(label) - trainingShares.get(label);
            if (Math.abs(change) >= MOVED_SHARE) {
                movedBy.put(label, change);
            }
        }
        movedBy.entrySet().stream().sorted(Comparator.comparingDouble(e -> -Math.abs(e.getValue())))
                .forEach(e -> moved.add("'" + e.getKey() + "' " + Finding.percent(trainingShares.get(e.getKey()))
                        + " -> " + Finding.percent(validationShares.get(e.getKey()))));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("psi", psi);
        details.put("trainingShares", trainingShares);
        details.put("validationShares", validationShares);
        details.put("movedClasses", new ArrayList<>(movedBy.keySet()));
        String text = "The class distribution shifted from training to validation (PSI " + Finding.number(psi) + ")"
                + (moved.isEmpty() ? "" : ": " + String.join(", ", moved)) + ".";
        if (psi >= PSI_LARGE) {
            return Finding.of(id, Severity.FAIL, text, details);
        }
        if (psi >= PSI_MODERATE) {
            return Finding.of(id, Severity.WARN, text, details);
        }
        return Finding.pass(id, "The class distribution of the validation data matches training (PSI "
                + Finding.number(psi) + ", below " + Finding.number(PSI_MODERATE) + ").", details);
    }
}
