package dev.pyheap.runtime.tracemalloc;

import java.util.Objects;

/**
 * One traced block: tracemalloc's {@code Trace}.
 *
 * @param domain    the address space; pyheap traces everything in domain 0, CPython's Python domain
 * @param size      the size the allocation asked for (not the allocator's block size)
 * @param traceback where it was allocated
 */
public record Trace(int domain, long size, Traceback traceback) {

    public Trace {
        Objects.requireNonNull(traceback, "traceback");
    }

    /** CPython's {@code str(trace)}: {@code demo.py:8: 100 B}. */
    @Override
    public String toString() {
        return traceback + ": " + SizeFormat.format(size, false);
    }

    /** CPython's {@code repr(trace)}: {@code <Trace domain=0 size=100 B, traceback=<Traceback ...>>}. */
    public String repr() {
        return "<Trace domain=" + domain + " size=" + SizeFormat.format(size, false) + ", traceback="
                + traceback.repr() + ">";
    }
}
