package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.ArenaMapUsage;
import dev.pyheap.api.alloc.BlockVisitor;
import dev.pyheap.api.config.Options;

import java.util.Optional;

/**
 * Where a heap's memory comes from: layer 0 and below in obmalloc.c's diagram (see this package's
 * documentation). Arenas for the pool allocator, as CPython's {@code PyObjectArenaAllocator}
 * ({@code _PyObject_ArenaMmap} / {@code _PyObject_ArenaMunmap}); raw blocks, as the C library's
 * {@code malloc} family behind {@code PyMem_RawMalloc}; and one {@link Memory} that reads and writes
 * both. It also keeps the maps of what it handed out (arenas, raw blocks and their sizes), which
 * answer {@link Memory#isMapped} and the pool allocator's {@code address_in_range} without touching
 * memory, and it enforces {@code heap.limit} over arenas and raw blocks together.
 *
 * <p>Two kinds ({@link Options#MEMORY}): {@link NativeSpace} (operating-system mappings and the C
 * library, real addresses) and {@link AddressSpace} (bounds-checked Java arrays). One source belongs
 * to one heap and is used under its GIL.
 */
public interface MemorySource extends AutoCloseable {
    /** {@code ARENA_SIZE}: 1 MiB ({@code ARENA_BITS} 20, CPython's "large arenas" on 64-bit). */
    int ARENA_BITS = 20;
    int ARENA_SIZE = 1 << ARENA_BITS;

    /** Raw blocks are multiples of this (glibc's chunks on 64-bit are 16-byte granular and aligned). */
    int RAW_ALIGNMENT = 16;

    /**
     * A new source of the kind named by {@code kind} ({@value Options#NATIVE_MEMORY} or
     * {@value Options#CHECKED_MEMORY}), bounded by {@code limitBytes} ({@code -1}: no limit); native
     * memory keeps up to {@code retainedArenas} arenas given back mapped ({@link Options#RETAINED_ARENAS}).
     */
    static MemorySource create(String kind, long limitBytes, int retainedArenas) {
        return switch (kind) {
            case Options.NATIVE_MEMORY -> new NativeSpace(limitBytes, retainedArenas);
            case Options.CHECKED_MEMORY -> new AddressSpace(limitBytes);
            default -> throw new IllegalArgumentException("no memory kind '" + kind + "'");
        };
    }

    /** {@value Options#NATIVE_MEMORY} or {@value Options#CHECKED_MEMORY}. */
    String kind();

    /** Access to every arena and raw block of this source. */
    SourceMemory memory();

    /**
     * Maps an arena of {@link #ARENA_SIZE} bytes and returns its address: at least page-aligned
     * (4 KiB), pool-aligned (16 KiB) only by luck, as {@code mmap} places it. A fresh mapping is
     * zero-filled; a source may instead hand out again an arena given back earlier, holding the
     * bytes it held then (native memory does, see {@code NativeSpace}), so callers initialise what
     * they read.
     *
     * @throws dev.pyheap.api.MemoryError past {@code heap.limit} or when the system refuses; nothing changes
     */
    long mapArena();

    /**
     * Gives the arena at {@code base} (as {@link #mapArena} returned it) back: it is no longer this
     * source's (not an arena, not mapped, not counted), though its pages may stay mapped for reuse.
     */
    void unmapArena(long base);

    /**
     * {@code address_in_range}: whether {@code address} lies in an arena of this source. Answered from
     * the arena map; never touches memory, so any address may be asked about.
     */
    default boolean isArena(long address) {
        return arenaMap().isUsed(address);
    }

    /**
     * The arena map behind {@link #isArena}: every source records its arenas in one, so the pool
     * allocator keeps it in a final field and its free path reaches {@code address_in_range} through
     * one final class, never through this interface.
     */
    ArenaMap arenaMap();

    /** The radix tree's nodes and their bytes, where {@code _PyObject_DebugMallocStats} would report them; empty where not. */
    Optional<ArenaMapUsage> arenaMapUsage();

    /**
     * {@code malloc}: a raw block of at least {@code size} bytes (a multiple of {@link #RAW_ALIGNMENT},
     * at least that), 16-byte aligned; every call returns a distinct address, size 0 included.
     *
     * @throws dev.pyheap.api.MemoryError past {@code heap.limit} or when the system refuses; nothing changes
     */
    long malloc(long size);

    /** {@code calloc(1, size)}: as {@link #malloc}, zero-filled. */
    long calloc(long size);

    /**
     * {@code realloc} of the raw block at {@code address}: the first {@code min(old, new)} bytes are
     * kept; the block may move. On {@link dev.pyheap.api.MemoryError} the old block is untouched.
     */
    long realloc(long address, long size);

    /** {@code free} of the raw block at {@code address}; an address that is not one throws {@link dev.pyheap.api.HeapCorruptionError}. */
    void free(long address);

    /** The usable size of the raw block at {@code address} (its request rounded up to 16). */
    long rawSize(long address);

    /** Calls {@code visitor} with every raw block and its size, by ascending address. */
    void forEachRawBlock(BlockVisitor visitor);

    long rawBlocks();

    long rawBytes();

    /** Bytes mapped now: arenas plus raw blocks; what {@code heap.limit} bounds. */
    long mappedBytes();

    /** The configured {@code heap.limit}, or {@code -1}. */
    long limitBytes();

    /** Gives every arena and raw block back to the system. The source must not be used afterwards. */
    @Override
    void close();
}
