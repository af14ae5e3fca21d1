package dev.pyheap.allocator.impl.pool;

import dev.pyheap.allocator.impl.memory.MemorySource;
import dev.pyheap.allocator.impl.memory.NativeSpace;
import org.junit.jupiter.api.Nested;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * pymalloc on native memory, with arenas steered (mmap's hint) to a pool boundary or to 4 KiB past
 * one, so both branches of CPython's new_arena are pinned: 64 pools, or 63 and a pool's worth of
 * bytes lost to arena alignment. The hints are in a part of the address space the JVM leaves free;
 * each test first checks that the system took the hint, so a refused hint fails loudly instead of
 * testing the other branch twice.
 */
class NativePymallocTest {
    /** A source whose arenas start at {@code hint} and go up from there; checks the first one lands there. */
    static NativeSpace steered(long hint) {
        NativeSpace space = new NativeSpace(-1);
        space.arenaHint(hint);
        long probe = space.mapArena();
        space.unmapArena(probe);
        assertEquals(hint, probe, "mmap did not take the hint " + Long.toHexString(hint));
        space.arenaHint(hint);
        return space;
    }

    @Nested
    class OnAPoolBoundary extends PymallocTest {
        @Override
        MemorySource newSource() {
            return steered(0x7e10_0000_0000L);
        }

        @Override
        int poolsPerArena() {
            return 64;
        }
    }

    @Nested
    class OffAPoolBoundary extends PymallocTest {
        @Override
        MemorySource newSource() {
            return steered(0x7e20_0000_1000L);
        }

        @Override
        int poolsPerArena() {
            return 63;
        }
    }
}
