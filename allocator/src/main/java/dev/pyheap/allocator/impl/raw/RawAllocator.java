package dev.pyheap.allocator.impl.raw;

import dev.pyheap.allocator.impl.memory.MemorySource;
import dev.pyheap.api.alloc.BlockVisitor;

/**
 * The raw memory allocator, CPython's {@code PyMem_RawMalloc} family ({@code _PyMem_RawMalloc} and
 * its siblings in {@code Objects/obmalloc.c}): layer +1 of obmalloc.c's diagram, a thin rule layer
 * over the system allocator of the heap's {@link MemorySource} (the C library's {@code malloc} on
 * native memory, one checked mapping per block on checked memory). pymalloc sends it requests of 0
 * and of more than 512 bytes; the {@code malloc} allocator sends it everything.
 *
 * <p>The rules are CPython's: a request of 0 bytes is one of 1 (so every call returns a distinct
 * non-NULL address); {@code realloc} of NULL allocates; {@code free} of NULL does nothing; a
 * negative size is a caller's bug, refused before anything happens. Zeroed requests use
 * {@code calloc}, as {@code _PyMem_RawCalloc} does.
 */
public final class RawAllocator {
    private final MemorySource source;

    public RawAllocator(MemorySource source) {
        this.source = source;
    }

    public long allocate(long size) {
        checkSize(size);
        return source.malloc(size);
    }

    public long allocateZeroed(long size) {
        checkSize(size);
        return source.calloc(size);
    }

    public void free(long address) {
        if (address != 0) {
            source.free(address);
        }
    }

    /** {@code realloc}: the block may move; the first {@code min(old, new)} bytes are kept. */
    public long reallocate(long address, long newSize) {
        checkSize(newSize);
        return address == 0 ? source.malloc(newSize) : source.realloc(address, newSize);
    }

    public long usableSize(long address) {
        return source.rawSize(address);
    }

    /** Every raw block, by address. */
    public void forEachBlock(BlockVisitor visitor) {
        source.forEachRawBlock(visitor);
    }

    public long blocks() {
        return source.rawBlocks();
    }

    public long bytes() {
        return source.rawBytes();
    }

    private static void checkSize(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
    }
}
