package dev.pyheap.bench;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;

/**
 * Creates allocators by provider name. JMH runs on the class path, where JPMS {@code provides} is
 * ignored; the allocator jar's {@code META-INF/services} entries are what make the lookup work here.
 */
final class Allocators {
    private Allocators() {
    }

    /** A new allocator of kind {@code name} with every option at its default (no heap limit). */
    static Allocator create(String name) {
        Allocator allocator = Plugins.allocator(name).create(Configuration.defaults());
        if (!allocator.name().equals(name)) {
            // A provider that answers to one name but builds another kind would silently skew every ratio.
            allocator.close();
            throw new IllegalStateException("provider '" + name + "' created an allocator named '" + allocator.name() + "'");
        }
        return allocator;
    }
}
