package dev.pyheap.runtime.tracemalloc;

/** A filter for {@link Snapshot#filterTraces}: tracemalloc's {@code Filter} or {@code DomainFilter}. */
public sealed interface BaseFilter permits Filter, DomainFilter {

    /** Whether matching traces are kept (true) or dropped (false). */
    boolean inclusive();
}
