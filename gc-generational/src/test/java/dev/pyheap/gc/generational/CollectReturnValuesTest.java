package dev.pyheap.gc.generational;

import dev.pyheap.runtime.Handle;
import dev.pyheap.testkit.CycleCollectionContractTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gc.collect()} return values and event order with the generational collector: the
 * cycle-collection contract (facts §5.2 and §5.3), and what only generations make true.
 */
final class CollectReturnValuesTest extends CycleCollectionContractTest {

    @Override
    protected String collector() {
        return "generational";
    }

    @Test
    void aCycleHeldFromAnOlderGenerationIsNotGarbageInAYoungCollection() {
        long lists = h.countByType("list");
        try (Handle old = t.newList()) {
            h.collect(); // old is in generation 2 now
            assertTrue(h.inGeneration(old, 2));
            try (Handle young = t.newList()) {
                t.append(young, young);
                t.append(old, young);
                assertEquals(0, h.collect(0), "the reference from gen 2 counts as an outside reference");
                assertTrue(h.inGeneration(young, 1));
            }
            t.clear(old);
            assertEquals(1, h.collect(1));
            assertEquals(lists + 1, h.countByType("list"), "old remains");
        }
    }
}
