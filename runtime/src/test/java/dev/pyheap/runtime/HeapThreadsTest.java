package dev.pyheap.runtime;

import dev.pyheap.api.config.Configuration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several attached threads sharing one heap under its GIL (issue 3 item 8), counted in operations. */
final class HeapThreadsTest {

    private static void run(List<Thread> threads, ConcurrentLinkedQueue<Throwable> failures) throws InterruptedException {
        for (Thread th : threads) {
            th.setDaemon(true);
            th.setUncaughtExceptionHandler((x, e) -> failures.add(e));
            th.start();
        }
        for (Thread th : threads) {
            th.join(Duration.ofMinutes(2).toMillis());
            assertTrue(!th.isAlive(), th.getName() + " finished");
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.peek());
        }
    }

    @Test
    void fourThreadsIncrementingOneDictValueLoseNothing() throws InterruptedException {
        int threads = 4;
        int increments = 20_000;
        try (PyHeap heap = TestCollector.open(Configuration.of(Map.of("switchinterval", "0.0001")))) {
            try (PyThreadState main = heap.attach()) {
                main.acquireGil();
                try (Handle d = main.newDict(); Handle key = main.literal("counter"); Handle zero = main.newInt(0)) {
                    main.setitem(d, key, zero);
                    main.setGlobal("d", d);
                }
                main.releaseGil();
            }
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(new Thread(() -> {
                    try (PyThreadState t = heap.attach()) {
                        t.acquireGil();
                        try (Handle d = t.getGlobal("d"); Handle key = t.literal("counter")) {
                            for (int n = 0; n < increments; n++) {
                                // d['counter'] += 1: no check point inside the read-modify-write, as in CPython
                                try (Handle v = t.getitem(d, key); Handle next = t.newInt((Long) t.javaValue(v) + 1)) {
                                    t.setitem(d, key, next);
                                }
                                t.checkpoint();
                            }
                        }
                        t.releaseGil();
                    }
                }, "worker-" + i));
            }
            run(workers, failures);
            try (PyThreadState main = heap.attach()) {
                main.acquireGil();
                try (Handle d = main.getGlobal("d"); Handle key = main.literal("counter"); Handle v = main.getitem(d, key)) {
                    assertEquals((long) threads * increments, main.javaValue(v));
                }
                main.releaseGil();
            }
            assertTrue(heap.metrics().gil().switches() > 0, "the GIL changed hands");
        }
    }

    @Test
    void aThreadThatNeverReachesACheckPointStarvesTheOthers() throws InterruptedException {
        try (PyHeap heap = TestCollector.open(Configuration.of(Map.of("switchinterval", "0.0001")))) {
            AtomicLong otherOps = new AtomicLong();
            AtomicBoolean release = new AtomicBoolean();
            AtomicBoolean holderWaiting = new AtomicBoolean();
            CountDownLatch holderHasGil = new CountDownLatch(1);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            Thread holder = new Thread(() -> {
                try (PyThreadState t = heap.attach()) {
                    t.acquireGil();
                    holderHasGil.countDown();
                    try (Handle l = t.newList(); Handle none = t.none()) {
                        while (!release.get()) { // a long C call: work, but no check point
                            t.append(l, none);
                            t.listPop(l).close();
                            holderWaiting.set(true);
                        }
                        t.checkpoint();
                    }
                    t.releaseGil();
                }
            }, "holder");
            Thread other = new Thread(() -> {
                try (PyThreadState t = heap.attach()) {
                    t.acquireGil();
                    for (int i = 0; i < 1000; i++) {
                        t.newList().close();
                        otherOps.incrementAndGet();
                        t.checkpoint();
                    }
                    t.releaseGil();
                }
            }, "other");
            holder.setDaemon(true);
            other.setDaemon(true);
            holder.setUncaughtExceptionHandler((x, e) -> failures.add(e));
            other.setUncaughtExceptionHandler((x, e) -> failures.add(e));
            holder.start();
            holderHasGil.await();
            other.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> heap.metrics().gil().dropRequests() > 0 && holderWaiting.get());
            assertEquals(0, otherOps.get(), "no progress while the holder never reaches a check point");
            release.set(true);
            await().atMost(Duration.ofSeconds(30)).until(() -> otherOps.get() == 1000);
            holder.join(30_000);
            other.join(30_000);
            if (!failures.isEmpty()) {
                throw new AssertionError(failures.peek());
            }
        }
    }
}
