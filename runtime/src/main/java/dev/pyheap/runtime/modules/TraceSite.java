package dev.pyheap.runtime.modules;

import dev.pyheap.api.alloc.AllocationSite;
import dev.pyheap.runtime.tracemalloc.Traceback;

/**
 * One interned allocation site: the tracemalloc traceback (oldest frame first, with the total
 * depth) and the same frames as the debug allocators' {@link AllocationSite} (most recent first,
 * with function names). Shared by every trace allocated there.
 */
final class TraceSite {
    final Traceback traceback;
    final AllocationSite allocationSite;

    TraceSite(Traceback traceback, AllocationSite allocationSite) {
        this.traceback = traceback;
        this.allocationSite = allocationSite;
    }
}
