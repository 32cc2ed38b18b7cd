package org.mlgate.samples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.spark.SparkEvaluation;

/**
 * The cluster's side: counts a churn model's predictions on Spark, partition by partition, and writes the partial
 * states into {@code target/partials}, where the build's ml:evaluate merges and gates them. The gate's rules live in
 * the POM; what this job fixes is what is counted (the slice columns), which the POM repeats.
 */
public final class WritePartials {

    private WritePartials() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        SparkSession spark = SparkSession.builder().master("local[*]").appName("mlgate spark-partials-gate")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            long start = System.nanoTime();
            Path folder = target.resolve("partials");
            Report merged = SparkEvaluation.of(request()).named("churn scores of the month")
                    .writePartials(predictions(spark, rows), folder);
            System.out.printf(Locale.ROOT, "Wrote the partial states of %,d rows into %s in %.1f s (aucRoc %.4f)%n",
                    merged.data().rows(), folder, (System.nanoTime() - start) / 1e9, merged.metrics().get("aucRoc"));
        } finally {
            spark.stop();
        }
    }

    /** What is counted: predictions-file roles and the slice columns; the gate is the POM's. */
    static EvaluationRequest request() {
        return new EvaluationRequest(SourceRequest.forPredictions(null).withLabelColumn("actual"),
                MetricOptions.defaults().withPositiveLabel("churn"), ErrorAnalysisOptions.defaults(),
                new ChecksOptions(null, "actual", null, null, null, ChecksOptions.DEFAULT_MINORITY_RATIO, Map.of()),
                null, List.of(), List.of("region", "plan"), BaselineOptions.none());
    }

    /** A churn model's predictions, made up row by row from hashes of the row number: the same every run. */
    static Dataset<Row> predictions(SparkSession spark, long rows) {
        return spark.range(0, rows, 1, 8)
                .withColumn("region", expr("element_at(array('north', 'south', 'east', 'west'),"
                        + " cast(pmod(xxhash64(id, 1), 4) + 1 as int))"))
                .withColumn("plan", expr("element_at(array('basic', 'plus', 'family'),"
                        + " cast(pmod(xxhash64(id, 2), 3) + 1 as int))"))
                .withColumn("tenure_months", expr("cast(pmod(xxhash64(id, 3), 72) as int)"))
                .withColumn("monthly_spend", expr("round(5 + pmod(xxhash64(id, 4), 1000003) / 1000003.0 * 495, 2)"))
                .withColumn("sessions", expr("cast(pmod(xxhash64(id, 5), 100) as int)"))
                .withColumn("days_since_login", expr("round(pmod(xxhash64(id, 6), 1000003) / 1000.0, 3)"))
                .withColumn("z", expr("2.0 - 0.06 * tenure_months + 0.004 * monthly_spend - 0.03 * sessions"
                        + " + 0.002 * days_since_login"))
                .withColumn("actual", expr("if(pmod(xxhash64(id, 7), 1000003) / 1000003.0 < 1 / (1 + exp(-z)),"
                        + " 'churn', 'stay')"))
                .withColumn("p_churn", expr("round(1 / (1 + exp(-(z + (pmod(xxhash64(id, 8), 1000003)"
                        + " / 1000003.0 - 0.5) * 2))), 4)"))
                .withColumn("p_stay", expr("round(1 - p_churn, 4)"))
                .withColumn("predicted", expr("if(p_churn >= 0.5, 'churn', 'stay')"))
                .select(col("region"), col("plan"), col("tenure_months"), col("monthly_spend"), col("sessions"),
                        col("days_since_login"), col("actual"), col("predicted"), col("p_stay"), col("p_churn"));
    }
}
