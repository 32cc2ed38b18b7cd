package org.mlgate.analysis.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.mlgate.analysis.stats.Hypergeometric;
import java.util.List;
import java.util.Set;
import org.mlgate.analysis.calibration.Dataset.Row;

/**
 * The input of one calibration run: training and validation rows after the plant, the column roles mlgate is told
 * about, and what the harness itself knows of the rows (the evidence that a warning on clean data is true).
 *
 * @param columns     the feature columns of both files: the dataset's, then any planted column
 * @param groupColumn the group column to name in the request, or null
 * @param timeColumn  the time column to name in the request, or null
 * @param slice       the planted weak slice, or null
 * @param skipped     why the plant does not apply to this data (then nothing is run), or null
 */
record Trial(Spec spec, Dataset data, List<String> columns, List<Row> training, List<Row> validation,
             String groupColumn, String timeColumn, PlantedSlice slice, String skipped) {

    /** One run: a dataset, a plant and the number of the random split (the same split for every plant). */
    record Spec(String dataset, Plant plant, int split) {
    }

    static Trial skipped(Spec spec, Dataset data, String why) {
        return new Trial(spec, data, data.features(), List.of(), List.of(), null, null, null, why);
    }

    /**
     * How clearly the validation classes differ from the training classes, as an ideal test that knows to look at one
     * class at a time would see it: the smallest two-sided Fisher exact p-value of a class's count in validation
     * against training (the class or not, validation or training: both samples vary), times twice the number of
     * classes (Bonferroni). A label shift that this test cannot see at 0.01 (a class of 15 rows losing 10 of them in
     * 45 validation rows) no rule can be blamed for missing.
     */
    double classShiftP() {
        Map<String, Long> before = new HashMap<>();
        training.forEach(row -> before.merge(row.actual(), 1L, Long::sum));
        Map<String, Long> after = new HashMap<>();
        validation.forEach(row -> after.merge(row.actual(), 1L, Long::sum));
        Set<String> classes = new HashSet<>(before.keySet());
        classes.addAll(after.keySet());
        long n = validation.size();
        long all = n + training.size();
        double smallest = 1.0;
        for (String label : classes) {
            long inClass = before.getOrDefault(label, 0L) + after.getOrDefault(label, 0L);
            long count = after.getOrDefault(label, 0L);
            double high = Hypergeometric.upperTail(count, n, inClass, all);
            double low = 1 - Hypergeometric.upperTail(count + 1, n, inClass, all);
            smallest = Math.min(smallest, Math.min(high, low));
        }
        return Math.min(1.0, smallest * 2 * classes.size());
    }

    /** Validation rows that repeat an earlier validation row in every feature cell and the actual value. */
    long validationRepeats() {
        Set<String> seen = new HashSet<>();
        return validation.stream().filter(row -> !seen.add(key(row))).count();
    }

    /** Validation rows equal to some training row in every feature cell and the actual value. */
    long exactOverlap() {
        Set<String> training = new HashSet<>();
        this.training.forEach(row -> training.add(key(row)));
        return validation.stream().filter(row -> training.contains(key(row))).count();
    }

    private static String key(Row row) {
        return String.join("\u0001", row.cells()) + "\u0002" + row.actual();
    }

    /** The training file: the feature columns and {@code actual}, no predictions. */
    void writeTraining(Path file) throws IOException {
        write(file, training, false);
    }

    /**
     * The training rows' predictions file, for the fit diagnosis: their out-of-fold predictions, which come from
     * models that did not see them, as the validation rows' do (so both have the same expected error).
     */
    void writeTrainingPredictions(Path file) throws IOException {
        write(file, training, true);
    }

    /** The predictions file: the feature columns, {@code actual}, {@code predicted} and {@code p_<label>}. */
    void writePredictions(Path file) throws IOException {
        write(file, validation, true);
    }

    /** The validation file of model mode: the feature columns and {@code actual}. */
    void writeValidation(Path file) throws IOException {
        write(file, validation, false);
    }

    private void write(Path file, List<Row> rows, boolean predictions) throws IOException {
        List<String> header = new ArrayList<>(columns);
        header.add(Dataset.ACTUAL);
        if (predictions) {
            header.add(Dataset.PREDICTED);
            data.labels().forEach(label -> header.add(Dataset.PROBABILITY_PREFIX + label));
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, header.toArray(String[]::new));
            for (Row row : rows) {
                List<String> cells = new ArrayList<>(List.of(row.cells()));
                cells.add(row.actual());
                if (predictions) {
                    cells.add(row.predicted());
                    cells.addAll(List.of(row.probabilities()));
                }
                line(out, cells.toArray(String[]::new));
            }
        }
    }

    private static void line(BufferedWriter out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells[i];
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' '
                    || cell.charAt(cell.length() - 1) == ' '));
            out.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.write('\n');
    }

    /**
     * A planted weak slice.
     *
     * @param condition   readable: {@code carat in [0.5, 0.7]} or {@code cut = Good}
     * @param low         numeric column: the range's lower end (inclusive), else null
     * @param high        numeric column: the range's upper end (inclusive), else null
     * @param level       text column: the level, else null
     * @param rows        validation rows in the slice
     * @param sliceValue  error rate (classification) or mean absolute error (regression) in the slice, after
     * @param restValue   the same outside the slice
     * @param changedRows predictions changed to plant it
     * @param oracleZ     the slice against the rest: z of the two-proportion test of the error rate, or Welch's
     *                    t of the absolute error read as z; what an ideal finder that tested only this slice sees
     */
    record PlantedSlice(String column, String condition, Double low, Double high, String level, int rows,
                        double sliceValue, double restValue, int changedRows, double oracleZ) {

        /**
         * Whether a test of this one slice stays significant after Bonferroni over {@code tests} tests (the slices
         * mlgate tested), when the finder sees the slice diluted: {@code dilution} 1 is the slice itself, 2 a bin
         * twice as wide whose other half errs at the rest's rate (z shrinks by 1/sqrt(2): half the effect on
         * twice the rows).
         */
        boolean detectable(int tests, double dilution) {
            double z = oracleZ * Math.sqrt(1 / dilution);
            return z > 0 && WeakSlicePlanter.normalTwoSided(z) * Math.max(1, tests) < 0.05;
        }

        /**
         * Whether a reported condition is on this column and takes in planted rows: a range (lower, upper] that
         * meets [low, high], a value inside it, or the planted level itself.
         */
        boolean matches(Outcome.Condition reported) {
            if (!column.equals(reported.column())) {
                return false;
            }
            if (level != null) {
                return "equals".equals(reported.kind()) && level.equals(reported.value());
            }
            return switch (reported.kind()) {
                case "range" -> (reported.lower() == null || high > reported.lower())
                        && (reported.upper() == null || low <= reported.upper());
                case "equals" -> {
                    double value = WeakSlicePlanter.number(reported.value());
                    yield value >= low && value <= high;
                }
                default -> false;
            };
        }
    }
}
