package dev.pyheap.allocator.impl;

/** The allocator contract for {@code malloc} on native memory (the C library's malloc). */
final class MallocContractTest extends AllocatorContractTest {
    @Override
    String allocatorName() {
        return "malloc";
    }

    @Override
    String memory() {
        return "native";
    }
}
