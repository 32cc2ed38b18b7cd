package org.mlgate.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.partial.PartialMerger;
import org.mlgate.analysis.partial.PartialSpec;
import org.mlgate.analysis.partial.PartialStates;
import org.mlgate.analysis.partial.PartialTemplate;
import org.mlgate.analysis.report.Report;

/**
 * Evaluates a {@code Dataset<Row>} of predictions on Spark and gives the report that one pass of {@code ml:evaluate}
 * over the same rows gives: the same metrics, intervals, error analysis, checks, slices and gate.
 *
 * <p>The Dataset has the columns of a predictions file: the actual value ({@code labelColumn}, default
 * {@code actual}), the predicted value ({@code predictionColumn}, default {@code predicted}) and/or probability
 * columns ({@code p_<label>}); every other column is a feature, for error analysis, slices and checks (id, group,
 * time columns). The request's source names these roles (its files are not read); its options, rules and baseline
 * report are the evaluation's.
 *
 * <p>How: (1) a count of each partition's rows (a projection that reads no column), so that every row knows its
 * position in the whole Dataset, which keys the bootstrap and the samples; (2) the first rows, taken to the driver,
 * make the template (every decision taken from the first rows); (3) one job counts every partition into a fork of the
 * broadcast template and returns its state; the driver merges the states in partition order as they arrive
 * ({@link OrderedMerge}); (4) the cells of duplicate examples whose earlier copy was in another partition are read
 * back from their partitions (a job over those partitions only). The Dataset is read three times (once without its
 * columns): cache it first if it is costly to compute or not deterministic (a merge that finds other rows than the
 * count says so).
 */
public final class SparkEvaluation {
    private final EvaluationRequest request;
    private final String dataName;
    private final long firstLine;
    private final String positionWord;

    private SparkEvaluation(EvaluationRequest request, String dataName, long firstLine, String positionWord) {
        this.request = request;
        this.dataName = dataName;
        this.firstLine = firstLine;
        this.positionWord = positionWord;
    }

    /** An evaluation with these roles, options and rules; rows are named by their 1-based position ("Row 12"). */
    public static SparkEvaluation of(EvaluationRequest request) {
        return new SparkEvaluation(request, "the Dataset", 1, "Row");
    }

    /** Names the data in the report (data.path) and in messages, such as the Parquet folder the Dataset reads. */
    public SparkEvaluation named(String name) {
        return new SparkEvaluation(request, name, firstLine, positionWord);
    }

    /**
     * Names rows by the line they have in a CSV file with a header ("Line 12" is the 11th row), for a Dataset read
     * from such a file: the report then names the same lines as ml:evaluate on the file.
     */
    public SparkEvaluation withCsvLines() {
        return new SparkEvaluation(request, dataName, 2, "Line");
    }

    /** The report of every row of {@code predictions}, judged by the request's rules. */
    public Report evaluate(Dataset<Row> predictions) {
        return run(predictions, null);
    }

    /**
     * Writes the partial states of {@code predictions} into {@code folder} (template.mlgstate, part-NNNNN.mlgstate
     * and, when needed, examples.mlgstate), for {@code ml:evaluate} with {@code <partials>} to gate; the states are
     * written from the driver, which merges them on the way, and the report of that merge is returned.
     */
    public Report writePartials(Dataset<Row> predictions, Path folder) {
        return run(predictions, folder);
    }

    private Report run(Dataset<Row> data, Path folder) {
        JavaRDD<Row> rows = data.javaRDD();
        long[] firstIndex = DataScans.firstIndexes(data);
        int partitions = firstIndex.length;
        if (rows.getNumPartitions() != partitions) {
            throw new IllegalStateException("the Dataset's rows come in " + rows.getNumPartitions()
                    + " partitions, its count in " + partitions);
        }
        PartialSpec spec = new PartialSpec(dataName, null, List.of(data.columns()), request, positionWord);
        PartialTemplate template = PartialTemplate.count(spec, () -> DataScans.kinds(data,
                List.of(spec.request().source().labelColumn(), predictionColumn())), new FirstRows(data, firstLine));
        byte[] templateState = template.write(partitions);
        if (folder != null) {
            PartialStates.write(folder, templateState);
        }
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext());
        Broadcast<byte[]> shared = spark.broadcast(templateState);
        try {
            JavaRDD<byte[]> states = rows.mapPartitionsWithIndex(new PartitionStates(shared, firstIndex, firstLine),
                    true);
            PartialMerger merger = new PartialMerger(template, partitions, "The Dataset " + dataName);
            OrderedMerge.run(states, (partition, state) -> {
                merger.add("partition " + partition + " of " + dataName, state);
                if (folder != null) {
                    PartialStates.write(folder, state);
                }
            });
            Map<Long, Map<String, String>> examples = examples(merger, template, rows, firstIndex);
            examples.forEach(merger::fillExample);
            if (folder != null && !examples.isEmpty()) {
                PartialStates.write(folder, PartialStates.examples(template, partitions, examples));
            }
            return merger.report();
        } finally {
            shared.destroy();
        }
    }

    private String predictionColumn() {
        String column = request.source().predictionColumn();
        return column == null || column.isBlank() ? "predicted" : column.trim();
    }

    /** The cells of the duplicate examples whose earlier copy was in another partition, read back by position. */
    private Map<Long, Map<String, String>> examples(PartialMerger merger, PartialTemplate template, JavaRDD<Row> rows,
                                                    long[] firstIndex) {
        List<Long> lines = merger.missingExamples();
        if (lines.isEmpty()) {
            return Map.of();
        }
        Set<Long> positions = lines.stream().map(line -> line - firstLine).collect(Collectors.toSet());
        Map<Long, Map<String, String>> examples = new HashMap<>();
        DataScans.rowsAt(rows, firstIndex, positions).forEach((position, cells) -> examples.put(position + firstLine,
                template.exampleCells(new CsvRow(position + firstLine, position, cells))));
        return examples;
    }
}
