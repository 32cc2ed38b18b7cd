package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mlgate.analysis.Task;

/** The {@code leakage.*} checks, from the validation state and the optional training pass. */
final class LeakageFindings {
    /** Rows a column needs in the sample before its association with the label is judged. */
    static final int MIN_SAMPLE_ROWS = 20;
    /**
     * Overlap beyond chance: fail-level below this p-value when the excess over chance is at least the given share of
     * the validation rows (so that on millions of rows a significant but negligible excess is not a failure);
     * warn-level below the second p-value.
     */
    static final double OVERLAP_FAIL_P = 0.001;
    static final double OVERLAP_FAIL_EXCESS = 0.01;
    static final double OVERLAP_WARN_P = 0.01;
    /**
     * Target proxy: a column is near-perfect when its balanced accuracy alone reaches this (a copy of the label with
     * 2% of rows wrong has 0.98; iris's petal width, the strongest honest column of the calibration data, 0.96) or
     * it explains this share of a regression target's variance (the strongest honest column, diamonds' size, 0.87);
     * fail-level when the lower confidence bound reaches the second number.
     */
    static final double PROXY_NEAR_PERFECT = 0.97;
    static final double PROXY_CONFIRMED = 0.95;
    static final double PROXY_NEAR_PERFECT_R2 = 0.95;
    static final double PROXY_CONFIRMED_R2 = 0.93;
    /** Identifier: family-wise level of the rank tests over the identifier-like columns. */
    static final double ID_ALPHA = 0.001;
    /** A whole word at the end of the name ({@code id}, {@code row_id}, {@code customer-key}), any case. */
    private static final Pattern ID_WORD = Pattern.compile(
            "(?i)(^|[^a-z0-9])(id|ids|key|uuid|guid|index|idx|row|rownum|no|nr)$");
    /** A camel-case ending ({@code customerId}, {@code rowNumber}): case matters, or "paid" would be an id. */
    private static final Pattern ID_CAMEL = Pattern.compile("[a-z0-9](Id|ID|Key|Uuid|Index|Number|No|Nr)$");

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

