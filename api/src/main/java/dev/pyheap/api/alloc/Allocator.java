package dev.pyheap.api.alloc;

import dev.pyheap.api.Memory;

import java.util.List;

/**
 * A heap's memory allocator: CPython's {@code PyObject_Malloc} family over memory the allocator
 * maps itself. Addresses it returns are 16-byte aligned, never {@code 0}, and readable and
 * writable through {@link #memory()} until freed.
 *
 * <p>An allocator belongs to one heap and is used under that heap's GIL; it is not thread-safe.
 * Allocators keep no static state, so any number of them, of any kinds, work side by side.
 *
 * <p>Errors: a request past {@code heap.limit} throws {@link dev.pyheap.api.MemoryError} and
 * changes nothing. Misuse (freeing twice, freeing an address never returned, writing past a
 * block) is undefined for the plain allocators, as in C; the debug allocators detect it and throw
 * {@link MemoryMisuseError}, after which the allocator stays usable.
 */
public interface Allocator extends AutoCloseable {

    /** The provider name this allocator was created under ({@code pymalloc}, {@code malloc_debug}, ...). */
    String name();

    /** Access to every address this allocator hands out. */
    Memory memory();

    /**
     * Allocates at least {@code size} bytes ({@code PyObject_Malloc}). A size of 0 returns a
     * unique non-NULL address, as CPython does. The contents are unspecified (the debug
     * allocators fill them with {@code 0xCD}).
     *
     * @throws dev.pyheap.api.MemoryError when the request would pass {@code heap.limit}
     * @throws IllegalArgumentException   when {@code size} is negative
     */
    long allocate(long size);

    /**
     * Allocates {@code count * elementSize} bytes set to zero ({@code PyObject_Calloc}).
     *
     * @throws dev.pyheap.api.MemoryError when the product overflows or passes {@code heap.limit}
     */
    long allocateZeroed(long count, long elementSize);

    /**
     * Resizes the block at {@code address} ({@code PyObject_Realloc}): the first
     * {@code min(old, new)} bytes are kept. The result may be {@code address} itself (pymalloc keeps
     * a block in place when the new size fits and is more than 3/4 of it). {@code address == 0}
     * allocates. On {@link dev.pyheap.api.MemoryError} the old block is untouched and still owned by
     * the caller.
     */
    long reallocate(long address, long newSize);

    /** Frees the block at {@code address} ({@code PyObject_Free}); {@code 0} is ignored. */
    void free(long address);

    /** The usable size of the live block at {@code address}: its size-class block size, or the raw block's size. */
    long usableSize(long address);

    /**
     * Calls {@code visitor} once with every block currently allocated to the user: handed out by
     * {@link #allocate}, {@link #allocateZeroed} or {@link #reallocate} and not freed since. A debug
     * allocator reports the addresses its callers got, never the freed blocks it holds in its
     * quarantine (which stay allocated in its base allocator). The order is the allocator's (pool
     * allocators go arena by arena, pool by pool, then raw blocks by address). O(allocated memory).
     *
     * <p>The visitor must not allocate, free or reallocate through this allocator. The walk trusts
     * the allocator's structures only as far as they are plausible: a free list that runs outside
     * its pool or cycles ends where it stops making sense, so a damaged allocator yields a wrong
     * answer rather than an endless loop ({@link #verify()} says what is damaged).
     */
    void forEachAllocatedBlock(BlockVisitor visitor);

    /** A consistent snapshot of this allocator's statistics, computed by walking its arenas. */
    AllocatorStatistics statistics();

    /**
     * {@code statistics().mappedBytes()}, the bytes mapped from the system now, without the walk of
     * {@link #statistics()}: for a caller that samples it often (a run's peak). The default walks;
     * an allocator that keeps the figure answers in O(1).
     */
    default long mappedBytes() {
        return statistics().mappedBytes();
    }

    /**
     * Every live arena as a row of its pools, by ascending address ({@link ArenaUsage}); empty for an
     * allocator without pools (the default). O(pools).
     */
    default List<ArenaUsage> arenaMap() {
        return List.of();
    }

    /**
     * Returns every wholly free arena to the system, including the one pymalloc normally keeps to
     * avoid thrashing (bpo-37257).
     *
     * @return the number of arenas released
     */
    int releaseFreeArenas();

    /**
     * Checks every live block the allocator can check (the debug allocators: pad bytes of every
     * live block; the plain ones: their internal lists). Throws on the first problem found.
     */
    void verify();

    /**
     * Installs the runtime's hooks (allocation site, GIL check). Called once, before the heap hands
     * the allocator to mutators; the default is {@link AllocationHooks#NONE}.
     */
    void installHooks(AllocationHooks hooks);

    /** Releases all memory; the allocator must not be used afterwards. */
    @Override
    void close();
}
