package dev.pyheap.allocator.impl;

import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.AllocationHooks;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorSnapshot;
import dev.pyheap.api.alloc.AllocatorStatistics;

import java.util.List;
import java.util.Optional;

/**
 * {@code PYTHONMALLOC=malloc}: every request goes to the {@link RawAllocator}, with no pooling, so
 * pymalloc's effect can be measured against plain per-block mappings.
 */
final class Malloc implements Allocator {
    private final String name;
    private final AddressSpace space;
    private final RawAllocator raw;

    Malloc(String name, AddressSpace space) {
        this.name = name;
        this.space = space;
        this.raw = new RawAllocator(space);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Memory memory() {
        return space;
    }

    @Override
    public long allocate(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
        return raw.allocate(size);
    }

    @Override
    public long allocateZeroed(long count, long elementSize) {
        return raw.allocateZeroed(Pymalloc.zeroedSize(count, elementSize, space));
    }

    @Override
    public long reallocate(long address, long newSize) {
        if (newSize < 0) {
            throw new IllegalArgumentException("negative size: " + newSize);
        }
        return address == 0 ? raw.allocate(newSize) : raw.reallocate(address, newSize);
    }

    @Override
    public void free(long address) {
        if (address != 0) {
            raw.free(address);
        }
    }

    @Override
    public long usableSize(long address) {
        return raw.usableSize(address);
    }

    @Override
    public void forEachAllocatedBlock(dev.pyheap.api.alloc.BlockVisitor visitor) {
        raw.forEachBlock(visitor);
    }

    @Override
    public AllocatorStatistics statistics() {
        return new AllocatorSnapshot(name, false, List.of(), Pymalloc.SIZE_CLASSES, Pymalloc.SMALL_REQUEST_THRESHOLD,
                Pymalloc.ARENA_SIZE, Pymalloc.POOL_SIZE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, raw.blocks(), raw.bytes(),
                raw.blocks(), space.mappedBytes(), space.limitBytes(), Optional.empty());
    }

    @Override
    public int releaseFreeArenas() {
        return 0;
    }

    @Override
    public void verify() {
        // Each raw block is its own mapping; there is no shared structure to check.
    }

    @Override
    public void installHooks(AllocationHooks hooks) {
        // The plain allocator uses no hooks.
    }

    @Override
    public void close() {
        space.unmapAll();
    }
}
