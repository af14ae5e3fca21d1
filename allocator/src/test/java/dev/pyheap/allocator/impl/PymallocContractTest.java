package dev.pyheap.allocator.impl;

/** The allocator contract for {@code pymalloc} on native memory (the default). */
final class PymallocContractTest extends AllocatorContractTest {
    @Override
    String allocatorName() {
        return "pymalloc";
    }

    @Override
    String memory() {
        return null;
    }
}
