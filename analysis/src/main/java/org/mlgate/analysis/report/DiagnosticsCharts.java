package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mlgate.analysis.diagnostics.Fit;
import org.mlgate.analysis.diagnostics.Folds;
import org.mlgate.analysis.diagnostics.Importance;
import org.mlgate.analysis.metrics.Interval;

/**
 * The charts of the report's Diagnostics section, laid out for the template (pixel positions computed here, from
 * numbers only): the importance bars with their intervals as whiskers, the fit's training and validation errors on
 * one axis with the target and the trivial model, and a strip of the folds' values per metric.
 *
 * @param importance null without an importance section
 * @param fit        null without a fit
 * @param folds      null without folds
 */
public record DiagnosticsCharts(ImportanceChart importance, FitChart fit, FoldChart folds) {

    /** Bars drawn at most; report.json and the table below the chart have every column. */
    static final int MAX_BARS = 20;
    /** Metrics whose folds are drawn at most. */
    static final int MAX_FOLD_METRICS = 8;
    static final double LABEL_RIGHT = 112;
    static final double PLOT_LEFT = 118;
    static final double PLOT_RIGHT = 312;
    static final int ROW = 16;
    static final int TOP = 18;

    /**
     * @param zero  x of the value 0
     * @param ticks three ticks along the axis
     * @param note  what was left out, or null
     */
    public record ImportanceChart(String metric, String label, List<Bar> bars, List<RegressionCharts.Tick> ticks,
                                 double zero, int height, String note) {
    }

    /**
     * One column's bar, from {@code zero} to {@code at}; {@code low}/{@code high} the whisker, null without an
     * interval; {@code clear} when the interval lies above 0; {@code unused} when the model ignores the column.
     */
    public record Bar(String column, int rank, String valueText, String intervalText, double from, double to,
                      Double low, Double high, double y, boolean clear, boolean unused) {
    }

    /**
     * The training and validation errors with their intervals on one axis, and reference lines at the target (or 0)
     * and at the trivial model's error.
     */
    public record FitChart(String metric, List<FitRow> rows, Double target, String targetText, Double trivial,
                           String trivialText, List<RegressionCharts.Tick> ticks, int height) {
    }

    public record FitRow(String label, String valueText, double at, Double low, Double high, double y) {
    }

    /** One strip per metric. */
    public record FoldChart(List<FoldStrip> strips, int folds, int height) {
    }

    /**
     * One metric's folds on its own axis: {@code points} the folds, {@code mean} and its interval, {@code pooled} the
     * metric on all rows; {@code lowText}/{@code highText} the axis ends.
     */
    public record FoldStrip(String metric, String label, List<FoldPoint> points, double mean, Double low, Double high,
                            Double pooled, String summary, List<RegressionCharts.Tick> ticks, double y,
                            boolean worstIsLow) {
    }

    public record FoldPoint(String fold, String valueText, double at, boolean worst) {
    }

    /** The charts of a report; null when it has no diagnostics to draw. */
    public static DiagnosticsCharts of(Report report) {
        ImportanceChart importance = importance(report.importance());
        FitChart fit = fit(report.fit());
        FoldChart folds = folds(report);
        if (importance == null && fit == null && folds == null) {
            return null;
        }
        return new DiagnosticsCharts(importance, fit, folds);
    }

    static ImportanceChart importance(Importance importance) {
        if (importance == null || importance.features() == null || importance.features().isEmpty()) {
            return null;
        }
        String metric = importance.rankedBy();
        List<Importance.Feature> shown = importance.features().stream().filter(f -> f.score(metric) != null)
                .limit(MAX_BARS).toList();
        if (shown.isEmpty()) {
            return null;
        }
        double low = 0;
        double high = 0;
        for (Importance.Feature feature : shown) {
            Importance.Score score = feature.score(metric);
            low = Math.min(low, score.lower() == null ? score.value() : Math.min(score.value(), score.lower()));
            high = Math.max(high, score.upper() == null ? score.value() : Math.max(score.value(), score.upper()));
        }
        if (!(high > low)) {
            high = low + 1e-9;
        }
        double pad = (high - low) * 0.03;
        Scale scale = Scale.of(low - (low < 0 ? pad : 0), high + pad, PLOT_LEFT, PLOT_RIGHT);
        double zero = scale.px(0);
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (Importance.Feature feature : shown) {
            Importance.Score score = feature.score(metric);
            double at = scale.px(score.value());
            bars.add(new Bar(feature.column(), feature.rank(), NumberText.of(score.value()),
                    score.lower() == null ? null : NumberText.of(score.lower()) + " to " + NumberText.of(score.upper()),
                    Math.min(zero, at), Math.max(zero, at), score.lower() == null ? null : scale.px(score.lower()),
                    score.upper() == null ? null : scale.px(score.upper()), TOP + row * ROW, score.clearlyPositive(),
                    Boolean.FALSE.equals(feature.used())));
            row++;
        }
        List<RegressionCharts.Tick> ticks = ticks(scale);
        String label = Importance.PERMUTATION.equals(importance.method())
                ? HeadlineMetric.labelOf(metric) + " lost when the column is shuffled"
                : "Share of the error's variance explained";
        String note = importance.features().size() > shown.size() ? "The " + shown.size() + " most important of "
                + importance.features().size() + " columns; the table has them all." : null;
        return new ImportanceChart(metric, label, List.copyOf(bars), ticks, zero, TOP + row * ROW + 8, note);
    }

