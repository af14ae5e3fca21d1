package dev.pyheap.allocator.impl.debug;

import dev.pyheap.api.alloc.AllocationSite;

/**
 * What a debug allocator remembers about one block it handed out, kept on the Java side so that a
 * damaged size word in the block's header cannot mislead the checks.
 *
 * @param address     the data address returned to the caller ({@code p}; the base block starts 16 bytes before)
 * @param size        the bytes the caller asked for
 * @param serial      the number of the debug allocate/reallocate call that made the block, counted from 1
 * @param allocatedAt where the block was allocated, or {@code null} when the hooks gave no site
 */
record DebugBlock(long address, long size, long serial, AllocationSite allocatedAt) {
}
