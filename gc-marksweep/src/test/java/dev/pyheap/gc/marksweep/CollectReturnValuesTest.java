package dev.pyheap.gc.marksweep;

import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.runtime.Handle;
import dev.pyheap.testkit.CycleCollectionContractTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CPython 3.11's {@code gc.collect()} return values under {@code marksweep}: the cycle-collection
 * contract (facts §5.2 and §5.3), and what every collection being a full one makes true.
 */
final class CollectReturnValuesTest extends CycleCollectionContractTest {

    @Override
    protected String collector() {
        return "marksweep";
    }

    @Test
    void everyGenerationIsAFullCollection() {
        // A fresh self-cycle is found by every generation (the contract); an object that survived
        // a collection is "old", and collect(0) still examines it.
        Handle cls = h.keep(t.newClass("A"));
        try (Handle a = t.call(cls); Handle b = t.call(cls)) {
            t.setattr(a, "other", b);
            t.setattr(b, "other", a);
            assertEquals(0, h.collect(2));
            assertEquals(0, h.collect(0));
        }
        assertEquals(2, h.collect(0), "collect(0) collects objects that survived earlier collections");
    }

    @Test
    void statisticsHaveOneGenerationCountingEveryCollection() {
        assertEquals(List.of(new GenerationStatistics(1, 0, 0)), h.gc().getStats(), "the clean collection");
        try (Handle l = t.newList()) {
            t.append(l, l);
        }
        assertEquals(1, h.collect(0));
        try (Handle a = t.newList(); Handle b = t.newList()) {
            t.append(a, b);
            t.append(b, a);
        }
        assertEquals(2, h.collect(1));
        assertEquals(List.of(new GenerationStatistics(3, 3, 0)), h.gc().getStats());
        assertEquals(3, h.heap.metrics().collector().pauses().count());
    }
}
