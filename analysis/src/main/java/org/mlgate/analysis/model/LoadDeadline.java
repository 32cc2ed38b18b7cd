package org.mlgate.analysis.model;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a model load on a thread of its own and waits for it at most a time budget.
 *
 * <p>Java cannot stop a thread, so a load that overruns is abandoned, not ended: the caller is told at once, the
 * thread is interrupted, and {@code onTimeout} runs (the loader expires the load's deserialization scope, so the
 * thread cannot deserialize anything more). The thread is a daemon, so it never keeps the JVM alive, and it holds
 * nothing but the model file's bytes. That is acceptable because the budget is a second line of defence: the
 * inspection before the load bounds the work of every step by the file size, so an abandoned load still ends on its
 * own, and in {@code mvn} the JVM ends with the failed build anyway.
 */
final class LoadDeadline {

    private LoadDeadline() {
    }

    /**
     * @return what {@code work} returns
     * @throws TimeoutException when {@code work} did not finish within {@code budget}
     * @throws Exception        what {@code work} throws
     * @throws Error            what {@code work} throws (an OutOfMemoryError, say)
     */
    static <T> T run(String threadName, Duration budget, Runnable onTimeout, Callable<T> work)
            throws Exception {
        if (budget.isZero() || budget.isNegative()) {
            onTimeout.run(); // no time at all: nothing may start, whatever the scheduler would have let slip through
            throw new TimeoutException("no time budget");
        }
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
        try {
            return task.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(thread, onTimeout);
            throw e;
        } catch (InterruptedException e) {
            abandon(thread, onTimeout);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw (Exception) cause;
        }
    }

    private static void abandon(Thread thread, Runnable onTimeout) {
        onTimeout.run();
        thread.interrupt();
    }
}
