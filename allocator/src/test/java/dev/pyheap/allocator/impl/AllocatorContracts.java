package dev.pyheap.allocator.impl;

import dev.pyheap.api.alloc.AllocatorStatistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions every allocator test shares, whatever its package. */
public final class AllocatorContracts {
    private AllocatorContracts() {
    }

    /** The statistics add up: arena bytes, mapped bytes, block counts, pools per arena, arena counters. */
    public static void assertReconciles(AllocatorStatistics s, long liveBlocks) {
        assertEquals(s.arenaBytes(), s.reconciledArenaBytes(), "arena bytes = allocated + available + unused pools + headers + quantization + alignment");
        assertEquals(s.arenaBytes() + s.rawBytes(), s.mappedBytes(), "mapped = arenas + raw");
        // sys.getallocatedblocks() counts what the program holds: a block freed into a quarantine is freed.
        assertEquals(liveBlocks, s.allocatedBlocks(), "allocated blocks = the program's live blocks");
        long quarantined = s.debug().map(d -> d.quarantinedBlocks() + d.retiredBlocks()).orElse(0L);
        assertEquals(liveBlocks + quarantined, s.heldBlocks(), "held blocks = live (+ quarantined + retired)");
        long pooledInUse = s.sizeClasses().stream().mapToLong(c -> c.blocksInUse()).sum();
        assertEquals(s.heldBlocks(), pooledInUse + s.rawBlocks(), "held blocks = pool blocks + raw blocks");
        long pools = s.sizeClasses().stream().mapToLong(c -> c.pools()).sum();
        assertEquals(0, s.arenaAlignmentBytes() % s.poolSize(), "alignment loss is whole pools");
        assertTrue(s.arenaAlignmentBytes() <= s.arenasCurrent() * s.poolSize(), "at most one pool lost per arena");
        assertEquals(s.arenasCurrent() * (s.arenaSize() / s.poolSize()),
                pools + s.unusedPools() + s.arenaAlignmentBytes() / s.poolSize(),
                "pools + unused pools + the pool lost to alignment in each unaligned arena = 64 per arena");
        assertEquals(s.arenasAllocatedTotal() - s.arenasReclaimed(), s.arenasCurrent(), "allocated - reclaimed = current");
        assertTrue(s.arenasHighWater() >= s.arenasCurrent());
    }
}
