package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A load runs on a thread of its own and is waited for at most its time budget. */
class LoadDeadlineTest {

    @Test
    void aLoadWithinItsBudgetGivesItsResult() throws Exception {
        assertEquals("model", LoadDeadline.run("test-load", Duration.ofSeconds(10), () -> { }, () -> "model"));
    }

    @Test
    void aLoadOverItsBudgetIsAbandonedAtOnceInterruptedAndToldSo() throws Exception {
        AtomicBoolean toldToStop = new AtomicBoolean();
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        assertThrows(TimeoutException.class, () -> LoadDeadline.run("test-load", Duration.ofMillis(100),
                () -> toldToStop.set(true), () -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                    return null;
                }));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "the caller did not wait for the load");
        assertTrue(toldToStop.get());
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the abandoned thread was interrupted");
    }

    @Test
    void theLoadThreadIsADaemonSoItNeverKeepsTheJvmAlive() throws Exception {
        assertTrue(LoadDeadline.run("test-load", Duration.ofSeconds(10), () -> { },
                () -> Thread.currentThread().isDaemon()));
    }

    @Test
    void whatTheLoadThrowsReachesTheCaller() {
        IOException thrown = new IOException("damaged");
        assertSame(thrown, assertThrows(IOException.class, () -> LoadDeadline.run("test-load",
                Duration.ofSeconds(10), () -> { }, () -> {
                    throw thrown;
                })));
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class, () -> LoadDeadline.run("test-load",
                Duration.ofSeconds(10), () -> { }, () -> {
                    throw error;
                })));
    }
}
