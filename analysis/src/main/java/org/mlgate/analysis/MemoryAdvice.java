package org.mlgate.analysis;

import org.mlgate.analysis.data.ScoredRowSource;

/**
 * What to say when an evaluation runs out of heap: what of this evaluation grows and what to change, instead of
 * always "evaluate fewer rows". Per row, only the exact ranking metrics keep something (one score per probability
 * column), and each slice column once more; wide tables and many classes cost per column and class, not per row.
 */
final class MemoryAdvice {
    private final EvaluationRequest request;
    private volatile int columns = -1;
    private volatile int probabilityColumns;

    MemoryAdvice(EvaluationRequest request) {
        this.request = request;
    }

    /** Remembers the shape of the data once the source is open. */
    void source(ScoredRowSource source) {
        columns = source.featureColumns().size();
        probabilityColumns = source.probabilityLabels().size();
    }

    String sentence() {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        StringBuilder what = new StringBuilder("mlgate ran out of memory (" + heapMb + " MB of heap)");
        if (columns >= 0) {
            what.append(" on data of ").append(columns).append(columns == 1 ? " column" : " columns");
            if (probabilityColumns > 0) {
                what.append(" and ").append(probabilityColumns).append(" probability columns: exact AUC keeps ")
                        .append(probabilityColumns * 8).append(" bytes per row");
            }
            int slices = request.sliceColumns().size();
            if (slices > 0) {
                what.append(probabilityColumns > 0 ? ", once more for each of the " : "; each of the ")
                        .append(slices).append(" slice columns keeps its own metrics");
            }
        }
        what.append(". Give Maven more heap (MAVEN_OPTS=-Xmx2g)");
        if (!request.sliceColumns().isEmpty()) {
            what.append(", slice fewer columns (sliceColumns)");
        }
        if (request.threadCount() > 1) {
            what.append(", use fewer threads (ml.threads=1: each holds a chunk of rows)");
        }
        return what.append(", or evaluate a sample of the rows.").toString();
    }
}
