package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;

class RegressionModelModeTest {

    @TempDir
    Path dir;

    @Test
    void aRegressionModelPredictsNumbersForEveryRow() throws IOException {
        Path model = TestModels.linearRegression(dir);
        Path data = TestModels.write(dir, "v.csv", "x,target\n0.25,1.5\n1.5,4.0\n");
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(model, data).withLabelColumn("target"))) {
            assertEquals(Task.REGRESSION, source.task());
            assertEquals(List.of(), source.modelLabels());
            assertEquals(List.of(), source.probabilityLabels());
            List<ScoredRow> rows = source.nextBatch(10);
            assertEquals(List.of(1.5, 4.0), rows.stream().map(ScoredRow::actualValue).toList());
            for (ScoredRow row : rows) {
                assertNull(row.actualLabel());
                assertNull(row.probabilities());
                assertEquals(row.actualValue(), row.predictedValue(), 0.5, "target = 2x + 1 is learnable");
            }
        }
    }

    @Test
    void theTaskIsTakenFromTheModel() throws IOException {
        Path model = TestModels.linearRegression(dir);
        Path data = TestModels.write(dir, "v.csv", "x,target\n0.25,1.5\n");
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(model, data)
                .withLabelColumn("target").withTask(Task.REGRESSION))) {
            assertTrue(source.model().type().endsWith("LinearSGDModel"), source.model().type());
        }
    }
}
