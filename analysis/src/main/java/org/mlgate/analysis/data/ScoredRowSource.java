package org.mlgate.analysis.data;

import java.util.List;
import java.util.Optional;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.model.ModelInfo;

/**
 * A stream of scored rows in three steps, so that scoring can run on every core while the file is read once, in
 * order: {@link #read} (one thread, file order), {@link #score} (any thread, any order) and {@link #account} (one
 * thread, file order again: bad rows and counts). {@link #nextBatch} does the three in a row for callers that need no
 * threads. Opened by {@link org.mlgate.analysis.model.ScoredRowSources}; throws
 * {@link org.mlgate.analysis.InputException} on bad input, naming the file and the line.
 */
public interface ScoredRowSource extends AutoCloseable {

    Task task();

    ModelInfo model();

    /** The columns kept as features for error analysis and checks, in the order of {@link ScoredRow#cells()}. */
    List<String> featureColumns();

    /** The labels of {@link ScoredRow#probabilities()}, in order; empty when the predictions have none. */
    List<String> probabilityLabels();

    /**
     * The labels the model knows (its output domain), in a stable order; empty for regression and for a
     * predictions file.
     */
    List<String> modelLabels();

    /** The next rows of the file, at most {@code max}, unparsed; empty at the end. Not thread-safe. */
    RawRows read(int max);

    /**
     * The next stretch of the file as bytes of whole rows, about {@code targetBytes} long, or null at the end: the
     * reading thread only cuts the file, and {@link #rows} turns the chunk into rows on any thread. Not thread-safe;
     * mixes with {@link #read} in file order.
     */
    RowChunk readChunk(int targetBytes);

    /** The rows of a chunk from {@link #readChunk}: safe to call from several threads at once. */
    RawRows rows(RowChunk chunk);

    /**
     * Scores rows read by {@link #read}: safe to call from several threads at once. A row that cannot be scored is a
     * {@link Rejection} in the batch, never an exception, so that the first bad row is found in file order.
     */
    ScoredBatch score(RawRows rows);

    /**
     * Counts a scored batch and applies its rejections to the bad-row policy (which throws for {@code onBadRow=fail});
     * call it for every batch, in file order, from one thread.
     */
    void account(ScoredBatch batch);

    /**
     * End-of-data checks that need every row (a probability column whose label never occurred): call once, after the
     * last batch was accounted. Does nothing by default.
     */
    default void finish() {
    }

    /** The next scored rows, at most {@code max}; an empty list at the end of the data. */
    default List<ScoredRow> nextBatch(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("A batch holds at least one row, not " + max);
        }
        while (true) {
            RawRows raw = read(max);
            if (raw.isEmpty()) {
                finish();
                return List.of();
            }
            ScoredBatch batch = score(raw);
            account(batch);
            if (!batch.rows().isEmpty()) {
                return batch.rows();
            }
        }
    }

    /**
     * The rows as read, rebuilt from scored rows whose feature cells an analysis may have changed, so that they can be
     * {@link #score}d again (permutation importance shuffles a column's cells among rows). Thread-safe. Empty when
     * the predictions do not come from the cells (a predictions file).
     */
    default Optional<RawRows> rescorable(List<ScoredRow> rows) {
        return Optional.empty();
    }

    /** What the validation data was; complete once the source is exhausted. */
    DataInfo dataInfo();

    /** Sentences for the report's notes (ignored columns, renormalised or skipped rows). Complete at the end. */
    List<String> notes();

    /**
     * The Tribuo model behind the predictions, for the checks that read its training record (provenance, label
     * counts, feature ranges); empty for a predictions file.
     */
    default Optional<org.tribuo.Model<?>> tribuoModel() {
        return Optional.empty();
    }

    @Override
    void close();
}
