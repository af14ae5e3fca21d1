package dev.pyheap.driver;

import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 item 2 on the collection path, for every collector that reclaims cycles (they share the
 * runtime's destroy step): an Error thrown by a finalizer, a weakref callback or a gc callback
 * propagates from {@code gc.collect()} once the collection is complete. The garbage is freed, no
 * object keeps a collection's flags, the heap is sane and later collections work.
 */
final class EmbedderErrorsInCollectionsTest {

    static Stream<String> cycleCollectors() {
        return AllCollectors.names().stream().filter(AllCollectors::reclaimsCycles);
    }

    /** A heap with the collector, one thread holding the GIL, and the attribute name made before any count. */
    private static final class Fixture implements AutoCloseable {
        final PyHeap heap;
        final PyThreadState t;
        final Handle other;

        Fixture(String collector) {
            heap = PyHeap.open(AllCollectors.with(collector));
            t = heap.attach();
            t.acquireGil();
            other = t.literal("other");
        }

        long blocks() {
            return heap.metrics().allocator().allocatedBlocks();
        }

        /** {@code a.other = b; b.other = a}, then both dropped: two objects of cyclic garbage. */
        void cycle(Handle cls) {
            try (Handle a = t.call(cls); Handle b = t.call(cls)) {
                t.setattr(a, "other", b);
                t.setattr(b, "other", a);
            }
        }

        void assertSane(String when) {
            SanityReport report = heap.checkSanity();
            assertTrue(report.ok(), () -> when + ": " + report.format());
        }

        @Override
        public void close() {
            other.close();
            t.close();
            heap.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycleCollectors")
    void anErrorInAFinalizerOfCyclicGarbagePropagatesOnceTheCollectionIsComplete(String collector) {
        try (Fixture f = new Fixture(collector)) {
            List<String> finalized = new ArrayList<>();
            try (Handle bad = f.t.newClass("Bad", (thread, self) -> {
                finalized.add("Bad");
                throw new AssertionError("boom " + finalized.size());
            }); Handle plain = f.t.newClass("Plain")) {
                f.heap.gc().collect();
                long blocks = f.blocks();
                f.cycle(bad);
                AssertionError error = assertThrows(AssertionError.class, () -> f.heap.gc().collect());
                assertEquals("boom 1", error.getMessage());
                assertEquals(1, error.getSuppressed().length, "the second finalizer's Error rides along");
                assertEquals(List.of("Bad", "Bad"), finalized, "both finalizers ran");
                assertEquals(blocks, f.blocks(), "both objects and their values arrays were freed");
                f.assertSane("after the Error");
                assertEquals(0, f.heap.gc().collect(), "the next collection runs, and finds nothing left");
                f.cycle(plain);
                assertEquals(2, f.heap.gc().collect(), "collections work on");
                assertEquals(blocks, f.blocks());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycleCollectors")
    void anErrorInAWeakrefCallbackToCyclicGarbagePropagatesOnceTheCollectionIsComplete(String collector) {
        try (Fixture f = new Fixture(collector)) {
            AssertionError error = new AssertionError("boom in the callback");
            try (Handle cls = f.t.newClass("Node")) {
                f.heap.gc().collect();
                long blocks = f.blocks();
                Handle ref;
                try (Handle a = f.t.call(cls); Handle b = f.t.call(cls)) {
                    f.t.setattr(a, "other", b);
                    f.t.setattr(b, "other", a);
                    ref = f.t.weakref(a, (thread, weakref) -> {
                        throw error;
                    });
                }
                assertSame(error, assertThrows(AssertionError.class, () -> f.heap.gc().collect()));
                try (Handle dead = f.t.deref(ref)) {
                    assertEquals(null, f.t.javaValue(dead), "the referent died");
                }
                ref.close();
                assertEquals(blocks, f.blocks());
                f.assertSane("after the Error");
                assertEquals(0, f.heap.gc().collect());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cycleCollectors")
    void anErrorInAGcCallbackPropagatesOnceTheCollectionIsComplete(String collector) {
        try (Fixture f = new Fixture(collector)) {
            AssertionError error = new AssertionError("boom at start");
            List<String> phases = new ArrayList<>();
            GcCallback failing = (phase, generation, collected, uncollectable) -> {
                phases.add(phase + " " + collected);
                if (phase.equals("start")) {
                    throw error;
                }
            };
            try (Handle cls = f.t.newClass("Node")) {
                f.heap.gc().collect();
                long blocks = f.blocks();
                f.cycle(cls);
                f.heap.gc().callbacks().add(failing);
                assertSame(error, assertThrows(AssertionError.class, () -> f.heap.gc().collect()));
                assertEquals(List.of("start 0", "stop 2"), phases, "the collection ran, and found the cycle");
                f.heap.gc().callbacks().remove(failing);
                assertEquals(blocks, f.blocks());
                f.assertSane("after the Error");
                f.cycle(cls);
                assertEquals(2, f.heap.gc().collect());
            }
        }
    }
}
