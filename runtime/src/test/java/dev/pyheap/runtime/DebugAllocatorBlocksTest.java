package dev.pyheap.runtime;

import dev.pyheap.api.alloc.AllocatorStatistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code sys.getallocatedblocks()} means what it means in CPython, whatever the allocator: the blocks
 * the program allocated and has not freed. A debug allocator's quarantine holds blocks the program
 * freed; they are not counted, and the sanity checker agrees (issue 11, item 1).
 */
final class DebugAllocatorBlocksTest {

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc", "malloc", "pymalloc_debug", "malloc_debug", "debug"})
    void blocksMadeAndDroppedLeaveTheCountWhereItWas(String allocator) {
        try (HeapFixture f = new HeapFixture(Map.of("allocator", allocator, "debug.quarantine", "1m"))) {
            long before = f.sys().getallocatedblocks();
            long quarantinedBefore = quarantined(f.allocator().statistics());
            // No free list keeps these: a str, and bytes over 512 (a raw block).
            try (Handle str = f.t.newStr("a run-time string"); Handle bytes = f.t.newBytes(new byte[600])) {
                assertEquals(before + 2, f.sys().getallocatedblocks());
            }
            assertEquals(before, f.sys().getallocatedblocks(), "freed blocks are not allocated blocks");
            AllocatorStatistics s = f.allocator().statistics();
            assertEquals(allocator.endsWith("debug") ? 2 : 0, quarantined(s) - quarantinedBefore,
                    "the two freed blocks wait in the quarantine");
            assertEquals(s.allocatedBlocks() + quarantined(s), s.heldBlocks());
            f.assertSane("with freed blocks in the quarantine");
        }
    }

    private static long quarantined(AllocatorStatistics s) {
        return s.debug().map(d -> d.quarantinedBlocks()).orElse(0L);
    }
}
