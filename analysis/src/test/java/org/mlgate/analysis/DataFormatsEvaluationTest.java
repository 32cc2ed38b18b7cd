package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.FormatCopies;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.JsonReportWriter;
import org.mlgate.analysis.report.Report;

/**
 * Parquet and JSON Lines files give the evaluation a CSV file of the same rows gives (metrics, intervals, slices,
 * checks, bad rows), and, like CSV, the same report on one thread or several.
 */
class DataFormatsEvaluationTest {
    private static final int CHUNK_BYTES = 64 << 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path predictions(int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder csv = new StringBuilder("id,region,score,visits,actual,predicted,p_a,p_b\n");
        String[] regions = {"east", "west", "north", "south"};
        for (int i = 0; i < rows; i++) {
            String region = regions[random.nextInt(regions.length)];
            String actual = random.nextDouble() < 0.3 ? "a" : "b";
            double pa = Math.min(1, Math.max(0, (actual.equals("a") ? 0.65 : 0.35) + random.nextGaussian() * 0.25));
            if (i % 7_919 == 4_000) {
                actual = ""; // a bad row, well after the first rows
            }
            csv.append(i).append(',').append(region).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", random.nextDouble() * 100)).append(',')
                    .append(random.nextInt(20)).append(',').append(actual).append(',')
                    .append(pa >= 0.5 ? "a" : "b").append(',').append(pa).append(',').append(1 - pa).append('\n');
        }
        return Files.writeString(dir.resolve("predictions.csv"), csv);
    }

    private static EvaluationRequest request(Path file) {
        return request(file, BadRowPolicy.SKIP);
    }

    private static EvaluationRequest request(Path file, BadRowPolicy onBadRow) {
        EvaluationRequest defaults = EvaluationRequest.of(SourceRequest.forPredictions(file)
                .withOnBadRow(onBadRow), List.of());
        return new EvaluationRequest(defaults.source(), defaults.metricOptions().withBootstrapReplicates(50),
                defaults.errors(), defaults.checks(), null, List.of(), List.of("region"),
                BaselineOptions.none());
    }

    private static JsonNode json(Report report) throws IOException {
        return JSON.readTree(new JsonReportWriter().toJson(report));
    }

    /**
     * What must not depend on the file's format: everything but paths, digests and line numbers (and the rows'
     * digest, a hash of the cells as text: this CSV writes {@code 12.3400} where Parquet holds the number 12.34).
     */
    private static void assertSameEvaluation(JsonNode csv, JsonNode other) {
        for (String key : List.of("task", "metrics", "classes", "confusionMatrix", "intervals", "slices", "curves")) {
            assertEquals(csv.get(key), other.get(key), key);
        }
        assertEquals(csv.get("data").get("rows"), other.get("data").get("rows"));
        assertEquals(csv.get("data").get("skippedRows"), other.get("data").get("skippedRows"));
        for (int i = 0; i < csv.get("checks").size(); i++) {
            assertEquals(csv.get("checks").get(i).get("id"), other.get("checks").get(i).get("id"));
            assertEquals(csv.get("checks").get(i).get("status"), other.get("checks").get(i).get("status"),
                    csv.get("checks").get(i).get("id").asText());
        }
    }

    @Test
    void parquetAndJsonLinesGiveTheEvaluationOfTheSameRowsInCsv() throws IOException {
        Path csv = predictions(30_000);
        Path parquet = FormatCopies.parquet(csv, dir.resolve("predictions.parquet"), FormatCopies.manyGroups());
        Path jsonLines = FormatCopies.jsonLines(csv, dir.resolve("predictions.jsonl"));
        JsonNode fromCsv = json(Evaluation.run(request(csv), CHUNK_BYTES));
        assertSameEvaluation(fromCsv, json(Evaluation.run(request(parquet), CHUNK_BYTES)));
        assertSameEvaluation(fromCsv, json(Evaluation.run(request(jsonLines), CHUNK_BYTES)));
        assertEquals(4, fromCsv.get("data").get("skippedRows").asInt());
    }

