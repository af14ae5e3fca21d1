package dev.pyheap.runtime;

import dev.pyheap.api.Memory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime's tests run on the memory the build asked for ({@link TestMemory}), and an object's id
 * is an address in that memory: on native memory a process address inside an mmap'd arena.
 */
final class MemoryKindTest {

    @Test
    void theFixturesUseTheMemoryTheBuildAskedFor() {
        boolean checked = "checked".equals(System.getenv("PYHEAP_MEMORY"));
        try (HeapFixture f = new HeapFixture()) {
            assertEquals(checked, f.allocator().memory().isChecked(), "PYHEAP_MEMORY=" + System.getenv("PYHEAP_MEMORY"));
        }
        try (HeapFixture f = new HeapFixture(Map.of("allocator", "pymalloc_debug"))) {
            assertTrue(f.allocator().memory().isChecked(), "the debug allocators always run on checked memory");
        }
    }

    @Test
    void anIdIsAnAddressTheAllocatorsMapsKnow() {
        try (HeapFixture f = new HeapFixture(Map.of("memory", "native"))) {
            Memory memory = f.allocator().memory();
            assertFalse(memory.isChecked());
            Handle list = f.keep(f.t.newList());
            long id = list.id();
            assertTrue(memory.isMapped(id, 40), "a list's 40 bytes at its id lie in one arena");
            assertEquals(1, memory.getLong(id), "ob_refcnt is the word at id(x): the handle's reference");
            assertTrue(Long.compareUnsigned(id, 1L << 32) > 0, "a process address (mmap places arenas high): "
                    + Long.toHexString(id));
        }
    }
}
