package org.mlgate.analysis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.diagnostics.Fit;
import org.mlgate.analysis.diagnostics.Folds;
import org.mlgate.analysis.diagnostics.Importance;
import org.mlgate.analysis.errors.ConfidentMistake;
import org.mlgate.analysis.errors.ConfusionPair;
import org.mlgate.analysis.errors.ErrorAnalysis;
import org.mlgate.analysis.errors.LargestResidual;
import org.mlgate.analysis.errors.ResidualQuantiles;
import org.mlgate.analysis.errors.SliceCondition;
import org.mlgate.analysis.errors.SliceResult;
import org.mlgate.analysis.errors.WeakSlice;
import org.mlgate.analysis.metrics.CalibrationBin;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.ConfusionMatrix;
import org.mlgate.analysis.metrics.CurvePoint;
import org.mlgate.analysis.metrics.Curves;
import org.mlgate.analysis.metrics.Interval;
import org.mlgate.analysis.model.ModelInfo;

/**
 * Reports shaped like the ones the pipeline builds, for the writers' tests and for {@link HtmlPreview}. The numbers
 * are consistent where a reader would notice (the confusion matrix gives the accuracy), otherwise only plausible.
 */
final class ReportFixtures {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String QUOTES = "\"&'";

    private ReportFixtures() {
    }

    /** Every fixture by a short name, in a stable order. */
    static Map<String, Report> all() {
        Map<String, Report> all = new LinkedHashMap<>();
        all.put("binary", binary());
        all.put("four-class", fourClass());
        all.put("regression", regression());
        all.put("hostile", hostile());
        all.put("diagnosed", diagnosed());
        all.put("hostile-diagnostics", hostileDiagnostics());
        return all;
    }