    @Test
    void trainingDataInParquetOrJsonLinesGivesTheChecksOfTheSameRowsInCsv() throws IOException {
        Path validation = predictions(5_000);
        Path training = Files.writeString(dir.resolve("training.csv"), Files.readString(validation)
                .lines().limit(2_001).reduce("", (a, b) -> a + b + "\n")); // 2,000 rows shared with validation
        Path parquet = FormatCopies.parquet(training, dir.resolve("training.parquet"), FormatCopies.spark());
        Path jsonLines = FormatCopies.jsonLines(training, dir.resolve("training.jsonl"));
        JsonNode fromCsv = json(Evaluation.run(withTraining(request(validation), training), CHUNK_BYTES));
        for (Path other : List.of(parquet, jsonLines)) {
            JsonNode checks = json(Evaluation.run(withTraining(request(validation), other), CHUNK_BYTES)).get("checks");
            for (int i = 0; i < checks.size(); i++) {
                assertEquals(fromCsv.get("checks").get(i).get("id"), checks.get(i).get("id"));
                assertEquals(fromCsv.get("checks").get(i).get("status"), checks.get(i).get("status"),
                        other + ": " + checks.get(i));
            }
        }
        assertTrue(fromCsv.get("checks").toString().contains("leakage.train-validation-overlap"));
    }

    private static EvaluationRequest withTraining(EvaluationRequest request, Path training) {
        return new EvaluationRequest(request.source(), request.metricOptions(), request.errors(), request.checks(),
                training, request.rules(), request.sliceColumns(), request.baseline(), request.threads());
    }

    @Test
    void aTribuoModelScoresParquetValidationDataAsItScoresTheCsv() throws Exception {
        Path csv = Path.of(getClass().getResource("/model/iris-validation.csv").toURI());
        Path model = Path.of(getClass().getResource("/model/iris-logistic.tribuo").toURI());
        Path parquet = FormatCopies.parquet(csv, dir.resolve("iris-validation.parquet"), FormatCopies.manyGroups());
        JsonNode fromCsv = json(Evaluation.run(EvaluationRequest.of(SourceRequest.forModel(model, csv)
                .withLabelColumn("species"), List.of())));
        JsonNode fromParquet = json(Evaluation.run(EvaluationRequest.of(SourceRequest.forModel(model, parquet)
                .withLabelColumn("species"), List.of())));
        assertEquals(fromCsv.get("metrics"), fromParquet.get("metrics"));
        assertEquals(fromCsv.get("confusionMatrix"), fromParquet.get("confusionMatrix"));
        assertEquals(45, fromParquet.get("data").get("rows").asInt());
    }

    @Test
    void parquetIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        Path parquet = FormatCopies.parquet(predictions(30_000), dir.resolve("p.parquet"), FormatCopies.manyGroups());
        String one = new JsonReportWriter().toJson(Evaluation.run(request(parquet).withThreads(1), CHUNK_BYTES));
        assertEquals(one, new JsonReportWriter().toJson(Evaluation.run(request(parquet).withThreads(2),
                CHUNK_BYTES)));
        assertEquals(one, new JsonReportWriter().toJson(Evaluation.run(request(parquet).withThreads(3),
                CHUNK_BYTES)));
    }

    @Test
    void jsonLinesIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        Path jsonLines = FormatCopies.jsonLines(predictions(30_000), dir.resolve("p.jsonl"));
        String one = new JsonReportWriter().toJson(Evaluation.run(request(jsonLines).withThreads(1), CHUNK_BYTES));
        assertEquals(one, new JsonReportWriter().toJson(Evaluation.run(request(jsonLines).withThreads(3),
                CHUNK_BYTES)));
    }

    @Test
    void aBadParquetRowIsNamedByItsRowAndRowGroupWhateverTheThreads() throws IOException {
        Path parquet = FormatCopies.parquet(predictions(30_000), dir.resolve("p.parquet"), FormatCopies.manyGroups());
        EvaluationRequest failing = request(parquet, BadRowPolicy.FAIL);
        for (int threads : new int[] {1, 3}) {
            InputException e = assertThrows(InputException.class,
                    () -> Evaluation.run(failing.withThreads(threads), CHUNK_BYTES));
            assertTrue(e.getMessage().startsWith("Row 4001 of " + parquet + " (row group "), e.getMessage());
            assertTrue(e.getMessage().contains(" has an empty actual column 'actual'."), e.getMessage());
        }
    }

    @Test
    void skippedParquetRowsAreNamedAsRows() throws IOException {
        Path parquet = FormatCopies.parquet(predictions(30_000), dir.resolve("p.parquet"), FormatCopies.spark());
        Report report = Evaluation.run(request(parquet), CHUNK_BYTES);
        assertTrue(report.notes().contains("Skipped 4 bad rows (onBadRow=skip): 4 with an empty actual value (rows"
                + " 4001, 11920, 19839, 27758)."), report.notes().toString());
    }
}
