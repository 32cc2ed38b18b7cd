package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.JsonReportWriter;

/**
 * The pass over the rows gives the same report, to the last bit, on one thread or several: the chunks are merged in
 * file order whichever thread finishes first. The files are cut into chunks of 64 KB, so that they make a few dozen
 * after the first 10,000 rows (which are counted before the workers start), and have what needs the order:
 * duplicates, bad rows, an ordered id.
 */
class RowPassTest {
    private static final int CHUNK_BYTES = 64 << 10;

    @TempDir
    Path dir;

    private Path classification(int rows, boolean badRows) throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder("id,region,score,visits,actual,predicted,p_a,p_b,p_c\n");
        String[] regions = {"east", "west", "north", "south"};
        String[] classes = {"a", "b", "c"};
        for (int i = 0; i < rows; i++) {
            if (badRows && i == 25_000) {
                csv.append("1,2,3\n"); // too few cells: found by the reading thread, long after the first bad row
                continue;
            }
            if (badRows && i % 9_973 == 500 && i > 10_000) { // after the first rows, which one thread counts
                csv.append(i).append(",east,1.0,3,,a,0.2,0.3,0.5\n"); // no actual
                continue;
            }
            if (i % 5_000 == 17 && i > 0) {
                csv.append("dup,west,0.5,1,b,b,0.1,0.8,0.1\n"); // the same row again
                continue;
            }
            String region = regions[random.nextInt(regions.length)];
            String actual = classes[random.nextInt(3)];
            boolean wrong = random.nextDouble() < (region.equals("west") ? 0.4 : 0.1);
            String predicted = wrong ? classes[(List.of(classes).indexOf(actual) + 1) % 3] : actual;
            double[] p = new double[3];
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                p[c] = random.nextDouble() + (classes[c].equals(predicted) ? 2 : 0);
                sum += p[c];
            }
            csv.append(i).append(',').append(region).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", random.nextDouble() * 100)).append(',')
                    .append(random.nextInt(20)).append(',').append(actual).append(',').append(predicted);
            for (int c = 0; c < 3; c++) {
                csv.append(',').append(String.format(Locale.ROOT, "%.6f", p[c] / sum));
            }
            csv.append('\n');
        }
        Path file = dir.resolve("classification-" + rows + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private Path regression(int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        StringBuilder csv = new StringBuilder("size,kind,actual,predicted\n");
        for (int i = 0; i < rows; i++) {
            double size = random.nextDouble() * 10;
            String kind = random.nextInt(5) == 0 ? "rare" : "common";
            double actual = 3 * size + random.nextGaussian();
            double predicted = actual + random.nextGaussian() * (kind.equals("rare") ? 3 : 1);
            csv.append(String.format(Locale.ROOT, "%.3f,%s,%.5f,%.5f%n", size, kind, actual, predicted));
        }
        Path file = dir.resolve("regression.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static String report(EvaluationRequest request, int threads) {
        return new JsonReportWriter().toJson(Evaluation.run(request.withThreads(threads), CHUNK_BYTES));
    }

    private static EvaluationRequest request(SourceRequest source, String sliceColumn, boolean storeRows) {
        EvaluationRequest defaults = EvaluationRequest.of(source, List.of());
        return new EvaluationRequest(defaults.source(), defaults.metricOptions().withBootstrapReplicates(50),
                defaults.errors(), defaults.checks(), null, List.of(), List.of(sliceColumn),
                new BaselineOptions(null, null, false, storeRows));
    }

    @Test
    void classificationIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        EvaluationRequest request = request(SourceRequest.forPredictions(classification(60_000, true))
                .withOnBadRow(BadRowPolicy.SKIP), "region", true);
        String one = report(request, 1);
        assertEquals(one, report(request, 2));
        assertEquals(one, report(request, 3));
        assertEquals(6, Evaluation.run(request.withThreads(2), CHUNK_BYTES).data().skippedRows());
    }

    @Test
    void regressionIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        EvaluationRequest request = request(SourceRequest.forPredictions(regression(50_000)), "kind", false);
        assertEquals(report(request, 1), report(request, 2));
    }

    @Test
    void theFirstBadRowInTheFileIsTheOneReportedWhateverTheThreads() throws IOException {
        EvaluationRequest request = request(SourceRequest.forPredictions(classification(60_000, true)), "region",
                false);
        for (int threads : new int[] {1, 2, 4}) {
            InputException e = assertThrows(InputException.class,
                    () -> Evaluation.run(request.withThreads(threads), CHUNK_BYTES));
            assertTrue(e.getMessage().startsWith("Line 10475 of "), e.getMessage());
        }
    }
}
