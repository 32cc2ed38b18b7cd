package org.mlgate.samples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportWriters;
import org.mlgate.analysis.report.RuleResult;
import org.mlgate.spark.SparkEvaluation;

/**
 * Writes a churn model's predictions for {@code rows} customers as Parquet (generated here, as a scoring job would
 * leave them in a data lake), evaluates them with mlgate on Spark in local[*] mode, writes the report into
 * {@code target/ml-report} and exits with 1 when the gate fails, which fails the build.
 */
public final class LocalGate {

    private LocalGate() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        SparkSession spark = SparkSession.builder().master("local[*]").appName("mlgate spark-local-gate")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                // A task holds a few dozen bytes per row of its partition until it hands over its state: partitions
                // of about a million rows (one Parquet file each, not several files packed into 128 MB splits).
                .config("spark.sql.files.maxPartitionBytes", "16m").config("spark.sql.files.openCostInBytes", "16m")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            long start = System.nanoTime();
            String parquet = target.resolve("predictions.parquet").toString();
            Predictions.generate(spark, rows).write().mode(SaveMode.Overwrite).parquet(parquet);
            long written = System.nanoTime();
            System.out.printf(Locale.ROOT, "Wrote %,d predictions to %s in %.1f s%n", rows, parquet,
                    (written - start) / 1e9);
            Report report = SparkEvaluation.of(request()).named(parquet).evaluate(spark.read().parquet(parquet));
            long evaluated = System.nanoTime();
            Path index = ReportWriters.prepare().write(report, target.resolve("ml-report"));
            System.out.printf(Locale.ROOT, "Evaluated %,d rows on Spark in %.1f s: aucRoc %.4f, recall %.4f%n",
                    report.data().rows(), (evaluated - written) / 1e9, report.metrics().get("aucRoc"),
                    report.metrics().get("recall"));
            for (RuleResult rule : report.rules()) {
                System.out.println((rule.failed() ? "VIOLATED " : "met ") + rule.message());
            }
            System.out.println("Report: " + index);
            if (!report.passed()) {
                System.out.println("Model quality gate failed.");
                System.exit(1);
            }
        } finally {
            spark.stop();
        }
    }

    /** Predictions-file roles (actual, predicted, p_<label>), the churn class positive, two slice columns, the gate. */
    static EvaluationRequest request() {
        Rule model = new Rule(Element.MODEL, List.of(), List.of(new Limit("aucRoc", "0.80", null),
                new Limit("recall", "0.60", null)));
        Rule slices = new Rule(Element.SLICE, List.of("region=*", "plan=*"),
                List.of(new Limit("accuracy", "0.70", null)));
        return new EvaluationRequest(SourceRequest.forPredictions(null).withLabelColumn("actual"),
                MetricOptions.defaults().withPositiveLabel("churn"), ErrorAnalysisOptions.defaults(),
                new ChecksOptions(null, "actual", null, null, null, ChecksOptions.DEFAULT_MINORITY_RATIO, Map.of()),
                null, List.of(model, slices), List.of("region", "plan"), BaselineOptions.none());
    }

    /** A churn model's predictions, made up row by row from hashes of the row number: the same every run. */
    static final class Predictions {
        private Predictions() {
        }

        static Dataset<Row> generate(SparkSession spark, long rows) {
            return spark.range(0, rows, 1, 16)
                    .withColumn("region", expr("element_at(array('north', 'south', 'east', 'west'),"
                            + " cast(pmod(xxhash64(id, 1), 4) + 1 as int))"))
                    .withColumn("plan", expr("element_at(array('basic', 'plus', 'family'),"
                            + " cast(pmod(xxhash64(id, 2), 3) + 1 as int))"))
                    .withColumn("tenure_months", expr("cast(pmod(xxhash64(id, 3), 72) as int)"))
                    .withColumn("monthly_spend", expr("round(5 + pmod(xxhash64(id, 4), 1000003) / 1000003.0 * 495,"
                            + " 2)"))
                    .withColumn("sessions", expr("cast(pmod(xxhash64(id, 5), 100) as int)"))
                    .withColumn("days_since_login", expr("round(pmod(xxhash64(id, 6), 1000003) / 1000.0, 3)"))
                    .withColumn("z", expr("2.0 - 0.06 * tenure_months + 0.004 * monthly_spend - 0.03 * sessions"
                            + " + 0.002 * days_since_login"))
                    // The weak spot: in the south, family plans churn more than the model (which sees z) expects.
                    .withColumn("actual", expr("if(pmod(xxhash64(id, 7), 1000003) / 1000003.0 < 1 / (1 + exp(-z"
                            + " - if(region = 'south' and plan = 'family', 3.0, 0.0))), 'churn', 'stay')"))
                    .withColumn("p_churn", expr("round(1 / (1 + exp(-(z + (pmod(xxhash64(id, 8), 1000003)"
                            + " / 1000003.0 - 0.5) * 2))), 4)"))
                    .withColumn("p_stay", expr("round(1 - p_churn, 4)"))
                    .withColumn("predicted", expr("if(p_churn >= 0.5, 'churn', 'stay')"))
                    .select(col("region"), col("plan"), col("tenure_months"), col("monthly_spend"), col("sessions"),
                            col("days_since_login"), col("actual"), col("predicted"), col("p_stay"), col("p_churn"));
        }
    }
}
