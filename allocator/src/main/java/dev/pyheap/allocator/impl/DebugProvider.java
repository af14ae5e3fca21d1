package dev.pyheap.allocator.impl;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Option;

import java.util.List;

/** {@code PYTHONMALLOC=debug}: CPython's debug hooks on the default allocator, which is pymalloc. */
public final class DebugProvider implements AllocatorProvider {

    @Override
    public String name() {
        return "debug";
    }

    @Override
    public String description() {
        return "CPython's debug hooks on the default allocator (pymalloc), as PYTHONMALLOC=debug";
    }

    @Override
    public List<Option<?>> options() {
        return DebugOptions.ALL;
    }

    @Override
    public Allocator create(Configuration configuration) {
        return DebugAllocator.create(name(), BaseAllocators.create("pymalloc", configuration), configuration);
    }
}
