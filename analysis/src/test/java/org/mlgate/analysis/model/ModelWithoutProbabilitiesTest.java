package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;

/** A LibLinear SVM predicts labels without probabilities: the rows say so instead of inventing scores. */
class ModelWithoutProbabilitiesTest {

    @TempDir
    Path dir;

    @Test
    void rowsHaveNoProbabilitiesButTheModelLabelsAreKnown() throws IOException {
        Path model = TestModels.save(TestModels.libLinearOnSplit(dir), dir.resolve("svm.tribuo"));
        Path data = TestModels.write(dir, "v.csv", "x,y,label\n1.0,0.1,up\n0.1,1.0,down\n");
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(model, data))) {
            assertEquals(List.of(), source.probabilityLabels());
            assertEquals(List.of("down", "up"), source.modelLabels());
            List<ScoredRow> rows = source.nextBatch(10);
            assertEquals(2, rows.size());
            for (ScoredRow row : rows) {
                assertNull(row.probabilities());
            }
            assertEquals(Boolean.TRUE, source.model().trainedBySplit());
        }
    }
}
