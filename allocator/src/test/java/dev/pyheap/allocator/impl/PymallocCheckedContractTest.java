package dev.pyheap.allocator.impl;

/** The allocator contract for {@code pymalloc} on checked memory. */
final class PymallocCheckedContractTest extends AllocatorContractTest {
    @Override
    String allocatorName() {
        return "pymalloc";
    }

    @Override
    String memory() {
        return "checked";
    }
}
