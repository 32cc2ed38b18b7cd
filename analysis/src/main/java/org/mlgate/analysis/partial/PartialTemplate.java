package org.mlgate.analysis.partial;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.RowConsumers;
import org.mlgate.analysis.checks.ChecksState;
import org.mlgate.analysis.checks.DataChecks;
import org.mlgate.analysis.checks.TrainingFacts;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.PredictionColumns;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.model.ValueKinds;

/**
 * The first rows of the data counted in one place, with every decision that the one pass takes from them (the slice
 * bins, the large-error threshold, the error sliceError auto compares): what every partition forks, so that each
 * counts exactly as the one pass would. Made from the first rows in order ({@link #count}), written once
 * ({@link #write}) and handed to every partition (a Spark broadcast), read back there ({@link #read}).
 *
 * <p>A partition does not count the rows the template counted: the template covers positions 0 to
 * {@link #rows()} - 1 of the whole data, whichever partitions hold them.
 */
public final class PartialTemplate {
    /** Rows scored at a time, as the one pass scores them. */
    static final int BATCH = 1024;

    private final StateHeader.Shared shared;
    private final PredictionColumns columns;
    private final CountedRows counted;
    private final long rows;
    private final EvaluationRequest request;
    private byte[] sections;
    private RowConsumers frozen;
    private long[] rowHashes;

    private PartialTemplate(StateHeader.Shared shared, PredictionColumns columns, CountedRows counted, long rows,
                            EvaluationRequest request) {
        this.shared = shared;
        this.columns = columns;
        this.counted = counted;
        this.rows = rows;
        this.request = request;
    }

