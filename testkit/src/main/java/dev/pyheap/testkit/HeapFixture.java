package dev.pyheap.testkit;

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
 * A real heap with the collector a test names, as an embedder opens it (the collector found by
 * name among the modules present), and one attached thread holding the GIL. {@link #collect} runs a
 * collection and then the sanity checker. Closing checks the heap, closes the handles kept with
 * {@link #keep} (newest first), runs a full collection, checks again, closes the thread state and
 * the heap, and expects a clean close report: every other handle and thread state closed by the
 * test, and nothing reported but what the collector says it can never free.
 */
public class HeapFixture implements AutoCloseable {
    public final PyHeap heap;
    public final PyThreadState t;
    private final String collector;
    private final List<Handle> kept = new ArrayList<>();
    private List<String> closeReport;

    /** A heap with {@code collector} and {@code settings} (every other option at its default). */
    public HeapFixture(String collector, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("collector", collector);
        this.collector = collector;
        heap = PyHeap.open(Configuration.of(all));
        t = heap.attach();
        t.acquireGil();
    }

    /** A heap with {@code collector} and every other option at its default. */
    public HeapFixture(String collector) {
        this(collector, Map.of());
    }

    public PyGc gc() {
        return heap.gc();
    }

    /** Keeps {@code h} open until the fixture closes. */
    public Handle keep(Handle h) {
        kept.add(h);
        return h;
    }

    /** {@code gc.collect(generation)}, then the sanity checker. */
    public long collect(int generation) {
        long n = gc().collect(generation);
        assertSane("after collect(" + generation + ")");
        return n;
    }

    /** {@code gc.collect()}, then the sanity checker. */
    public long collect() {
        return collect(2);
    }

    /** Runs the sanity checker; an AssertionError listing the problems when the heap is not sane. */
    public void assertSane(String when) {
        SanityReport report = heap.checkSanity();
        if (!report.ok()) {
            throw new AssertionError("sanity check " + when + ": " + report.format());
        }
    }

    /** Live tracked objects of {@code type} outside the permanent generation. */
    public long countByType(String type) {
        return heap.objgraph().count(type);
    }

    /** The tracked objects outside the permanent generation ({@code len(gc.get_objects())}). */
    public long trackedObjects() {
        List<Handle> objects = gc().getObjects();
        objects.forEach(Handle::close);
        return objects.size();
    }

    /** Whether {@code gc.get_objects(generation)} holds the object. */
    public boolean inGeneration(Handle obj, int generation) {
        boolean found = false;
        for (Handle h : gc().getObjects(generation)) {
            found |= h.id() == obj.id();
            h.close();
        }
        return found;
    }

    /** New handles to both ends of {@link #nestedLists}. */
    public record NestedLists(Handle outermost, Handle innermost) {
    }

    /**
     * Lists {@code l0 → l1 → … → l(depth)}, each holding the next: a chain the collectors must
     * walk without recursion, or, deeper than the trashcan's 50, a teardown that leaves the inner
     * lists on the deferred stack (untracked, at refcount 0) while whatever dies before them runs.
     */
    public NestedLists nestedLists(int depth) {
        Handle outermost = t.newList();
        Handle current = t.dup(outermost);
        for (int i = 0; i < depth; i++) {
            Handle next = t.newList();
            t.append(current, next);
            current.close();
            current = next;
        }
        return new NestedLists(outermost, current);
    }

    /** {@code gc.get_count()}. */
    public List<Long> counts() {
        return gc().getCount();
    }

    /** What closing the heap reported (after {@link #close()}). */
    public List<String> closeReport() {
        return closeReport;
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
        closeReport = heap.closeReport();
        String leaks = "the " + collector + " collector could never free ";
        assertEquals(List.of(), closeReport.stream().filter(line -> !line.startsWith(leaks)).toList(),
                "the heap closes clean");
    }
}
