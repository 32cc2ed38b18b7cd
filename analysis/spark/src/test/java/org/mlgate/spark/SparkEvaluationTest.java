package org.mlgate.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.diagnostics.DiagnosticsOptions;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.partial.PartialStates;
import org.mlgate.analysis.report.JsonReportWriter;

/**
 * Spark's report equals the report of one pass of ml:evaluate over the same rows (local[2]): ties, empty and skewed
 * partitions, a Dataset read from a CSV file cut into many partitions, typed Parquet columns, duplicates across
 * partitions, bad rows, and the partial states that writePartials leaves for ml:evaluate.
 */
class SparkEvaluationTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("mlgate-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static EvaluationRequest request(Path csv, String idColumn, List<String> slices) {
        SourceRequest source = SourceRequest.forPredictions(csv);
        return new EvaluationRequest(source, MetricOptions.defaults().withBootstrapReplicates(200),
                ErrorAnalysisOptions.defaults().withIdColumn(idColumn),
                new ChecksOptions(null, "actual", idColumn, null, null, ChecksOptions.DEFAULT_MINORITY_RATIO,
                        Map.of()),
                null, List.of(), slices, BaselineOptions.none()).withDiagnostics(NO_IMPORTANCE);
    }

    /** Importance reads a sample of the rows, which partial states do not carry (the merged report says so). */
    private static final DiagnosticsOptions NO_IMPORTANCE = DiagnosticsOptions.defaults().withImportance(false);

    /** The same request without the file: Spark reads the rows. */
    private static EvaluationRequest withoutFile(EvaluationRequest request) {
        SourceRequest s = request.source();
        return new EvaluationRequest(new SourceRequest(null, null, null, s.labelColumn(), s.predictionColumn(),
                s.probabilityPrefix(), s.task(), s.onBadRow()), request.metricOptions(), request.errors(),
                request.checks(), null, List.of(), request.sliceColumns(), BaselineOptions.none())
                .withDiagnostics(NO_IMPORTANCE);
    }

    private static String json(org.mlgate.analysis.report.Report report) {
        return new JsonReportWriter().toJson(report);
    }

    /**
     * One pass of ml:evaluate over the file, without the file's SHA-256 (model.sha256, data.sha256): a Dataset's
     * rows have no file bytes to hash, so Spark's report leaves it out; everything else must be the same.
     */
    private static String onePass(EvaluationRequest request) {
        return SparkEquality.withoutFileDigest(json(Evaluation.run(request)));
    }

    /** Spark over a Dataset of the file's rows, with the file's name and lines. */
    private static String spark(Dataset<Row> rows, EvaluationRequest request) {
        return json(SparkEvaluation.of(withoutFile(request)).named(request.source().predictions().toString())
                .withCsvLines().evaluate(rows));
    }

    /** The file's rows, all text, cut into partitions of these sizes (the last takes the rest), in order. */
    private static Dataset<Row> partitioned(Path csv, int... sizes) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        List<List<Row>> chunks = new ArrayList<>();
        int from = 1;
        for (int p = 0; p < sizes.length; p++) {
            int to = p == sizes.length - 1 ? lines.size() : Math.min(lines.size(), from + sizes[p]);
            List<Row> chunk = new ArrayList<>();
            for (String line : lines.subList(from, to)) {
                String[] cells = line.split(",", -1);
                chunk.add(RowFactory.create((Object[]) cells));
            }
            chunks.add(chunk);
            from = to;
        }
        List<StructField> fields = new ArrayList<>();
        for (String column : header) {
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Integer> ordinals = new ArrayList<>();
        for (int p = 0; p < sizes.length; p++) {
            ordinals.add(p);
        }
        JavaRDD<Row> rdd = context.parallelize(ordinals, sizes.length).flatMap(p -> chunks.get(p).iterator());
        return spark.createDataFrame(rdd, DataTypes.createStructType(fields));
    }

    private Path ties(int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(15);
        StringBuilder csv = new StringBuilder("segment,score_bin,actual,predicted,p_no,p_yes\n");
        for (int i = 0; i < rows; i++) {
            double p = Math.round(random.nextDouble() * 10) / 10.0; // eleven distinct scores: ties everywhere
            boolean yes = random.nextDouble() < 0.2 + 0.6 * p;
            csv.append(String.format(Locale.ROOT, "s%d,%d,%s,%s,%.1f,%.1f%n", random.nextInt(6), (int) (p * 10),
                    yes ? "yes" : "no", p >= 0.5 ? "yes" : "no", 1 - p, p));
        }
        Path file = dir.resolve("ties.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void tiedScoresInEmptyAndSkewedPartitions() throws IOException {
        Path csv = ties(40_000);
        EvaluationRequest request = request(csv, null, List.of("segment"));
        SparkEquality.assertSameReport(onePass(request),
                spark(partitioned(csv, 7, 0, 13_000, 1, 0, 20_000, 6_992), request));
    }

    /** The rows of a sample project {@code copies} times over: more rows than the template takes, and duplicates. */
    private Path repeated(String sample, int copies) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../../sample-projects", sample, "data/predictions.csv"));
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int c = 0; c < copies; c++) {
            lines.subList(1, lines.size()).forEach(line -> csv.append(line).append('\n'));
        }
        Path file = dir.resolve(sample + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void aCsvFileReadInManyPartitionsWithDuplicatesAcrossThem() throws IOException {
        Path csv = repeated("delivery-times", 4);
        EvaluationRequest request = request(csv, "order_id", List.of("city", "vehicle"));
        Dataset<Row> rows = spark.read().option("header", "true").csv(csv.toString());
        spark.conf().set("spark.sql.files.maxPartitionBytes", "65536");
        try {
            Dataset<Row> many = spark.read().option("header", "true").csv(csv.toString());
            assertTrue(many.javaRDD().getNumPartitions() > 5, "partitions: " + many.javaRDD().getNumPartitions());
            SparkEquality.assertSameReport(onePass(request), spark(many, request));
        } finally {
            spark.conf().unset("spark.sql.files.maxPartitionBytes");
        }
        assertEquals(1, rows.javaRDD().getNumPartitions());
    }

    @Test
    void churnPredictionsAsTypedParquet() throws IOException {
        Path csv = repeated("churn-predictions", 5);
        EvaluationRequest request = request(csv, "customer_id", List.of("region", "plan"));
        Path parquet = dir.resolve("churn.parquet");
        spark.read().option("header", "true").option("inferSchema", "true").csv(csv.toString()).write()
                .parquet(parquet.toString());
        Dataset<Row> typed = spark.read().parquet(parquet.toString());
        assertEquals(DataTypes.DoubleType, typed.schema().apply("p_churn").dataType());
        // Parquet's doubles come back as Java writes them, as the file holds them here (0.7829, 36.94): the same text.
        SparkEquality.assertSameReport(onePass(request), spark(typed.coalesce(3), request));
    }

    @Test
    void writePartialsLeavesStatesThatMlEvaluateMergesIntoTheSameReport() throws IOException {
        Path csv = ties(30_000);
        EvaluationRequest request = request(csv, null, List.of("segment"));
        Path folder = dir.resolve("partials");
        String written = json(SparkEvaluation.of(withoutFile(request)).named(csv.toString()).withCsvLines()
                .writePartials(partitioned(csv, 12_000, 0, 18_000), folder));
        assertTrue(Files.exists(folder.resolve("template.mlgstate")));
        assertTrue(Files.exists(folder.resolve("part-00002.mlgstate")));
        String merged = json(PartialStates.evaluate(folder, withoutFile(request)));
        SparkEquality.assertSameReport(onePass(request), merged);
        SparkEquality.assertSameReport(written, merged);
    }

    @Test
    void theFirstBadRowInRowOrderIsTheOneReported() throws IOException {
        StringBuilder text = new StringBuilder("n,actual,predicted\n");
        for (int i = 0; i < 30_000; i++) {
            boolean bad = i == 21_000 || i == 26_000;
            text.append(i).append(',').append(bad ? "" : i % 2 == 0 ? "a" : "b").append(',')
                    .append(i % 3 == 0 ? "a" : "b").append('\n');
        }
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, text);
        EvaluationRequest request = request(csv, null, List.of());
        InputException one = assertThrows(InputException.class, () -> onePass(request));
        InputException distributed = assertThrows(InputException.class,
                () -> spark(partitioned(csv, 15_000, 8_000, 7_000), request));
        assertEquals(one.getMessage(), distributed.getMessage());
        EvaluationRequest skip = new EvaluationRequest(request.source().withOnBadRow(BadRowPolicy.SKIP),
                request.metricOptions(), request.errors(), request.checks(), null, List.of(), List.of(),
                BaselineOptions.none()).withDiagnostics(NO_IMPORTANCE);
        SparkEquality.assertSameReport(onePass(skip), spark(partitioned(csv, 15_000, 8_000, 7_000), skip));
    }
}