    /**
     * The binary fraud model with every diagnostic of issue 12: permutation importance with a baseline comparison
     * and the model's own weights, the fit on training rows (high variance), five cross-validation folds, an
     * inconclusive limit that warns, and why the gate failed.
     */
    static Report diagnosed() {
        Report binary = binary();
        Importance importance = new Importance(Importance.PERMUTATION, "How much worse accuracy gets when a column's"
                + " values are shuffled among 2000 validation rows and the rows are scored again (mean of 3"
                + " shuffles); positive: the model relies on the column; 95% bootstrap intervals.",
                List.of("accuracy"), 2000, 2000, 3, 100, 0.95, List.of(
                        feature("amount", 1, 0.0612, 0.0491, 0.0733, true),
                        feature("country", 2, 0.0214, 0.0129, 0.0299, true),
                        feature("hour", 3, 0.0031, -0.0012, 0.0074, true),
                        feature("channel", 4, 0.0008, -0.0021, 0.0037, true),
                        feature("customer_id", 5, 0, 0.0, 0.0, false)),
                new Importance.ModelImportance("org.tribuo.classification.sgd.linear.LinearSGDModel",
                        "As the model reports them (Tribuo getTopFeatures): the weights of the linear model per class.",
                        Map.of("fraud", List.of(new Importance.Weight("amount", 2.31),
                                new Importance.Weight("country@BR", 1.12)))),
                new Importance.RankChanges("baseline/report.json", "accuracy", Importance.PERMUTATION, List.of(
                        new Importance.RankChange("country", 2, 4, 2, 0.0214, 0.002),
                        new Importance.RankChange("hour", 3, 2, -1, 0.0031, 0.011),
                        new Importance.RankChange("amount", 1, 1, 0, 0.0612, 0.058),
                        new Importance.RankChange("customer_id", 5, null, null, 0.0, null)),
                        List.of("1 column is new in this run.")),
                List.of());
        Map<String, Fit.Comparison> fitMetrics = new LinkedHashMap<>();
        fitMetrics.put("accuracy", new Fit.Comparison(0.991, new Interval(0.987, 0.995, 0.95), 0.912,
                new Interval(0.897, 0.926, 0.95), 0.912 - 0.991, new Interval(-0.095, -0.064, 0.95)));
        fitMetrics.put("errorRate", new Fit.Comparison(0.009, new Interval(0.005, 0.013, 0.95), 0.088,
                new Interval(0.074, 0.103, 0.95), 0.079, new Interval(0.064, 0.095, 0.95)));
        Fit fit = new Fit("data/train.csv", 8000, "errorRate", 0.009, 0.088, 0.079, new Interval(0.064, 0.095, 0.95),
                "majority class", null, 0.112, 0.0804, 0.7054, Fit.HIGH_VARIANCE, false, true,
                "High variance: the error rate is 0.088 on the validation rows against 0.009 on the training rows"
                        + " (gap +0.079, 95% interval +0.064 to +0.095), 71% of the error a model could remove."
                        + " Try more training data, more regularisation, or fewer features.", fitMetrics, List.of());
        List<Folds.Fold> foldList = new ArrayList<>();
        double[] accuracies = {0.921, 0.905, 0.93, 0.889, 0.915};
        for (int f = 0; f < accuracies.length; f++) {
            foldList.add(new Folds.Fold(Integer.toString(f + 1), 400, ordered2("accuracy", accuracies[f], "aucRoc",
                    0.92 + f * 0.004, "f1", 0.55 + f * 0.01)));
        }
        Map<String, Folds.AcrossFolds> across = new LinkedHashMap<>();
        across.put("accuracy", new Folds.AcrossFolds(0.912, 0.912, 0.0156, new Interval(0.8926, 0.9314, 0.95), 0.889,
                "4", 0.93, "3", 0.889, "4", 5));
        across.put("aucRoc", new Folds.AcrossFolds(0.9312345678, 0.928, 0.0063, new Interval(0.9202, 0.9358, 0.95),
                0.92, "1", 0.936, "5", 0.92, "1", 5));
        across.put("f1", new Folds.AcrossFolds(0.5849, 0.57, 0.0158, new Interval(0.5504, 0.5896, 0.95), 0.55, "1",
                0.59, "5", 0.55, "1", 5));
        Folds folds = new Folds("fold", 2000, 0, List.copyOf(foldList), across, List.of());
        List<RuleResult> rules = new ArrayList<>(binary.rules());
        rules.set(0, new RuleResult("MODEL", null, "accuracy", 0.912, 0.9, null, "warn", "Rule inconclusive for"
                + " MODEL: accuracy is 0.912, within minimum 0.90; inconclusive: the limit lies within the 95% interval"
                + " 0.897 to 0.926, and these rows detect differences of 0.015 or more; about 1,125 more rows like"
                + " these would decide it (onInconclusive=warn)", new Interval(0.897, 0.926, 0.95), 0.015, false,
                1125L));
        WhyFailed why = new WhyFailed("The gate failed on 1 rule. CLASS 'fraud': recall is 0.55, 0.25 below the"
                + " minimum 0.80; its rows went to 'legit' (100 rows, 45% of its rows).", List.of(
                new WhyFailed.Explanation("CLASS", "fraud", "recall", "limit", 0.5536, 0.8, 0.2464, false,
                        List.of(new WhyFailed.Contribution("fraud \u2192 legit", 100, null, 0.4464, null)), List.of(),
                        "CLASS 'fraud': recall is 0.55, 0.25 below the minimum 0.80; its rows went to 'legit' (100"
                                + " rows, 45% of its rows).")));
        Map<String, Double> metrics = new LinkedHashMap<>(binary.metrics());
        metrics.put("generalizationGap", 0.079);
        Map<String, Interval> intervals = new LinkedHashMap<>(binary.intervals());
        intervals.put("generalizationGap", new Interval(0.064, 0.095, 0.95));
        List<CheckResult> checks = new ArrayList<>(binary.checks());
        checks.add(new CheckResult("diagnostics.fit", "warn", fit.message(), ordered("diagnosis", fit.diagnosis(),
                "metric", "errorRate", "trainingError", 0.009, "validationError", 0.088)));
        return new Report(binary.schemaVersion(), binary.task(), binary.model(), binary.data(),
                binary.positiveLabel(), metrics, binary.classes(), binary.confusionMatrix(), intervals,
                binary.curves(), binary.errors(), checks, rules, binary.notes(), binary.verdict(), binary.slices(),
                null, null, null, null, importance, fit, folds, why);
    }

