package dev.pyheap.runtime;

import dev.pyheap.api.alloc.MemoryMisuseError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The debug allocators check the GIL on allocate and free through the runtime's hook (CPython's _PyMem_DebugCheckGIL). */
final class DebugAllocatorGilTest {

    @Test
    void allocatingOrFreeingWithoutTheGilIsCaught() {
        try (HeapFixture f = new HeapFixture(Map.of("allocator", "pymalloc_debug"))) {
            long block = f.allocator().allocate(16);
            f.t.releaseGil();
            MemoryMisuseError alloc = assertThrows(MemoryMisuseError.class, () -> f.allocator().allocate(16));
            assertEquals(MemoryMisuseError.Kind.GIL_NOT_HELD, alloc.kind());
            assertTrue(alloc.getMessage().contains("without holding the GIL (allocate, thread '"), alloc.getMessage());
            MemoryMisuseError free = assertThrows(MemoryMisuseError.class, () -> f.allocator().free(block));
            assertTrue(free.getMessage().contains("(free of 0x"), free.getMessage());
            f.t.acquireGil();
            f.allocator().free(block);
        }
    }

    @Test
    void thePlainAllocatorsDoNotCheck() {
        try (HeapFixture f = new HeapFixture()) {
            f.t.releaseGil();
            long block = f.allocator().allocate(16); // undefined behaviour in CPython; pymalloc does not look
            f.t.acquireGil();
            f.allocator().free(block);
        }
    }
}
