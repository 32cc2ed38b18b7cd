package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A multi-label report's {@code errors.labelErrors} for the HTML report: per label its misses and additions as a
 * share of its support, with the bar widths of a stacked bar drawn on one scale (the largest count of errors), so
 * that the labels the wrong sets come from stand out. Read leniently: an item without a label is left out.
 *
 * @param labels the labels with errors, most errors first, at most {@value #MAX_ROWS}
 * @param total  how many labels have errors (report.json lists them all)
 */
public record LabelErrorsView(List<Label> labels, int total) {

    static final int MAX_ROWS = 30;

    /**
     * @param missedWidth the missed rows' bar, in percent of the widest label's errors
     * @param addedWidth  the added rows' bar, likewise
     */
    public record Label(String label, long support, long missed, long added, Double shareOfErrors,
                        List<String> missedExamples, List<String> addedExamples, double missedWidth,
                        double addedWidth) {
    }

    /** The view of a multi-label report's label errors; null for other reports. */
    public static LabelErrorsView of(Report report) {
        Object value = report.errors() == null ? null : report.errors().get("labelErrors");
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<JsonFields> read = items.stream().map(JsonFields::of)
                .filter(f -> f != null && f.text("label") != null).toList();
        long widest = read.stream().mapToLong(f -> count(f, "missed") + count(f, "added")).max().orElse(1);
        List<Label> labels = new ArrayList<>();
        for (JsonFields f : read.subList(0, Math.min(MAX_ROWS, read.size()))) {
            long missed = count(f, "missed");
            long added = count(f, "added");
            labels.add(new Label(f.text("label"), count(f, "support"), missed, added, f.number("shareOfErrors"),
                    examples(f, "missedExamples"), examples(f, "addedExamples"),
                    Math.round(1000.0 * missed / Math.max(1, widest)) / 10.0,
                    Math.round(1000.0 * added / Math.max(1, widest)) / 10.0));
        }
        return new LabelErrorsView(List.copyOf(labels), read.size());
    }

    private static long count(JsonFields f, String key) {
        Long value = f.whole(key);
        return value == null ? 0 : value;
    }

    private static List<String> examples(JsonFields f, String key) {
        return f.list(key).stream().filter(Objects::nonNull).map(CellText::of).toList();
    }
}
