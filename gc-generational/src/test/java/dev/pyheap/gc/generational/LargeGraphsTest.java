package dev.pyheap.gc.generational;

import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.Handle;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Long structures: the collector and the destroy step walk lists, never the Java stack, so neither a
 * 100,000-node cycle nor a 100,000-long chain hanging from a cycle can overflow it.
 */
final class LargeGraphsTest extends GenerationalTest {
    private static final int N = 100_000;

    /** N instances, each {@code .next} the one after; returns the first (a new reference) and leaves the last in {@code last[0]}. */
    private long chain(CApi c, long cls, long[] last) {
        long first = c.call(cls);
        long prev = first;
        for (int i = 1; i < N; i++) {
            long o = c.call(cls);
            c.setattr(prev, "next", o);
            c.decref(o);
            prev = o;
        }
        last[0] = prev;
        return first;
    }

    @Test
    void aCycleOfOneHundredThousandInstances() {
        h.collect();
        try (Handle clsHandle = t.newClass("Node")) {
            CApi c = t.capi();
            long cls = c.address(clsHandle);
            long[] last = new long[1];
            long first = chain(c, cls, last);
            c.setattr(last[0], "next", first); // close the ring
            c.decref(first);
            assertEquals(N, h.countByType("Node"));
            assertEquals(N, h.collect());
            assertEquals(0, h.countByType("Node"));
        }
    }

    @Test
    void aChainOfOneHundredThousandInstancesHangingFromASelfCycle() {
        h.collect();
        try (Handle clsHandle = t.newClass("Node")) {
            CApi c = t.capi();
            long cls = c.address(clsHandle);
            long[] last = new long[1];
            long first = chain(c, cls, last);
            long list = c.newList();
            c.listAppend(list, list);
            c.listAppend(list, first);
            c.decref(first);
            c.decref(list);
            assertEquals(N, h.countByType("Node"));
            assertEquals(N + 1, h.collect(0), "the list and every node are in the unreachable set at once");
            assertEquals(0, h.countByType("Node"));
        }
    }
}
