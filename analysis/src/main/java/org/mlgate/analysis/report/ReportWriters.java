package org.mlgate.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mlgate.analysis.InputException;

/**
 * Writes the whole report directory (report.json, index.html, TEST-mlgate.xml, summary.md) so that a reader never
 * sees half a report, nor the files of two runs side by side.
 *
 * <ol>
 *   <li>Every file is rendered into a staging directory beside the output directory ({@code .ml-report-staging-*}),
 *       marked as alive by a lock on its sibling {@code .ml-report-staging-*.lock} that the writer holds until it is
 *       done. A failure here leaves the earlier report untouched.</li>
 *   <li>Under the output directory's lock ({@code .ml-report.lock}, held by one writer at a time, in this JVM or
 *       another), staging directories whose writer died ({@code kill -9}: the operating system releases its lock) are
 *       removed, and the complete staging directory is swapped in: the earlier directory is renamed aside and the new
 *       one renamed to its place, each an atomic rename. A reader listing the directory sees the earlier report
 *       complete, then for an instant no directory, then the new report complete: never files of two runs. A second
 *       writer waits for the lock and then swaps in its own complete directory, so the last one wins whole.</li>
 * </ol>
 *
 * <p>When the output directory holds files that are not the report's (an {@code ml.outputDirectory} pointed at a
 * folder with other content), it is never renamed away: the files are moved in one by one under the same lock,
 * report.json last.
 */
