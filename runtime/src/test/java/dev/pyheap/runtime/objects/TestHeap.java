package dev.pyheap.runtime.objects;


import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A default heap (pymalloc, the runtime tests' collector) with one attached thread holding the GIL, and
 * its interpreter for tests that look below the public API. Closing it closes the handles it
 * kept (newest first), the thread state and the heap.
 */
final class TestHeap implements AutoCloseable {
    final PyHeap heap;
    final PyThreadState t;
    final ObjectSpace interp;
    private final dev.pyheap.runtime.state.ThreadState thread;
    private final List<Handle> kept = new ArrayList<>();

    TestHeap() {
        Map<String, String> settings = new java.util.HashMap<>();
        dev.pyheap.runtime.TestMemory.choose(settings);
        heap = dev.pyheap.runtime.TestCollector.open(Configuration.of(settings));
        t = heap.attach();
        t.acquireGil();
        thread = (dev.pyheap.runtime.state.ThreadState) t;
        interp = thread.interpreter().space();
    }

    /** Closes {@code h} with the heap. */
    Handle keep(Handle h) {
        kept.add(h);
        return h;
    }

    Handle str(String text) {
        return keep(t.newStr(text));
    }

    Handle integer(long value) {
        return keep(t.newInt(value));
    }

    long sizeof(Handle h) {
        return heap.sys().getsizeof(h);
    }

    long refcount(Handle h) {
        return heap.sys().getrefcount(h);
    }

    boolean tracked(Handle h) {
        return heap.gc().isTracked(h);
    }

    long blocks() {
        return thread.interpreter().allocator().statistics().allocatedBlocks();
    }

    /** {@code gc.get_count()[0]}. */
    long count0() {
        return heap.gc().getCount().get(0);
    }

    @Override
    public void close() {
        for (int i = kept.size() - 1; i >= 0; i--) {
            kept.get(i).close();
        }
        t.close();
        heap.close();
    }
}
