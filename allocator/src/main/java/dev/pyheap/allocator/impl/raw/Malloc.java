package dev.pyheap.allocator.impl.raw;

import dev.pyheap.allocator.impl.memory.MemorySource;
import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorSnapshot;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.BlockVisitor;

import java.util.List;
import java.util.Optional;

/**
 * {@code PYTHONMALLOC=malloc}: every request goes to the {@link RawAllocator}, with no pooling, so
 * pymalloc's effect can be measured against the system allocator (glibc's {@code malloc} on native
 * memory, one mapping per block on checked memory).
 */
public final class Malloc implements Allocator {
    /** What the statistics report for the pool geometry malloc does not have. */
    private static final int SIZE_CLASSES = 32;
    private static final int SMALL_REQUEST_THRESHOLD = 512;
    private static final int POOL_SIZE = 16 * 1024;

    private final String name;
    private final MemorySource source;
    private final RawAllocator raw;

    public Malloc(String name, MemorySource source) {
        this.name = name;
        this.source = source;
        this.raw = new RawAllocator(source);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Memory memory() {
        return source.memory();
    }

    @Override
    public long allocate(long size) {
        return raw.allocate(size);
    }

    @Override
    public long allocateZeroed(long count, long elementSize) {
        return raw.allocateZeroed(CallocSize.of(count, elementSize, source));
    }

    @Override
    public long reallocate(long address, long newSize) {
        return raw.reallocate(address, newSize);
    }

    @Override
    public void free(long address) {
        raw.free(address);
    }

    @Override
    public long usableSize(long address) {
        return raw.usableSize(address);
    }

    @Override
    public void forEachAllocatedBlock(BlockVisitor visitor) {
        raw.forEachBlock(visitor);
    }

    @Override
    public AllocatorStatistics statistics() {
        return new AllocatorSnapshot(name, false, List.of(), SIZE_CLASSES, SMALL_REQUEST_THRESHOLD,
                MemorySource.ARENA_SIZE, POOL_SIZE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, raw.blocks(), raw.bytes(),
                raw.blocks(), source.mappedBytes(), source.limitBytes(), Optional.empty(), Optional.empty());
    }

    @Override
    public int releaseFreeArenas() {
        return 0;
    }

    @Override
    public void verify() {
        // Each raw block is its own allocation; there is no shared structure to check.
    }

    @Override
    public void installHooks(AllocationHooks hooks) {
        // The plain allocator uses no hooks.
    }

    @Override
    public void close() {
        source.close();
    }
}
