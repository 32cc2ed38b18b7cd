package org.mlgate.analysis.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.diagnostics.DiagnosticsOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.errors.SliceError;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.JsonReportWriter;

/**
 * The report of partial states, merged from any split of the rows into partitions, is the report of one pass over
 * the same rows: report.json has the same keys, texts and counts, and numbers within 1e-12 ({@link SameReport}).
 */
class PartialStatesEqualityTest {
    @TempDir
    Path dir;

    private static final Path SAMPLES = Path.of("..", "sample-projects");

    /** The sample's rows {@code copies} times over, one file: more rows than the template takes, and duplicates. */
    private Path repeated(String sample, int copies) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve(sample).resolve("data/predictions.csv"));
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int c = 0; c < copies; c++) {
            lines.subList(1, lines.size()).forEach(line -> csv.append(line).append('\n'));
        }
        Path file = dir.resolve(sample + "-x" + copies + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private static EvaluationRequest request(Path predictions, String idColumn, List<String> slices) {
        SourceRequest source = SourceRequest.forPredictions(predictions);
        return new EvaluationRequest(source, MetricOptions.defaults().withBootstrapReplicates(200),
                ErrorAnalysisOptions.defaults().withIdColumn(idColumn),
                new ChecksOptions(null, source.labelColumnOrDefault(), idColumn, null, null,
                        ChecksOptions.DEFAULT_MINORITY_RATIO, Map.of()),
                null, List.of(), slices, BaselineOptions.none());
    }

    /** The same request as an engine gets it: the roles, without the file. */
    private static EvaluationRequest engine(EvaluationRequest request) {
        SourceRequest roles = new SourceRequest(null, null, null, request.source().labelColumn(),
                request.source().predictionColumn(), request.source().probabilityPrefix(), request.source().task(),
                request.source().onBadRow());
        return withoutImportance(new EvaluationRequest(roles, request.metricOptions(), request.errors(),
                request.checks(), request.trainingData(), request.rules(), request.sliceColumns(), request.baseline()));
    }

    /** Importance reads a sample of the rows, which partial states do not carry (the merged report says so). */
    private static EvaluationRequest withoutImportance(EvaluationRequest request) {
        return request.withDiagnostics(DiagnosticsOptions.defaults().withImportance(false));
    }

    private String merged(Path csv, EvaluationRequest request, int... sizes) throws IOException {
        SplitStates split = new SplitStates(csv, engine(request));
        Path folder = Files.createTempDirectory(dir, "states");
        split.write(folder, split.count(sizes));
        return new JsonReportWriter().toJson(PartialStates.evaluate(folder, engine(request)));
    }

    private static String onePass(EvaluationRequest request) {
        return new JsonReportWriter().toJson(Evaluation.run(withoutImportance(request)));
    }

    @Test
    void churnPredictionsSplitIntoFourEqualPartitions() throws IOException {
        Path csv = repeated("churn-predictions", 5);
        EvaluationRequest request = request(csv, "customer_id", List.of("region", "plan"));
        SameReport.assertSame(onePass(request), merged(csv, request, 3750, 3750, 3750, 3750));
    }

    @Test
    void deliveryTimesWithAnEmptyPartitionAndSkewedSizes() throws IOException {
        Path csv = repeated("delivery-times", 4);
        EvaluationRequest request = request(csv, "order_id", List.of("city", "vehicle"));
        SameReport.assertSame(onePass(request), merged(csv, request, 7, 0, 13_000, 1, 0, 2_992));
    }

    @Test
    void dataSmallerThanTheTemplateLeavesEveryPartitionEmpty() throws IOException {
        Path csv = SAMPLES.resolve("churn-predictions/data/predictions.csv");
        EvaluationRequest request = request(csv, "customer_id", List.of("region"));
        SameReport.assertSame(onePass(request), merged(csv, request, 1000, 1000, 1000));
    }

    /**
     * Three classes, an ordered id, a date column and a group column (checked), numeric and categorical slices, and
     * bad rows in several partitions.
     */
    private Path rich(int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder csv = new StringBuilder("id,day,customer,region,amount,actual,predicted,p_a,p_b,p_c\n");
        String[] classes = {"a", "b", "c"};
        for (int i = 0; i < rows; i++) {
            String day = java.time.LocalDate.of(2024, 1, 1).plusDays(i / 500).toString();
            if (i > 10_000 && i % 9_973 == 17) {
                csv.append(i).append(',').append(day).append(",c1,east,1.0,,a,0.2,0.3,0.5\n"); // no actual
                continue;
            }
            String region = List.of("east", "west", "north", "south").get(random.nextInt(4));
            String actual = classes[random.nextInt(3)];
            boolean wrong = random.nextDouble() < (region.equals("west") ? 0.4 : 0.1);
            String predicted = wrong ? classes[(List.of(classes).indexOf(actual) + 1) % 3] : actual;
            double[] p = new double[3];
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                p[c] = random.nextDouble() + (classes[c].equals(predicted) ? 2 : 0);
                sum += p[c];
            }
            csv.append(String.format(Locale.ROOT, "%d,%s,c%d,%s,%.2f,%s,%s,%.6f,%.6f,%.6f%n", i, day,
                    random.nextInt(3_000), region, random.nextDouble() * 100, actual, predicted, p[0] / sum,
                    p[1] / sum, p[2] / sum));
        }
        Path file = dir.resolve("rich.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static EvaluationRequest richRequest(Path csv, BadRowPolicy onBadRow) {
        SourceRequest source = SourceRequest.forPredictions(csv).withOnBadRow(onBadRow);
        return new EvaluationRequest(source, MetricOptions.defaults().withBootstrapReplicates(100),
                ErrorAnalysisOptions.defaults().withIdColumn("id"),
                new ChecksOptions(null, "actual", "id", "customer", "day", ChecksOptions.DEFAULT_MINORITY_RATIO,
                        Map.of()),
                null, List.of(), List.of("region", "amount"), BaselineOptions.none());
    }

    @Test
    void threeClassesWithDatesGroupsAndSkippedRowsInSeveralPartitions() throws IOException {
        Path csv = rich(50_000);
        EvaluationRequest request = richRequest(csv, BadRowPolicy.SKIP);
        SameReport.assertSame(onePass(request), merged(csv, request, 20_000, 0, 25_000, 5_000));
    }

    @Test
    void theFirstBadRowInRowOrderIsReportedWhicheverPartitionHoldsIt() throws IOException {
        Path csv = rich(50_000);
        EvaluationRequest request = richRequest(csv, BadRowPolicy.FAIL);
        InputException one = assertThrows(InputException.class, () -> onePass(request));
        InputException partial = assertThrows(InputException.class,
                () -> merged(csv, request, 15_000, 15_000, 20_000));
        assertEquals(one.getMessage(), partial.getMessage());
        assertTrue(one.getMessage().startsWith("Line 19965 of "), one.getMessage());
    }

    @Test
    void regressionWithSliceErrorAutoAcrossPartitions() throws IOException {
        Path csv = repeated("delivery-times", 4);
        EvaluationRequest base = request(csv, "order_id", List.of("vehicle"));
        EvaluationRequest request = new EvaluationRequest(base.source(), base.metricOptions(),
                base.errors().withSliceError(SliceError.AUTO), base.checks(), null, List.of(), base.sliceColumns(),
                BaselineOptions.none());
        SameReport.assertSame(onePass(request), merged(csv, request, 4_000, 4_000, 4_000, 4_000));
    }

    @Test
    void tiedScoresAcrossPartitions() throws IOException {
        SplittableRandom random = new SplittableRandom(15);
        StringBuilder csv = new StringBuilder("segment,score_bin,actual,predicted,p_no,p_yes\n");
        for (int i = 0; i < 40_000; i++) {
            double p = Math.round(random.nextDouble() * 10) / 10.0; // eleven distinct scores: ties everywhere
            boolean yes = random.nextDouble() < 0.2 + 0.6 * p;
            csv.append(String.format(Locale.ROOT, "s%d,%d,%s,%s,%.1f,%.1f%n", random.nextInt(6), (int) (p * 10),
                    yes ? "yes" : "no", p >= 0.5 ? "yes" : "no", 1 - p, p));
        }
        Path file = dir.resolve("ties.csv");
        Files.writeString(file, csv);
        EvaluationRequest request = request(file, null, List.of("segment"));
        SameReport.assertSame(onePass(request), merged(file, request, 9_000, 9_000, 0, 22_000));
    }
}
