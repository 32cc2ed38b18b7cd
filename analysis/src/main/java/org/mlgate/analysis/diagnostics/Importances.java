package org.mlgate.analysis.diagnostics;

import java.util.List;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.metrics.MetricOptions;

/** Which importance a run gets: permutation importance when the source can score changed rows, else the association. */
public final class Importances {
    private Importances() {
    }

    /**
     * @param metrics the metrics the rules gate (the headline metric when none); permutation importance measures
     *                them all, the first ranks
     * @param options the run's options with the positive label of the pooled result
     * @return null when importance is off or no row was sampled
     */
    public static Importance compute(ScoredRowSource source, RowSample sample, List<String> metrics,
                                     MetricOptions options, DiagnosticsOptions diagnostics, int threads) {
        if (sample == null || sample.seen() == 0) {
            return null;
        }
        List<org.mlgate.analysis.data.ScoredRow> rows = sample.rows();
        if (source.rescorable(rows.subList(0, 1)).isPresent()) {
            return new PermutationImportance(source, metrics, options, diagnostics.importanceRepeats(), threads)
                    .compute(rows, sample.seen());
        }
        return ErrorAssociation.compute(source.task(), source.featureColumns(), rows, sample.seen(),
                options.bootstrapReplicates(), options.confidenceLevel(), options.seed());
    }
}
