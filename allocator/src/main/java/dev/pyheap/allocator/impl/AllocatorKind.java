package dev.pyheap.allocator.impl;

import dev.pyheap.allocator.impl.debug.DebugAllocator;
import dev.pyheap.allocator.impl.debug.DebugOptions;
import dev.pyheap.api.PluginKind;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorProvider;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Option;

import java.util.List;

/**
 * What every allocator provider is: a name, a line of description, a base allocator and whether
 * CPython's debug hooks wrap it. The public provider classes (ServiceLoader needs public classes)
 * only name their kind.
 */
abstract class AllocatorKind extends PluginKind implements AllocatorProvider {
    private final String base;
    private final boolean debugHooks;

    AllocatorKind(String name, String description, String base, boolean debugHooks) {
        super(name, description);
        this.base = base;
        this.debugHooks = debugHooks;
    }

    @Override
    public final List<Option<?>> options() {
        return debugHooks ? DebugOptions.ALL : List.of();
    }

    @Override
    public final Allocator create(Configuration configuration) {
        String memory = BaseAllocators.memoryFor(name(), debugHooks, configuration);
        Allocator allocator = BaseAllocators.create(base, memory, configuration);
        return debugHooks ? DebugAllocator.create(name(), allocator, configuration) : allocator;
    }
}
