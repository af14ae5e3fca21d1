package dev.pyheap.allocator.impl.pool;

import dev.pyheap.allocator.impl.memory.AddressSpace;
import dev.pyheap.allocator.impl.memory.MemorySource;

/** pymalloc on checked memory, whose arenas are always pool-aligned: 64 pools each. */
final class CheckedPymallocTest extends PymallocTest {
    @Override
    MemorySource newSource() {
        return new AddressSpace(-1);
    }

    @Override
    int poolsPerArena() {
        return 64;
    }
}
