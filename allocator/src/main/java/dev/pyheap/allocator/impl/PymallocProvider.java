package dev.pyheap.allocator.impl;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;

/** {@code pymalloc}: CPython 3.11's pool allocator, the default. */
public final class PymallocProvider implements AllocatorProvider {
    @Override
    public String name() {
        return BaseAllocators.PYMALLOC;
    }

    @Override
    public String description() {
        return "CPython 3.11's obmalloc: 32 size classes up to 512 B, 16 KiB pools, 1 MiB arenas (default)";
    }

    @Override
    public Allocator create(Configuration configuration) {
        return BaseAllocators.create(BaseAllocators.PYMALLOC, configuration);
    }
}
