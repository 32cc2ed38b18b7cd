package org.mlgate.analysis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;

class PredictionSampleTest {

    private static ScoredBatch rows(int from, int to) {
        List<ScoredRow> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(new ScoredRow(i, i + 2, new String[0], null, null, null, i * 0.5, i * 0.5 + (i % 7) - 3));
        }
        return ScoredBatch.of(rows, 0, List.of());
    }

    @Test
    void chunksMergedInOrderGiveTheSampleOfOnePass() {
        PredictionSample whole = PredictionSample.of(Task.REGRESSION, 100);
        whole.add(rows(0, 5000));
        PredictionSample template = PredictionSample.of(Task.REGRESSION, 100);
        PredictionSample merged = template.fork();
        for (int from = 0; from < 5000; from += 333) {
            PredictionSample chunk = template.fork();
            chunk.add(rows(from, Math.min(5000, from + 333)));
            merged.merge(chunk);
        }
        assertEquals(whole.result(), merged.result());
        assertEquals(100, whole.result().size());
        assertEquals(5000, whole.result().rows());
    }

    @Test
    void keepsEveryRowBelowTheCapacityInFileOrder() {
        PredictionSample sample = PredictionSample.of(Task.REGRESSION, 100);
        sample.add(rows(0, 40));
        assertEquals(40, sample.result().size());
        assertEquals(0.0, sample.result().actual().get(0));
        assertEquals(19.5, sample.result().actual().get(39));
    }

    @Test
    void classificationKeepsNothing() {
        PredictionSample sample = PredictionSample.of(Task.CLASSIFICATION);
        sample.add(rows(0, 10));
        assertNull(sample.result());
    }
}
