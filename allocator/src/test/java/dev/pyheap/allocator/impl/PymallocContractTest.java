package dev.pyheap.allocator.impl;

final class PymallocContractTest extends AllocatorContractTest {
    @Override
    String allocatorName() {
        return "pymalloc";
    }
}