    /**
     * Counts the first rows of the data, in order, until every decision is taken (10,000 rows at most; fewer in wide
     * tables), or all of them when there are fewer.
     *
     * @param kinds what the actual and predicted cells of the whole data hold, asked only when the task must be
     *              inferred and there are no probability columns
     * @param rows  the data's rows from the first, with their global positions as ordinals
     * @throws InputException for a bad row (onBadRow=fail), a missing column, or any other mistake in the rows
     */
    public static PartialTemplate count(PartialSpec spec, Supplier<ValueKinds> kinds, Iterator<CsvRow> rows) {
        EvaluationRequest request = spec.request();
        PredictionColumns columns = PredictionColumns.open(spec.columns(), request.source(),
                "The data " + spec.dataName(), "", kinds, spec::place);
        StateFormat.requireCovered(columns.task(), "The data " + spec.dataName());
        RowConsumers consumers = new RowConsumers(columns.task(), columns.featureColumns(),
                columns.probabilityLabels(), TrainingFacts.none(), request);
        RowCounter counter = new RowCounter(columns, spec.columns().size(), request.source().onBadRow() == null
                ? org.mlgate.analysis.data.BadRowPolicy.FAIL : request.source().onBadRow(), spec::place, consumers);
        long counted = 0;
        while (!consumers.decided()) {
            List<CsvRow> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && rows.hasNext()) {
                CsvRow row = rows.next();
                if (row.ordinal() != counted + batch.size()) {
                    throw new IllegalArgumentException("the first rows must come in order from position 0; row "
                            + row.ordinal() + " came at position " + (counted + batch.size()));
                }
                batch.add(row);
            }
            if (batch.isEmpty()) {
                consumers.decide(); // the data ended first: decide from what there is, as the one pass would
                break;
            }
            counter.count(batch);
            if (counter.failed()) {
                throw new InputException(counter.account.failure);
            }
            counted += batch.size();
        }
        List<String> notes = columns.inferredNote().map(List::of).orElse(List.of());
        StateHeader.Shared shared = shared(spec, columns);
        return new PartialTemplate(shared, columns, new CountedRows(counter.finishedAccount(), notes,
                counter.digest, counter.covered, consumers), counted, request);
    }

    private static StateHeader.Shared shared(PartialSpec spec, PredictionColumns columns) {
        EvaluationRequest request = spec.request();
        ErrorAnalysisOptions errors = request.errors();
        SourceRequest source = request.source();
        return new StateHeader.Shared(spec.dataName(), spec.dataSha256(), spec.positionWord(), columns.task(),
                spec.columns(), columns.actualColumn(), columns.predictedColumn(), columns.probabilityPrefix(),
                errors.idColumn(), request.checks().groupColumn(), request.checks().timeColumn(),
                columns.featureColumns(), columns.probabilityLabels(), request.sliceColumns(),
                request.metricOptions().positiveLabel(), errors.confidentMistakes(), errors.largestResiduals(),
                errors.examplesPerPair(), errors.numericBins(), errors.maxDepth(), errors.maxDistinctValues(),
                errors.sliceError(), request.metricOptions().maxClasses(),
                source.onBadRow() == null ? org.mlgate.analysis.data.BadRowPolicy.FAIL : source.onBadRow(), 0, "");
    }

    /**
     * Reads a template that {@link #write} wrote, to count partitions from it (on an executor) or to merge them
     * into it.
     *
     * @param request the options its parts are made with: the merger's (result-time options such as minSliceSize
     *                come from it), or null on an executor (they come from the header)
     */
    public static PartialTemplate read(String name, byte[] state, EvaluationRequest request) {
        try (StateReader reader = StateReader.open(name, state)) {
            return read(reader, request);
        }
    }

    static PartialTemplate read(StateReader reader, EvaluationRequest request) {
        StateHeader header = reader.header();
        if (header.kind() != StateHeader.Kind.TEMPLATE) {
            throw StateReader.rejected(reader.name(), StateRejection.incompatible("is a " + header.kind()
                    .name().toLowerCase(java.util.Locale.ROOT) + " state, not a template"));
        }
        StateHeader.Shared shared = header.shared();
        EvaluationRequest options = request != null ? request : Requests.fromHeader(shared);
        try {
            PredictionColumns columns = Requests.columns(shared);
            RowConsumers consumers = new RowConsumers(shared.task(), shared.featureColumns(),
                    shared.probabilityLabels(), TrainingFacts.none(), options);
            CountedRows counted = CountedRows.read(reader.sections(), consumers, new PartContext(header, null,
                    (line, stored) -> () -> stored));
            columns.addCounts(counted.account().renormalised, counted.account().seenLabels);
            if (!consumers.decided()) {
                throw StateRejection.damaged("its decisions are not all taken");
            }
            return new PartialTemplate(shared, columns, counted, header.rows(), options);
        } catch (StateRejection e) {
            throw StateReader.rejected(reader.name(), e);
        }
    }

    /**
     * The cells of a row as a duplicate example shows them: what a writer that can reach any row puts into an
     * examples state for the lines {@link PartialMerger#missingExamples()} names. Null for a row that cannot be
     * scored (it is no duplicate).
     */
    public Map<String, String> exampleCells(CsvRow row) {
        ScoredRow scored = Requests.columns(shared).score(row, new ArrayList<>());
        return scored == null ? null : ChecksState.preview(PartCodecs.part(consumers(), DataChecks.class), scored);
    }

    /** The rows the template counted: positions 0 to rows() - 1 of the data. */
    public long rows() {
        return rows;
    }

    /** The template's state, for a data set of {@code partitions} partitions. */
    public byte[] write(int partitions) {
        StateHeader header = new StateHeader(StateFormat.mlgateVersion(), StateHeader.Kind.TEMPLATE,
                shared().withPartitions(partitions), -1, 0, rows);
        return StateWriter.bytes(header, sectionsOutput());
    }

    /** A counter for one partition: its place among {@code partitions}, and the position of its first row. */
    public PartitionCounter partition(int ordinal, int partitions, long firstIndex) {
        if (ordinal < 0 || ordinal >= partitions || firstIndex < 0) {
            throw new IllegalArgumentException("partition " + ordinal + " of " + partitions + " from row "
                    + firstIndex);
        }
        return new PartitionCounter(this, ordinal, partitions, firstIndex);
    }

    /** What every state of this evaluation shares, the template's digest included. */
    StateHeader.Shared shared() {
        if (!shared.templateDigest().isEmpty()) {
            return shared; // read back: the digest came with it
        }
        return shared.withTemplateDigest(digest(sections()));
    }

    private StateOutput sectionsOutput() {
        StateOutput out = new StateOutput();
        out.writeBytes(sections());
        return out;
    }

    private byte[] sections() {
        if (sections == null) {
            sections = counted.write(new PartContext(null, null, null)).toByteArray();
        }
        return sections;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    PredictionColumns columns() {
        return columns;
    }

    CountedRows counted() {
        return counted;
    }

    RowConsumers consumers() {
        return counted.consumers();
    }

    /**
     * An empty fork of the template that partitions fork in turn, as the one pass forks its chunks: the template's own
     * consumers may then take merges while partitions are still counted.
     */
    synchronized RowConsumers frozen() {
        if (frozen == null) {
            frozen = consumers().fork();
            rowHashes = ChecksState.rowHashes(PartCodecs.part(consumers(), DataChecks.class));
        }
        return frozen;
    }

    /** Whether a row hash is one of the rows the template counted (before any merge into it). */
    boolean countedRow(long rowHash) {
        frozen();
        return Arrays.binarySearch(rowHashes, rowHash) >= 0;
    }

    EvaluationRequest request() {
        return request;
    }

    MetricOptions metricOptions() {
        return request.metricOptions();
    }
}
