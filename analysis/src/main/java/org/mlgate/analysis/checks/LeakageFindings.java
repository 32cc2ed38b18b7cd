package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code leakage.*} checks, from the validation state and the optional training pass. */
final class LeakageFindings {
    /** Rows a column needs in the sample before its association with the label is judged. */
    static final int MIN_SAMPLE_ROWS = 20;
    /** An identifier carries signal when its score reaches this (auc), this (uncertainty) or this (correlation). */
    static final double ID_AUC = 0.75;
    static final double ID_UNCERTAINTY = 0.10;
    static final double ID_CORRELATION = 0.30;

    private final DataChecks checks;
    private final TrainingComparison training;

    LeakageFindings(DataChecks checks, TrainingComparison training) {
        this.checks = checks;
        this.training = training;
    }

    List<Finding> all() {
        List<Finding> findings = new ArrayList<>();
        sameDataAsTraining(findings);
        trainValidationOverlap(findings);
        List<ColumnSignal> signals = signals();
        targetProxy(signals, findings);
        identifierColumn(signals, findings);
        groupOverlap(findings);
        timeOrder(findings);
        return findings;
    }

    private boolean compared() {
        return training != null && training.missingColumns.isEmpty()
                && (checks.facts().split() == null || training.splitApplied);
    }

