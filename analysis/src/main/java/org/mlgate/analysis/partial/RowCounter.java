package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.RowConsumers;
import org.mlgate.analysis.baseline.RowsDigest;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.CsvTable;
import org.mlgate.analysis.data.Rejection;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.model.PredictionColumns;

/**
 * Counts batches of rows as the one pass does: each row scored from its cells ({@link PredictionColumns}), rejected
 * rows applied to the bad-row policy, scored rows given to the consumers and the rows digest. The first failure
 * stops the counting and is kept in the {@link RowAccount}, for the merger to raise in row order.
 */
final class RowCounter {
    private final PredictionColumns columns;
    private final int width;
    private final BadRowPolicy policy;
    private final PlaceNamer place;
    final RowConsumers consumers;
    final RowAccount account = new RowAccount();
    final RowsDigest digest;
    /** The rows a partition covers but leaves to the template, which counted them. */
    final RowsDigest covered;

    /** Names a row's place for messages. */
    interface PlaceNamer {
        String of(long line);
    }

    RowCounter(PredictionColumns columns, int width, BadRowPolicy policy, PlaceNamer place, RowConsumers consumers) {
        this.columns = columns;
        this.width = width;
        this.policy = policy;
        this.place = place;
        this.consumers = consumers;
        this.digest = new RowsDigest(columns.featureColumns());
        this.covered = new RowsDigest(columns.featureColumns());
    }

    boolean failed() {
        return account.failure != null;
    }

    void count(List<CsvRow> rows) {
        if (failed() || rows.isEmpty()) {
            return;
        }
        try {
            List<ScoredRow> scored = new ArrayList<>(rows.size());
            List<Rejection> rejections = new ArrayList<>();
            for (CsvRow row : rows) {
                if (row.cells().length != width) {
                    rejections.add(new Rejection(row.line(), CsvTable.WRONG_CELL_COUNT, place.of(row.line())
                            + " has " + row.cells().length + " cells but the header has " + width + "."));
                    continue;
                }
                ScoredRow s = columns.score(row, rejections);
                if (s != null) {
                    scored.add(s);
                }
            }
            ScoredBatch batch = ScoredBatch.of(scored, columns.featureColumns().size(), rejections);
            for (Rejection rejection : batch.rejections()) {
                account.reject(rejection, policy);
                if (failed()) {
                    return;
                }
            }
            account.scored += batch.size();
            consumers.add(batch);
            for (ScoredRow row : batch.rows()) {
                digest.add(row);
            }
        } catch (InputException e) {
            account.failure = e.getMessage();
        }
    }

    /**
     * Adds rows that the template counted to the digest of the covered rows, and nothing else: {@code scratch} reads
     * them, so that this counter's columns do not count them twice (renormalised rows, labels seen).
     */
    void cover(List<CsvRow> rows, PredictionColumns scratch) {
        for (CsvRow row : rows) {
            ScoredRow scored = row.cells().length == width ? scratch.score(row, new ArrayList<>()) : null;
            if (scored != null) {
                covered.add(scored);
            }
        }
    }

    /** The account with what the columns counted (renormalised rows, labels seen) added. */
    RowAccount finishedAccount() {
        account.renormalised = columns.renormalisedRows();
        account.seenLabels.addAll(columns.seenLabels());
        return account;
    }
}
