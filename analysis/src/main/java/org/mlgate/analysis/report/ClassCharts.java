package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.ConfusionMatrix;
import org.mlgate.analysis.metrics.CurvePoint;
import org.mlgate.analysis.metrics.Curves;
import org.mlgate.analysis.metrics.Interval;

/**
 * The per-class charts of a classification report, laid out for the HTML template: one bar chart per metric
 * (precision, recall, F1: a bar per class with its bootstrap interval as a whisker), and ROC and precision-recall
 * small multiples of the classes with the most errors.
 *
 * @param panels       one bar chart per metric, classes in the report's order
 * @param height       the bar charts' height in pixels (they grow with the classes)
 * @param curves       multi-class: the classes whose one-vs-rest curves are drawn; empty for a binary task, whose
 *                     positive class's curves the Curves section already shows
 * @param curvesNote   which classes the curves show and why, when not all of them; null when all are shown
 * @param intervalLevel the interval's coverage, such as 0.95; null when the report has no per-class intervals
 */
public record ClassCharts(List<Panel> panels, int height, List<ClassCurve> curves, String curvesNote,
                          Double intervalLevel) {

    /** Small multiples are useful up to a screenful; report.json keeps every class's curves. */
    static final int MAX_CURVES = 8;
    static final int ROW_HEIGHT = 16;
    static final int TOP = 18;
    static final double BAR_LEFT = 80;
    static final double BAR_RIGHT = 236;

    /** One metric's bars. */
    public record Panel(String metric, String label, List<Bar> bars) {
    }

    /**
     * One class's bar: {@code width} from {@link #BAR_LEFT}; {@code low}/{@code high} the whisker's x (null without an
     * interval) and {@code interval} its ends as text; {@code y} the row's top.
     */
    public record Bar(String label, Double value, double width, Double low, Double high, String interval, double y,
                      boolean weakest) {
    }

    /** One class's curves as SVG points of the small plots, with its AUC and average precision. */
    public record ClassCurve(String label, long support, long errors, Double aucRoc, Double averagePrecision,
                             List<CurvePoint> roc, List<CurvePoint> precisionRecall) {
    }

    /** The charts of a classification report; null for regression or a report without classes. */
    public static ClassCharts of(Report report) {
        Map<String, ClassMetrics> classes = report.classes();
        if (!List.of("classification", "multilabel", "anomaly").contains(String.valueOf(report.task()))
                || classes == null || classes.isEmpty()) {
            return null;
        }
        Scale scale = Scale.of(0, 1, BAR_LEFT, BAR_RIGHT);
        List<Panel> panels = new ArrayList<>();
        Double level = null;
        for (String metric : List.of("precision", "recall", "f1")) {
            List<Bar> bars = new ArrayList<>();
            double weakest = classes.values().stream().map(c -> value(c, metric)).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            int row = 0;
            for (Map.Entry<String, ClassMetrics> entry : classes.entrySet()) {
                Double value = value(entry.getValue(), metric);
                Interval interval = entry.getValue().intervals().get(metric);
                if (interval != null) {
                    level = interval.level();
                }
                bars.add(new Bar(entry.getKey(), value, value == null ? 0 : scale.px(value) - BAR_LEFT,
                        interval == null ? null : scale.px(interval.lower()),
                        interval == null ? null : scale.px(interval.upper()),
                        interval == null ? null : NumberText.of(interval.lower()) + " to "
                                + NumberText.of(interval.upper()), TOP + row * ROW_HEIGHT,
                        value != null && value == weakest && classes.size() > 2));
                row++;
            }
            panels.add(new Panel(metric, HeadlineMetric.labelOf(metric), List.copyOf(bars)));
        }
        List<ClassCurve> curves = new ArrayList<>();
        String note = null;
        Curves reportCurves = report.curves();
        if (reportCurves != null && !reportCurves.perClass().isEmpty()) {
            long[] errors = report.confusionMatrix() == null ? errorsPerLabel(report, classes)
                    : errorsPerClass(report.confusionMatrix(), classes);
            List<String> labels = new ArrayList<>(classes.keySet());
            List<ClassCurve> all = new ArrayList<>();
            for (int c = 0; c < labels.size(); c++) {
                String label = labels.get(c);
                Curves.ClassCurves classCurves = reportCurves.perClass().get(label);
                if (classCurves != null) {
                    ClassMetrics metrics = classes.get(label);
                    all.add(new ClassCurve(label, metrics.support(), errors[c], metrics.aucRoc(),
                            metrics.averagePrecision(), classCurves.roc(), classCurves.precisionRecall()));
                }
            }
            all.sort(Comparator.comparingLong(ClassCurve::errors).reversed());
            curves.addAll(all.subList(0, Math.min(MAX_CURVES, all.size())));
            if (all.size() > MAX_CURVES) {
                note = "The " + MAX_CURVES + " classes with the most errors (missed plus wrongly predicted rows) of "
                        + all.size() + "; report.json has every class's curves (curves.perClass).";
            }
        }
        return new ClassCharts(List.copyOf(panels), TOP + classes.size() * ROW_HEIGHT + 22, List.copyOf(curves),
                note, level);
    }

    private static Double value(ClassMetrics metrics, String metric) {
        return switch (metric) {
            case "precision" -> metrics.precision();
            case "recall" -> metrics.recall();
            default -> metrics.f1();
        };
    }

    /** Multi-label, per label in {@code classes}' order: its misses plus additions ({@code errors.labelErrors}). */
    private static long[] errorsPerLabel(Report report, Map<String, ClassMetrics> classes) {
        List<String> labels = new ArrayList<>(classes.keySet());
        long[] errors = new long[labels.size()];
        Object labelErrors = report.errors() == null ? null : report.errors().get("labelErrors");
        if (labelErrors instanceof List<?> list) {
            for (Object item : list) {
                JsonFields f = JsonFields.of(item);
                int at = f == null ? -1 : labels.indexOf(f.text("label"));
                if (at >= 0) {
                    errors[at] = (f.whole("missed") == null ? 0 : f.whole("missed"))
                            + (f.whole("added") == null ? 0 : f.whole("added"));
                }
            }
        }
        return errors;
    }

    /** Per class, in {@code classes}' order: its rows predicted as another class, plus rows wrongly predicted as it. */
    private static long[] errorsPerClass(ConfusionMatrix matrix, Map<String, ClassMetrics> classes) {
        List<String> labels = new ArrayList<>(classes.keySet());
        long[] errors = new long[labels.size()];
        if (matrix == null || matrix.labels() == null) {
            return errors;
        }
        for (int a = 0; a < matrix.labels().size(); a++) {
            for (int p = 0; p < matrix.labels().size(); p++) {
                if (a != p) {
                    long count = matrix.counts()[a][p];
                    int actual = labels.indexOf(matrix.labels().get(a));
                    int predicted = labels.indexOf(matrix.labels().get(p));
                    if (actual >= 0) {
                        errors[actual] += count;
                    }
                    if (predicted >= 0) {
                        errors[predicted] += count;
                    }
                }
            }
        }
        return errors;
    }
}
