package dev.pyheap.api.alloc;

/**
 * What the runtime tells an allocator about the mutator calling it. The plain allocators ignore
 * the hooks on their hot paths; the debug allocators use them for their messages and checks, and
 * tracemalloc uses the site.
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
}
