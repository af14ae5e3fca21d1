package dev.pyheap.api.alloc;

import java.util.List;
import java.util.Optional;

/**
 * An allocator's statistics at one moment, in the terms of {@code sys._debugmallocstats()}.
 *
 * <p>The numbers reconcile exactly: for a pool allocator,
 * <pre>
 * arenasCurrent * arenaSize == allocatedBlockBytes + availableBlockBytes
 *                             + unusedPools * poolSize + poolHeaderBytes
 *                             + quantizationBytes + arenaAlignmentBytes
 * </pre>
 * and {@code mappedBytes == arenasCurrent * arenaSize + rawBytes}. An allocator without pools
 * ({@code malloc}) reports zero arenas and only raw blocks.
 *
 * <p>Blocks reconcile too: the pool blocks in use plus the raw blocks are {@link #heldBlocks()},
 * what the program holds ({@link #allocatedBlocks()}) plus, under a debug allocator, the blocks the
 * program freed that the allocator still keeps (its quarantine, and damaged blocks it retired).
 * The size-class table and the byte breakdown describe the memory, so they include those blocks;
 * {@code sys.getallocatedblocks()} describes the program, so it does not.
 */
public interface AllocatorStatistics {

    /** The allocator's name. */
    String allocator();

    /** Whether small requests are served from pools (false for {@code malloc}). */
    boolean pooled();

    /** Size classes with at least one non-empty pool, by ascending index. */
    List<SizeClassUsage> sizeClasses();

    /** The number of size classes ({@code 32}). */
    int sizeClassCount();

    /** The largest request served from pools ({@code 512}). */
    int smallRequestThreshold();

    long arenaSize();

    long poolSize();

    long arenasAllocatedTotal();

    long arenasReclaimed();

    long arenasHighWater();

    long arenasCurrent();

    long allocatedBlockBytes();

    long availableBlockBytes();

    /** Pools of live arenas that hold no block: cached empty pools plus never-carved ones. */
    long unusedPools();

    long poolHeaderBytes();

    long quantizationBytes();

    long arenaAlignmentBytes();

    /** Live blocks of the raw allocator (requests of 0 or over the threshold, or every request for {@code malloc}). */
    long rawBlocks();

    /** Bytes mapped for those raw blocks. */
    long rawBytes();

    /**
     * {@code sys.getallocatedblocks()}: the blocks the program allocated and has not freed, as in
     * CPython. A block freed into a debug allocator's quarantine has been freed, so it is not counted
     * (it is in {@link DebugOverhead#quarantinedBlocks()}). Without a debug allocator this is the
     * pool blocks in use plus the raw blocks.
     */
    long allocatedBlocks();

    /** Bytes the heap has mapped: arenas plus raw blocks. This is what {@code heap.limit} bounds. */
    long mappedBytes();

    /** The configured {@code heap.limit}, or {@code -1} for unlimited. */
    long limitBytes();

    /** For debug allocators, what they add; empty otherwise. */
    Optional<DebugOverhead> debug();

    /**
     * The arena map's nodes and bytes, for a pool allocator whose memory keeps CPython's radix tree
     * (native memory); empty otherwise (checked memory finds arenas by its segment table).
     */
    Optional<ArenaMapUsage> arenaMap();

    /**
     * The blocks the allocator has handed out and not taken back: {@link #allocatedBlocks()} plus a
     * debug allocator's quarantined and retired blocks. Always equal to the pool blocks in use plus
     * {@link #rawBlocks()}.
     */
    default long heldBlocks() {
        return allocatedBlocks() + debug().map(d -> d.quarantinedBlocks() + d.retiredBlocks()).orElse(0L);
    }

    /** The bytes of the live arenas. */
    default long arenaBytes() {
        return arenasCurrent() * arenaSize();
    }

    /** Sum of the six parts that must equal {@link #arenaBytes()}. */
    default long reconciledArenaBytes() {
        return allocatedBlockBytes() + availableBlockBytes() + unusedPools() * poolSize() + poolHeaderBytes()
                + quantizationBytes() + arenaAlignmentBytes();
    }
}