    /** The diagnostics with markup wherever the data reaches them: column, fold and class names. */
    static Report hostileDiagnostics() {
        Report hostile = hostile();
        Importance importance = new Importance(Importance.ERROR_ASSOCIATION, "desc " + SCRIPT,
                List.of(Importance.ERROR_VARIANCE_EXPLAINED), 8, 8, null, 0, null,
                List.of(feature(SCRIPT, 1, 0.2, null, null, null), feature(QUOTES + "|`x`", 2, -0.01, null, null,
                        null)), null, null, List.of());
        Folds folds = new Folds(SCRIPT, 8, 0, List.of(new Folds.Fold(SCRIPT, 4, ordered2("accuracy", 0.5, "f1",
                0.5)), new Folds.Fold(QUOTES, 4, ordered2("accuracy", 1.0, "f1", 1.0))),
                Map.of("accuracy", new Folds.AcrossFolds(0.75, 0.75, 0.35, new Interval(-2.4, 3.9, 0.95), 0.5,
                        SCRIPT, 1.0, QUOTES, 0.5, SCRIPT, 2)), List.of(SCRIPT));
        WhyFailed why = new WhyFailed("The gate failed on 1 rule. " + SCRIPT, List.of());
        return hostile.withDiagnostics(importance, null, folds).withWhyFailed(why);
    }

    private static Importance.Feature feature(String column, int rank, double value, Double lower, Double upper,
                                              Boolean used) {
        return new Importance.Feature(column, rank, Map.of(lower == null && used == null
                ? Importance.ERROR_VARIANCE_EXPLAINED : "accuracy", new Importance.Score(value, lower, upper)), used);
    }

