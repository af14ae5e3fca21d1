package dev.pyheap.gc.marksweep;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mark and the rescue are loops, not recursions: 100,000-long chains and rings cost no Java stack. */
final class LargeStructuresTest {
    private static final int N = 100_000;

    @Test
    void aReachableChainIsMarkedAndAnUnreachableRingIsCollected() {
        try (HeapFixture h = new HeapFixture("marksweep")) {
            PyThreadState t = h.t;
            h.collect();
            long base = h.trackedObjects();
            HeapFixture.NestedLists chain = h.nestedLists(N - 1);
            Handle head = chain.outermost();
            assertEquals(0, h.collect(), "a chain held by its head");
            assertEquals(base + N, h.trackedObjects());
            t.append(chain.innermost(), head); // close the ring
            chain.innermost().close();
            assertEquals(0, h.collect(), "a ring held by a handle");
            head.close();
            assertEquals(N, h.collect(), "the ring, unreachable");
            assertEquals(base, h.trackedObjects());
        }
    }

    @Test
    void aChainHeldOnlyByAFrozenListIsRescuedWithoutRecursion() {
        try (HeapFixture h = new HeapFixture("marksweep")) {
            PyThreadState t = h.t;
            Handle holder = h.keep(t.newList());
            h.gc().freeze();
            HeapFixture.NestedLists chain = h.nestedLists(N - 1);
            try (Handle head = chain.outermost(); Handle last = chain.innermost()) {
                t.append(last, head); // a ring too: each node is also held from inside
                t.append(holder, head);
            }
            assertEquals(0, h.collect(), "the whole ring hangs from the frozen holder");
            assertEquals(N, h.trackedObjects());
            t.clear(holder);
            assertEquals(N, h.collect());
            h.gc().unfreeze();
        }
    }
}
