package org.mlgate.analysis.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.report.CheckResult;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.evaluation.TrainTestSplitter;

/**
 * Test data: rows of {@code x1,x2,label} where the label is "yes" when x1 + x2 + noise > 0, written as CSV files,
 * turned into scored validation rows, and tiny real Tribuo models trained on them.
 */
final class Fixtures {
    static final List<String> COLUMNS = List.of("x1", "x2", "label");
    static final List<String> FEATURES = List.of("x1", "x2");

    private Fixtures() {
    }

    /** {@code n} rows {x1, x2, label}, deterministic per seed, values with 6 decimals (rows never repeat). */
    static List<String[]> rows(int n, long seed) {
        Random random = new Random(seed);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x1 = random.nextGaussian();
            double x2 = random.nextDouble() * 2 - 1;
            String label = x1 + x2 + 0.5 * random.nextGaussian() > 0 ? "yes" : "no";
            rows.add(new String[] {fmt(x1), fmt(x2), label});
        }
        return rows;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    static Path writeCsv(Path file, List<String> columns, List<String[]> rows) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        for (String[] row : rows) {
            text.append(String.join(",", row)).append('\n');
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A logistic regression trained on the whole CSV file (label column "label"). */
    static Model<Label> train(Path csv) throws IOException {
        var source = new CSVLoader<>(new LabelFactory()).loadDataSource(csv, "label");
        return new LogisticRegressionTrainer().train(new MutableDataset<>(source));
    }

    /** A logistic regression trained on the train part of a TrainTestSplitter split of the CSV file. */
    static Model<Label> trainOnSplit(Path csv, double trainProportion, long seed) throws IOException {
        var source = new CSVLoader<>(new LabelFactory()).loadDataSource(csv, "label");
        var splitter = new TrainTestSplitter<>(source, trainProportion, seed);
        return new LogisticRegressionTrainer().train(new MutableDataset<>(splitter.getTrain()));
    }

    /**
     * Scored classification rows from rows whose last cell is the label; the prediction is the rule without
     * noise (right about 85% of the time), for rows of {@code x1,x2,...,label}.
     */
    static List<ScoredRow> scored(List<String[]> rows) {
        return scored(rows, 0);
    }

    /** As {@link #scored(List)}, with x1 and x2 at {@code x1Index} and the next cell. */
    static List<ScoredRow> scored(List<String[]> rows, int x1Index) {
        List<ScoredRow> scored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String[] cells = java.util.Arrays.copyOf(row, row.length - 1);
            String label = row[row.length - 1];
            String predicted = orZero(row[x1Index]) + orZero(row[x1Index + 1]) > 0 ? "yes" : "no";
            scored.add(new ScoredRow(i, i + 2L, cells, label, predicted, null, Double.NaN, Double.NaN));
        }
        return scored;
    }

    private static double orZero(String cell) {
        double value = NumberCells.parse(cell);
        return Double.isNaN(value) ? 0 : value;
    }

    static DataChecks checksOf(List<String> featureColumns, TrainingFacts facts, ChecksOptions options,
                               List<ScoredRow> rows) {
        DataChecks checks = new DataChecks(Task.CLASSIFICATION, featureColumns, facts, options);
        rows.forEach(checks::add);
        return checks;
    }

    /** The result of one check; fails the test when it is absent. */
    static CheckResult check(List<CheckResult> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is absent from " + results));
    }

    static boolean absent(List<CheckResult> results, String id) {
        return results.stream().noneMatch(r -> r.id().equals(id));
    }
}
