package dev.pyheap.runtime;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.config.Configuration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A thread that dies holding the GIL does not hang the others (issue 11 item 5): the threads
 * waiting for the GIL, and every later one, fail with one error naming the dead thread; the heap
 * can still be closed, and its close report says why it was abandoned.
 */
final class GilHolderDeathTest {

    private static String refusal(String thread) {
        return "thread '" + thread + "' cannot take the GIL: thread 'doomed' died holding it, perhaps in the middle of an"
                + " operation, so the heap cannot be used any more (close it)";
    }

    @Test
    void waitersFailNamingTheThreadThatDiedHoldingTheGil() throws Exception {
        PyHeap heap = TestCollector.open(Configuration.defaults());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch die = new CountDownLatch(1);
        AtomicLong made = new AtomicLong();
        Thread doomed = new Thread(() -> {
            PyThreadState t = heap.attach();
            t.acquireGil();
            made.set(t.newList().id()); // work in progress, never finished
            holding.countDown();
            try {
                die.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("a bug in the embedder's worker"); // escapes with the GIL held
        }, "doomed");
        doomed.setDaemon(true);
        doomed.setUncaughtExceptionHandler((thread, e) -> { });
        doomed.start();
        holding.await();

        CompletableFuture<Throwable> waiterOutcome = TestThreads.acquireInThread(heap, "waiter");
        await().atMost(Duration.ofSeconds(30)).until(() -> heap.metrics().gil().contendedAcquisitions() == 1);
        die.countDown();
        await().atMost(Duration.ofSeconds(30)).until(waiterOutcome::isDone);
        Throwable failure = waiterOutcome.get();
        assertEquals(IllegalStateException.class, failure.getClass());
        assertEquals(refusal("waiter"), failure.getMessage());

        String me = Thread.currentThread().getName();
        try (PyThreadState t = heap.attach()) {
            IllegalStateException later = assertThrows(IllegalStateException.class, t::acquireGil);
            assertEquals(refusal(me), later.getMessage());
        }
        heap.close();
        assertEquals(List.of(refusal(me), "thread state of 'doomed' was never closed (0 frame(s) still pushed)",
                "1 handle(s) were never closed: <list " + Addresses.hex(made.get()) + ">"), heap.closeReport());
        IllegalStateException closed = assertThrows(IllegalStateException.class, heap::attach);
        assertEquals("the heap is closed", closed.getMessage());
    }

    /** The holder gives the GIL up at a check point to a waiter that dies with it: the check point fails, and the thread holds nothing. */
    @Test
    void aCheckPointThatHandsTheGilToAThreadThatDiesFails() throws Exception {
        try (PyHeap heap = TestCollector.open(Configuration.of(Map.of("switchinterval", "0.001")));
             PyThreadState t = heap.attach()) {
            t.acquireGil();
            Thread doomed = new Thread(() -> {
                PyThreadState d = heap.attach();
                d.acquireGil();
                throw new IllegalStateException("a bug in the embedder's worker"); // escapes with the GIL held
            }, "doomed");
            doomed.setDaemon(true);
            doomed.setUncaughtExceptionHandler((thread, e) -> { });
            doomed.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> heap.metrics().gil().dropRequests() > 0);
            IllegalStateException e = assertThrows(IllegalStateException.class, t::checkpoint);
            assertEquals(refusal(Thread.currentThread().getName()), e.getMessage());
            assertEquals(false, t.holdsGil(), "the thread gave the GIL up and could not take it back");
        }
    }
}
