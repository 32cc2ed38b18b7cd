package org.mlgate.analysis.diagnostics;

import java.util.List;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredBatch;

/**
 * The diagnostics' share of the one pass over the validation rows: the row sample that importance reads and the
 * per-fold metrics. Forks and merges like every consumer of the pass, with the same result on any number of
 * threads (the sample is keyed on each row's position, the folds' accumulators merge exactly).
 */
public final class RowDiagnostics {
    private final RowSample sample;
    private final FoldMetrics folds;

    private RowDiagnostics(RowSample sample, FoldMetrics folds) {
        this.sample = sample;
        this.folds = folds;
    }

    /**
     * @param featureColumns the source's feature columns (the fold column must be one)
     * @param file           the data file, for messages
     */
    public static RowDiagnostics of(Task task, List<String> featureColumns, List<String> probabilityLabels,
                                    int maxClasses, DiagnosticsOptions options, String file) {
        RowSample sample = options.importance() ? RowSample.of(options.importanceRows(), featureColumns.size())
                : null;
        FoldMetrics folds = options.foldColumn() == null ? null
                : FoldMetrics.of(task, probabilityLabels, maxClasses, options.foldColumn(), featureColumns, file);
        return new RowDiagnostics(sample, folds);
    }

    public RowDiagnostics fork() {
        return new RowDiagnostics(sample == null ? null : sample.fork(), folds == null ? null : folds.fork());
    }

    public void add(ScoredBatch batch) {
        if (sample != null) {
            sample.add(batch);
        }
        if (folds != null) {
            folds.add(batch);
        }
    }

    public void merge(RowDiagnostics later) {
        if (sample != null) {
            sample.merge(later.sample);
        }
        if (folds != null) {
            folds.merge(later.folds);
        }
    }

    /** The sampled rows, or null when importance is off. */
    public RowSample sample() {
        return sample;
    }

    /** The per-fold metrics, or null without a fold column. */
    public FoldMetrics folds() {
        return folds;
    }
}
