package dev.pyheap.runtime;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class PyHeapTest {

    @Test
    void eachHeapIsWiredFromItsOwnConfiguration() {
        try (PyHeap pooled = TestCollector.open(Configuration.of(Map.of("allocator", "pymalloc")));
             PyHeap plain = TestCollector.open(Configuration.of(Map.of("allocator", "malloc", "heap.limit", "8m")));
             PyThreadState tp = pooled.attach(); GilScope gp = tp.gil();
             PyThreadState tq = plain.attach(); GilScope gq = tq.gil()) {
            assertEquals("pymalloc", pooled.metrics().allocator().allocator());
            assertEquals("malloc", plain.metrics().allocator().allocator());
            Allocator pa = allocator(tp);
            Allocator qa = allocator(tq);
            assertSame(pa, allocator(tp), "one allocator per heap");
            assertNotSame(pa, qa);
            assertEquals(8L << 20, plain.metrics().allocator().limitBytes());
            assertEquals(-1, pooled.metrics().allocator().limitBytes());

            long p = pa.allocate(32);
            long q = qa.allocate(32);
            pa.memory().putLong(p, 1);
            qa.memory().putLong(q, 2);
            assertEquals(1, pa.memory().getLong(p));
            assertEquals(2, qa.memory().getLong(q));
            assertEquals(1, pooled.metrics().allocator().arenasCurrent());
            assertEquals(0, plain.metrics().allocator().arenasCurrent(), "malloc maps no arenas");
            assertEquals(List.of("leak: block " + Addresses.hex(p) + " (32 bytes) is allocated but owned by nothing"),
                    pooled.checkSanity().problems(), "a block allocated behind the heap's back");
            pa.free(p);
            qa.free(q);
            assertEquals(List.of(), pooled.checkSanity().problems());
            assertEquals(List.of(), plain.checkSanity().problems());
        }
    }

    /** The heap's allocator, which the public API does not hand out: through the thread state's internal view. */
    private static Allocator allocator(PyThreadState t) {
        return ((dev.pyheap.runtime.state.ThreadState) t).interpreter().allocator();
    }

    @Test
    void anUnknownAllocatorFailsAtOpenWithTheNamesThatExist() {
        Configuration configuration = Configuration.of(Map.of("allocator", "jemalloc"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> PyHeap.open(configuration));
        assertEquals("unknown allocator 'jemalloc'; available: debug, malloc, malloc_debug, pymalloc, pymalloc_debug", e.getMessage());
    }
}
