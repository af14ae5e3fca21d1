package dev.pyheap.allocator.impl;

final class MallocContractTest extends AllocatorContractTest {
    @Override
    String allocatorName() {
        return "malloc";
    }
}
