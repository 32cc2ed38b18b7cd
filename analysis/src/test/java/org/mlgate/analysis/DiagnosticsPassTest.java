package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.diagnostics.DiagnosticsOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.JsonReportWriter;
import org.mlgate.analysis.report.Report;

/**
 * The diagnostics are consumers of the one pass like the others: the folds, the importance sample and the training
 * rows' metrics give the same report, to the last bit, on one thread or several, with files cut into many chunks.
 */
class DiagnosticsPassTest {
    private static final int CHUNK_BYTES = 64 << 10;

    @TempDir
    Path dir;

    private Path predictions(String name, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("fold,region,score,actual,predicted,p_a,p_b\n");
        for (int i = 0; i < rows; i++) {
            String region = new String[] {"east", "west", "north"}[random.nextInt(3)];
            String actual = random.nextBoolean() ? "a" : "b";
            boolean wrong = random.nextDouble() < (region.equals("west") ? 0.3 : 0.1);
            String predicted = wrong ? (actual.equals("a") ? "b" : "a") : actual;
            double p = 0.5 + random.nextDouble() / 2;
            double pa = predicted.equals("a") ? p : 1 - p;
            csv.append(1 + random.nextInt(5)).append(',').append(region).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", random.nextDouble())).append(',').append(actual)
                    .append(',').append(predicted).append(',').append(String.format(Locale.ROOT, "%.6f", pa))
                    .append(',').append(String.format(Locale.ROOT, "%.6f", 1 - pa)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void theDiagnosticsAreTheSameOnOneThreadAndOnThree() throws IOException {
        Path validation = predictions("validation.csv", 40_000, 1);
        Path training = predictions("training.csv", 30_000, 2);
        EvaluationRequest request = new EvaluationRequest(SourceRequest.forPredictions(validation),
                MetricOptions.defaults().withBootstrapReplicates(200), ErrorAnalysisOptions.defaults(),
                ChecksOptions.defaults(null, "actual"), null, List.of())
                .withDiagnostics(DiagnosticsOptions.defaults().withFoldColumn("fold").withTrainingPredictions(training));

        Report one = Evaluation.run(request.withThreads(1), CHUNK_BYTES);
        Report three = Evaluation.run(request.withThreads(3), CHUNK_BYTES);

        assertNotNull(one.folds());
        assertNotNull(one.fit());
        assertNotNull(one.importance());
        JsonReportWriter json = new JsonReportWriter();
        assertEquals(json.toJson(one), json.toJson(three));
    }
}
