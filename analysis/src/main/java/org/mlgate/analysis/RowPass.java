package org.mlgate.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlgate.analysis.baseline.BaselineRun;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.RawRows;
import org.mlgate.analysis.data.RowChunk;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRowSource;

/**
 * The one pass over the validation rows, on every core, with the result of a single thread.
 *
 * <p>This thread reads the file (in order, as it must) and only cuts it into chunks of whole rows, as bytes; worker
 * threads tokenize, parse, score and count each chunk into {@link RowConsumers#fork}s; this thread merges the chunks
 * back strictly in file order, and applies what needs the order there (bad rows, duplicates, the baseline's per-row
 * outcomes). Results therefore depend on the chunking, which depends only on the file's bytes, never on the number of
 * threads or on which thread finished first: floating-point sums of a chunk are added in chunk order whatever the
 * timing.
 *
 * <p>The first rows, until every decision taken from them is fixed (the slice bins, from the first 10,000 rows),
 * are counted on this thread; every chunk after that starts from one frozen template of the consumers, so that its
 * fork does not depend on how far the merging has got.
 *
 * <p>The same pass reads the training rows for the fit diagnosis, with other consumers and no baseline
 * ({@code baseline} null).
 *
 * <p>Memory: at most {@code threads + 1} chunks in flight, each of about {@value #CHUNK_BYTES} bytes of the file.
 */
final class RowPass<C extends PassConsumer<C>> {
    /** Rows read per call of the source: large enough for a model to predict in bulk. */
    static final int BATCH_SIZE = 1024;
    /**
     * A chunk holds about this many bytes of the file: enough rows (about 4,000 of a 70-byte CSV row) that merging a
     * fork costs little beside counting it, and few enough that the chunks in flight and their rows die young. At
     * 2 MB, the rows of the chunks waiting to be merged outlived the young generation: G1's pauses took a third of
     * the pass under -Xmx512m (analysis/benchmark/README.md, "Chunk size").
     */
    static final int CHUNK_BYTES = 256 << 10;

    private final ScoredRowSource source;
    private final BaselineRun baseline;
    private final C all;
    private final int threads;
    private final int chunkBytes;

    RowPass(ScoredRowSource source, BaselineRun baseline, C all, int threads) {
        this(source, baseline, all, threads, CHUNK_BYTES);
    }

    /** With another chunk size, so that tests make many chunks of small files. */
    RowPass(ScoredRowSource source, BaselineRun baseline, C all, int threads, int chunkBytes) {
        this.source = source;
        this.baseline = baseline;
        this.all = all;
        this.threads = threads;
        this.chunkBytes = chunkBytes;
    }

    void run() {
        while (!all.decided()) {
            RawRows raw = source.read(BATCH_SIZE);
            if (raw.isEmpty()) {
                source.finish();
                return;
            }
            ScoredBatch batch = source.score(raw);
            source.account(batch);
            all.add(batch);
            if (baseline != null) {
                baseline.merge(baseline.part(batch, raw));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        try {
            inChunks(pool, all.fork());
        } finally {
            pool.shutdownNow();
        }
        source.finish();
    }

    private void inChunks(ExecutorService pool, C template) {
        Deque<Future<Chunk<C>>> inFlight = new ArrayDeque<>();
        RuntimeException readFailure = null;
        boolean end = false;
        while (true) {
            while (!end && readFailure == null && inFlight.size() < threads + 1) {
                try {
                    RowChunk chunk = source.readChunk(chunkBytes);
                    if (chunk == null) {
                        end = true;
                    } else {
                        inFlight.add(pool.submit(() -> count(chunk, template.fork())));
                    }
                } catch (RuntimeException e) {
                    readFailure = e; // raised after the chunks before it, whose bad rows come first in the file
                }
            }
            if (inFlight.isEmpty()) {
                break;
            }
            Chunk<C> chunk = await(inFlight.poll());
            for (BaselineRun.Part part : chunk.parts()) {
                source.account(part.challenger());
                if (baseline != null) {
                    baseline.merge(part);
                }
            }
            all.merge(chunk.consumers());
        }
        if (readFailure != null) {
            throw readFailure;
        }
    }

    /** A worker's job: tokenize, score and count one chunk. Touches nothing shared but concurrent counters. */
    private Chunk<C> count(RowChunk chunk, C consumers) {
        List<CsvRow> rows = source.rows(chunk).rows();
        List<BaselineRun.Part> parts = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            RawRows batchRows = new RawRows(rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
            ScoredBatch batch = source.score(batchRows);
            consumers.add(batch);
            parts.add(baseline != null ? baseline.part(batch, batchRows) : new BaselineRun.Part(batch, null, null));
        }
        return new Chunk<>(consumers, parts);
    }

    private static <C> Chunk<C> await(Future<Chunk<C>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The evaluation was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** One counted chunk: its consumers and, per batch, the rows and what the baseline needs of them. */
    private record Chunk<C>(C consumers, List<BaselineRun.Part> parts) {
    }

    /** Daemon threads, named so that a thread dump says what they are. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "mlgate-rows-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
