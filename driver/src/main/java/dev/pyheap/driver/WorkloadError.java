package dev.pyheap.driver;

import dev.pyheap.api.PyHeapException;

/**
 * A workload found the heap behaving differently from CPython, e.g. two interned strings that are
 * not one object, or GCBench's final check failing. The run stops and the driver rethrows it.
 */
public final class WorkloadError extends PyHeapException {
    private static final long serialVersionUID = 1L;

    public WorkloadError(String message) {
        super(message);
    }
}