    private void sameDataAsTraining(List<Finding> findings) {
        String id = "leakage.same-data-as-training";
        TrainingFacts facts = checks.facts();
        String validation = checks.options().validationSha256();
        if (validation == null || facts.trainingDataSha256() == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("trainingDataPath", facts.trainingDataPath());
        details.put("trainingDataSha256", facts.trainingDataSha256());
        details.put("validationSha256", validation);
        TrainingSplit split = facts.split();
        if (split != null) {
            details.put("split", Map.of("seed", split.seed(), "trainProportion", split.trainProportion(),
                    "rows", split.size(), "modelSawTrainPart", split.modelSawTrainPart()));
        }
        if (!validation.equalsIgnoreCase(facts.trainingDataSha256())) {
            findings.add(Finding.pass(id, "The validation file differs from the training file "
                    + facts.trainingDataPath() + " recorded in the model's provenance.", details));
            return;
        }
        if (split == null) {
            findings.add(Finding.of(id, Severity.FAIL, "The validation file is the training file "
                    + facts.trainingDataPath() + " recorded in the model's provenance (same SHA-256): the model is"
                    + " evaluated on the rows it was trained on.", details));
            return;
        }
        String splitText = String.format(Locale.ROOT, "a TrainTestSplitter split of it (seed %d, %s train part"
                + " of %d rows)", split.seed(), Finding.percent(split.trainProportion()), split.size());
        if (compared()) {
            long inTraining = checks.rowHashes().inTraining();
            details.put("validationRowsInTrainingPart", inTraining);
            if (inTraining > 0) {
                findings.add(Finding.of(id, Severity.FAIL, "The validation file is the training file "
                        + facts.trainingDataPath() + " and the model was trained on " + splitText + "; " + inTraining
                        + " of " + checks.rowHashes().rows() + " validation rows are in the part the model saw.",
                        details));
            } else {
                findings.add(Finding.pass(id, "The validation file has the training file's SHA-256, but the model"
                        + " was trained on " + splitText + " and none of the validation rows are in that part.",
                        details));
            }
        } else {
            findings.add(Finding.of(id, Severity.WARN, "The validation file is the training file "
                    + facts.trainingDataPath() + ", but the model was trained on " + splitText + "; evaluate only"
                    + " the held-out part, or give the training rows so that mlgate can check it.", details));
        }
    }

    private void trainValidationOverlap(List<Finding> findings) {
        String id = "leakage.train-validation-overlap";
        if (training == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("trainingRows", training.rowsRead);
        if (!training.missingColumns.isEmpty()) {
            details.put("missingColumns", training.missingColumns);
            findings.add(Finding.of(id, Severity.WARN, "Training and validation rows were not compared: the"
                    + " training file " + training.source + " lacks the columns " + training.missingColumns + ".",
                    details));
            return;
        }
        TrainingSplit split = checks.facts().split();
        if (split != null && !training.splitApplied) {
            findings.add(Finding.of(id, Severity.WARN, "Training and validation rows were not compared: the model's"
                    + " provenance records a split of " + split.size() + " rows, but " + training.source + " has "
                    + training.rowsRead + " rows, so the rows the model saw are unknown.", details));
            return;
        }
        long rows = checks.rowHashes().rows();
        long exact = checks.rowHashes().inTraining();
        long conflicting = checks.rowHashes().otherLabelInTraining();
        details.put("comparedTrainingRows", training.rowsCompared);
        details.put("overlappingRows", exact);
        details.put("overlapShare", rows == 0 ? 0.0 : (double) exact / rows);
        details.put("sameFeaturesOtherLabelRows", conflicting);
        details.put("examples", training.overlapExamples);
        details.put("estimated", checks.rowHashes().sampled());
        details.put("sameFeaturesOtherLabelExamples", training.conflictExamples);
        String part = training.splitApplied ? " (the part of the split the model was trained on)" : "";
        if (exact == 0 && conflicting == 0) {
            findings.add(Finding.pass(id, "None of the " + rows + " validation rows occur among the "
                    + training.rowsCompared + " training rows of " + training.source + part + ".", details));
            return;
        }
        StringBuilder message = new StringBuilder();
        message.append(exact).append(" of ").append(rows).append(" validation rows (")
                .append(Finding.percent(rows == 0 ? 0 : (double) exact / rows))
                .append(") also occur, with the same label, among the training rows of ").append(training.source)
                .append(part);
        if (conflicting > 0) {
            message.append("; ").append(conflicting).append(" more have the features of a training row but another"
                    + " label");
        }
        message.append(checks.rowHashes().estimateNote()).append('.');
        findings.add(Finding.of(id, exact > 0 ? Severity.FAIL : Severity.WARN, message.toString(), details));
    }

    private List<ColumnSignal> signals() {
        List<RowSample.Row> rows = checks.sample().rows();
        List<ColumnSignal> signals = new ArrayList<>();
        List<String> columns = checks.featureColumns();
        for (int i = 0; i < columns.size(); i++) {
            signals.add(ColumnSignal.of(columns.get(i), i, rows, checks.task()));
        }
        return signals;
    }

    /**
     * Rule: with at least {@value #MIN_SAMPLE_ROWS} sampled rows, a column whose association score (auc for a
     * numeric column and a binary label, uncertainty coefficient otherwise, |r| in regression) reaches the
     * target-proxy threshold predicts the label on its own. The id column is left to the identifier check; the
     * group and label columns are not features. A proxy the model uses (or may use: a predictions file) is a
     * fail-level finding, one the model ignores a warn-level finding (the data is suspect, the model is not).
     */
    private void targetProxy(List<ColumnSignal> signals, List<Finding> findings) {
        String id = "leakage.target-proxy";
        double threshold = checks.options().targetProxyThreshold();
        List<Map<String, Object>> proxies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ChecksOptions options = checks.options();
        Set<String> used = usedColumns();
        boolean anyUsed = false;
        for (ColumnSignal signal : signals) {
            String column = signal.column();
            if (column.equals(options.idColumn()) || column.equals(options.groupColumn())
                    || column.equals(options.labelColumn()) || signal.rows() < MIN_SAMPLE_ROWS
                    || !(signal.score() >= threshold)) {
                continue;
            }
            anyUsed |= !checks.facts().known() || used.contains(column);
            names.add(signal.column() + " (" + signal.rule() + " " + Finding.number(signal.score()) + ")");
            proxies.add(Map.of("column", signal.column(), "rule", signal.rule(), "score", signal.score(),
                    "sampledRows", signal.rows()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("threshold", threshold);
        details.put("columns", proxies);
        if (proxies.isEmpty()) {
            findings.add(Finding.pass(id, "No single column predicts the label on its own (threshold "
                    + Finding.number(threshold) + ").", details));
        } else {
            findings.add(Finding.of(id, anyUsed ? Severity.FAIL : Severity.WARN, "The column"
                    + (names.size() > 1 ? "s " : " ")
                    + String.join(", ", names) + " predict" + (names.size() > 1 ? "" : "s")
                    + " the label almost perfectly on " + (names.size() > 1 ? "their" : "its")
                    + " own: check that " + (names.size() > 1 ? "they are" : "it is")
                    + " known before the label is.", details));
        }
    }

    /**
     * Rule: a column is identifier-like when it holds whole numbers that strictly rise or fall with the row order
     * (all rows), or when its sampled values are all distinct and are whole numbers or text (measurements with
     * decimals are not identifiers). It carries signal when the model uses it as a feature (fail) or, without
     * that, when it goes with the label: auc >= 0.75, uncertainty >= 0.10 or |r| >= 0.30 (warn). The time column
     * is exempt: being ordered is its job.
     */
    private void identifierColumn(List<ColumnSignal> signals, List<Finding> findings) {
        String id = "leakage.identifier-column";
        Set<String> used = usedColumns();
        List<Map<String, Object>> flagged = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean usedByModel = false;
        for (int i = 0; i < signals.size(); i++) {
            ColumnSignal signal = signals.get(i);
            if (signal.column().equals(checks.options().timeColumn())
                    || signal.column().equals(checks.options().labelColumn()) || signal.rows() < MIN_SAMPLE_ROWS) {
                continue;
            }
            // Whole numbers only: data sorted by a real-valued measurement is not an identifier.
            boolean ordered = checks.monotonic(i).monotonic(MIN_SAMPLE_ROWS) && signal.integral();
            boolean unique = signal.unique() && (signal.integral() || !signal.numeric());
            if (!ordered && !unique) {
                continue;
            }
            boolean uses = used.contains(signal.column());
            boolean associated = signal.score() >= switch (signal.rule()) {
                case "auc" -> ID_AUC;
                case "uncertainty" -> ID_UNCERTAINTY;
                case "correlation" -> ID_CORRELATION;
                default -> Double.POSITIVE_INFINITY;
            };
            if (!uses && !associated) {
                continue;
            }
            usedByModel |= uses;
            String why = (ordered ? "rises or falls with the row order" : "is unique per row")
                    + (uses ? " and is a model feature" : " and goes with the label (" + signal.rule() + " "
                    + Finding.number(signal.score()) + ")");
            names.add(signal.column() + " " + why);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", signal.column());
            entry.put("monotonic", ordered);
            entry.put("unique", unique);
            entry.put("modelFeature", uses);
            entry.put("score", Double.isNaN(signal.score()) ? null : signal.score());
            entry.put("rule", signal.rule());
            flagged.add(entry);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("columns", flagged);
        if (flagged.isEmpty()) {
            findings.add(Finding.pass(id, "No identifier-like column (unique per row or ordered with the rows)"
                    + " carries signal.", details));
        } else {
            findings.add(Finding.of(id, usedByModel ? Severity.FAIL : Severity.WARN, "Identifier-like column"
                    + (names.size() > 1 ? "s: " : ": ") + String.join("; ", names)
                    + ", so the model can learn the row order or the id instead of the task.", details));
        }
    }

    private Set<String> usedColumns() {
        return new HashSet<>(new FeatureColumns(checks.facts().featureNames(), checks.featureColumns()).usedColumns());
    }

    private void groupOverlap(List<Finding> findings) {
        String id = "leakage.group-overlap";
        String column = checks.options().groupColumn();
        if (column == null || training == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("groupColumn", column);
        if (training.missingRoleColumns.contains(column)) {
            notChecked(id, column, details, findings);
            return;
        }
        details.put("validationGroups", checks.groups().size());
        details.put("overlappingGroups", training.overlappingGroups);
        long rows = checks.groups().markedTotal(1, 0);
        details.put("overlappingRows", rows);
        details.put("examples", training.groupExamples);
        if (training.overlappingGroups == 0) {
            findings.add(Finding.pass(id, "No value of the group column '" + column + "' occurs in both the training"
                    + " and the validation rows.", details));
        } else {
            findings.add(Finding.of(id, Severity.FAIL, training.overlappingGroups + " of " + checks.groups().size()
                    + " groups of '" + column + "' (" + rows + " validation rows) also occur in training, e.g. "
                    + String.join(", ", training.groupExamples) + ": split by group so that no group is on both"
                    + " sides.", details));
        }
    }

    private void notChecked(String id, String column, Map<String, Object> details, List<Finding> findings) {
        findings.add(Finding.of(id, Severity.WARN, "Not checked: the training file " + training.source
                + " has no column '" + column + "'.", details));
    }

    private void timeOrder(List<Finding> findings) {
        String id = "leakage.time-order";
        String column = checks.options().timeColumn();
        if (column == null || training == null) {
            return;
        }
        if (training.missingRoleColumns.contains(column)) {
            notChecked(id, column, new LinkedHashMap<>(Map.of("timeColumn", column)), findings);
            return;
        }
        if (training.newestTimeText == null || checks.times().size() == 0) {
            return;
        }
        long older = checks.times().olderThan(training.newestTime);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("timeColumn", column);
        details.put("newestTraining", training.newestTimeText);
        details.put("olderValidationRows", older);
        details.put("olderShare", (double) older / checks.times().size());
        if (older == 0) {
            findings.add(Finding.pass(id, "Every validation row is at or after the newest training row ("
                    + column + " " + training.newestTimeText + ").", details));
        } else {
            findings.add(Finding.of(id, Severity.FAIL, older + " of " + checks.times().size() + " validation rows ("
                    + Finding.percent((double) older / checks.times().size()) + ") are older than the newest"
                    + " training row (" + column + " " + training.newestTimeText + "): the model was trained on"
                    + " the future of the rows it is judged on.", details));
        }
    }

}
