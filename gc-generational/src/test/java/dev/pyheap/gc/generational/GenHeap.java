package dev.pyheap.gc.generational;

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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real heap with the {@code generational} collector and one attached thread holding the GIL.
 * {@link #collect} runs a collection and then the sanity checker; closing checks the heap, closes
 * the handles kept with {@link #keep}, checks again and expects a clean close report (every other
 * handle closed by the test).
 */
final class GenHeap implements AutoCloseable {
    final PyHeap heap;
    final PyThreadState t;
    private final List<Handle> kept = new ArrayList<>();

    GenHeap(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("collector", "generational");
        heap = PyHeap.open(Configuration.of(all));
        t = heap.attach();
        t.acquireGil();
    }

    GenHeap() {
        this(Map.of());
    }

    PyGc gc() {
        return heap.gc();
    }

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

    /** Live tracked objects of {@code type} outside the permanent generation. */
    long countByType(String type) {
        return heap.objgraph().count(type);
    }

    /** Whether {@code gc.get_objects(generation)} holds the object. */
    boolean inGeneration(Handle obj, int generation) {
        boolean found = false;
        for (Handle h : gc().getObjects(generation)) {
            found |= h.id() == obj.id();
            h.close();
        }
        return found;
    }

    List<Long> counts() {
        return gc().getCount();
    }

    @Override
    public void close() {
        try {
            assertSane("at the end of the test");
            for (int i = kept.size() - 1; i >= 0; i--) {
                kept.get(i).close();
            }
            assertSane("after the test's handles were closed");
        } finally {
            t.close();
            heap.close();
        }
        assertEquals(List.of(), heap.closeReport(), "the heap closes clean");
    }
}
