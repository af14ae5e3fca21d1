package dev.pyheap.runtime.gil;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several threads on one GIL. Progress is measured in operations, never in time; every wait for
 * another thread goes through Awaitility, a latch or a join.
 */
final class GilConcurrencyTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** Shared data with no synchronisation of its own: only the GIL keeps its updates apart. */
    private static final class Shared {
        long counter;
        final long[] ops;

        Shared(int threads) {
            ops = new long[threads];
        }
    }

    @Test
    void fourThreadsLoseNoIncrementWhenTheyHoldTheGilAcrossCheckPoints() throws Exception {
        Gil gil = Gil.create(0.0001);
        Shared shared = new Shared(4);
        int n = 200_000;
        CountDownLatch ready = new CountDownLatch(4);
        Workers workers = new Workers();
        for (int t = 0; t < 4; t++) {
            int me = t;
            workers.start("incrementer-" + t, () -> {
                arriveAndAwait(ready);
                gil.acquire();
                try {
                    for (int i = 0; i < n; i++) {
                        shared.counter++;
                        shared.ops[me]++;
                        gil.checkpoint();
                    }
                } finally {
                    gil.release();
                }
            });
        }
        workers.joinAll(LIMIT);

        assertEquals(4L * n, shared.counter);
        GilStatistics stats = gil.statistics();
        assertConsistent(stats);
        assertTrue(stats.switches() >= 4, "each thread's first acquisition changes the holder: " + stats);
        assertEquals(stats.acquisitions(), 4 + stats.forcedSwitches(),
                "one acquisition per thread plus one per forced switch: " + stats);
    }

    @Test
    void fourThreadsLoseNoIncrementWhenTheyTakeTheGilForEachIncrement() throws Exception {
        Gil gil = Gil.create(0.0001);
        Shared shared = new Shared(4);
        int n = 20_000;
        CountDownLatch ready = new CountDownLatch(4);
        Workers workers = new Workers();
        for (int t = 0; t < 4; t++) {
            workers.start("incrementer-" + t, () -> {
                arriveAndAwait(ready);
                for (int i = 0; i < n; i++) {
                    gil.acquire();
                    long read = shared.counter;
                    shared.counter = read + 1;
                    gil.release();
                }
            });
        }
        workers.joinAll(LIMIT);

        assertEquals(4L * n, shared.counter);
        GilStatistics stats = gil.statistics();
        assertConsistent(stats);
        assertEquals(4L * n, stats.acquisitions());
        assertEquals(0, stats.forcedSwitches(), "nobody reached a check point");
    }

    @Test
    void aHolderThatReachesNoCheckPointStopsEveryoneElseUntilItDoes() throws Exception {
        Gil gil = Gil.create(0.001);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        AtomicLong holderOps = new AtomicLong();
        AtomicLong[] otherOps = {new AtomicLong(), new AtomicLong()};
        int otherTarget = 1_000;
        Workers workers = new Workers();
        workers.start("holder", () -> {
            gil.acquire();
            holding.countDown();
            while (letGo.getCount() > 0) {
                holderOps.incrementAndGet(); // CPU-bound work with no check point
            }
            for (int i = 0; i < 1_000; i++) {
                holderOps.incrementAndGet();
                gil.checkpoint();
            }
            gil.release();
        });
        holding.await();
        for (int t = 0; t < 2; t++) {
            AtomicLong ops = otherOps[t];
            workers.start("other-" + t, () -> {
                while (ops.get() < otherTarget) {
                    gil.acquire();
                    ops.incrementAndGet();
                    gil.checkpoint();
                    gil.release();
                }
            });
        }

        // Both others are queued and at least one has asked the holder to drop the GIL, and the
        // holder keeps making progress: it is running, the others are not.
        await().atMost(LIMIT).until(() -> {
            GilStatistics s = gil.statistics();
            return s.contendedAcquisitions() == 2 && s.dropRequests() == 1;
        });
        long before = holderOps.get();
        await().atMost(LIMIT).until(() -> holderOps.get() >= before + 100_000);
        GilStatistics starved = gil.statistics();
        assertEquals(0, otherOps[0].get());
        assertEquals(0, otherOps[1].get());
        assertEquals(1, starved.acquisitions());
        assertEquals(1, starved.dropRequests(), "a pending request is not counted twice");
        assertEquals(Optional.of("holder"), starved.holder());

        letGo.countDown();
        await().atMost(LIMIT).until(() -> otherOps[0].get() == otherTarget && otherOps[1].get() == otherTarget);
        workers.joinAll(LIMIT);
        GilStatistics after = gil.statistics();
        assertConsistent(after);
        assertTrue(after.forcedSwitches() >= 1, "the holder's first check point honoured the request: " + after);
    }

    @Test
    void aWaiterThatTimedOutGetsTheGilAtTheHoldersNextCheckPoint() throws Exception {
        Gil gil = Gil.create(0.001);
        gil.acquire();
        AtomicBoolean waiterRan = new AtomicBoolean();
        Workers workers = new Workers();
        workers.start("waiter", () -> {
            gil.acquire();
            waiterRan.set(true);
            gil.release();
        });
        await().atMost(LIMIT).until(() -> gil.statistics().dropRequests() == 1);
        assertFalse(waiterRan.get());

        // Drops the GIL, waits until the waiter has taken it, then queues behind it.
        gil.checkpoint();

        assertTrue(waiterRan.get(), "the waiter had its turn before the holder got the GIL back");
        assertTrue(gil.isHeldByCurrentThread());
        GilStatistics stats = gil.statistics();
        assertEquals(1, stats.forcedSwitches());
        assertEquals(3, stats.switches(), "main, waiter, main again");
        assertEquals(3, stats.acquisitions());
        gil.release();
        workers.joinAll(LIMIT);

        // With the request served, check points are quiet again.
        gil.acquire();
        gil.checkpoint();
        assertEquals(4, gil.statistics().acquisitions());
        assertEquals(1, gil.statistics().forcedSwitches());
        gil.release();
    }

    @Test
    void anInterruptedWaiterKeepsWaitingAndGetsItsInterruptStatusBack() throws Exception {
        Gil gil = Gil.create();
        gil.acquire();
        AtomicBoolean interruptedWhileHolding = new AtomicBoolean();
        Workers workers = new Workers();
        Thread waiter = workers.start("waiter", () -> {
            gil.acquire();
            interruptedWhileHolding.set(Thread.currentThread().isInterrupted());
            gil.release();
        });
        await().atMost(LIMIT).until(() -> gil.statistics().contendedAcquisitions() == 1);
        waiter.interrupt();
        assertTrue(gil.isHeldByCurrentThread());
        gil.release();
        workers.joinAll(LIMIT);
        assertTrue(interruptedWhileHolding.get());
        assertEquals(2, gil.statistics().acquisitions());
    }

    @Test
    void twoCpuBoundThreadsShareTheGilFairlyThroughForcedSwitches() throws Exception {
        Gil gil = Gil.create(0.001);
        Shared shared = new Shared(2);
        long total = 20_000_000;
        CountDownLatch ready = new CountDownLatch(2);
        Workers workers = new Workers();
        for (int t = 0; t < 2; t++) {
            int me = t;
            workers.start("spinner-" + t, () -> {
                arriveAndAwait(ready);
                gil.acquire();
                try {
                    while (shared.counter < total) {
                        shared.counter++;
                        shared.ops[me]++;
                        gil.checkpoint();
                    }
                } finally {
                    gil.release();
                }
            });
        }
        workers.joinAll(LIMIT);

        GilStatistics stats = gil.statistics();
        String report = "ops " + shared.ops[0] + " / " + shared.ops[1] + ", " + stats;
        assertEquals(total, shared.ops[0] + shared.ops[1]);
        assertTrue(shared.ops[0] >= total / 10, report);
        assertTrue(shared.ops[1] >= total / 10, report);
        assertTrue(stats.switches() > 2, report);
        assertTrue(stats.forcedSwitches() > 0, report);
        assertConsistent(stats);
    }

    private static void assertConsistent(GilStatistics s) {
        String text = s.toString();
        assertTrue(s.acquisitions() >= s.switches(), text);
        assertTrue(s.acquisitions() >= s.contendedAcquisitions(), text);
        assertTrue(s.dropRequests() >= s.forcedSwitches(), text);
        assertTrue(s.totalWaitNanos() >= 0, text);
        assertEquals(Optional.empty(), s.holder(), text);
    }

    private static void arriveAndAwait(CountDownLatch latch) {
        latch.countDown();
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
