package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mlgate.analysis.metrics.PredictionSample;

/**
 * The regression charts of the HTML report, drawn from the report's sample of (actual, predicted) pairs
 * ({@code curves.regressionSample}): predicted against actual and residual against predicted as density grids (a
 * shaded square per occupied cell, darker where more rows fall, never one dot per row), and the mean absolute error
 * by decile of the actual value. Everything is laid out here in SVG pixels; the template only draws.
 *
 * @param sampled how many rows the charts show
 * @param rows    how many rows the sample was drawn from
 */
public record RegressionCharts(int sampled, long rows, Density predictedVsActual, Density residualVsPredicted,
                               Deciles deciles) {

    /** The plot square: left and top margins and side, in the SVG's pixels. */
    static final double LEFT = 54;
    static final double TOP = 10;
    static final double SIDE = 200;
    static final int GRID = 40;

    /** A density plot: shaded cells, ticks, an optional reference line (y = x, or y = 0), what was clamped. */
    public record Density(String xLabel, String yLabel, List<Square> cells, List<Tick> xTicks, List<Tick> yTicks,
                          Line reference, int clamped) {
    }

    /** One occupied cell: top-left corner, side and opacity; {@code count} rows of the sample fall in it. */
    public record Square(double x, double y, double size, double alpha, int count) {
    }

    /** A tick at a pixel position with its value as text. */
    public record Tick(double at, String text) {
    }

    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** Bars of the mean absolute error per decile of the actual value, and the mean signed residual (bias). */
    public record Deciles(List<Decile> bars, List<Tick> yTicks) {
    }

    public record Decile(int number, double x, double y, double width, double height, String lowActual,
                         String highActual, String mae, String bias, int rows) {
    }

    /** The charts of a report with a regression sample; null otherwise (or with fewer than 10 sampled rows). */
    public static RegressionCharts of(Report report) {
        if (report.curves() == null || report.curves().regressionSample() == null) {
            return null;
        }
        PredictionSample.Sample sample = report.curves().regressionSample();
        int n = sample.size();
        if (n < 10) {
            return null;
        }
        double[] actual = sample.actual().stream().mapToDouble(Double::doubleValue).toArray();
        double[] predicted = sample.predicted().stream().mapToDouble(Double::doubleValue).toArray();
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = actual[i] - predicted[i];
        }
        double low = Math.min(min(actual), min(predicted));
        double high = Math.max(max(actual), max(predicted));
        Scale x = Scale.of(low, high, LEFT, LEFT + SIDE);
        Scale y = Scale.of(low, high, TOP + SIDE, TOP);
        Density versus = density("actual", "predicted", actual, predicted, x, y,
                new Line(x.px(low), y.px(low), x.px(high), y.px(high)));

        // Residuals: a symmetric range that holds 99% of them; the rest are drawn at the edge and counted.
        double[] sorted = residual.clone();
        Arrays.sort(sorted);
        double reach = Math.max(Math.abs(quantile(sorted, 0.005)), Math.abs(quantile(sorted, 0.995)));
        reach = reach > 0 ? reach : Math.max(1e-9, Math.abs(sorted[sorted.length - 1]));
        Scale px = Scale.of(min(predicted), max(predicted), LEFT, LEFT + SIDE);
        Scale ry = Scale.of(-reach, reach, TOP + SIDE, TOP);
        Density residuals = density("predicted", "residual (actual \u2212 predicted)", predicted, residual, px, ry,
                new Line(LEFT, ry.px(0), LEFT + SIDE, ry.px(0)));
        return new RegressionCharts(n, sample.rows(), versus, residuals, deciles(actual, residual));
    }

    private static Density density(String xLabel, String yLabel, double[] xs, double[] ys, Scale x, Scale y,
                                   Line reference) {
        double cell = SIDE / GRID;
        int[][] counts = new int[GRID][GRID];
        int clamped = 0;
        for (int i = 0; i < xs.length; i++) {
            if (x.clamps(xs[i]) || y.clamps(ys[i])) {
                clamped++;
            }
            int column = Math.min(GRID - 1, (int) ((x.px(xs[i]) - LEFT) / cell));
            int row = Math.min(GRID - 1, (int) ((y.px(ys[i]) - TOP) / cell));
            counts[Math.max(0, column)][Math.max(0, row)]++;
        }
        int most = Arrays.stream(counts).flatMapToInt(Arrays::stream).max().orElse(1);
        List<Square> cells = new ArrayList<>();
        for (int column = 0; column < GRID; column++) {
            for (int row = 0; row < GRID; row++) {
                int count = counts[column][row];
                if (count > 0) {
                    double alpha = 0.18 + 0.82 * Math.log1p(count) / Math.log1p(most);
                    cells.add(new Square(Math.round((LEFT + column * cell) * 10) / 10.0,
                            Math.round((TOP + row * cell) * 10) / 10.0, cell, Math.round(alpha * 100) / 100.0, count));
                }
            }
        }
        return new Density(xLabel, yLabel, List.copyOf(cells), ticks(x), ticks(y), reference, clamped);
    }

    private static Deciles deciles(double[] actual, double[] residual) {
        int n = actual.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> actual[i]));
        double[] mae = new double[10];
        double[] bias = new double[10];
        int[] size = new int[10];
        double[] lowActual = new double[10];
        double[] highActual = new double[10];
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            lowActual[d] = actual[order[from]];
            highActual[d] = actual[order[to - 1]];
            for (int i = from; i < to; i++) {
                mae[d] += Math.abs(residual[order[i]]);
                bias[d] += residual[order[i]];
            }
            size[d] = to - from;
            mae[d] /= size[d];
            bias[d] /= size[d];
        }
        double top = max(mae);
        Scale y = Scale.of(0, top > 0 ? top : 1, TOP + SIDE, TOP);
        double width = SIDE / 10;
        List<Decile> bars = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            double barTop = y.px(mae[d]);
            bars.add(new Decile(d + 1, Math.round((LEFT + d * width + 2) * 10) / 10.0, barTop, width - 4,
                    Math.round((TOP + SIDE - barTop) * 10) / 10.0, NumberText.of(lowActual[d]),
                    NumberText.of(highActual[d]), NumberText.of(mae[d]), NumberText.of(bias[d]), size[d]));
        }
        return new Deciles(List.copyOf(bars), ticks(y));
    }

    /** Three ticks: the ends and the middle of the domain. */
    private static List<Tick> ticks(Scale scale) {
        List<Tick> ticks = new ArrayList<>();
        for (double t : new double[] {0, 0.5, 1}) {
            double value = scale.domainLow() + t * (scale.domainHigh() - scale.domainLow());
            ticks.add(new Tick(scale.px(value), NumberText.of(value)));
        }
        return List.copyOf(ticks);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
