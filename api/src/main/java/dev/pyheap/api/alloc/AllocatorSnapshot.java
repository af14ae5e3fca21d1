package dev.pyheap.api.alloc;

import java.util.List;
import java.util.Optional;

/**
 * An immutable {@link AllocatorStatistics}. Allocators fill it; {@link #withDebug} adds a debug
 * wrapper's overhead to the wrapped allocator's figures.
 */
public record AllocatorSnapshot(String allocator, boolean pooled, List<SizeClassUsage> sizeClasses,
                                int sizeClassCount, int smallRequestThreshold, long arenaSize, long poolSize,
                                long arenasAllocatedTotal, long arenasReclaimed, long arenasHighWater,
                                long arenasCurrent, long allocatedBlockBytes, long availableBlockBytes,
                                long unusedPools, long poolHeaderBytes, long quantizationBytes,
                                long arenaAlignmentBytes, long rawBlocks, long rawBytes, long allocatedBlocks,
                                long mappedBytes, long limitBytes, Optional<DebugOverhead> debug,
                                Optional<ArenaMapUsage> arenaMap)
        implements AllocatorStatistics {

    public AllocatorSnapshot {
        sizeClasses = List.copyOf(sizeClasses);
    }

    /**
     * The same figures under another name with a debug wrapper's overhead attached: the memory as the
     * wrapped allocator has it, while {@link #allocatedBlocks()} becomes the wrapper's live blocks (the
     * wrapped allocator also counts the blocks the wrapper holds back after the program freed them).
     * Whether the overhead accounts for every wrapped block is {@link #heldBlocks()}'s equation, which
     * the sanity checker verifies; a snapshot never refuses to be taken.
     */
    public AllocatorSnapshot withDebug(String name, DebugOverhead overhead) {
        return new AllocatorSnapshot(name, pooled, sizeClasses, sizeClassCount, smallRequestThreshold, arenaSize,
                poolSize, arenasAllocatedTotal, arenasReclaimed, arenasHighWater, arenasCurrent, allocatedBlockBytes,
                availableBlockBytes, unusedPools, poolHeaderBytes, quantizationBytes, arenaAlignmentBytes, rawBlocks,
                rawBytes, overhead.liveBlocks(), mappedBytes, limitBytes, Optional.of(overhead), arenaMap);
    }
}
