package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;

/**
 * A million training rows, generated on the fly so that nothing holds them: the overlap is found by streaming
 * them past the validation hashes. Measured: both tests pass with {@code -DargLine=-Xmx64m}; the training test alone
 * with {@code -Xmx16m}.
 */
class OverlapAtScaleTest {
    private static final int TRAINING_ROWS = 1_000_000;

    private static String[] trainingRow(int i) {
        return new String[] {"u" + i, Integer.toString(i % 977), i % 3 == 0 ? "yes" : "no"};
    }

    @Test
    void millionStreamedTrainingRowsFindThePlantedOverlap() {
        DataChecks checks = new DataChecks(Task.CLASSIFICATION, List.of("user", "visits"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label"));
        for (int i = 0; i < 10_000; i++) {
            // Every 1000th validation row is training row i * 97; the others have users training never had.
            String[] cells = i % 1000 == 0 ? trainingRow(i * 97) : new String[] {"v" + i, "1", "no"};
            checks.add(new ScoredRow(i, i + 2L, new String[] {cells[0], cells[1]}, cells[2], "no", null,
                    Double.NaN, Double.NaN));
        }
        TrainingRows generated = new TrainingRows() {
            @Override public String source() { return "generated"; }
            @Override public List<String> columns() { return List.of("user", "visits", "label"); }
            @Override public String labelColumn() { return "label"; }
            @Override public void forEachRow(RowVisitor visitor) {
                for (int i = 0; i < TRAINING_ROWS; i++) {
                    visitor.row(i + 2L, trainingRow(i));
                }
            }
        };
        var result = Fixtures.check(checks.result(Optional.of(generated), Double.NaN),
                "leakage.train-validation-overlap");
        assertEquals(10L, result.details().get("overlappingRows"));
        assertEquals((long) TRAINING_ROWS, result.details().get("comparedTrainingRows"));
    }

    @Test
    void millionValidationRowsAreKeptAsHashesForDuplicates() {
        DataChecks checks = new DataChecks(Task.CLASSIFICATION, List.of("user", "visits"), TrainingFacts.none(),
                ChecksOptions.defaults(null, "label"));
        for (int i = 0; i < 1_001_000; i++) {
            int source = i < 1_000_000 ? i : i - 1_000_000;  // the last 1000 rows repeat the first 1000
            checks.add(new ScoredRow(i, i + 2L, new String[] {"u" + source, "3"}, source % 2 == 0 ? "a" : "b",
                    "a", null, Double.NaN, Double.NaN));
        }
        var result = Fixtures.check(checks.result(Optional.empty(), Double.NaN), "data.duplicate-rows");
        assertEquals(1000L, result.details().get("duplicateRows"));
    }
}
