package org.mlgate.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.mlgate.analysis.InputException;

/**
 * Writes the whole report directory (report.json, index.html, TEST-mlgate.xml, summary.md) so that a failure
 * never leaves half a new report over an earlier one: every file is rendered into a temporary sibling directory
 * first and moved into place only when all of them succeeded.
 */
public final class ReportWriters {

    private final List<ReportFileWriter> writers;

    /** Writes with the given writers, in order; the first file moved into place is the last one's. */
    public ReportWriters(List<ReportFileWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /** The four product writers. report.json goes first, so a NaN stops the run before anything is rendered. */
    public static ReportWriters standard() {
        return new ReportWriters(List.of(new JsonReportWriter(), new HtmlReportWriter(), new JunitXmlWriter(),
                new MarkdownSummaryWriter()));
    }

    /**
     * Writes all four report files into {@code outputDirectory}, creating it if needed.
     *
     * @return the path of index.html
     * @throws InputException        when the directory cannot be created or written
     * @throws IllegalStateException when the report cannot be rendered (a bug: NaN, template error); the earlier
     *                               report in the directory, if any, is left as it was
     */
    public static Path writeAll(Report report, Path outputDirectory) {
        return standard().write(report, outputDirectory);
    }

    /** Writes every file of these writers into {@code outputDirectory}; see {@link #writeAll}. */
    public Path write(Report report, Path outputDirectory) {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        Path staging = createStaging(directory);
        try {
            for (ReportFileWriter writer : writers) {
                try {
                    writer.write(report, staging.resolve(writer.fileName()));
                } catch (IOException e) {
                    throw unwritable(directory, e);
                }
            }
            // report.json is what scripts and baselines read: it moves last, once the rest is in place.
            for (int i = writers.size() - 1; i >= 0; i--) {
                ReportFileWriter writer = writers.get(i);
                moveIntoPlace(staging.resolve(writer.fileName()), directory.resolve(writer.fileName()), directory);
            }
        } finally {
            deleteQuietly(staging);
        }
        return directory.resolve(HtmlReportWriter.FILE_NAME);
    }

    /** A sibling of the final files (inside the output directory's parent) so that the moves stay on one disk. */
    private static Path createStaging(Path directory) {
        try {
            Files.createDirectories(directory);
            return Files.createTempDirectory(directory.getParent() == null ? directory : directory.getParent(),
                    "." + directory.getFileName() + "-");
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    private static void moveIntoPlace(Path source, Path target, Path directory) {
        try {
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    private static InputException unwritable(Path directory, IOException cause) {
        String reason = cause instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason() + " (" + fse.getFile() + ")" : cause.toString();
        return new InputException("Cannot write the report into " + directory + ": " + reason
                + "; set ml.outputDirectory to a writable directory.", cause);
    }

    private static void deleteQuietly(Path staging) {
        try (Stream<Path> paths = Files.walk(staging)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover hidden staging directory is harmless; the report itself is complete or untouched.
        }
    }
}
