package dev.pyheap.runtime.gil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.fail;

/** Test threads that report their failures; daemons, so a stuck one cannot keep the JVM alive. */
final class Workers {
    private final List<Thread> threads = new ArrayList<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        threads.add(thread);
        thread.start();
        return thread;
    }

    /** Joins every thread (each within the limit) and fails with the first error any of them threw. */
    void joinAll(Duration limit) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(limit.toMillis());
            if (thread.isAlive()) {
                fail("thread '" + thread.getName() + "' did not finish within " + limit);
            }
        }
        Throwable first = failures.peek();
        if (first != null) {
            AssertionError error = new AssertionError("a worker failed: " + first, first);
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
    }
}