    /**
     * Rule: compare the validation rows that also occur in training (features and label) with what a random split of
     * the same rows would give ({@link ChanceOverlap}). Fail-level when the overlap exceeds chance at p below
     * {@value #OVERLAP_FAIL_P} by at least {@value #OVERLAP_FAIL_EXCESS} of the validation rows; warn-level at p below
     * {@value #OVERLAP_WARN_P}; otherwise a pass that says what chance predicts. Rows whose features occur in
     * training only with another label are counted and named, but are label noise, not leakage.
     */
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
        RowHashes hashes = checks.rowHashes();
        long rows = hashes.rows();
        long exact = hashes.inTraining();
        long conflicting = hashes.otherLabelInTraining();
        ChanceOverlap chance = training.chanceOverlap(hashes);
        double scale = chance.observed() == 0 ? 1.0 : (double) exact / chance.observed();
        double expected = chance.expected() * scale;
        details.put("comparedTrainingRows", training.rowsCompared);
        details.put("overlappingRows", exact);
        details.put("overlapShare", rows == 0 ? 0.0 : (double) exact / rows);
        details.put("expectedByChance", expected);
        details.put("pValue", chance.pValue());
        boolean labelNoiseCounted = checks.task() == Task.REGRESSION
                || checks.labelCounts().size() <= DataChecks.MAX_OTHER_LABELS;
        details.put("sameFeaturesOtherLabelRows", labelNoiseCounted ? conflicting : null);
        details.put("examples", training.overlapExamples);
        details.put("estimated", hashes.sampled() || training.trainingHashes.sampled());
        details.put("sameFeaturesOtherLabelExamples", training.conflictExamples);
        String part = training.splitApplied ? " (the part of the split the model was trained on)" : "";
        String others = conflicting == 0 ? "" : "; " + conflicting + " more have the features of a training row but"
                + " another label (label noise, not leakage)";
        if (exact == 0) {
            findings.add(Finding.pass(id, "None of the " + rows + " validation rows occur among the "
                    + training.rowsCompared + " training rows of " + training.source + part + others + ".", details));
            return;
        }
        String observed = exact + " of " + rows + " validation rows (" + Finding.percent((double) exact / rows)
                + ") also occur, with the same label, among the training rows of " + training.source + part;
        String byChance = "a random split of rows repeated as often as these would give about "
                + Finding.count(expected) + " (p = " + Finding.pValue(chance.pValue()) + ")";
        String estimate = hashes.sampled() || training.trainingHashes.sampled()
                ? " (estimated from the rows whose hash falls in a sample, which keeps memory bounded)" : "";
        double excess = chance.observed() - chance.expected();
        if (chance.pValue() < OVERLAP_FAIL_P && excess >= Math.max(3, OVERLAP_FAIL_EXCESS * chance.sampledRows())) {
            findings.add(Finding.of(id, Severity.FAIL, observed + "; " + byChance + ", so rows were copied or"
                    + " the split was not clean" + others + estimate + ".", details));
        } else if (chance.pValue() < OVERLAP_WARN_P) {
            findings.add(Finding.of(id, Severity.WARN, observed + "; " + byChance + ": more than chance, check"
                    + " how the split was made" + others + estimate + ".", details));
        } else {
            findings.add(Finding.pass(id, observed + "; " + byChance + ", so the data repeats rows and the split"
                    + " looks random" + others + estimate + ".", details));
        }
    }

    /** Each column's signal: identifiers on the validation rows, proxies on them and the training sample too. */
    private List<ColumnSignal> signals() {
        List<RowSample.Row> rows = checks.sample().rows();
        List<RowSample.Row> trainingRows = training == null ? List.of() : training.sample.rows();
        List<ColumnSignal> signals = new ArrayList<>();
        List<String> columns = checks.featureColumns();
        for (int i = 0; i < columns.size(); i++) {
            signals.add(ColumnSignal.of(columns.get(i), i, rows, trainingRows, checks.task()));
        }
        return signals;
    }

    /**
     * Rule: with at least {@value #MIN_SAMPLE_ROWS} sampled rows, a column whose single-column rule
     * ({@link SingleColumnRule}) reaches the near-perfect strength ({@value #PROXY_NEAR_PERFECT} of the majority
     * rule's errors removed in classification, {@value #PROXY_NEAR_PERFECT_R2} of the variance explained in
     * regression) is a proxy of the label. Fail-level when the lower confidence bound also clears
     * {@value #PROXY_CONFIRMED} ({@value #PROXY_CONFIRMED_R2} in regression): the sample proves it; warn-level when
     * only the estimate does: the sample is too small to tell a near-perfect column from a strong one. A proxy the
     * model does not use (model mode) is at most warn-level: the data is suspect, the model is not. The id column is
     * left to the identifier check; the group and label columns are not features.
     */
    private void targetProxy(List<ColumnSignal> signals, List<Finding> findings) {
        String id = "leakage.target-proxy";
        boolean regression = checks.task() == Task.REGRESSION;
        double nearPerfect = regression ? PROXY_NEAR_PERFECT_R2 : PROXY_NEAR_PERFECT;
        double confirmed = regression ? PROXY_CONFIRMED_R2 : PROXY_CONFIRMED;
        List<Map<String, Object>> proxies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ChecksOptions options = checks.options();
        Set<String> used = usedColumns();
        Severity level = null;
        ColumnSignal strongest = null;
        for (ColumnSignal signal : signals) {
            String column = signal.column();
            double strength = signal.proxy().strength();
            if (column.equals(options.idColumn()) || column.equals(options.groupColumn())
                    || column.equals(options.labelColumn()) || signal.rows() < MIN_SAMPLE_ROWS
                    || Double.isNaN(strength)) {
                continue;
            }
            if (strongest == null || strength > strongest.proxy().strength()) {
                strongest = signal;
            }
            if (!(strength >= nearPerfect)) {
                continue;
            }
            boolean proven = signal.proxy().lowerBound() >= confirmed;
            boolean modelMayUse = !checks.facts().known() || used.contains(column);
            Severity columnLevel = proven && modelMayUse ? Severity.FAIL : Severity.WARN;
            level = level == null || columnLevel == Severity.FAIL ? columnLevel : level;
            names.add("'" + column + "' " + strengthText(signal.proxy(), regression)
                    + (proven ? "" : " (" + signal.proxyRows() + " rows cannot confirm it: at least "
                    + Finding.percent(Math.max(0, signal.proxy().lowerBound())) + " with 95% confidence)"));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", column);
            entry.put("strength", strength);
            entry.put("lowerBound", signal.proxy().lowerBound());
            entry.put("confirmed", proven);
            entry.put("bins", signal.proxy().bins());
            entry.put("sampledRows", signal.proxyRows());
            proxies.add(entry);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measure", regression ? "varianceExplained" : "balancedAccuracy");
        details.put("nearPerfect", nearPerfect);
        details.put("confirmedAbove", confirmed);
        details.put("columns", proxies);
        if (strongest != null) {
            details.put("strongestColumn", strongest.column());
            details.put("strongestStrength", strongest.proxy().strength());
        }
        if (proxies.isEmpty()) {
            findings.add(Finding.pass(id, "No single column predicts the label on its own"
                    + (strongest == null ? "." : "; the strongest, '" + strongest.column() + "', "
                    + strengthText(strongest.proxy(), regression) + " (near-perfect would be "
                    + Finding.percent(nearPerfect) + ")."), details));
            return;
        }
        String subject = names.size() > 1 ? "The columns " : "The column ";
        findings.add(Finding.of(id, level, subject + String.join("; ", names) + ": "
                + (level == Severity.FAIL ? "almost a copy of the label" : "possibly a copy of the label")
                + ". Check that " + (names.size() > 1 ? "they are" : "it is") + " known before the label is.",
                details));
    }

    private static String strengthText(SingleColumnRule rule, boolean regression) {
        return regression
                ? "explains " + Finding.percent(Math.max(0, rule.strength())) + " of the target's variance on its own"
                : "alone tells the classes apart with a balanced accuracy of "
                        + Finding.percent(rule.strength()) + " (chance: " + Finding.percent(1 - rule.baseError())
                        + ")";
    }


    /**
     * Rule: a column is identifier-like when it holds whole numbers that strictly rise or fall with the row order
     * (all rows), when its sampled values are distinct text, or when they are distinct whole numbers and its name
     * says it is an id ({@code id}, {@code customer_id}, {@code rowNumber}...): distinct whole numbers alone are
     * often measurements (wine's proline). It is flagged when the model uses it as a feature (fail-level) or when
     * its order goes with the label: a rank test ({@link RankAssociation}) with p below {@value #ID_ALPHA} divided by
     * the number of identifier-like columns (warn-level). A shuffled id then warns in 1 of 1,000 evaluations. The
     * time column is exempt: being ordered is its job.
     */
    private void identifierColumn(List<ColumnSignal> signals, List<Finding> findings) {
        String id = "leakage.identifier-column";
        Set<String> used = usedColumns();
        List<Integer> candidates = new ArrayList<>();
        boolean[] ordered = new boolean[signals.size()];
        for (int i = 0; i < signals.size(); i++) {
            ColumnSignal signal = signals.get(i);
            if (signal.column().equals(checks.options().timeColumn())
                    || signal.column().equals(checks.options().labelColumn()) || signal.rows() < MIN_SAMPLE_ROWS) {
                continue;
            }
            // Whole numbers only: data sorted by a real-valued measurement is not an identifier.
            ordered[i] = checks.monotonic(i).monotonic(MIN_SAMPLE_ROWS) && signal.integral();
            boolean unique = signal.unique() && (!signal.numeric() || signal.integral() && namedLikeAnId(signal.column()));
            if (ordered[i] || unique) {
                candidates.add(i);
            }
        }
        double alpha = ID_ALPHA / Math.max(1, candidates.size());
        List<Map<String, Object>> flagged = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean usedByModel = false;
        for (int i : candidates) {
            ColumnSignal signal = signals.get(i);
            boolean uses = used.contains(signal.column());
            boolean associated = signal.idRankP() < alpha;
            if (!uses && !associated) {
                continue;
            }
            usedByModel |= uses;
            String why = (ordered[i] ? "rises or falls with the row order" : "is unique per row")
                    + (uses ? " and is a model feature" : " and its order goes with the label (rank test p = "
                    + Finding.pValue(signal.idRankP()) + ")");
            names.add(signal.column() + " " + why);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", signal.column());
            entry.put("monotonic", ordered[i]);
            entry.put("unique", signal.unique());
            entry.put("modelFeature", uses);
            entry.put("rankTestP", signal.idRankP());
            flagged.add(entry);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("columns", flagged);
        details.put("alpha", alpha);
        if (flagged.isEmpty()) {
            findings.add(Finding.pass(id, "No identifier-like column (unique per row or ordered with the rows)"
                    + " carries signal.", details));
        } else {
            findings.add(Finding.of(id, usedByModel ? Severity.FAIL : Severity.WARN, "Identifier-like column"
                    + (names.size() > 1 ? "s: " : ": ") + String.join("; ", names)
                    + ", so the model can learn the row order or the id instead of the task.", details));
        }
    }

    /** {@code id}, {@code ID}, {@code row_id}, {@code customerId}, {@code key}, {@code uuid}, {@code index}... */
    static boolean namedLikeAnId(String column) {
        return ID_WORD.matcher(column).find() || ID_CAMEL.matcher(column).find();
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
