package dev.pyheap.runtime;

import dev.pyheap.api.config.Configuration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A heap with one attached thread holding the GIL, for tests. Closing it runs the sanity checker
 * (the test's objects still alive), closes every handle it opened (in reverse), runs the checker
 * again, then closes the thread state and the heap; a check that finds a problem fails the test
 * with the report. A test that corrupts the heap on purpose repairs it before the end, or calls
 * {@link #abandon()}.
 */
final class HeapFixture implements AutoCloseable {
    final PyHeap heap;
    final PyThreadState t;
    private final List<Handle> opened = new ArrayList<>();
    private boolean abandoned;

    HeapFixture(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        // The runtime's tests have a collector of their own (every gc module's tests depend on the runtime).
        TestMemory.choose(all);
        heap = TestCollector.open(Configuration.of(all));
        t = heap.attach();
        t.acquireGil();
    }

    HeapFixture() {
        this(Map.of());
    }

    /** Keeps {@code h} to close at the end. */
    Handle keep(Handle h) {
        opened.add(h);
        return h;
    }

    PySys sys() {
        return heap.sys();
    }

    PyGc gc() {
        return heap.gc();
    }

    CApi capi() {
        return t.capi();
    }

    /** {@code [[...[]...]]}: {@code depth} lists around an empty one, made through the C API; a new reference. */
    static long nestedList(CApi c, int depth) {
        long inner = c.newList();
        for (int i = 0; i < depth; i++) {
            long outer = c.newList();
            c.listAppend(outer, inner);
            c.decref(inner);
            inner = outer;
        }
        return inner;
    }

    long blocks() {
        return allocator().statistics().allocatedBlocks();
    }

    /**
     * Empties every type free list, as CPython's full collection does ({@code _PyGC_ClearAllFreeLists};
     * this fixture's collector does not): the blocks of dead objects waiting there to be revived
     * go back to the allocator, so {@link #blocks()} counts only what live objects hold.
     */
    void clearFreeLists() {
        ((dev.pyheap.runtime.state.ThreadState) t).interpreter().space().clearFreeLists();
    }

    /** The heap's allocator, which the public API does not hand out: through the thread state's internal view. */
    dev.pyheap.api.alloc.Allocator allocator() {
        return ((dev.pyheap.runtime.state.ThreadState) t).interpreter().allocator();
    }

    /**
     * The test left the heap corrupted on purpose: {@link #close()} then neither checks it nor
     * touches its objects; it only releases the allocator's memory. (Closing the heap would run the
     * collector's leak report, which may fail or never end on a damaged collector list.)
     */
    void abandon() {
        abandoned = true;
    }

    /** Runs the sanity checker; an AssertionError listing the problems when the heap is not sane. */
    void assertSane(String when) {
        SanityReport report = heap.checkSanity();
        if (!report.ok()) {
            throw new AssertionError("sanity check " + when + ": " + report.format());
        }
    }

    /** The test checks the heap and closes it itself (to read the close report): {@link #close()} has nothing left to do. */
    List<String> closeHeapChecked() {
        assertSane("before the heap closes");
        t.close();
        heap.close();
        closedByTest = true;
        return heap.closeReport();
    }

    private boolean closedByTest;

    @Override
    public void close() {
        if (closedByTest) {
            return;
        }
        if (abandoned) {
            allocator().close();
            return;
        }
        try {
            assertSane("at the end of the test");
            for (int i = opened.size() - 1; i >= 0; i--) {
                opened.get(i).close();
            }
            assertSane("after the test's handles were closed");
        } finally {
            t.close();
            heap.close();
        }
    }
}
