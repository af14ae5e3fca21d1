package dev.pyheap.runtime;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.CollectorKind;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.InternalReferences;
import dev.pyheap.runtime.state.ThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A collection that fails in the middle, on native memory, where following a half-linked list
 * reads or writes wherever its words point and ends the JVM: the collector below fails right after
 * update_refs, when every prev word of the tracked list holds gc_refs instead of a link. Every later
 * use of the lists must refuse with an error naming the failure, and closing must not touch them.
 */
final class FailedCollectionTest {
    private static final String INJECTED = "injected failure in the middle of a collection";

    /** Collects nothing, or fails the way a corrupt heap found mid-walk would fail. */
    private static final class FailingCollector implements Collector {
        private final InternalReferences references;
        private final GcList tracked;

        FailingCollector(HeapBinding binding, GcList tracked) {
            this.references = new InternalReferences(binding);
            this.tracked = tracked;
        }

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public DestroyResult collect(int generation) {
            if (generation == 0) {
                return DestroyResult.NONE;
            }
            references.updateRefs(tracked);
            throw new IllegalStateException(INJECTED);
        }
    }

    private static final CollectorProvider FAILING = new CollectorKind("failing",
            "fails every collection but of generation 0 after update_refs", List.of(),
            (binding, gc, configuration) -> new FailingCollector(binding, gc.generation(0))) {
    };

    @Test
    void everyLaterUseOfTheListsSaysWhyAndClosingDoesNotTouchThem() {
        PyHeap heap = PyHeap.open(Configuration.of(Map.of("memory", "native")), FAILING);
        PyThreadState t = heap.attach();
        t.acquireGil();
        assertFalse(((ThreadState) t).interpreter().space().memory.isChecked(), "native memory");
        Handle list = t.newList();
        Handle inner = t.newList();
        t.append(list, inner);
        Handle lonely = t.newList();
        assertEquals(0, heap.gc().collect(0), "a collection that works");

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> heap.gc().collect());
        assertEquals(INJECTED, failure.getMessage());

        String expected = "gc: the heap's collector lists are unusable since a collection failed in the middle"
                + " (java.lang.IllegalStateException: " + INJECTED + "); nothing can be tracked, untracked or collected";
        List<Executable> uses = List.of(t::newList, lonely::close, () -> heap.gc().collect(),
                () -> heap.gc().getObjects(), heap.gc()::freeze, () -> heap.objgraph().count("list"));
        for (Executable use : uses) {
            HeapCorruptionError e = assertThrows(HeapCorruptionError.class, use);
            assertEquals(expected, e.getMessage());
        }
        assertTrue(heap.gc().isTracked(list), "read from the object's own header, which is safe");

        heap.close();
        assertTrue(heap.closeReport().stream().anyMatch(line -> line.contains(INJECTED)), heap.closeReport()::toString);
    }
}
