package dev.pyheap.allocator.impl;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;

/** {@code malloc}: every request from the raw allocator, no pooling. */
public final class MallocProvider implements AllocatorProvider {
    @Override
    public String name() {
        return BaseAllocators.MALLOC;
    }

    @Override
    public String description() {
        return "the raw allocator for every request (one mapping per block, no pools), for comparison";
    }

    @Override
    public Allocator create(Configuration configuration) {
        return BaseAllocators.create(BaseAllocators.MALLOC, configuration);
    }
}
