package dev.pyheap.allocator.impl;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Option;

import java.util.List;

/** {@code PYTHONMALLOC=malloc_debug}: CPython's debug hooks on the raw allocator. */
public final class MallocDebugProvider implements AllocatorProvider {

    @Override
    public String name() {
        return "malloc_debug";
    }

    @Override
    public String description() {
        return "CPython's debug hooks (pads, 0xCD/0xDD fills, misuse checks, quarantine) on malloc";
    }

    @Override
    public List<Option<?>> options() {
        return DebugOptions.ALL;
    }

    @Override
    public Allocator create(Configuration configuration) {
        return DebugAllocator.create(name(), BaseAllocators.create("malloc", configuration), configuration);
    }
}
