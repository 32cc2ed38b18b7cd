package org.mlgate.analysis.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.data.DataTable;
import org.mlgate.analysis.data.RawRows;
import org.mlgate.analysis.data.RowChunk;
import org.mlgate.analysis.data.Rejection;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.data.Sha256;

/**
 * Predictions mode: a file of precomputed predictions from any model, with an actual column, a predicted column
 * and/or probability columns {@code <prefix><label>}; every other column is kept as a feature column.
 *
 * <p>Without a task, the file is classification when it has probability columns or a non-numeric actual or
 * predicted cell, and regression otherwise (decided by a first pass over the file, which stops at the first
 * non-numeric cell). How a row is read is {@link PredictionColumns}'s.
 *
 * <p>{@link #read} and {@link #account} from one thread in file order; {@link #score} from any thread (it shares only
 * concurrent counters).
 */
final class PredictionsFileSource implements ScoredRowSource {

    private final Path file;
    private final DataTable table;
    private final BadRows badRows;
    private final PredictionColumns columns;
    private long scored;
    private boolean exhausted;
    private String sha256;

    private PredictionsFileSource(Path file, DataTable table, BadRows badRows, PredictionColumns columns) {
        this.file = file;
        this.table = table;
        this.badRows = badRows;
        this.columns = columns;
        table.numbersOnly(columns.numberOnlyColumns()); // a Parquet file need not write probabilities out as text
    }

    static PredictionsFileSource open(SourceRequest request) {
        Path file = request.predictions();
        BadRows badRows = new BadRows(request.onBadRowOrDefault());
        DataTable table = DataTable.open(file, badRows, request.formatOrDefault());
        try {
            PredictionColumns columns = PredictionColumns.open(table.header(), request,
                    "The predictions file " + file, table.delimiterHint(),
                    () -> ValueKinds.scan(file, request.formatOrDefault(), request.labelColumnOrDefault(),
                            request.predictionColumnOrDefault()),
                    table::where);
            return new PredictionsFileSource(file, table, badRows, columns);
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    @Override
    public Task task() {
        return columns.task();
    }

    @Override
    public ModelInfo model() {
        if (sha256 == null) {
            try {
                sha256 = exhausted ? table.sha256() : Sha256.ofFile(file);
            } catch (IOException e) {
                throw new InputException("The predictions file " + file + " cannot be read (" + e.getMessage()
                        + "); check that it is a readable file.", e);
            }
        }
        return ModelInfo.predictionsFile(file.toString(), sha256);
    }

    @Override
    public List<String> featureColumns() {
        return columns.featureColumns();
    }

    @Override
    public List<String> probabilityLabels() {
        return columns.probabilityLabels();
    }

    @Override
    public List<String> modelLabels() {
        return List.of();
    }

    @Override
    public RowChunk readChunk(int targetBytes) {
        RowChunk chunk = exhausted ? null : table.nextChunk(targetBytes);
        exhausted |= chunk == null;
        return chunk;
    }

    @Override
    public RawRows rows(RowChunk chunk) {
        return new RawRows(table.rows(chunk));
    }

    @Override
    public RawRows read(int max) {
        List<CsvRow> rows = new ArrayList<>(Math.min(max, 4096));
        while (rows.size() < max && !exhausted) {
            CsvRow row = table.nextAny();
            if (row == null) {
                exhausted = true;
                break;
            }
            rows.add(row);
        }
        return new RawRows(rows);
    }

    @Override
    public ScoredBatch score(RawRows raw) {
        List<ScoredRow> out = new ArrayList<>(raw.size());
        List<CsvRow> scoredRows = new ArrayList<>(raw.size());
        List<Rejection> rejections = new ArrayList<>();
        for (CsvRow row : raw.rows()) {
            if (!table.hasAllCells(row)) {
                rejections.add(table.malformed(row));
                continue;
            }
            ScoredRow scoredRow = columns.score(row, rejections);
            if (scoredRow != null) {
                out.add(scoredRow);
                scoredRows.add(row);
            }
        }
        return new ScoredBatch(out, columns.featureNumbers(scoredRows), rejections);
    }

    @Override
    public void account(ScoredBatch batch) {
        batch.rejections().forEach(rejection -> rejection.applyTo(badRows));
        scored += batch.size();
    }

    @Override
    public void finish() {
        columns.requireProbabilityLabelsOccur(scored);
    }

    @Override
    public DataInfo dataInfo() {
        return new DataInfo(file.toString(), exhausted ? table.sha256() : null, scored, badRows.skipped(), null);
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>(columns.notes(badRows.note()));
        notes.addAll(table.notes());
        return notes;
    }

    @Override
    public void close() {
        table.close();
    }
}