    private static Map<String, Double> ordered2(Object... keysAndValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
        }
        return map;
    }

    /** A failing binary fraud model: intervals, curves, a failed CLASS rule, a warning and a failing check. */
    static Report binary() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", 0.912);
        metrics.put("balancedAccuracy", 0.7554);
        metrics.put("errorRate", 0.088);
        metrics.put("precision", 0.62);
        metrics.put("recall", 0.5535714285714286);
        metrics.put("f1", 0.5849056603773585);
        metrics.put("macroPrecision", 0.7822);
        metrics.put("macroRecall", 0.7554);
        metrics.put("macroF1", 0.7676);
        metrics.put("mcc", 0.5374);
        metrics.put("cohenKappa", 0.5356);
        metrics.put("aucRoc", 0.9312345678);
        metrics.put("averagePrecision", 0.6841);
        metrics.put("logLoss", 0.2417);
        metrics.put("brier", 0.0702);
        metrics.put("expectedCalibrationError", 0.0311);
        Map<String, ClassMetrics> classes = new LinkedHashMap<>();
        classes.put("legit", new ClassMetrics(1776, 0.9444, 0.9572, 0.9508, 0.9312345678, 0.9902));
        classes.put("fraud", new ClassMetrics(224, 0.62, 0.5535714285714286, 0.5849056603773585, 0.9312345678,
                0.6841));
        Map<String, Interval> intervals = new LinkedHashMap<>();
        intervals.put("accuracy", new Interval(0.897, 0.926, 0.95));
        intervals.put("f1", new Interval(0.5312, 0.6377, 0.95));
        intervals.put("aucRoc", new Interval(0.9145, 0.9468, 0.95));
        WeakSlice brazil = new WeakSlice("country = BR and channel = mobile",
                List.of(equalTo("country", "BR"), equalTo("channel", "mobile")), 143, 0.3077, null, null, 0.088, 3.4966,
                31.42, 1.2e-19, 4.1e-17);
        WeakSlice young = new WeakSlice("age <= 22", List.of(new SliceCondition("age", "range", null, null, 22.0)),
                211, 0.1659, null, null, 0.088, 1.8853, 16.44, 0.00011, 0.0031);
        WeakSlice night = new WeakSlice("hour in (0, 5]", List.of(new SliceCondition("hour", "range", null, 0.0, 5.0)),
                98, 0.1837, null, null, 0.088, 2.0875, 9.38, 0.0009, 0.0174);
        WeakSlice app = new WeakSlice("channel = app", List.of(equalTo("channel", "app")), 377, 0.1194, null,
                null, 0.088, 1.3568, 11.84, 0.0021, 0.0305);
        Map<String, Object> errors = errorsOf(new ErrorAnalysis("classification",
                List.of(new ConfusionPair("fraud", "legit", 100, 100 / 176.0, 0.7312, List.of(17L, 40L, 85L, 311L, 530L)),
                        new ConfusionPair("legit", "fraud", 76, 76 / 176.0, 0.6604, List.of(9L, 77L, 204L))),
                List.of(new ConfidentMistake(1841, null, "fraud", "legit", 0.991,
                                features("amount", "12.5", "country", "NL", "channel", "web", "hour", "14")),
                        new ConfidentMistake(77, null, "legit", "fraud", 0.987,
                                features("amount", "9800.0", "country", "US", "channel", "app", "hour", "3")),
                        new ConfidentMistake(1203, null, "fraud", "legit", 0.962,
                                features("amount", "3.99", "country", "DE", "channel", "mobile", "hour", "22"))),
                List.of(), null, List.of(brazil, young, night, app), 58,
                List.of("58 candidate slices were tested (single columns and pairs of columns, at least 30 rows each);"
                        + " weak slices have a Benjamini-Hochberg q-value below 0.05 across all of them.")));
        List<SliceResult> slices = List.of(
                configured("channel", "web", 1012, 0.9397, 0.9242, 0.9531),
                configured("channel", "mobile", 611, 0.8953, 0.8691, 0.9182),
                configured("channel", "app", 377, 0.8806, 0.8462, 0.9098),
                configured("country", "NL", 802, 0.9289, 0.9102, 0.9451),
                configured("country", "BR", 143, 0.8112, 0.7399, 0.8671),
                discovered(brazil), discovered(young));
        List<CheckResult> checks = List.of(
                new CheckResult("leakage.same-data-as-training", "pass",
                        "The validation data differs from the training data recorded in the model.", Map.of()),
                new CheckResult("imbalance.class-ratio", "warn",
                        "Class 'fraud' is 11.2% of the rows; accuracy alone says little here.",
                        Map.of("minorityShare", 0.112)),
                new CheckResult("data.duplicate-rows", "fail",
                        "312 validation rows (15.6%) also appear in the training data: the metrics are optimistic.",
                        Map.of("duplicates", 312)));
        List<RuleResult> rules = List.of(
                new RuleResult("MODEL", null, "accuracy", 0.912, 0.9, null, "pass", "accuracy is 0.912, minimum 0.90"),
                new RuleResult("MODEL", null, "aucRoc", 0.9312345678, 0.85, null, "pass",
                        "aucRoc is 0.931, minimum 0.85"),
                new RuleResult("CLASS", "fraud", "recall", 0.5535714285714286, 0.8, null, "fail",
                        "Rule violated for CLASS 'fraud': recall is 0.55, but expected minimum is 0.80"));
        List<String> notes = List.of(
                "3 rows were skipped as bad (onBadRow=skip): lines 17, 902 and 1555 have an empty label.",
                "Positive label 'fraud' is the minority class of the validation data.",
                "Calibration bin [0.8, 0.9) is empty.");
        return new Report(Report.SCHEMA_VERSION, "classification",
                new ModelInfo("models/fraud-sgd.model", SHA, "org.tribuo.classification.sgd.linear.LinearSGDModel",
                        "4.3.2", "data/train.csv", SHA.replace('9', '1'), false),
                new DataInfo("data/validation.csv", SHA.replace('f', 'e'), 2000, 3, null), "fraud", metrics, classes,
                new ConfusionMatrix(List.of("legit", "fraud"), new long[][] {{1700, 76}, {100, 124}}), intervals,
                binaryCurves(), errors, checks, rules, notes, "fail", slices);
    }

    /** A passing four-class model with probabilities; one class is never predicted. */
    static Report fourClass() {
        List<String> labels = List.of("negative", "neutral", "positive", "mixed");
        long[][] counts = {{410, 38, 12, 0}, {45, 301, 40, 0}, {9, 33, 452, 0}, {14, 21, 25, 0}};
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", 0.8115);
        metrics.put("balancedAccuracy", 0.6503);
        metrics.put("macroPrecision", 0.6162);
        metrics.put("macroRecall", 0.6503);
        metrics.put("macroF1", 0.6318);
        metrics.put("weightedF1", 0.7874);
        metrics.put("aucRoc", 0.9021);
        metrics.put("aucRocWeighted", 0.9166);
        metrics.put("aucRocOvo", 0.8987);
        metrics.put("averagePrecision", 0.7433);
        metrics.put("logLoss", 0.5521);
        metrics.put("brier", 0.2764);
        metrics.put("expectedCalibrationError", 0.0412);
        Map<String, ClassMetrics> classes = new LinkedHashMap<>();
        classes.put("negative", new ClassMetrics(460, 0.8577, 0.8913, 0.8742, 0.9432, 0.8833));
        classes.put("neutral", new ClassMetrics(386, 0.7453, 0.7798, 0.7621, 0.8891, 0.7712));
        classes.put("positive", new ClassMetrics(494, 0.8614, 0.9150, 0.8874, 0.9512, 0.9123));
        classes.put("mixed", new ClassMetrics(60, 0.0, 0.0, 0.0, 0.8249, 0.4064));
        Map<String, Interval> intervals = new LinkedHashMap<>();
        intervals.put("accuracy", new Interval(0.7911, 0.8316, 0.95));
        intervals.put("macroF1", new Interval(0.6102, 0.6533, 0.95));
        Map<String, Object> errors = errorsOf(new ErrorAnalysis("classification",
                List.of(new ConfusionPair("neutral", "negative", 45, 45 / 264.0, 0.61, List.of(12L, 31L)),
                        new ConfusionPair("neutral", "positive", 40, 40 / 264.0, 0.58, List.of(4L)),
                        new ConfusionPair("negative", "neutral", 38, 38 / 264.0, 0.55, List.of(101L, 102L, 230L))),
                List.of(), List.of(), null, List.of(), 41,
                List.of("41 candidate slices were tested; none has a q-value below 0.05.")));
        List<RuleResult> rules = List.of(
                new RuleResult("MODEL", null, "macroF1", 0.6318, 0.6, null, "pass", "macroF1 is 0.632, minimum 0.60"),
                new RuleResult("MODEL", null, "logLoss", 0.5521, null, 0.7, "pass", "logLoss is 0.552, maximum 0.70"));
        return new Report(Report.SCHEMA_VERSION, "classification",
                new ModelInfo("target/sentiment.model", SHA, "org.tribuo.classification.dtree.TreeModel", "4.3.2",
                        null, null, null),
                new DataInfo("src/test/resources/reviews-validation.csv.gz", SHA, 1400, 0, null), null, metrics, classes,
                new ConfusionMatrix(labels, counts), intervals,
                new Curves(List.of(), List.of(), calibration(0.9)), errors,
                List.of(new CheckResult("imbalance.class-ratio", "pass", "The smallest class is 4.3% of the rows.",
                                Map.of()),
                        new CheckResult("imbalance.majority-baseline", "pass", "The model clearly beats the majority"
                                + " baseline: the model's accuracy 0.8115, while always predicting 'positive' scores"
                                + " accuracy 0.3529.",
                                ordered("baselineAccuracy", 494 / 1400.0, "majorityClass", "positive",
                                        "modelAccuracy", 0.8115, "requiredMargin", 0.0256))),
                rules,
                List.of("Precision of class 'mixed' is 0: the model never predicts it (zero denominator).",
                        "F1 of class 'mixed' is 0 because its precision and recall are 0."),
                "pass", List.of());
    }

    /** A passing regression model: no classes, no confusion matrix, no curves. */
    static Report regression() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("mse", 12345.678);
        metrics.put("rmse", 111.1111);
        metrics.put("mae", 78.25);
        metrics.put("r2", 0.8731);
        metrics.put("medianAbsoluteError", 51.5);
        metrics.put("maxError", 1830.0);
        metrics.put("mape", 0.1432);
        metrics.put("explainedVariance", 0.8744);
        Map<String, Interval> intervals = new LinkedHashMap<>();
        intervals.put("rmse", new Interval(98.42, 124.9, 0.95));
        intervals.put("r2", new Interval(0.8512, 0.8933, 0.9));
        WeakSlice harbour = new WeakSlice("district = harbour", List.of(equalTo("district", "harbour")), 87, null,
                214.2, null, 78.25, 2.7374, 11834.0, 3.1e-8, 1.9e-6);
        WeakSlice large = new WeakSlice("rooms > 6", List.of(new SliceCondition("rooms", "range", null, 6.0, null)),
                132, null, 151.9, null, 78.25, 1.9412, 9721.8, 0.0004, 0.012);
        Map<String, Object> errors = errorsOf(new ErrorAnalysis("regression", List.of(), List.of(),
                List.of(new LargestResidual(311, "H-0311", 2450.0, 620.0, 1830.0,
                                features("district", "harbour", "rooms", "9", "area", "310.5")),
                        new LargestResidual(1207, "H-1207", 95.0, 1402.5, -1307.5,
                                features("district", "centre", "rooms", "2", "area", "41"))),
                new ResidualQuantiles(1500, -1307.5, -118.2, -38.4, 4.1, 45.3, 131.7, 1830.0, true),
                List.of(harbour, large), 36, List.of()));
        List<SliceResult> slices = List.of(
                new SliceResult("district=centre", "district = centre", List.of(equalTo("district", "centre")), false,
                        610, Map.of("mae", 61.2, "rmse", 88.0, "r2", 0.91),
                        Map.of("mae", new Interval(55.1, 67.9, 0.95))),
                new SliceResult("district=harbour", "district = harbour", List.of(equalTo("district", "harbour")),
                        false, 87, Map.of("mae", 214.2, "rmse", 402.0, "r2", 0.52),
                        Map.of("mae", new Interval(160.4, 270.3, 0.95))),
                discovered(large));
        List<RuleResult> rules = List.of(
                new RuleResult("MODEL", null, "rmse", 111.1111, null, 150.0, "pass", "rmse is 111.1, maximum 150"),
                new RuleResult("MODEL", null, "r2", 0.8731, 0.8, null, "pass", "r2 is 0.873, minimum 0.80"));
        return new Report(Report.SCHEMA_VERSION, "regression",
                new ModelInfo("models/house-prices.model", SHA, "org.tribuo.regression.sgd.linear.LinearSGDModel",
                        "4.3.2", "data/houses.csv", SHA, true),
                new DataInfo("data/houses-validation.csv", SHA, 1500, 0, null), null, metrics, Map.of(), null, intervals,
                Curves.none(), errors,
                List.of(new CheckResult("leakage.same-data-as-training", "pass",
                        "The model was trained on a split of data/houses.csv; a shared hash is a legitimate split.",
                        Map.of())),
                rules, List.of("mape divides by max(|y|, machine epsilon) as scikit-learn does."), "pass", slices);
    }

    /**
     * A binary report whose every string a user controls is hostile: labels, column names, paths, messages and
     * notes carry markup, quotes, ampersands, Markdown table pipes and backticks.
     */
    static Report hostile() {
        String evilLabel = SCRIPT;
        String quoteLabel = QUOTES + "|`x`";
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", 0.75);
        metrics.put("f1", 0.5);
        metrics.put("aucRoc", null);
        metrics.put("averagePrecision", null);
        Map<String, ClassMetrics> classes = new LinkedHashMap<>();
        classes.put(evilLabel, new ClassMetrics(3, 0.5, 0.5, 0.5, null, null));
        classes.put(quoteLabel, new ClassMetrics(5, 0.8, 0.8, 0.8, null, null));
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("confusionPairs", List.of(ordered("actual", evilLabel, "predicted", quoteLabel, "count", 1,
                "shareOfErrors", 0.5, "meanConfidence", 0.9, "examples", List.of(SCRIPT, "<b>id</b>"))));
        errors.put("confidentMistakes", List.of(ordered("row", 3, "id", "<b>row</b>", "actual", evilLabel,
                "predicted", quoteLabel, "probability", 0.9,
                "features", ordered(SCRIPT, "<img src=x onerror=alert(7)>", "plain", QUOTES))));
        // An older shape, which the typed view cannot read: it falls back to a generic table.
        errors.put("weakSlices", List.of(ordered("column", "<img src=x onerror=alert(2)>", "value", QUOTES,
                "rows", 4, "metric", "accuracy", "actual", 0.25)));
        errors.put(SCRIPT, "</table><script>alert(4)</script>");
        return new Report(Report.SCHEMA_VERSION, "classification",
                new ModelInfo("models/\"&'<b>bold</b>.model", SHA, "com.example.<Evil>Model", null, null, null, null),
                new DataInfo("data/<script>alert(5)</script>.csv", SHA, 8, 0, null), evilLabel, metrics, classes,
                new ConfusionMatrix(List.of(evilLabel, quoteLabel), new long[][] {{2, 1}, {1, 4}}), Map.of(),
                Curves.none(), errors,
                List.of(new CheckResult("data.<b>column</b>", "warn", "Column '" + SCRIPT + "' is constant.",
                        ordered("column", SCRIPT, "counts", ordered(SCRIPT, 3), "examples",
                                List.of(ordered("<b>k</b>", "<img src=x onerror=alert(8)>"))))),
                List.of(new RuleResult("CLASS", evilLabel, "recall", 0.5, 0.8, null, "fail",
                        "Rule violated for CLASS '" + evilLabel + "': recall is 0.50, but expected minimum is 0.80")),
                List.of("aucRoc is undefined: only one class ('" + evilLabel + "') has scores " + QUOTES + ".",
                        "averagePrecision is undefined: the model gives no probabilities.",
                        "| a | table | `injection` <img src=x onerror=alert(6)>"),
                "fail", List.of(new SliceResult(SCRIPT, "<b>slice</b> = " + SCRIPT,
                        List.of(equalTo("<b>slice</b>", SCRIPT)), false, 4, Map.of("accuracy", 0.25), null)));
    }

    /** The sample projects' report.json (paths made relative): real reports of the whole pipeline. */
    static Map<String, Report> samples() {
        Map<String, Report> samples = new LinkedHashMap<>();
        for (String name : List.of("churn-predictions", "iris-species")) {
            try {
                samples.put(name, new ReportReader().read(
                        Path.of(ReportFixtures.class.getResource("/report/" + name + ".json").toURI())));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return samples;
    }

    /** The error analysis as report.json holds it (a JSON round trip, so numbers are typed as when read). */
    static Map<String, Object> errorsOf(ErrorAnalysis analysis) {
        try {
            ObjectMapper mapper = ReportJson.mapper();
            @SuppressWarnings("unchecked")
            Map<String, Object> errors = mapper.readValue(mapper.writeValueAsString(analysis), LinkedHashMap.class);
            return errors;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SliceCondition equalTo(String column, String value) {
        return new SliceCondition(column, "equals", value, null, null);
    }

    private static SliceResult configured(String column, String value, long rows, double accuracy, double lower,
                                          double upper) {
        return new SliceResult(column + "=" + value, column + " = " + value, List.of(equalTo(column, value)), false,
                rows, Map.of("accuracy", accuracy, "errorRate", 1 - accuracy),
                Map.of("accuracy", new Interval(lower, upper, 0.95)));
    }

    /** As {@link SliceResult#of}, with the intervals it lacks as null, as report.json reads back. */
    private static SliceResult discovered(WeakSlice weak) {
        SliceResult slice = SliceResult.of(weak);
        return new SliceResult(slice.name(), slice.description(), slice.conditions(), true, slice.rows(),
                slice.metrics(), null);
    }

    private static Map<String, String> features(String... namesAndValues) {
        Map<String, String> features = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            features.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return features;
    }

    /** Error objects keep their key order, as the error analysis writes them. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Curves binaryCurves() {
        List<CurvePoint> roc = new ArrayList<>();
        List<CurvePoint> precisionRecall = new ArrayList<>();
        for (int i = 0; i <= 50; i++) {
            double x = i / 50.0;
            roc.add(new CurvePoint(x, 1 - Math.pow(1 - x, 4.5), 1 - x));
            precisionRecall.add(new CurvePoint(x, 0.95 - 0.7 * Math.pow(x, 2.2), 1 - x));
        }
        return new Curves(roc, precisionRecall, calibration(0.85));
    }

    /** Ten equal-width bins; bin [0.8, 0.9) is empty, so its mean and fraction are null. */
    private static List<CalibrationBin> calibration(double slope) {
        List<CalibrationBin> bins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double lower = i / 10.0;
            double upper = (i + 1) / 10.0;
            if (i == 8) {
                bins.add(new CalibrationBin(lower, upper, 0, null, null));
            } else {
                double mean = lower + 0.05;
                bins.add(new CalibrationBin(lower, upper, 900 / (i + 1), mean, mean * slope + 0.02));
            }
        }
        return bins;
    }
}
