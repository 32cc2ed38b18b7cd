package org.mlgate.analysis.benchmark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.model.ValueKinds;
import org.mlgate.analysis.partial.PartialMerger;
import org.mlgate.analysis.partial.PartialSpec;
import org.mlgate.analysis.partial.PartialTemplate;
import org.mlgate.analysis.partial.PartitionCounter;
import org.mlgate.analysis.report.Report;

/**
 * How the cost of partial states grows with the number of partitions (1, 10, 100, 1,000) for the same rows: the
 * counting of every partition from the template's bytes (what the executors do, here one after another), the bytes of
 * the states, the merge (adding the states in order) and the report of the merge. Prints figures, asserts nothing.
 * Run with the other benchmarks ({@code mvn -B -pl analysis -am -Pbenchmark verify -DskipTests}) or alone, after
 * {@code test-compile}: {@code java -Xmx2g -cp <test classpath> org.mlgate.analysis.benchmark.PartialMergeBenchmark
 * [rows]} (default 1,000,000).
 */
public final class PartialMergeBenchmark {
    private static final List<String> COLUMNS = List.of("region", "plan", "tenure_months", "actual", "predicted",
            "p_stay", "p_churn");
    private static final String[] REGIONS = {"north", "south", "east", "west"};
    private static final String[] PLANS = {"basic", "plus", "family"};

    /** Row {@code i} of a churn model's predictions, made up from a hash of i: the same every run. */
    private static CsvRow row(long i) {
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 15);
        String region = REGIONS[random.nextInt(4)];
        String plan = PLANS[random.nextInt(3)];
        int tenure = random.nextInt(72);
        double z = 1.5 - 0.05 * tenure + (region.equals("south") && plan.equals("family") ? 1.0 : 0.0);
        boolean churn = random.nextDouble() < 1 / (1 + Math.exp(-z));
        double p = Math.round(1e4 / (1 + Math.exp(-(z + random.nextDouble() - 0.5)))) / 1e4;
        String[] cells = {region, plan, Integer.toString(tenure), churn ? "churn" : "stay", p >= 0.5 ? "churn" : "stay",
                String.format(Locale.ROOT, "%.4f", 1 - p), String.format(Locale.ROOT, "%.4f", p)};
        return new CsvRow(i + 1, i, cells);
    }

    private static Iterator<CsvRow> rows(long from, long to) {
        return new Iterator<>() {
            long next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public CsvRow next() {
                return row(next++);
            }
        };
    }

    private static EvaluationRequest request() {
        return new EvaluationRequest(SourceRequest.forPredictions(null).withLabelColumn("actual"),
                MetricOptions.defaults().withPositiveLabel("churn"), ErrorAnalysisOptions.defaults(),
                new ChecksOptions(null, "actual", null, null, null, ChecksOptions.DEFAULT_MINORITY_RATIO, Map.of()),
                null, List.of(), List.of("region", "plan"), BaselineOptions.none());
    }

    private PartialMergeBenchmark() {
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        PartialSpec spec = new PartialSpec("generated churn predictions", null, COLUMNS, request(), "Row");
        System.out.printf(Locale.ROOT, "%,d rows, binary classification with probabilities, 2 slice columns%n", rows);
        System.out.println("partitions | count all partitions (s) | state bytes | merge: add states (s) | report (s)");
        for (int partitions : new int[] {1, 10, 100, 1000}) {
            PartialTemplate template = PartialTemplate.count(spec, () -> {
                ValueKinds.Scan scan = new ValueKinds.Scan();
                scan.add("churn");
                scan.add("stay");
                return scan.kinds();
            }, rows(0, rows));
            byte[] templateState = template.write(partitions);
            long start = System.nanoTime();
            List<byte[]> states = new ArrayList<>();
            long bytes = templateState.length;
            for (int p = 0; p < partitions; p++) {
                long from = rows * p / partitions;
                long to = rows * (p + 1) / partitions;
                PartitionCounter counter = PartialTemplate.read("template", templateState, null)
                        .partition(p, partitions, from);
                rows(from, to).forEachRemaining(counter::add);
                byte[] state = counter.finish();
                bytes += state.length;
                states.add(state);
            }
            long counted = System.nanoTime();
            PartialMerger merger = PartialMerger.of("template", templateState, request(), "The states");
            for (int p = 0; p < partitions; p++) {
                merger.add("partition " + p, states.get(p));
                states.set(p, null);
            }
            long merged = System.nanoTime();
            Report report = merger.report();
            long reported = System.nanoTime();
            System.out.printf(Locale.ROOT, "%,10d | %24.2f | %,11d | %21.2f | %10.2f   (aucRoc %.6f)%n", partitions,
                    (counted - start) / 1e9, bytes, (merged - counted) / 1e9, (reported - merged) / 1e9,
                    report.metrics().get("aucRoc"));
        }
    }
}
