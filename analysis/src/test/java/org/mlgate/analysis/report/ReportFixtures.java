package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.data.DataInfo;
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
        return all;
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
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("confusionPairs", List.of(
                ordered("actual", "fraud", "predicted", "legit", "count", 100, "share", 0.4464),
                ordered("actual", "legit", "predicted", "fraud", "count", 76, "share", 0.0428)));
        errors.put("confidentMistakes", List.of(
                mistake(1841, "fraud", "legit", 0.991, "amount=12.5, country=NL"),
                mistake(77, "legit", "fraud", 0.987, "amount=9800.0, country=US"),
                mistake(1203, "fraud", "legit", 0.962, "amount=3.99, country=DE")));
        errors.put("weakSlices", List.of(
                slice("country", "BR", 143, "recall", 0.3125),
                slice("channel", "mobile", 611, "recall", 0.4444)));
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
                binaryCurves(), errors, checks, rules, notes, "fail", List.of());
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
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("confusionPairs", List.of(
                ordered("actual", "neutral", "predicted", "negative", "count", 45),
                ordered("actual", "neutral", "predicted", "positive", "count", 40),
                ordered("actual", "negative", "predicted", "neutral", "count", 38)));
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
                        Map.of())),
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
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("largestResiduals", List.of(
                ordered("line", 311, "actual", 2450.0, "predicted", 620.0, "residual", 1830.0),
                ordered("line", 1207, "actual", 95.0, "predicted", 1402.5, "residual", -1307.5)));
        errors.put("weakSlices", List.of(slice("district", "harbour", 87, "mae", 214.2)));
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
                rules, List.of("mape divides by max(|y|, machine epsilon) as scikit-learn does."), "pass", List.of());
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
        errors.put("weakSlices", List.of(ordered("column", "<img src=x onerror=alert(2)>", "value", QUOTES,
                "rows", 4, "metric", "accuracy", "actual", 0.25)));
        errors.put(SCRIPT, "</table><script>alert(4)</script>");
        return new Report(Report.SCHEMA_VERSION, "classification",
                new ModelInfo("models/\"&'<b>bold</b>.model", SHA, "com.example.<Evil>Model", null, null, null, null),
                new DataInfo("data/<script>alert(5)</script>.csv", SHA, 8, 0, null), evilLabel, metrics, classes,
                new ConfusionMatrix(List.of(evilLabel, quoteLabel), new long[][] {{2, 1}, {1, 4}}), Map.of(),
                Curves.none(), errors,
                List.of(new CheckResult("data.<b>column</b>", "warn", "Column '" + SCRIPT + "' is constant.",
                        Map.of("column", SCRIPT))),
                List.of(new RuleResult("CLASS", evilLabel, "recall", 0.5, 0.8, null, "fail",
                        "Rule violated for CLASS '" + evilLabel + "': recall is 0.50, but expected minimum is 0.80")),
                List.of("aucRoc is undefined: only one class ('" + evilLabel + "') has scores " + QUOTES + ".",
                        "averagePrecision is undefined: the model gives no probabilities.",
                        "| a | table | `injection` <img src=x onerror=alert(6)>"),
                "fail", List.of());
    }

    /** Error objects keep their key order, as the error analysis writes them. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> mistake(int line, String actual, String predicted, double probability,
                                               String cells) {
        Map<String, Object> mistake = new LinkedHashMap<>();
        mistake.put("line", line);
        mistake.put("actual", actual);
        mistake.put("predicted", predicted);
        mistake.put("probability", probability);
        mistake.put("cells", cells);
        return mistake;
    }

    private static Map<String, Object> slice(String column, String value, int rows, String metric, double actual) {
        Map<String, Object> slice = new LinkedHashMap<>();
        slice.put("column", column);
        slice.put("value", value);
        slice.put("rows", rows);
        slice.put("metric", metric);
        slice.put("actual", actual);
        return slice;
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
