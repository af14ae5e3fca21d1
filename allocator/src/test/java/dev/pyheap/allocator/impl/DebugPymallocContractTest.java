package dev.pyheap.allocator.impl;

/** The allocator contract for {@code pymalloc_debug}, quarantine on (its default). */
final class DebugPymallocContractTest extends AllocatorContractTest {
    @Override
    String allocatorName() {
        return "pymalloc_debug";
    }

    /** Left at its default: the debug allocators choose checked memory themselves. */
    @Override
    String memory() {
        return null;
    }
}
