package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;

class ReportWritersTest {

    private static final List<String> FILES = List.of("TEST-mlgate.xml", "index.html", "report.json", "summary.md");

    @TempDir
    Path dir;

    private static List<String> namesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAllFourFilesAndReturnsTheHtmlPage() throws Exception {
        Path output = dir.resolve("ml-report");

        Path index = ReportWriters.writeAll(ReportFixtures.binary(), output);

        assertEquals(output.toAbsolutePath().resolve("index.html"), index);
        assertEquals(FILES, namesIn(output));
        ReportAssertions.assertSameReport(ReportFixtures.binary(), new ReportReader().read(output.resolve("report.json")));
    }

    @Test
    void createsMissingParentDirectories() throws Exception {
        Path output = dir.resolve("target/deep/ml-report");

        ReportWriters.writeAll(ReportFixtures.regression(), output);

        assertEquals(FILES, namesIn(output));
    }

    @Test
    void replacesAnEarlierReport() throws Exception {
        Path output = dir.resolve("ml-report");
        ReportWriters.writeAll(ReportFixtures.binary(), output);

        ReportWriters.writeAll(ReportFixtures.regression(), output);

        assertEquals("regression", new ReportReader().read(output.resolve("report.json")).task());
    }

    @Test
    void leavesNoStagingDirectoryBehind() throws Exception {
        ReportWriters.writeAll(ReportFixtures.binary(), dir.resolve("ml-report"));

        // The lock file stays: removing it would let two writers lock two different files.
        assertEquals(List.of(".ml-report.lock", "ml-report"), namesIn(dir));
    }

    @Test
    void keepsTheEarlierReportWhenAWriterFails() throws Exception {
        Path output = dir.resolve("ml-report");
        ReportWriters.writeAll(ReportFixtures.binary(), output);
        String earlierJson = Files.readString(output.resolve("report.json"));
        String earlierHtml = Files.readString(output.resolve("index.html"));
        ReportFileWriter failing = new ReportFileWriter() {
            @Override
            public String fileName() {
                return "index.html";
            }

            @Override
            public void write(Report report, Path file) throws IOException {
                Files.writeString(file, "<html>half");
                throw new IllegalStateException("template exploded");
            }
        };
        ReportWriters writers = new ReportWriters(List.of(new JsonReportWriter(), failing, new JunitXmlWriter()));

        assertThrows(IllegalStateException.class, () -> writers.write(ReportFixtures.regression(), output));

        assertEquals(earlierJson, Files.readString(output.resolve("report.json")));
        assertEquals(earlierHtml, Files.readString(output.resolve("index.html")));
        assertEquals(List.of(".ml-report.lock", "ml-report"), namesIn(dir));
    }

    @Test
    void keepsTheEarlierReportWhenTheNewOneHoldsNan() throws Exception {
        Path output = dir.resolve("ml-report");
        ReportWriters.writeAll(ReportFixtures.binary(), output);
        String earlierSummary = Files.readString(output.resolve("summary.md"));

        Report broken = ReportAssertions.withMetric(ReportFixtures.binary(), "accuracy", Double.NaN);
        assertThrows(IllegalStateException.class, () -> ReportWriters.writeAll(broken, output));

        assertEquals(earlierSummary, Files.readString(output.resolve("summary.md")));
        assertEquals(FILES, namesIn(output));
    }

    @Test
    void unwritableDirectoryIsAnInputExceptionNamingIt() throws Exception {
        Path blocker = dir.resolve("target");
        Files.writeString(blocker, "a file where a directory should be");
        Path output = blocker.resolve("ml-report");

        InputException e = assertThrows(InputException.class,
                () -> ReportWriters.writeAll(ReportFixtures.binary(), output));

        assertTrue(e.getMessage().contains(output.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("ml.outputDirectory"), e.getMessage());
    }

    @Test
    void twoWritersInParallelNeverLeaveTheFilesOfTwoRuns() throws Exception {
        Path output = dir.resolve("ml-report");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Path>> writes = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    String id = "w" + writer + "-r" + round;
                    writes.add(pool.submit(() -> {
                        start.await();
                        return ReportWriters.writeAll(tagged(id), output);
                    }));
                }
                for (Future<Path> write : writes) {
                    write.get(60, TimeUnit.SECONDS);
                }
                String id = new ReportReader().read(output.resolve("report.json")).project().artifactId();
                assertTrue(id.endsWith("-r" + round), id);
                assertTrue(Files.readString(output.resolve("TEST-mlgate.xml")).contains("mlgate." + id + "\""), id);
                assertTrue(Files.readString(output.resolve("summary.md")).contains("`" + id + "`"), id);
                assertTrue(Files.readString(output.resolve("index.html")).contains(id), id);
                assertEquals(FILES, namesIn(output));
                assertEquals(List.of(".ml-report.lock", "ml-report"), namesIn(dir), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Report tagged(String id) {
        return ReportFixtures.binary().withProject(new ProjectInfo("org.example", id, "1", "Writer " + id));
    }

    @Test
    void aWriterKilledWhileRenderingLeavesAStagingFolderThatTheNextWriterRemoves() throws Exception {
        Path output = dir.resolve("ml-report");
        ReportWriters.writeAll(ReportFixtures.binary(), output);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process crash = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWrite.class.getName(), output.toString()).redirectErrorStream(true).start();
        assertTrue(crash.waitFor(60, TimeUnit.SECONDS));
        String log = new String(crash.getInputStream().readAllBytes());
        assertEquals(CrashingWrite.EXIT_CODE, crash.exitValue(), log);
        assertTrue(namesIn(dir).stream().anyMatch(name -> name.startsWith(".ml-report-staging-")),
                "the crash left its staging folder: " + namesIn(dir));
        assertEquals("classification", new ReportReader().read(output.resolve("report.json")).task(),
                "the earlier report is untouched");

        ReportWriters.writeAll(ReportFixtures.regression(), output);

        assertEquals(List.of(".ml-report.lock", "ml-report"), namesIn(dir));
        assertEquals("regression", new ReportReader().read(output.resolve("report.json")).task());
    }

    @Test
    void stagingFoldersOfEarlierVersionsAreRemoved() throws Exception {
        Files.createDirectories(dir.resolve(".ml-report-1234567890/sub"));
        Files.writeString(dir.resolve(".ml-report-1234567890/report.json"), "{}");

        ReportWriters.writeAll(ReportFixtures.binary(), dir.resolve("ml-report"));

        assertEquals(List.of(".ml-report.lock", "ml-report"), namesIn(dir));
    }

    @Test
    void aDirectoryWithOtherFilesIsNeverRenamedAway() throws Exception {
        Path output = dir.resolve("shared");
        Files.createDirectories(output);
        Files.writeString(output.resolve("keep.txt"), "mine");

        ReportWriters.writeAll(ReportFixtures.binary(), output);

        assertEquals("mine", Files.readString(output.resolve("keep.txt")));
        assertTrue(Files.isRegularFile(output.resolve("report.json")));
    }
}
