package org.mlgate.analysis.data;

import java.util.List;
import java.util.Optional;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.model.ModelInfo;

/**
 * A stream of scored rows, read in batches so that memory does not grow with the row count. Opened by
 * {@link org.mlgate.analysis.model.ScoredRowSources}; throws {@link org.mlgate.analysis.InputException} on bad
 * input, naming the file and the line.
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

    /** The next rows, at most {@code max}; an empty list at the end of the data. */
    List<ScoredRow> nextBatch(int max);

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
