package dev.pyheap.api.alloc;

/**
 * What the runtime tells an allocator about the mutator calling it, and what a pool allocator tells
 * the runtime of its arenas. The plain allocators ignore the hooks on their hot paths; the debug
 * allocators use them for their messages and checks, and tracemalloc uses the site.
 */
public interface AllocationHooks {

    /** Hooks that know nothing: no site, no GIL check. */
    AllocationHooks NONE = new AllocationHooks() {
        @Override
        public AllocationSite currentSite() {
            return null;
        }

        @Override
        public void checkGil(String operation, long address) {
        }
    };

    /** The current allocation site, or {@code null} when none is known (no frames, or tracing off). */
    AllocationSite currentSite();

    /**
     * Throws {@link MemoryMisuseError} of kind {@link MemoryMisuseError.Kind#GIL_NOT_HELD} when the
     * calling thread does not hold the heap's GIL, as CPython's debug hooks do
     * ({@code _PyMem_DebugCheckGIL}).
     *
     * @param operation {@code "allocate"}, {@code "free"} or {@code "reallocate"}
     * @param address   the block concerned, or {@code 0} for an allocation
     */
    void checkGil(String operation, long address);

    /**
     * A pool allocator mapped the arena at {@code address} of {@code size} bytes; {@code arenas} are
     * mapped now. Called on the slow path that maps it, after the allocator's counts changed.
     */
    default void arenaMapped(long address, long size, long arenas) {
    }

    /** A pool allocator gave the arena at {@code address} back; {@code arenas} are mapped now. */
    default void arenaUnmapped(long address, long size, long arenas) {
    }
}
