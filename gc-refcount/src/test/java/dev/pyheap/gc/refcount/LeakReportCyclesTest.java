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
            assertEquals(2 * PAIRS + 2, r.objects());
            assertEquals(PAIRS, r.groups());
            assertEquals(Map.of("Dog", (long) PAIRS, "Person", (long) PAIRS, "type", 2L), r.byType());
            assertEquals("200,002 objects in 100,000 cycles: 100,000 cycles of 2 objects: Dog 1, Person 1;"
                    + " 2 objects shared by several cycles: type 2", r.format());
        }
    }
}
