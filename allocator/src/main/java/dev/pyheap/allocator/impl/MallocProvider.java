package dev.pyheap.allocator.impl;

/** {@code malloc}: every request from the raw allocator, no pooling. */
public final class MallocProvider extends AllocatorKind {
    public MallocProvider() {
        super("malloc", "the raw allocator for every request (one mapping per block, no pools), for comparison", BaseAllocators.MALLOC, false);
    }
}
