package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LoadDeadlineTest {

    @Test
    void aLoadThatOverrunsIsAbandonedAtTheBudgetAndItsThreadInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicBoolean told = new AtomicBoolean();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(TimeoutException.class,
                () -> LoadDeadline.run("test-load", Duration.ofMillis(200), () -> told.set(true), () -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                    return null;
                })));
        assertTrue(told.get(), "onTimeout ran");
        assertTrue(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS), "the abandoned thread was interrupted");
    }

    @Test
    void aLoadWithinItsBudgetGivesItsResult() throws Exception {
        assertEquals("model", LoadDeadline.run("test-load", Duration.ofSeconds(10), () -> { }, () -> "model"));
    }

    @Test
    void noBudgetStartsNothing() {
        AtomicBoolean started = new AtomicBoolean();
        assertThrows(TimeoutException.class, () -> LoadDeadline.run("test-load", Duration.ZERO, () -> { },
                () -> started.getAndSet(true)));
        assertTrue(!started.get(), "the load never started");
    }
}
