package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlgate.analysis.Task;

/** The {@code data.*} checks: duplicates, labels and features against what the model knows, numeric domain. */
final class IntegrityFindings {
    /** {@code data.out-of-domain} warns when a feature has at least this share of values outside its range. */
    static final double OUT_OF_DOMAIN_SHARE = 0.01;

    private final DataChecks checks;

    IntegrityFindings(DataChecks checks) {
        this.checks = checks;
    }

    List<Finding> all() {
        List<Finding> findings = new ArrayList<>();
        findings.add(duplicateRows());
        TrainingFacts facts = checks.facts();
        if (checks.task() == Task.CLASSIFICATION && !facts.labelCounts().isEmpty()
                && !checks.labelCounts().isEmpty()) {
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
        Set<String> known = checks.facts().labelCounts().keySet();
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
            return Finding.pass(id, "Every label in the validation data is one the model was trained on.", details);
        }
        return Finding.of(id, Severity.FAIL, rows + (rows == 1 ? " validation row has label" : " validation rows have"
                + " label") + (unknown.size() > 1 ? "s " : " ") + unknown.keySet() + " that the model never saw in"
                + " training (it knows " + known + "): the model can never predict "
                + (rows == 1 ? "it" : "them") + " right.", details);
    }

    private Finding missingClasses() {
        String id = "data.missing-classes";
        List<String> missing = new ArrayList<>();
        for (String label : checks.facts().labelCounts().keySet()) {
            if (!checks.labelCounts().containsKey(label)) {
                missing.add(label);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("missingClasses", missing);
        if (missing.isEmpty()) {
            return Finding.pass(id, "Every class the model knows occurs in the validation data.", details);
        }
        return Finding.of(id, Severity.WARN, "The class" + (missing.size() > 1 ? "es " : " ") + missing
                + " that the model knows never occur" + (missing.size() > 1 ? "" : "s") + " in the validation"
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

    private Finding outOfDomain() {
        String id = "data.out-of-domain";
        Map<String, Object> perFeature = new LinkedHashMap<>();
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < checks.featureColumns().size(); i++) {
            NumericRange range = checks.rangeOf(i);
            if (range == null || checks.checked(i) == 0) {
                continue;
            }
            double share = (double) checks.outside(i) / checks.checked(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("outside", checks.outside(i));
            entry.put("checked", checks.checked(i));
            entry.put("share", share);
            entry.put("trainingMin", range.min());
            entry.put("trainingMax", range.max());
            perFeature.put(checks.featureColumns().get(i), entry);
            if (share >= OUT_OF_DOMAIN_SHARE) {
                flagged.add("'" + checks.featureColumns().get(i) + "' " + checks.outside(i) + " ("
                        + Finding.percent(share) + ", training range " + Finding.number(range.min()) + " to "
                        + Finding.number(range.max()) + ")");
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("features", perFeature);
        details.put("threshold", OUT_OF_DOMAIN_SHARE);
        if (flagged.isEmpty()) {
            return Finding.pass(id, "Numeric features stay within their training range (under "
                    + Finding.percent(OUT_OF_DOMAIN_SHARE) + " of values outside).", details);
        }
        return Finding.of(id, Severity.WARN, "Values outside the training range: " + String.join(", ", flagged)
                + "; the model extrapolates there.", details);
    }

    private static String preview(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }
}
