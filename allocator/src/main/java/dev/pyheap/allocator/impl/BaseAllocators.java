package dev.pyheap.allocator.impl;

import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Options;

/** Creates the two base allocators, each over its own {@link AddressSpace} bounded by {@code heap.limit}. */
final class BaseAllocators {
    static final String PYMALLOC = "pymalloc";
    static final String MALLOC = "malloc";

    private BaseAllocators() {
    }

    /**
     * @param kind {@value #PYMALLOC} or {@value #MALLOC}
     */
    static Allocator create(String kind, Configuration configuration) {
        AddressSpace space = new AddressSpace(configuration.get(Options.HEAP_LIMIT));
        return switch (kind) {
            case PYMALLOC -> new Pymalloc(kind, space);
            case MALLOC -> new Malloc(kind, space);
            default -> throw new IllegalArgumentException("no base allocator " + kind);
        };
    }
}
