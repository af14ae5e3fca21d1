package dev.pyheap.api.alloc;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Option;

import java.util.List;

/**
 * A kind of allocator, found as a JPMS service and chosen by {@link #name()} through the
 * {@code allocator} option. Provider classes are public classes in unexported packages.
 */
public interface AllocatorProvider {

    /** The name used in configuration, e.g. {@code pymalloc}. */
    String name();

    /** One line for {@code pyheap list}. */
    String description();

    /** The options this allocator reads, beyond the core ones. */
    default List<Option<?>> options() {
        return List.of();
    }

    /** Creates a new, independent allocator configured by {@code configuration}. */
    Allocator create(Configuration configuration);
}
