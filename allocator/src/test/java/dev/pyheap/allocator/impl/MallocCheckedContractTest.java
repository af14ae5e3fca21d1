package dev.pyheap.allocator.impl;

/** The allocator contract for {@code malloc} on checked memory. */
final class MallocCheckedContractTest extends AllocatorContractTest {
    @Override
    String allocatorName() {
        return "malloc";
    }

    @Override
    String memory() {
        return "checked";
    }
}
