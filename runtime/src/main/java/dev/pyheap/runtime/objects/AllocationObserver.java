package dev.pyheap.runtime.objects;

import dev.pyheap.api.alloc.AllocationSite;

/**
 * Told of every block the object layer allocates, reallocates or frees while it is installed
 * ({@link ObjectSpace#observer}); tracemalloc implements it. The allocation path tests the field
 * once, after the allocator call: while nothing observes, that is one field read and a branch
 * never taken.
 */
public interface AllocationObserver {

    /** {@code block} of {@code size} bytes was allocated. */
    void allocated(long block, long size);

    /** {@code old} (0: nothing) was reallocated to {@code block} of {@code size} bytes. */
    void reallocated(long old, long block, long size);

    /**
     * The object in {@code block} was taken from a free list and made again ({@code _Py_NewReference}
     * while tracing: {@code _PyTraceMalloc_NewReference}). A traced block is traced from here on as
     * if allocated now; an untraced one stays untraced.
     */
    void reused(long block);

    /** {@code block} was freed. */
    void freed(long block);

    /** Where the current allocation comes from, for the debug allocators' reports. */
    AllocationSite site();
}
