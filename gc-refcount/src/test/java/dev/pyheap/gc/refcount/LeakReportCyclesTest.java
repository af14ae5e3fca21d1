package dev.pyheap.gc.refcount;

import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.runtime.Handle;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code refcount} collector's leak report counts independent cycles apart, also when they share
 * garbage that is on no cycle: here every Person and Dog refers to its class, and the classes are
 * garbage too once the last handle to them is closed (issue 11, item 8).
 */
final class LeakReportCyclesTest {
    private static final int PAIRS = 100_000;

    @Test
    void aHundredThousandPersonDogPairsAreAHundredThousandCycles() {
        try (HeapFixture f = new HeapFixture("refcount")) {
            try (Handle person = f.t.newClass("Person"); Handle dog = f.t.newClass("Dog")) {
                for (int i = 0; i < PAIRS; i++) {
                    try (Handle p = f.t.call(person); Handle d = f.t.call(dog)) {
                        f.t.setattr(p, "pet", d);
                        f.t.setattr(d, "master", p);
                    }
                }
            }
            LeakReport r = f.heap.metrics().collector().leakReport().orElseThrow();
            // each class leaks too, with what it holds in its cycles: its namespace, __mro__ and the
            // __dict__/__weakref__ descriptors (as a class never collected does in CPython)
            assertEquals(2 * PAIRS + 12, r.objects());
            assertEquals(PAIRS + 2, r.groups(), "the pairs, and each class in its own cycle");
            assertEquals(Map.of("Dog", (long) PAIRS, "Person", (long) PAIRS, "type", 2L, "dict", 2L, "getset_descriptor", 4L,
                    "tuple", 4L), r.byType());
            assertEquals("200,012 objects in 100,002 cycles: 100,000 cycles of 2 objects: Dog 1, Person 1;"
                    + " 2 cycles of 6 objects: getset_descriptor 2, tuple 2, dict 1, type 1", r.format());
        }
    }
}
