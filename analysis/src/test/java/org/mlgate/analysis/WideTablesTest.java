package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;

/**
 * Wide tables as they arrive with pull requests: hundreds or thousands of text columns. Each evaluates within seconds
 * in a small heap (this class runs in its own JVM with -Xmx512m, see the analysis POM), because weak-slice discovery
 * pairs only the most promising columns ({@code PairScreen}) and every per-row buffer is bounded by cells, not rows.
 */
class WideTablesTest {
    @TempDir
    Path dir;

    private Path wide(int columns, int rows, int valuesPerColumn) throws IOException {
        Path file = dir.resolve("wide-" + columns + ".csv");
        SplittableRandom random = new SplittableRandom(columns);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int c = 0; c < columns; c++) {
                out.write("t" + c + ",");
            }
            out.write("actual,predicted\n");
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    out.write("w" + random.nextInt(valuesPerColumn) + ",");
                }
                boolean yes = random.nextBoolean();
                boolean wrong = random.nextDouble() < 0.2;
                out.write((yes ? "yes" : "no") + "," + (yes != wrong ? "yes" : "no") + "\n");
            }
        }
        return file;
    }

    private static Report evaluate(Path file) {
        EvaluationRequest defaults = EvaluationRequest.of(SourceRequest.forPredictions(file), List.of());
        return Evaluation.run(new EvaluationRequest(defaults.source(), MetricOptions.defaults()
                .withBootstrapReplicates(0), defaults.errors(), defaults.checks(), null, List.of()));
    }

    @Test
    void threeHundredTextColumnsOfFiveHundredRows() throws IOException {
        Path file = wide(300, 500, 40);
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> evaluate(file));
        assertEquals(500, report.data().rows());
        Object notes = report.errors().get("notes");
        assertTrue(notes.toString().contains("Pairs of conditions were tested on the"), notes.toString());
    }

    @Test
    void thirteenHundredColumns() throws IOException {
        Path file = wide(1_300, 300, 20);
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> evaluate(file));
        assertEquals(300, report.data().rows());
    }

    @Test
    void tenThousandColumnsOfThreeHundredRows() throws IOException {
        Path file = wide(10_000, 300, 5);
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> evaluate(file));
        assertEquals(300, report.data().rows());
    }
}
