package dev.pyheap.runtime;

import dev.pyheap.api.config.Configuration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A heap with one attached thread holding the GIL, for tests. Closing it closes every handle it
 * opened (in reverse), the thread state and the heap.
 */
final class HeapFixture implements AutoCloseable {
    final PyHeap heap;
    final PyThreadState t;
    private final List<Handle> opened = new ArrayList<>();

    HeapFixture(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        heap = PyHeap.open(Configuration.of(all));
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

    long blocks() {
        return heap.allocator().statistics().allocatedBlocks();
    }

    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        t.close();
        heap.close();
    }
}
