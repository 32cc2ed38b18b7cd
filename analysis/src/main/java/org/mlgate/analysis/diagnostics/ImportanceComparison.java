package org.mlgate.analysis.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This run's importance ranks against the baseline report's: which columns the model relies on more, or less, than
 * the champion did. Ranks compare only when both reports measured the same statistic of the same metric; otherwise
 * the comparison says why not.
 */
public final class ImportanceComparison {
    private ImportanceComparison() {
    }

    /**
     * @param current  this run's importance
     * @param baseline the baseline report's, or null when it has none
     * @param report   the baseline report's path, for the reader
     * @return null when this run has no importance
     */
    public static Importance withBaseline(Importance current, Importance baseline, String report) {
        if (current == null) {
            return null;
        }
        if (baseline == null || baseline.features() == null) {
            return current.withBaseline(new Importance.RankChanges(report, current.rankedBy(), current.method(),
                    List.of(), List.of("The baseline report has no importance section (it was written without one,"
                            + " or by an earlier mlgate), so the ranks cannot be compared.")));
        }
        String metric = current.rankedBy();
        if (!current.method().equals(baseline.method()) || !metric.equals(baseline.rankedBy())) {
            return current.withBaseline(new Importance.RankChanges(report, metric, current.method(), List.of(),
                    List.of("The baseline ranked columns by " + baseline.method() + " of " + baseline.rankedBy()
                            + ", this run by " + current.method() + " of " + metric + "; ranks of different"
                            + " statistics do not compare.")));
        }
        Map<String, Importance.Feature> before = new LinkedHashMap<>();
        baseline.features().forEach(feature -> before.put(feature.column(), feature));
        List<Importance.RankChange> changes = new ArrayList<>();
        for (Importance.Feature feature : current.features()) {
            Importance.Feature old = before.remove(feature.column());
            Importance.Score score = feature.score(metric);
            Importance.Score oldScore = old == null ? null : old.score(metric);
            changes.add(new Importance.RankChange(feature.column(), feature.rank(), old == null ? null : old.rank(),
                    old == null ? null : old.rank() - feature.rank(), score == null ? null : score.value(),
                    oldScore == null ? null : oldScore.value()));
        }
        for (Importance.Feature old : before.values()) {
            Importance.Score oldScore = old.score(metric);
            changes.add(new Importance.RankChange(old.column(), null, old.rank(), null, null,
                    oldScore == null ? null : oldScore.value()));
        }
        changes.sort(Comparator.<Importance.RankChange>comparingInt(c -> c.change() == null ? 0
                : -Math.abs(c.change())).thenComparingInt(c -> c.rank() == null ? Integer.MAX_VALUE : c.rank()));
        List<String> notes = new ArrayList<>();
        long gone = changes.stream().filter(c -> c.rank() == null).count();
        long added = changes.stream().filter(c -> c.baselineRank() == null).count();
        if (gone > 0) {
            notes.add(gone + (gone == 1 ? " column" : " columns") + " of the baseline " + (gone == 1 ? "is" : "are")
                    + " not in this run.");
        }
        if (added > 0) {
            notes.add(added + (added == 1 ? " column is" : " columns are") + " new in this run.");
        }
        return current.withBaseline(new Importance.RankChanges(report, metric, current.method(), List.copyOf(changes),
                List.copyOf(notes)));
    }
}
