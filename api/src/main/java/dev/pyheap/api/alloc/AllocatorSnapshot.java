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
                                long mappedBytes, long limitBytes, Optional<DebugOverhead> debug)
        implements AllocatorStatistics {

    public AllocatorSnapshot {
        sizeClasses = List.copyOf(sizeClasses);
    }

    /** The same figures under another name with a debug wrapper's overhead attached. */
    public AllocatorSnapshot withDebug(String name, DebugOverhead overhead) {
        return new AllocatorSnapshot(name, pooled, sizeClasses, sizeClassCount, smallRequestThreshold, arenaSize,
                poolSize, arenasAllocatedTotal, arenasReclaimed, arenasHighWater, arenasCurrent, allocatedBlockBytes,
                availableBlockBytes, unusedPools, poolHeaderBytes, quantizationBytes, arenaAlignmentBytes, rawBlocks,
                rawBytes, allocatedBlocks, mappedBytes, limitBytes, Optional.of(overhead));
    }
}
