package dev.pyheap.runtime.tracemalloc;

/**
 * Keeps ({@code inclusive}) or drops the traces of one address space: tracemalloc's
 * {@code DomainFilter}.
 */
public record DomainFilter(boolean inclusive, int domain) implements BaseFilter {

    boolean match(Trace trace) {
        return (trace.domain() == domain) ^ !inclusive;
    }
}
