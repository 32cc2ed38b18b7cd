package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.stats.Binomial;

/** The {@code data.*} checks: duplicates, labels and features against what the model knows, numeric domain. */
final class IntegrityFindings {
    /** {@code data.out-of-domain} needs at least this share of values outside a feature's range... */
    static final double OUT_OF_DOMAIN_SHARE = 0.01;
    /** ...and a binomial test against chance below this level, divided by the number of features tested. */
    static final double OUT_OF_DOMAIN_ALPHA = 0.001;

    private final DataChecks checks;
    private final Map<String, Long> trainingCounts;
    private final String trainingSource;

    /** @param trainingCounts training rows per class (the model's record, else the training file's), or empty */
    IntegrityFindings(DataChecks checks, Map<String, Long> trainingCounts, String trainingSource) {
        this.checks = checks;
        this.trainingCounts = trainingCounts;
        this.trainingSource = trainingSource;
    }

    List<Finding> all() {
        List<Finding> findings = new ArrayList<>();
        findings.add(duplicateRows());
        TrainingFacts facts = checks.facts();
        if (checks.task() == Task.CLASSIFICATION && !trainingCounts.isEmpty() && !checks.labelCounts().isEmpty()) {
            findings.add(unknownLabels());
            findings.add(missingClasses());
        }
        if (facts.known()) {
            findings.add(featureMismatch());
            if (!facts.numericRanges().isEmpty()) {
                findings.add(outOfDomain());
            }
        }
        return findings;
    }

    private Finding duplicateRows() {
        String id = "data.duplicate-rows";
        RowHashes hashes = checks.rowHashes();
        long duplicates = hashes.duplicates();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", hashes.rows());
        details.put("duplicateRows", duplicates);
        details.put("duplicateShare", hashes.rows() == 0 ? 0.0 : (double) duplicates / hashes.rows());
        details.put("examples", hashes.duplicateExamples());
        details.put("estimated", hashes.sampled());
        if (duplicates == 0) {
            return Finding.pass(id, "The " + hashes.rows() + " validation rows are all distinct"
                    + hashes.estimateNote() + ".", details);
        }
        List<Object> lines = new ArrayList<>();
        hashes.duplicateExamples().forEach(example -> lines.add(example.get("line")));
        return Finding.of(id, Severity.WARN, duplicates + " of " + hashes.rows() + " validation rows ("
                + Finding.percent((double) duplicates / hashes.rows()) + ") repeat an earlier row, e.g. line"
                + (lines.size() > 1 ? "s " : " ") + lines + hashes.estimateNote() + ": they weigh double in every"
                + " metric.", details);
    }

    private Finding unknownLabels() {
        String id = "data.unknown-labels";
        Set<String> known = trainingCounts.keySet();
        Map<String, Long> unknown = new LinkedHashMap<>();
        checks.labelCounts().forEach((label, count) -> {
            if (!known.contains(label)) {
                unknown.put(label, count);
            }
        });
        long rows = unknown.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unknownLabels", unknown);
        details.put("rows", rows);
        details.put("modelLabels", List.copyOf(known));
        if (unknown.isEmpty()) {
            return Finding.pass(id, "Every label in the validation data occurs in training (" + trainingSource + ").",
                    details);
        }
        return Finding.of(id, Severity.FAIL, rows + (rows == 1 ? " validation row has label" : " validation rows have"
                + " label") + (unknown.size() > 1 ? "s " : " ") + unknown.keySet() + " that never occur in training ("
                + trainingSource + ": " + preview(List.copyOf(known)) + "): a model trained there can never predict "
                + (rows == 1 ? "it" : "them") + " right.", details);
    }

