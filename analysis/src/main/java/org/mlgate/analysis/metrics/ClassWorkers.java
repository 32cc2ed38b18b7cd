package org.mlgate.analysis.metrics;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Per-class work after the pass (rankings, one-vs-rest replicates) on every core, as many classes at once as a budget
 * of scratch memory allows: each worker takes every {@code workers}-th class with scratch of its own, and writes only
 * that class's results, so the outcome does not depend on which worker took which class.
 */
final class ClassWorkers {
    /** Scratch memory of the workers together. */
    static final long SCRATCH_BYTES = 64L << 20;

    private ClassWorkers() {
    }

    /** What a worker does to one class, with the worker's own scratch. */
    interface ClassTask<S> {
        void run(S scratch, int classIndex);
    }

    /**
     * Runs {@code task} for classes 0..classes-1.
     *
     * @param bytesPerWorker the scratch one worker holds (at least one worker runs whatever it holds)
     * @param scratch        makes a worker's scratch, or null when it needs none
     */
    static <S> void forEachClass(int classes, long bytesPerWorker, IntFunction<S> scratch, ClassTask<S> task) {
        int workers = (int) Math.max(1, Math.min(Math.min(classes, Runtime.getRuntime().availableProcessors()),
                SCRATCH_BYTES / Math.max(1, bytesPerWorker)));
        IntStream.range(0, workers).parallel().forEach(worker -> {
            S own = scratch == null ? null : scratch.apply(worker);
            for (int c = worker; c < classes; c += workers) {
                task.run(own, c);
            }
        });
    }
}
