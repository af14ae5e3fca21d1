package dev.pyheap.gc.marksweep;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mark and the rescue are loops, not recursions: 100,000-long chains and rings cost no Java stack. */
final class LargeStructuresTest {
    private static final int N = 100_000;

    /** Lists l0 → l1 → … → l(N-1), each holding the next; returns a handle to l0 and, in {@code last}, one to l(N-1). */
    private static Handle chain(PyThreadState t, Handle[] last) {
        Handle head = t.newList();
        Handle cur = t.dup(head);
        for (int i = 1; i < N; i++) {
            Handle next = t.newList();
            t.append(cur, next);
            cur.close();
            cur = next;
        }
        last[0] = cur;
        return head;
    }

    @Test
    void aReachableChainIsMarkedAndAnUnreachableRingIsCollected() {
        try (HeapFixture h = new HeapFixture("marksweep")) {
            PyThreadState t = h.t;
            h.collect();
            long base = h.trackedObjects();
            Handle[] last = new Handle[1];
            Handle head = chain(t, last);
            assertEquals(0, h.collect(), "a chain held by its head");
            assertEquals(base + N, h.trackedObjects());
            t.append(last[0], head); // close the ring
            last[0].close();
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
            Handle[] last = new Handle[1];
            try (Handle head = chain(t, last)) {
                t.append(last[0], head); // a ring too: each node is also held from inside
                last[0].close();
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
