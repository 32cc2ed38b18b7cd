package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A forest plot of the slices: each slice's value of one metric as a point with its interval as a line, against a
 * vertical line at the overall value, all on one axis, so that which slices are worse, and how sure that is, shows at
 * a glance. Positions are percentages of the plot's width (0 to 100), so the plot stretches with the page.
 *
 * @param metric  the metric drawn (the first column of the slice table)
 * @param overall the overall value's position
 * @param ticks   three axis ticks
 * @param note    what was left out, or null
 */
public record SliceForest(String metric, String label, double overall, String overallText, List<Row> rows,
                          List<RegressionCharts.Tick> ticks, String note) {

    static final int MAX_ROWS = 40;

    /**
     * @param low  the interval's left end, null without an interval
     * @param high its right end
     */
    public record Row(String description, String valueText, double at, Double low, Double high, boolean worse,
                      boolean discovered) {
    }

    /** The plot of a slice table's first metric; null when no slice has a value of it. */
    public static SliceForest of(SliceTable table) {
        if (table == null || table.metrics().isEmpty()) {
            return null;
        }
        List<SliceTable.Row> slices = table.rows().stream().filter(r -> r.cells().get(0).value() != null).toList();
        if (slices.isEmpty()) {
            return null;
        }
        SliceTable.Cell overall = table.overall().cells().get(0);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        List<SliceTable.Cell> cells = new ArrayList<>();
        slices.forEach(r -> cells.add(r.cells().get(0)));
        cells.add(overall);
        for (SliceTable.Cell cell : cells) {
            for (Double v : new Double[] {cell.value(), cell.lower(), cell.upper()}) {
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        double pad = (high - low) * 0.04;
        Scale scale = Scale.of(low - pad, high + pad, 0, 100);
        List<Row> rows = new ArrayList<>();
        for (SliceTable.Row slice : slices.subList(0, Math.min(MAX_ROWS, slices.size()))) {
            SliceTable.Cell cell = slice.cells().get(0);
            rows.add(new Row(slice.description(), NumberText.of(cell.value()), scale.px(cell.value()),
                    cell.lower() == null ? null : scale.px(cell.lower()),
                    cell.upper() == null ? null : scale.px(cell.upper()), slice.worse(), slice.discovered()));
        }
        List<RegressionCharts.Tick> ticks = new ArrayList<>();
        for (double t : new double[] {0, 0.5, 1}) {
            double value = scale.domainLow() + t * (scale.domainHigh() - scale.domainLow());
            ticks.add(new RegressionCharts.Tick(scale.px(value), NumberText.of(value)));
        }
        String note = slices.size() > MAX_ROWS ? "The first " + MAX_ROWS + " of " + slices.size()
                + " slices; the table below lists them all." : null;
        return new SliceForest(table.metrics().get(0), table.labels().get(0),
                overall.value() == null ? -1 : scale.px(overall.value()),
                overall.value() == null ? null : NumberText.of(overall.value()), List.copyOf(rows), List.copyOf(ticks),
                note);
    }
}
