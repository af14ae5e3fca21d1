package dev.pyheap.runtime;

import dev.pyheap.api.Addresses;
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
             PyHeap plain = TestCollector.open(Configuration.of(Map.of("allocator", "malloc", "heap.limit", "8m")))) {
            assertEquals("pymalloc", pooled.allocator().name());
            assertEquals("malloc", plain.allocator().name());
            assertSame(pooled.allocator(), pooled.allocator(), "one allocator per heap");
            assertNotSame(pooled.allocator(), plain.allocator());
            assertEquals(8L << 20, plain.allocator().statistics().limitBytes());
            assertEquals(-1, pooled.allocator().statistics().limitBytes());

            long p = pooled.allocator().allocate(32);
            long q = plain.allocator().allocate(32);
            pooled.allocator().memory().putLong(p, 1);
            plain.allocator().memory().putLong(q, 2);
            assertEquals(1, pooled.allocator().memory().getLong(p));
            assertEquals(2, plain.allocator().memory().getLong(q));
            assertEquals(1, pooled.allocator().statistics().arenasCurrent());
            assertEquals(0, plain.allocator().statistics().arenasCurrent(), "malloc maps no arenas");
            assertEquals(List.of("leak: block " + Addresses.hex(p) + " (32 bytes) is allocated but owned by nothing"),
                    pooled.checkSanity().problems(), "a block allocated behind the heap's back");
            pooled.allocator().free(p);
            plain.allocator().free(q);
            assertEquals(List.of(), pooled.checkSanity().problems());
            assertEquals(List.of(), plain.checkSanity().problems());
        }
    }

    @Test
    void anUnknownAllocatorFailsAtOpenWithTheNamesThatExist() {
        Configuration configuration = Configuration.of(Map.of("allocator", "jemalloc"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> PyHeap.open(configuration));
        assertEquals("unknown allocator 'jemalloc'; available: debug, malloc, malloc_debug, pymalloc, pymalloc_debug", e.getMessage());
    }
}
