package dev.pyheap.runtime;

import dev.pyheap.api.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A closed heap says so (issue 11 item 6): every call on it, its thread states, C API, handles,
 * frames and modules throws {@code IllegalStateException: the heap is closed}; closing a handle, a
 * thread state or the heap again does nothing. And {@code toHandle(0)} is refused.
 */
final class ClosedHeapTest {

    private static PyHeap open() {
        return TestCollector.open(Configuration.defaults());
    }

    @Test
    void everyCallAfterCloseSaysTheHeapIsClosed() {
        PyHeap heap = open();
        PyThreadState t = heap.attach();
        t.acquireGil();
        Handle list = t.newList();
        PyFrame frame = t.pushFrame("work", "app.py", 1);
        CApi c = t.capi();
        long address = c.address(list);
        dev.pyheap.runtime.gil.Gil gil = ((dev.pyheap.runtime.state.ThreadState) t).interpreter().gil();
        heap.close();

        Map<String, Executable> calls = TestThreads.threadStateCalls(t, c, address, frame, list);
        calls.put("handle.id", list::id);
        calls.put("handle.typeName", list::typeName);
        calls.put("sys.getrefcount", () -> heap.sys().getrefcount(list));
        calls.put("sys.getallocatedblocks", () -> heap.sys().getallocatedblocks());
        calls.put("sys.getrecursionlimit", () -> heap.sys().getrecursionlimit());
        calls.put("sys.getswitchinterval", () -> heap.sys().getswitchinterval());
        calls.put("gc.collect", () -> heap.gc().collect());
        calls.put("gc.get_count", () -> heap.gc().getCount());
        calls.put("gc.callbacks", () -> heap.gc().callbacks());
        calls.put("objgraph.count", () -> heap.objgraph().count("list"));
        calls.put("tracemalloc.is_tracing", () -> heap.tracemalloc().isTracing());
        calls.put("checkSanity", heap::checkSanity);
        calls.put("attach", heap::attach);
        calls.put("setUnraisableHook", () -> heap.setUnraisableHook((m, e, o) -> { }));
        calls.put("metrics", heap::metrics);
        calls.put("gil scope", t::gil);
        calls.put("listPop", () -> t.listPop(list));
        List<String> expected = new ArrayList<>();
        calls.keySet().forEach(name -> expected.add(name + ": IllegalStateException: the heap is closed"));
        assertEquals(expected, TestThreads.outcomes(calls));

        assertFalse(list.isOpen(), "the heap took every reference with it");
        list.close(); // nothing to do
        t.close();
        heap.close();
        assertFalse(gil.isHeldByCurrentThread(), "closing released the GIL");
        assertEquals(List.of("thread state of '" + Thread.currentThread().getName() + "' was never closed (1 frame(s) still"
                + " pushed)", "1 handle(s) were never closed: <list " + dev.pyheap.api.Addresses.hex(address) + ">"),
                heap.closeReport());
    }

    @Test
    void aThreadWaitingForTheGilWhenTheHeapClosesIsRefused() throws Exception {
        PyHeap heap = open();
        PyThreadState t = heap.attach();
        t.acquireGil();
        CompletableFuture<Throwable> outcome = TestThreads.acquireInThread(heap, "waiter");
        await().atMost(Duration.ofSeconds(30)).until(() -> heap.metrics().gil().contendedAcquisitions() == 1);
        heap.close();
        await().atMost(Duration.ofSeconds(30)).until(outcome::isDone);
        Throwable failure = outcome.get();
        assertEquals(IllegalStateException.class, failure.getClass());
        assertEquals("the heap is closed", failure.getMessage());
        t.close();
    }

    /**
     * CPython's daemon threads at exit: a thread state of the interpreter's own (as {@code _thread}
     * makes) that waits for the GIL while the heap finalizes and closes is parked for good, with no
     * error and without taking the GIL; an embedder's thread state waiting beside it is refused as
     * before; the close report names only the embedder's thread states.
     */
    @Test
    void anInterpreterThreadWaitingForTheGilAtFinalizationIsParked() throws Exception {
        PyHeap heap = open();
        PyThreadState t = heap.attach();
        t.acquireGil();
        CompletableFuture<Throwable> returned = new CompletableFuture<>();
        Thread daemon = Thread.ofPlatform().daemon(true).name("interpreter-thread").start(() -> {
            try {
                PyThreadState own = heap.interpreterState().attachInterpreterThread(heap).orElseThrow();
                own.acquireGil();
                returned.complete(null);
            } catch (Throwable e) {
                returned.complete(e);
            }
        });
        CompletableFuture<Throwable> embedder = TestThreads.acquireInThread(heap, "embedder");
        await().atMost(Duration.ofSeconds(30)).until(() -> heap.metrics().gil().contendedAcquisitions() == 2);
        heap.interpreterState().startFinalizing();
        assertTrue(heap.interpreterState().attachInterpreterThread(heap).isEmpty(), "no new interpreter thread once finalizing");
        heap.close();
        await().atMost(Duration.ofSeconds(30)).until(embedder::isDone);
        assertEquals("the heap is closed", embedder.get().getMessage());
        await().atMost(Duration.ofSeconds(30)).until(() -> daemon.getState() == Thread.State.WAITING
                && java.util.Arrays.stream(daemon.getStackTrace()).anyMatch(f -> f.getMethodName().equals("park")
                        && f.getClassName().equals("dev.pyheap.runtime.state.ThreadState")));
        assertFalse(returned.isDone(), "a parked thread never returns to run Python");
        assertEquals(List.of("thread state of '" + Thread.currentThread().getName() + "' was never closed (0 frame(s) still"
                + " pushed)", "thread state of 'embedder' was never closed (0 frame(s) still pushed)"), heap.closeReport());
        t.close();
    }

    @Test
    void aFinalizerCannotCloseTheHeapItRunsIn() {
        try (PyHeap heap = open(); PyThreadState t = heap.attach()) {
            t.acquireGil();
            List<String> reported = new ArrayList<>();
            heap.setUnraisableHook((message, error, id) -> reported.add(message + " / " + error));
            try (Handle cls = t.newClass("Closer", (thread, self) -> thread.heap().close())) {
                t.call(cls).close();
            }
            assertEquals(List.of("Exception ignored in: <function Closer.__del__> / java.lang.IllegalStateException: the heap"
                    + " cannot be closed from a finalizer, a weakref callback or a gc callback, nor during a collection or a"
                    + " deallocation: it is running one"), reported);
            assertTrue(heap.checkSanity().ok(), "still open, and sane");
            t.releaseGil();
        }
    }

    @Test
    void toHandleOfNullIsRefused() {
        try (HeapFixture f = new HeapFixture()) {
            long blocks = f.blocks();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.capi().toHandle(0));
            assertEquals("toHandle(0): 0 is NULL, not a reference to an object", e.getMessage());
            assertEquals(blocks, f.blocks());
        }
    }
}
