package dev.pyheap.api.gc;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.Option;
import dev.pyheap.api.gc.mechanism.GcState;

import java.util.List;

/**
 * A kind of collector, found as a JPMS service and chosen by {@link #name()} through the
 * {@code collector} option. Provider classes are public classes in unexported packages.
 */
public interface CollectorProvider {

    /** The name used in configuration, e.g. {@code generational}. */
    String name();

    /** One line for {@code pyheap list}. */
    String description();

    /** The options this collector reads, beyond the core ones. */
    default List<Option<?>> options() {
        return List.of();
    }

    /**
     * Creates a collector for the heap behind {@code binding}, whose shared state is {@code gc}:
     * called once, by {@link GcState#open}, before any object is tracked.
     */
    Collector create(HeapBinding binding, GcState gc, Configuration configuration);
}
