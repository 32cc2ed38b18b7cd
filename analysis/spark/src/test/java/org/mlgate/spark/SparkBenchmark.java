package org.mlgate.spark;

import static org.apache.spark.sql.functions.expr;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;

/**
 * Not a test: the same rows evaluated by one JVM (mlgate's pipeline over a CSV file, as {@code ml:evaluate} reads it)
 * and by {@link SparkEvaluation} in {@code local[2]} over Parquet, one after the other in one JVM; prints the elapsed
 * time, the throughput and the peak heap of each (in local mode the driver and both executors share the heap), and
 * checks that both give the same AUC. Asserts nothing about speed. Run (see README "Benchmarks"):
 * {@code java -Xmx3g <spark.jvm.flags> -cp <test classpath> org.mlgate.spark.SparkBenchmark <folder> [rows]}.
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("mlgate-spark-benchmark")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.files.maxPartitionBytes", "16m").config("spark.sql.files.openCostInBytes", "16m")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        try {
            String parquet = folder.resolve("predictions.parquet").toString();
            Path csvFolder = folder.resolve("predictions.csv.d");
            long start = System.nanoTime();
            Dataset<Row> generated = generate(spark, rows);
            generated.write().mode(SaveMode.Overwrite).parquet(parquet);
            spark.read().parquet(parquet).coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true")
                    .csv(csvFolder.toString());
            Path csv;
            try (Stream<Path> files = Files.list(csvFolder)) {
                csv = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
            }
            System.out.printf(Locale.ROOT, "Generated %,d rows as Parquet and CSV (%,d bytes) in %.1f s%n", rows,
                    Files.size(csv), (System.nanoTime() - start) / 1e9);

            resetPeaks();
            long t0 = System.nanoTime();
            Report one = Evaluation.run(request(SourceRequest.forPredictions(csv).withLabelColumn("actual")));
            double oneSeconds = (System.nanoTime() - t0) / 1e9;
            long onePeak = peakHeap();
            print("single JVM, CSV", rows, oneSeconds, onePeak, one);

            resetPeaks();
            long t1 = System.nanoTime();
            Report distributed = SparkEvaluation.of(request(SourceRequest.forPredictions(null)
                    .withLabelColumn("actual"))).named(parquet).evaluate(spark.read().parquet(parquet));
            double sparkSeconds = (System.nanoTime() - t1) / 1e9;
            long sparkPeak = peakHeap();
            print("Spark local[2], Parquet (" + spark.read().parquet(parquet).javaRDD().getNumPartitions()
                    + " partitions)", rows, sparkSeconds, sparkPeak, distributed);
            System.out.printf(Locale.ROOT, "throughput ratio (Spark / single JVM): %.2f; same aucRoc: %s%n",
                    oneSeconds / sparkSeconds, one.metrics().get("aucRoc").equals(distributed.metrics().get("aucRoc")));
        } finally {
            spark.stop();
        }
    }

    private static void print(String what, long rows, double seconds, long peak, Report report) {
        System.out.printf(Locale.ROOT, "%-40s %8.1f s  %,12.0f rows/s  peak heap %,6d MB  aucRoc %.6f%n", what,
                seconds, rows / seconds, peak >> 20, report.metrics().get("aucRoc"));
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static EvaluationRequest request(SourceRequest source) {
        return new EvaluationRequest(source, MetricOptions.defaults().withPositiveLabel("churn"),
                ErrorAnalysisOptions.defaults(),
                new ChecksOptions(null, "actual", null, null, null, ChecksOptions.DEFAULT_MINORITY_RATIO, Map.of()),
                null, List.of(), List.of("region", "plan"), BaselineOptions.none());
    }

    /** Churn predictions made up from hashes of the row number (as spark-local-gate's): the same every run. */
    private static Dataset<Row> generate(SparkSession spark, long rows) {
        return spark.range(0, rows, 1, 16)
                .withColumn("region", expr("element_at(array('north', 'south', 'east', 'west'),"
                        + " cast(pmod(xxhash64(id, 1), 4) + 1 as int))"))
                .withColumn("plan", expr("element_at(array('basic', 'plus', 'family'),"
                        + " cast(pmod(xxhash64(id, 2), 3) + 1 as int))"))
                .withColumn("tenure_months", expr("cast(pmod(xxhash64(id, 3), 72) as int)"))
                .withColumn("sessions", expr("cast(pmod(xxhash64(id, 5), 100) as int)"))
                .withColumn("z", expr("2.0 - 0.06 * tenure_months - 0.03 * sessions"))
                .withColumn("actual", expr("if(pmod(xxhash64(id, 7), 1000003) / 1000003.0 < 1 / (1 + exp(-z"
                        + " - if(region = 'south' and plan = 'family', 1.5, 0.0))), 'churn', 'stay')"))
                .withColumn("p_churn", expr("round(1 / (1 + exp(-(z + (pmod(xxhash64(id, 8), 1000003)"
                        + " / 1000003.0 - 0.5) * 2))), 4)"))
                .withColumn("p_stay", expr("round(1 - p_churn, 4)"))
                .withColumn("predicted", expr("if(p_churn >= 0.5, 'churn', 'stay')"))
                .selectExpr("region", "plan", "tenure_months", "sessions", "actual", "predicted", "p_stay",
                        "p_churn");
    }
}
