package org.mlgate.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The report's {@code errors} read into typed rows for the HTML report (the shape of
 * {@code org.mlgate.analysis.errors.ErrorAnalysis}), leniently: a missing number is null and shows as a blank. A
 * known key whose items lack what identifies them (an older or hand-made report) and every unknown key are kept as
 * generic {@link ErrorSection} tables in {@code other}, so nothing the file holds is hidden and nothing breaks.
 *
 * @param classification    true for a classification report: pairs and mistakes are shown, residuals are not
 * @param confusionPairs    most frequent wrong (actual, predicted) pairs, largest first
 * @param confidentMistakes wrong predictions made with high probability
 * @param weakSlices        slices significantly worse than overall, most excess errors first
 * @param largestResiduals  regression rows with the largest absolute residual
 * @param residualQuantiles regression: the distribution of the signed residual; null when absent
 * @param slicesTested      candidate slices tested for weakness; null when the report does not say
 * @param notes             what the analysis skipped or approximated
 * @param other             keys this view does not know, or could not read, as generic tables
 */
public record ErrorAnalysisView(boolean classification, List<Pair> confusionPairs, List<Mistake> confidentMistakes,
                                List<Slice> weakSlices, List<Residual> largestResiduals,
                                ResidualQuantiles residualQuantiles, Long slicesTested, List<String> notes,
                                List<ErrorSection> other) {

    /** A page of a thousand error rows helps nobody; report.json keeps them all. */
    static final int MAX_ROWS = ErrorSection.MAX_ROWS;

    private static final Set<String> KNOWN = Set.of("task", "confusionPairs", "confidentMistakes", "weakSlices",
            "largestResiduals", "residualQuantiles", "slicesTested", "notes",
            "labelErrors"); // multi-label: its own view, LabelErrorsView

    public record Pair(String actual, String predicted, Long count, Double shareOfErrors, Double meanConfidence,
                       List<String> examples) {
        static Pair from(JsonFields f) {
            if (f == null || f.text("actual") == null || f.text("predicted") == null) {
                return null;
            }
            List<String> examples = f.list("examples").stream().filter(Objects::nonNull).map(CellText::of).toList();
            return new Pair(f.text("actual"), f.text("predicted"), f.whole("count"), f.number("shareOfErrors"),
                    f.number("meanConfidence"), examples);
        }
    }

    /**
     * @param features     the few feature cells that matter for this row: the columns of the weak slices it falls in,
     *                     else those weak slices name, else the first few
     * @param moreFeatures the rest, for a disclosure
     * @param inWeakSlice  true when the row falls in a weak slice (its columns come first)
     */
    public record Mistake(Long row, String id, String actual, String predicted, Double probability,
                          List<Chip> features, List<Chip> moreFeatures, boolean inWeakSlice) {
        static Mistake from(JsonFields f) {
            if (f == null || f.text("actual") == null || f.text("predicted") == null
                    || (f.whole("row") == null && f.text("id") == null)) {
                return null;
            }
            return new Mistake(f.whole("row"), f.text("id"), f.text("actual"), f.text("predicted"),
                    f.number("probability"), chips(f.object("features"), f.text("id")), List.of(), false);
        }

        Mistake split(KeyFeatures key) {
            KeyFeatures.Split split = key.split(features);
            return new Mistake(row, id, actual, predicted, probability, split.key(), split.rest(), split.inWeakSlice());
        }
    }

    /**
     * @param measure "error rate", "MAE" or "MAPE" (regression with {@code sliceError} relative): what {@code value}
     *                and {@code overall} are
     */
    public record Slice(String description, Long rows, String measure, Double value, Double overall, Double lift,
                        Double excessErrors, Double pValue, Double qValue) {
        static Slice from(JsonFields f) {
            String key = f == null ? null : f.has("errorRate") ? "errorRate" : f.has("mae") ? "mae"
                    : f.has("mape") ? "mape" : null;
            if (key == null || f.text("description") == null) {
                return null;
            }
            String measure = switch (key) {
                case "errorRate" -> "error rate";
                case "mae" -> "MAE";
                default -> "MAPE";
            };
            return new Slice(f.text("description"), f.whole("rows"), measure, f.number(key), f.number("overall"),
                    f.number("lift"), f.number("excessErrors"), f.number("pValue"), f.number("qValue"));
        }
    }

    /** A largest residual; {@code features} and {@code moreFeatures} as for {@link Mistake}. */
    public record Residual(Long row, String id, Double actual, Double predicted, Double residual,
                           List<Chip> features, List<Chip> moreFeatures, boolean inWeakSlice) {
        static Residual from(JsonFields f) {
            if (f == null || f.number("residual") == null) {
                return null;
            }
            return new Residual(f.whole("row"), f.text("id"), f.number("actual"), f.number("predicted"),
                    f.number("residual"), chips(f.object("features"), f.text("id")), List.of(), false);
        }

        Residual split(KeyFeatures key) {
            KeyFeatures.Split split = key.split(features);
            return new Residual(row, id, actual, predicted, residual, split.key(), split.rest(), split.inWeakSlice());
        }
    }

    /** The seven numbers of the signed residual (actual - predicted), smallest first. */
    public record ResidualQuantiles(Long count, double min, double p5, double p25, double median, double p75,
                                    double p95, double max, boolean exact) {
        static ResidualQuantiles from(JsonFields f) {
            List<String> keys = List.of("min", "p5", "p25", "median", "p75", "p95", "max");
            if (f == null || keys.stream().anyMatch(key -> f.number(key) == null)) {
                return null;
            }
            return new ResidualQuantiles(f.whole("count"), f.number("min"), f.number("p5"), f.number("p25"),
                    f.number("median"), f.number("p75"), f.number("p95"), f.number("max"),
                    !"false".equals(f.text("exact")));
        }
    }

    /** The view of a report's errors; null when the report has none. */
    public static ErrorAnalysisView of(String task, Map<String, Object> errors) {
        if (errors == null) {
            return null;
        }
        List<ErrorSection> other = new ArrayList<>();
        List<Pair> pairs = items(errors, "confusionPairs", Pair::from, other);
        List<Slice> slices = items(errors, "weakSlices", Slice::from, other);
        KeyFeatures keyFeatures = KeyFeatures.of(slices.isEmpty() ? List.of()
                : new JsonFields(errors).list("weakSlices"));
        List<Mistake> mistakes = items(errors, "confidentMistakes", Mistake::from, other).stream()
                .map(m -> m.split(keyFeatures)).toList();
        List<Residual> residuals = items(errors, "largestResiduals", Residual::from, other).stream()
                .map(r -> r.split(keyFeatures)).toList();
        ResidualQuantiles quantiles = null;
        Object rawQuantiles = errors.get("residualQuantiles");
        if (rawQuantiles != null) {
            quantiles = ResidualQuantiles.from(JsonFields.of(rawQuantiles));
            if (quantiles == null) {
                other.add(ErrorSection.of("residualQuantiles", rawQuantiles));
            }
        }
        JsonFields fields = new JsonFields(errors);
        List<String> notes = fields.list("notes").stream().filter(Objects::nonNull).map(CellText::of).toList();
        errors.forEach((key, value) -> {
            if (!KNOWN.contains(key)) {
                other.add(ErrorSection.of(key, value));
            }
        });
        String errorsTask = fields.text("task");
        boolean classification = !"regression".equals(task != null ? task : errorsTask);
        return new ErrorAnalysisView(classification, pairs, mistakes, slices, residuals, quantiles,
                fields.whole("slicesTested"), notes, List.copyOf(other));
    }

    /** The items of a known list, typed; all of them or, when one cannot be read, none (then a generic table). */
    private static <T> List<T> items(Map<String, Object> errors, String key, Function<JsonFields, T> reader,
                                     List<ErrorSection> other) {
        Object value = errors.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<T> typed = new ArrayList<>();
            for (Object item : list.subList(0, Math.min(list.size(), MAX_ROWS))) {
                T row = reader.apply(JsonFields.of(item));
                if (row == null) {
                    typed = null;
                    break;
                }
                typed.add(row);
            }
            if (typed != null) {
                return List.copyOf(typed);
            }
        }
        other.add(ErrorSection.of(key, value));
        return List.of();
    }

    /** Feature cells as chips; the id column is left out, as the row already shows it. */
    private static List<Chip> chips(Map<?, ?> features, String id) {
        List<Chip> chips = new ArrayList<>();
        features.forEach((name, value) -> {
            String text = CellText.of(value);
            if (name != null && !(id != null && id.equals(text))) {
                chips.add(new Chip(name.toString(), text));
            }
        });
        return List.copyOf(chips);
    }
}