    private Finding missingClasses() {
        String id = "data.missing-classes";
        List<String> missing = new ArrayList<>();
        for (String label : trainingCounts.keySet()) {
            if (!checks.labelCounts().containsKey(label)) {
                missing.add(label);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("missingClasses", missing);
        if (missing.isEmpty()) {
            return Finding.pass(id, "Every class of training (" + trainingSource + ") occurs in the validation data.",
                    details);
        }
        return Finding.of(id, Severity.WARN, "The class" + (missing.size() > 1 ? "es " : " ") + missing
                + " of training (" + trainingSource + ") never occur" + (missing.size() > 1 ? "" : "s") + " in the validation"
                + " data: their recall and F1 are undefined here and the macro averages leave them out.", details);
    }

    private Finding featureMismatch() {
        String id = "data.feature-mismatch";
        List<String> columns = checks.featureColumns();
        FeatureColumns mapping = new FeatureColumns(checks.facts().featureNames(), columns);
        List<String> unprovided = mapping.unprovided();
        Set<String> used = mapping.usedColumns();
        ChecksOptions options = checks.options();
        List<String> unknown = new ArrayList<>();
        for (String column : columns) {
            if (!used.contains(column) && !column.equals(options.idColumn()) && !column.equals(options.groupColumn())
                    && !column.equals(options.timeColumn()) && !column.equals(options.labelColumn())) {
                unknown.add(column);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unknownColumns", unknown);
        details.put("missingModelFeatures", unprovided);
        details.put("modelFeatures", checks.facts().featureNames().size());
        if (unprovided.isEmpty() && unknown.isEmpty()) {
            return Finding.pass(id, "Every column is a model feature and every model feature has a column.", details);
        }
        List<String> parts = new ArrayList<>();
        if (!unprovided.isEmpty()) {
            parts.add(unprovided.size() + " model feature" + (unprovided.size() > 1 ? "s have" : " has")
                    + " no column in the validation data (" + preview(unprovided) + "), so Tribuo predicts as if"
                    + " they were 0");
        }
        if (!unknown.isEmpty()) {
            parts.add("the column" + (unknown.size() > 1 ? "s " : " ") + preview(unknown)
                    + (unknown.size() > 1 ? " are" : " is") + " unknown to the model and ignored");
        }
        String message = String.join("; ", parts) + ".";
        return Finding.of(id, unprovided.isEmpty() ? Severity.WARN : Severity.FAIL,
                Character.toUpperCase(message.charAt(0)) + message.substring(1), details);
    }

    /**
     * Rule: under a random split, a validation value falls outside the range of n training values with probability
     * about 2 / (n + 1) (less with ties), so a few values outside are expected from small training sets. A feature is
     * flagged when at least {@value #OUT_OF_DOMAIN_SHARE} of its values are outside and a one-sided binomial test
     * against 2 / (n + 1) gives p below {@value #OUT_OF_DOMAIN_ALPHA} divided by the features tested.
     */
    private Finding outOfDomain() {
        String id = "data.out-of-domain";
        Map<String, Object> perFeature = new LinkedHashMap<>();
        List<String> flagged = new ArrayList<>();
        int tested = 0;
        for (int i = 0; i < checks.featureColumns().size(); i++) {
            tested += checks.rangeOf(i) != null && checks.checked(i) > 0 ? 1 : 0;
        }
        double alpha = OUT_OF_DOMAIN_ALPHA / Math.max(1, tested);
        for (int i = 0; i < checks.featureColumns().size(); i++) {
            NumericRange range = checks.rangeOf(i);
            if (range == null || checks.checked(i) == 0) {
                continue;
            }
            long outside = checks.outside(i);
            double share = (double) outside / checks.checked(i);
            double chance = range.trainingRows() > 0 ? 2.0 / (range.trainingRows() + 1) : 0.0;
            double p = Binomial.upperTail(outside, checks.checked(i), chance);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("outside", outside);
            entry.put("checked", checks.checked(i));
            entry.put("share", share);
            entry.put("expectedShare", chance);
            entry.put("pValue", p);
            entry.put("trainingMin", range.min());
            entry.put("trainingMax", range.max());
            perFeature.put(checks.featureColumns().get(i), entry);
            if (share >= OUT_OF_DOMAIN_SHARE && p < alpha) {
                flagged.add("'" + checks.featureColumns().get(i) + "' " + outside + " (" + Finding.percent(share)
                        + ", training range " + Finding.number(range.min()) + " to " + Finding.number(range.max())
                        + ")");
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("features", perFeature);
        details.put("threshold", OUT_OF_DOMAIN_SHARE);
        details.put("alpha", alpha);
        if (flagged.isEmpty()) {
            return Finding.pass(id, "Numeric features stay within their training range as far as chance allows (a"
                    + " random split puts about 2 in n + 1 values outside the range of n training values).", details);
        }
        return Finding.of(id, Severity.WARN, "Values outside the training range, more than a random split would"
                + " give: " + String.join(", ", flagged) + "; the model extrapolates there.", details);
    }

    private static String preview(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }
}
