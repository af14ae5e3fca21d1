package dev.pyheap.gc.marksweep;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyGc;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real heap with the {@code marksweep} collector and one attached thread holding the GIL.
 * {@link #collect} checks the heap after each collection; closing checks it, closes the handles
 * kept with {@link #keep} (in reverse), collects, checks again and closes the heap.
 */
final class MarkSweepHeap implements AutoCloseable {
    final PyHeap heap;
    final PyThreadState t;
    private final List<Handle> kept = new ArrayList<>();

    MarkSweepHeap(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("collector", "marksweep");
        heap = PyHeap.open(Configuration.of(all));
        t = heap.attach();
        t.acquireGil();
    }

    MarkSweepHeap() {
        this(Map.of());
    }

    PyGc gc() {
        return heap.gc();
    }

    /** Keeps {@code h} open until the heap closes. */
    Handle keep(Handle h) {
        kept.add(h);
        return h;
    }

    /** {@code gc.collect(generation)}, then the sanity checker. */
    long collect(int generation) {
        long n = gc().collect(generation);
        assertSane("after collect(" + generation + ")");
        return n;
    }

    /** {@code gc.collect()}, then the sanity checker. */
    long collect() {
        return collect(2);
    }

    void assertSane(String when) {
        SanityReport report = heap.checkSanity();
        if (!report.ok()) {
            throw new AssertionError("sanity check " + when + ": " + report.format());
        }
    }

    /** The tracked objects outside the permanent generation ({@code len(gc.get_objects())}). */
    long trackedObjects() {
        List<Handle> objects = gc().getObjects();
        objects.forEach(Handle::close);
        return objects.size();
    }

    /** How many tracked objects have type {@code name}. */
    long countByType(String name) {
        return heap.objgraph().count(name);
    }

    @Override
    public void close() {
        try {
            assertSane("at the end of the test");
            for (int i = kept.size() - 1; i >= 0; i--) {
                kept.get(i).close();
            }
            gc().collect();
            assertSane("after the test's handles were closed and a last collection");
        } finally {
            t.close();
            heap.close();
        }
    }
}
