package org.mlgate.analysis.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.model.SourceRequest;

/**
 * Data files that arrive with a pull request and are not what they say: each ends within seconds with one sentence
 * that names the file and, where there is one, the line; none blocks the build or fills the heap.
 */
class HostileDataFilesTest {
    @TempDir
    Path dir;

    private static InputException evaluate(Path predictions) {
        return assertThrows(InputException.class, () -> Evaluation.run(
                EvaluationRequest.of(SourceRequest.forPredictions(predictions), List.of())));
    }

    @Test
    void aPipeInsteadOfAFileIsRefusedWithoutReadingIt() throws Exception {
        Path fifo = dir.resolve("validation.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> evaluate(fifo));
        assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }

    @Test
    void aFolderInsteadOfAFileIsRefused() {
        InputException e = evaluate(dir);
        assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }

    @Test
    void aFiftyMegabyteCellStopsWithItsLine() throws IOException {
        Path file = dir.resolve("predictions.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("note,actual,predicted\nok,a,a\nok,b,a\n");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write(",a,b\n");
        }
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> evaluate(file));
        assertTrue(e.getMessage().startsWith("Line 4 of " + file + " starts a row of more than 8 MB"), e.getMessage());
    }

    @Test
    void aQuoteThatNeverClosesNamesTheLineItOpensOn() throws IOException {
        Path file = dir.resolve("predictions.csv");
        StringBuilder csv = new StringBuilder("note,actual,predicted\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(i == 500 ? "\"broken" : "fine").append(",a,b\n");
        }
        Files.writeString(file, csv);
        InputException e = evaluate(file);
        assertTrue(e.getMessage().contains("not valid CSV near line 502 (a quoted value that never ends)"),
                e.getMessage());
    }

    @Test
    void twentyThousandLabelsAreAnIdNotClasses() throws IOException {
        Path file = dir.resolve("predictions.csv");
        StringBuilder csv = new StringBuilder("x,actual,predicted\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append(i % 7).append(",id").append(i / 2).append(",id").append((i + 1) / 2).append('\n');
        }
        Files.writeString(file, csv);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> evaluate(file));
        assertTrue(e.getMessage().contains("looks like an id or a number rather than classes"), e.getMessage());
    }

    @Test
    void twoThousandProbabilityColumnsAreRefusedBeforeAnyRow() throws IOException {
        Path file = dir.resolve("predictions.csv");
        StringBuilder header = new StringBuilder("actual");
        StringBuilder row = new StringBuilder("c0");
        for (int c = 0; c < 2000; c++) {
            header.append(",p_c").append(c);
            row.append(c == 0 ? ",1" : ",0");
        }
        Files.writeString(file, header + "\n" + row + "\n");
        InputException e = evaluate(file);
        assertTrue(e.getMessage().contains("2000 probability columns, more than the 1000 classes"), e.getMessage());
    }
}