    static FitChart fit(Fit fit) {
        if (fit == null || fit.trainingError() == null || fit.validationError() == null) {
            return null;
        }
        Fit.Comparison error = fit.metrics() == null ? null : fit.metrics().get(fit.metric());
        Interval training = error == null ? null : error.trainingInterval();
        Interval validation = error == null ? null : error.validationInterval();
        double target = fit.targetError() == null ? 0 : fit.targetError();
        double low = Math.min(target, Math.min(fit.trainingError(), fit.validationError()));
        double high = Math.max(fit.trainingError(), fit.validationError());
        for (Interval interval : new Interval[] {training, validation}) {
            if (interval != null) {
                low = Math.min(low, interval.lower());
                high = Math.max(high, interval.upper());
            }
        }
        if (fit.trivialError() != null) {
            high = Math.max(high, fit.trivialError());
        }
        Scale scale = Scale.of(Math.min(0, low), high * 1.04, PLOT_LEFT, PLOT_RIGHT);
        List<FitRow> rows = List.of(
                row("training rows", fit.trainingError(), training, scale, TOP),
                row("validation rows", fit.validationError(), validation, scale, TOP + 2 * ROW));
        return new FitChart(fit.metric(), rows, scale.px(target), NumberText.of(target),
                fit.trivialError() == null ? null : scale.px(fit.trivialError()),
                fit.trivialError() == null ? null : NumberText.of(fit.trivialError()), ticks(scale),
                TOP + 4 * ROW + 4);
    }

    private static FitRow row(String label, double value, Interval interval, Scale scale, int y) {
        return new FitRow(label, NumberText.of(value), scale.px(value),
                interval == null ? null : scale.px(interval.lower()),
                interval == null ? null : scale.px(interval.upper()), y);
    }

    static FoldChart folds(Report report) {
        Folds folds = report.folds();
        if (folds == null || folds.folds() == null || folds.folds().isEmpty() || folds.metrics() == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (HeadlineMetric metric : HeadlineMetric.of(report)) {
            names.add(metric.name());
        }
        if (report.rules() != null) {
            report.rules().stream().filter(r -> "MODEL".equals(r.scope())).forEach(r -> names.add(r.metric()));
        }
        List<FoldStrip> strips = new ArrayList<>();
        int y = 8;
        for (String name : names) {
            Folds.AcrossFolds across = folds.metrics().get(name);
            if (across == null || strips.size() == MAX_FOLD_METRICS) {
                continue;
            }
            double low = across.min();
            double high = across.max();
            if (across.interval() != null) {
                low = Math.min(low, across.interval().lower());
                high = Math.max(high, across.interval().upper());
            }
            if (across.pooled() != null) {
                low = Math.min(low, across.pooled());
                high = Math.max(high, across.pooled());
            }
            double pad = Math.max((high - low) * 0.05, 1e-9);
            Scale scale = Scale.of(low - pad, high + pad, PLOT_LEFT, PLOT_RIGHT);
            List<FoldPoint> points = new ArrayList<>();
            for (Folds.Fold fold : folds.folds()) {
                Double value = fold.metrics().get(name);
                if (value != null) {
                    points.add(new FoldPoint(fold.name(), NumberText.of(value), scale.px(value),
                            fold.name().equals(across.worstFold())));
                }
            }
            String summary = "mean " + NumberText.of(across.mean())
                    + (across.standardDeviation() == null ? "" : ", sd " + NumberText.of(across.standardDeviation()))
                    + ", worst " + NumberText.of(across.worst()) + " (fold " + across.worstFold() + ")";
            strips.add(new FoldStrip(name, HeadlineMetric.labelOf(name), List.copyOf(points), scale.px(across.mean()),
                    across.interval() == null ? null : scale.px(across.interval().lower()),
                    across.interval() == null ? null : scale.px(across.interval().upper()),
                    across.pooled() == null ? null : scale.px(across.pooled()), summary, ticks(scale), y,
                    !org.mlgate.analysis.metrics.MetricDirection.lowerIsBetter(name)));
            y += 30;
        }
        if (strips.isEmpty()) {
            return null;
        }
        return new FoldChart(List.copyOf(strips), folds.folds().size(), y + 4);
    }

    /** Round values along the axis, a step of 1, 2 or 5 times a power of ten apart: two to five of them. */
    static List<RegressionCharts.Tick> ticks(Scale scale) {
        double low = scale.domainLow();
        double high = scale.domainHigh();
        double rough = (high - low) / 3;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double normal = rough / magnitude;
        double step = (normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10) * magnitude;
        List<RegressionCharts.Tick> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(low / step); k * step <= high + step * 1e-9 && ticks.size() < 6; k++) {
            double value = k * step;
            ticks.add(new RegressionCharts.Tick(scale.px(value), NumberText.of(Math.abs(value) < step * 1e-9 ? 0
                    : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", value)))));
        }
        return List.copyOf(ticks);
    }
}