public final class ReportWriters implements AutoCloseable {
    /** How long a writer waits for another one to finish swapping its report in. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(120);

    private final List<ReportFileWriter> writers;
    private Thread warmUp;

    /** Writes with the given writers, in order; the first file moved into place is the last one's. */
    public ReportWriters(List<ReportFileWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /**
     * The four product writers, already loading their classes and templates on a thread of their own: most of a
     * small evaluation's time is FreeMarker and Jackson starting up, which can happen while the rows are read.
     */
    public static ReportWriters prepare() {
        ReportWriters writers = standard();
        writers.warmUp = new Thread(writers::warmUpQuietly, "mlgate-report-warm-up");
        writers.warmUp.setDaemon(true);
        writers.warmUp.start();
        return writers;
    }

    private void warmUpQuietly() {
        try {
            writers.forEach(ReportFileWriter::warmUp);
        } catch (Throwable ignored) { // an optimisation only: write() loads whatever the warm-up did not
        }
    }

    /**
     * Waits for the warm-up thread. Call it before the caller's class loader goes away (Maven closes the plugin's
     * realm when the mojo returns, even when it fails early): a warm-up still loading classes from a closed realm
     * would print a NoClassDefFoundError after the build's own message.
     */
    @Override
    public void close() {
        Thread thread = warmUp;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
     * @throws InputException        when the directory cannot be created or written, or another writer holds it
     *                               longer than {@link #LOCK_WAIT}
     * @throws IllegalStateException when the report cannot be rendered (a bug: NaN, template error); the earlier
     *                               report in the directory, if any, is left as it was
     */
    public static Path writeAll(Report report, Path outputDirectory) {
        return standard().write(report, outputDirectory);
    }

    /** Writes every file of these writers into {@code outputDirectory}; see {@link #writeAll}. */
    public Path write(Report report, Path outputDirectory) {
        Path directory = outputDirectory.toAbsolutePath().normalize();
        Path parent = directory.getParent();
        if (parent == null) {
            throw new InputException("Cannot write the report into " + directory + ", the root of a file system; set"
                    + " ml.outputDirectory to a folder inside it.");
        }
        String name = directory.getFileName().toString();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
        String id = UUID.randomUUID().toString();
        Path staging = parent.resolve("." + name + "-staging-" + id);
        Path stagingLock = parent.resolve(staging.getFileName() + ".lock");
        try (Held alive = Held.create(stagingLock, directory)) {
            try {
                Files.createDirectory(staging);
            } catch (IOException e) {
                throw unwritable(directory, e);
            }
            writeInParallel(report, staging, directory);
            try (Held lock = Held.acquire(parent.resolve("." + name + ".lock"), directory, LOCK_WAIT)) {
                removeStale(parent, name);
                swapIn(staging, directory, parent.resolve("." + name + "-old-" + id));
            }
        } finally {
            deleteQuietly(staging);
            deleteQuietly(stagingLock);
        }
        return directory.resolve(HtmlReportWriter.FILE_NAME);
    }

    /**
     * Every writer's file into {@code staging}, each writer on a thread of its own (this one writes report.json): the
     * HTML page and report.json take about the same time, so the files are written in the time of the slowest. All
     * threads end before this returns, so nothing writes into a staging folder that is being deleted, and a failure
     * is raised in the writers' order: a NaN that report.json refuses comes first, as when they ran in turn.
     */
    private void writeInParallel(Report report, Path staging, Path directory) {
        Throwable[] failures = new Throwable[writers.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i < writers.size(); i++) {
            int index = i;
            Thread thread = new Thread(() -> failures[index] = writeOne(writers.get(index), report, staging),
                    "mlgate-report-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        if (!writers.isEmpty()) {
            failures[0] = writeOne(writers.get(0), report, staging);
        }
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the files must be complete or failed before the staging folder goes
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable failure : failures) {
            if (failure instanceof IOException io) {
                throw unwritable(directory, io);
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
    }

    /** Writes one file; what it threw, or null. */
    private static Throwable writeOne(ReportFileWriter writer, Report report, Path staging) {
        try {
            writer.write(report, staging.resolve(writer.fileName()));
            return null;
        } catch (IOException | RuntimeException | Error e) {
            return e;
        }
    }

    /** Puts the complete staging directory in place of {@code directory}; see the class comment. */
    private void swapIn(Path staging, Path directory, Path aside) {
        try {
            if (!Files.exists(directory)) {
                Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            if (onlyReportFiles(directory)) {
                Files.move(directory, aside, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(aside, directory, StandardCopyOption.ATOMIC_MOVE); // put the earlier report back
                    throw e;
                }
                deleteQuietly(aside);
                return;
            }
        } catch (AtomicMoveNotSupportedException e) {
            // Another file system or an open file on Windows: fall back to moving file by file, still locked.
        } catch (IOException e) {
            if (!Files.isDirectory(directory)) {
                throw unwritable(directory, e);
            }
        }
        movePerFile(staging, directory);
    }

    private void movePerFile(Path staging, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
        // report.json is what scripts and baselines read: it moves last, once the rest is in place.
        for (int i = writers.size() - 1; i >= 0; i--) {
            ReportFileWriter writer = writers.get(i);
            moveIntoPlace(staging.resolve(writer.fileName()), directory.resolve(writer.fileName()), directory);
        }
    }

    /** True when the directory holds nothing but files of a report, so that renaming it away loses nothing else. */
    private boolean onlyReportFiles(Path directory) throws IOException {
        Set<String> ours = writers.stream().map(ReportFileWriter::fileName).collect(Collectors.toSet());
        ours.addAll(Set.of(JsonReportWriter.FILE_NAME, HtmlReportWriter.FILE_NAME, JunitXmlWriter.FILE_NAME,
                MarkdownSummaryWriter.FILE_NAME));
        try (Stream<Path> files = Files.list(directory)) {
            return files.allMatch(file -> Files.isRegularFile(file) && ours.contains(file.getFileName().toString()));
        }
    }

    /**
     * Removes what writers that died left beside the output directory: staging directories whose lock nobody holds
     * (or that have none: an earlier mlgate's), and directories renamed aside by a swap that never finished. Called
     * under the output directory's lock, so no live swap can own an aside directory.
     */
    static void removeStale(Path parent, String name) {
        String prefix = "." + name + "-";
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                    .forEach(candidates::add);
        } catch (IOException e) {
            return; // nothing removed: harmless
        }
        for (Path candidate : candidates) {
            Path lockFile = parent.resolve(candidate.getFileName() + ".lock");
            if (!Files.exists(lockFile)) {
                deleteQuietly(candidate);
                continue;
            }
            try (Held abandoned = Held.tryAcquire(lockFile)) {
                if (abandoned != null) {
                    deleteQuietly(candidate);
                    deleteQuietly(lockFile);
                }
            }
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

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(each -> {
                try {
                    Files.deleteIfExists(each);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover hidden directory is harmless, and the next writer removes it.
        }
    }

    /**
     * An exclusive lock on a file, across processes (the operating system's) and across threads of this JVM (where a
     * second lock of the same file throws {@link OverlappingFileLockException}, which counts as held).
     */
    private static final class Held implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        /** A new lock file, locked at once: the mark of a live staging directory. */
        static Held create(Path file, Path directory) {
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new Held(channel, channel.lock());
            } catch (IOException e) {
                throw unwritable(directory, e);
            }
        }

        /** The lock, once no other writer holds it, waiting at most {@code wait}. */
        static Held acquire(Path file, Path directory, Duration wait) {
            long deadline = System.nanoTime() + wait.toNanos();
            long pause = 5;
            while (true) {
                Held held;
                try {
                    held = tryAcquire(file, StandardOpenOption.CREATE);
                } catch (IOException e) {
                    throw unwritable(directory, e);
                }
                if (held != null) {
                    return held;
                }
                if (System.nanoTime() > deadline) {
                    throw new InputException("Another evaluation has been writing its report into " + directory
                            + " for " + wait.toSeconds() + " seconds (it holds " + file + "); let it finish, or set"
                            + " ml.outputDirectory to a directory of its own for each evaluation.");
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting to write the report into " + directory,
                            e);
                }
                pause = Math.min(100, pause * 2);
            }
        }

        /** The lock of an existing file if nobody holds it, else null. */
        static Held tryAcquire(Path file) {
            try {
                return tryAcquire(file, StandardOpenOption.WRITE);
            } catch (IOException e) {
                return null;
            }
        }

        private static Held tryAcquire(Path file, StandardOpenOption open) throws IOException {
            FileChannel channel = FileChannel.open(file, open, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new Held(channel, lock);
                }
            } catch (OverlappingFileLockException e) {
                // held by another thread of this JVM
            }
            channel.close();
            return null;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the lock goes with the channel in any case
            }
        }
    }
}
