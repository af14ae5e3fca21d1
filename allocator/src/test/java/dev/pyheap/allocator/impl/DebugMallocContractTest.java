package dev.pyheap.allocator.impl;

/** The allocator contract for {@code malloc_debug}, quarantine on (its default). */
final class DebugMallocContractTest extends AllocatorContractTest {
    @Override
    String allocatorName() {
        return "malloc_debug";
    }

    /** Left at its default: the debug allocators choose checked memory themselves. */
    @Override
    String memory() {
        return null;
    }
}
