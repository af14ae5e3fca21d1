package dev.pyheap.allocator.impl;

/**
 * The stand-in for C's {@code malloc}: every block is its own mapping in the {@link AddressSpace}
 * (rounded up to 16 bytes, at least 16), so any size works, an 80 MB list item array included.
 * pymalloc sends it requests of 0 and of more than 512 bytes; the {@code malloc} allocator sends it
 * everything.
 */
final class RawAllocator {
    private final AddressSpace space;
    private long blocks;
    private long bytes;

    RawAllocator(AddressSpace space) {
        this.space = space;
    }

    long allocate(long size) {
        long address = space.mapRaw(size);
        blocks++;
        bytes += space.rawSize(address);
        return address;
    }

    long allocateZeroed(long size) {
        return allocate(size); // a fresh mapping is zero-filled
    }

    void free(long address) {
        long size = space.rawSize(address);
        space.unmapRaw(address);
        blocks--;
        bytes -= size;
    }

    /** {@code realloc}: in place when the rounded size is unchanged, else a new block, a copy and a free. */
    long reallocate(long address, long newSize) {
        long oldSize = space.rawSize(address);
        if (AddressSpace.roundUp(Math.max(newSize, 1), AddressSpace.RAW_ALIGNMENT) == oldSize) {
            return address;
        }
        long moved = allocate(newSize);
        space.copy(address, moved, Math.min(oldSize, newSize));
        free(address);
        return moved;
    }

    long usableSize(long address) {
        return space.rawSize(address);
    }

    /** Every raw block, by address. */
    void forEachBlock(dev.pyheap.api.alloc.BlockVisitor visitor) {
        space.forEachRawBlock(visitor);
    }

    long blocks() {
        return blocks;
    }

    long bytes() {
        return bytes;
    }
}
