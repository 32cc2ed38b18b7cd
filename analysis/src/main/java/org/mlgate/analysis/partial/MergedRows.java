package org.mlgate.analysis.partial;

import java.util.List;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.data.RawRows;
import org.mlgate.analysis.data.RowChunk;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.model.ModelInfo;

/**
 * What the merged states say of their rows, as the source the report is made from: task, columns, data and notes.
 * It reads no row: the rows were counted where the states were written.
 */
final class MergedRows implements ScoredRowSource {
    private final StateHeader.Shared shared;
    private final long scored;
    private final long skipped;
    private final List<String> notes;

    MergedRows(StateHeader.Shared shared, long scored, long skipped, List<String> notes) {
        this.shared = shared;
        this.scored = scored;
        this.skipped = skipped;
        this.notes = List.copyOf(notes);
    }

    @Override
    public Task task() {
        return shared.task();
    }

    @Override
    public ModelInfo model() {
        return ModelInfo.predictionsFile(shared.dataName(), shared.dataSha256());
    }

    @Override
    public List<String> featureColumns() {
        return shared.featureColumns();
    }

    @Override
    public List<String> probabilityLabels() {
        return shared.probabilityLabels();
    }

    @Override
    public List<String> modelLabels() {
        return List.of();
    }

    @Override
    public RawRows read(int max) {
        return new RawRows(List.of());
    }

    @Override
    public RowChunk readChunk(int targetBytes) {
        return null;
    }

    @Override
    public RawRows rows(RowChunk chunk) {
        return new RawRows(List.of());
    }

    @Override
    public ScoredBatch score(RawRows rows) {
        return ScoredBatch.of(List.of());
    }

    @Override
    public void account(ScoredBatch batch) {
    }

    @Override
    public DataInfo dataInfo() {
        return new DataInfo(shared.dataName(), shared.dataSha256(), scored, skipped, null);
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() {
    }
}
