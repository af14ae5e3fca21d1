package dev.pyheap.allocator.impl.pool;

import dev.pyheap.allocator.impl.AllocatorContracts;
import dev.pyheap.allocator.impl.memory.MemorySource;
import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.SizeClassUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.pyheap.allocator.impl.pool.Pymalloc.POOL_SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facts of CPython 3.11's obmalloc (block counts per pool, lazy carving, the used-pool and
 * usable-arena orders, arenas given back unless pinned, the statistics), pinned on pymalloc over each
 * kind of memory: checked memory (arenas always pool-aligned) and native arenas that mmap placed on,
 * or off, a 16 KiB pool boundary (64 or 63 pools, as CPython's new_arena).
 */
abstract class PymallocTest {
    private final MemorySource source = newSource();
    private final Pymalloc pymalloc = new Pymalloc("pymalloc", source);
    private final Memory memory = pymalloc.memory();

    /** A fresh memory source of the kind under test, without limit. */
    abstract MemorySource newSource();

    /** Pools in each arena of this memory: 64 when arenas start on a pool boundary, 63 when not. */
    abstract int poolsPerArena();

    @AfterEach
    void checkAndClose() {
        pymalloc.verify();
        AllocatorContracts.assertReconciles(pymalloc.statistics(), liveBlocks());
        pymalloc.close();
    }

    /** Checks that each arena mapped so far has the expected number of pools. */
    private void assertArenaGeometry() {
        AllocatorStatistics s = pymalloc.statistics();
        long lost = s.arenasCurrent() * (64 - poolsPerArena()) * (long) POOL_SIZE;
        assertEquals(lost, s.arenaAlignmentBytes(), "bytes lost to arena alignment: one pool per unaligned arena");
    }

    private long liveBlocks() {
        return pymalloc.statistics().allocatedBlocks();
    }

    private static long pool(long block) {
        return block & ~(long) (POOL_SIZE - 1);
    }

    private SizeClassUsage row(int sizeClass) {
        return pymalloc.statistics().sizeClasses().stream().filter(r -> r.index() == sizeClass).findFirst()
                .orElse(new SizeClassUsage(sizeClass, (sizeClass + 1) * 16, 0, 0, 0));
    }

    @ParameterizedTest(name = "{0}-byte blocks: {1} per pool")
    @CsvSource({"16, 1021", "32, 510", "48, 340", "64, 255", "512, 31"})
    void blocksPerPool(int size, int perPool) {
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < perPool; i++) {
            blocks.add(pymalloc.allocate(size));
        }
        long first = pool(blocks.get(0));
        assertTrue(blocks.stream().allMatch(b -> pool(b) == first), "the first " + perPool + " blocks share one pool");
        assertEquals(new SizeClassUsage(size / 16 - 1, size, 1, perPool, 0), row(size / 16 - 1));
        long next = pymalloc.allocate(size);
        assertNotEquals(first, pool(next), "block " + (perPool + 1) + " needs a second pool");
        assertEquals(new SizeClassUsage(size / 16 - 1, size, 2, perPool + 1, perPool - 1), row(size / 16 - 1));
        // Requests round up to the 16-byte class: size - 15 lands in the same class.
        long smaller = pymalloc.allocate(size - 15);
        assertEquals(pool(next), pool(smaller));
        assertEquals(size, pymalloc.usableSize(smaller));
    }

    @Test
    void enumerationSkipsFreeAndVirginBlocksAndEmptyPools() {
        long a = pymalloc.allocate(100); // class 6: 112-byte blocks
        long b = pymalloc.allocate(100);
        long c = pymalloc.allocate(100);
        long big = pymalloc.allocate(600);
        long empty = pymalloc.allocate(16); // its pool becomes empty (cached) once freed
        pymalloc.free(b);
        pymalloc.free(empty);
        List<long[]> seen = new ArrayList<>();
        pymalloc.forEachAllocatedBlock((address, usable) -> seen.add(new long[]{address, usable}));
        assertEquals(List.of(List.of(a, 112L), List.of(c, 112L), List.of(big, 608L)),
                seen.stream().map(x -> List.of(x[0], x[1])).toList());
    }

    @Test
    void aFreeListDamagedByADoubleFreeEndsTheWalkAndFailsVerify() {
        Pymalloc damaged = new Pymalloc("pymalloc", newSource());
        try {
            long a = damaged.allocate(32);
            long a2 = damaged.allocate(32);
            long b = damaged.allocate(32);
            damaged.free(b);
            damaged.free(b); // b now links to itself: the free list is a cycle
            List<Long> seen = new ArrayList<>();
            damaged.forEachAllocatedBlock((address, usable) -> seen.add(address));
            // b is free; the virgin block carved after it was lost from the list, so it reads as allocated.
            assertEquals(List.of(a, a2, b + 32), seen);
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.pyheap.api.HeapCorruptionError.class, damaged::verify);
            assertEquals("pymalloc: free list of pool is cyclic or too long at 0x" + Long.toHexString(pool(a)), e.getMessage());
        } finally {
            damaged.close();
        }
    }

    @Test
    void lazyCarvingTouchesOnlyTheBlocksHandedOut() {
        long b0 = pymalloc.allocate(100); // class 6, 112-byte blocks
        long pool = pool(b0);
        assertEquals(pool + 48, b0, "block 0 follows the 48-byte header");
        assertEquals(1, memory.getInt(pool + Pymalloc.COUNT));
        assertEquals(b0 + 112, memory.getLong(pool + Pymalloc.FREEBLOCK), "only block 1 is on the free list");
        assertEquals(0, memory.getLong(b0 + 112), "block 1's link is NULL");
        assertEquals(48 + 2 * 112, memory.getInt(pool + Pymalloc.NEXTOFFSET));
        assertEquals(POOL_SIZE - 112, memory.getInt(pool + Pymalloc.MAXNEXTOFFSET));
        assertEquals(6, memory.getInt(pool + Pymalloc.SZIDX));
        long b1 = pymalloc.allocate(100);
        long b2 = pymalloc.allocate(100);
        assertEquals(b0 + 112, b1);
        assertEquals(b0 + 224, b2, "the third block is carved from the virgin tail");
        assertEquals(48 + 4 * 112, memory.getInt(pool + Pymalloc.NEXTOFFSET));
        assertEquals(3, memory.getInt(pool + Pymalloc.COUNT));
    }

    @Test
    void freedBlockIsReusedFirst() {
        long a = pymalloc.allocate(40);
        long b = pymalloc.allocate(40);
        pymalloc.free(a);
        assertEquals(pool(a), pool(b));
        assertEquals(a, pymalloc.allocate(40), "LIFO free list: the block just freed comes back");
    }

    @Test
    void aPoolThatStopsBeingFullGoesToTheFrontOfItsClass() {
        // Fill pool A completely, then start pool B.
        List<Long> inA = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            inA.add(pymalloc.allocate(512));
        }
        long b = pymalloc.allocate(512);
        long poolA = pool(inA.get(0));
        long poolB = pool(b);
        assertNotEquals(poolA, poolB);
        assertEquals(poolB, pool(pymalloc.allocate(512)), "A is full: requests go to B");
        long freed = inA.get(17);
        pymalloc.free(freed);
        assertEquals(freed, pymalloc.allocate(512), "A went to the front of the used list: its freed block comes next");
        assertEquals(poolB, pool(pymalloc.allocate(512)), "A is full again: back to B");
    }

    @Test
    void anEmptyPoolIsCachedOnItsArenaAndKeepsItsClass() {
        long a = pymalloc.allocate(64);
        long keepArenaBusy = pymalloc.allocate(16);
        long poolA = pool(a);
        pymalloc.free(a);
        AllocatorStatistics s = pymalloc.statistics();
        assertArenaGeometry();
        assertEquals(poolsPerArena() - 1, s.unusedPools(),
                "the empty pool counts as unused; the 16-byte pool is still in use");
        assertEquals(poolA, pool(pymalloc.allocate(64)), "the cached empty pool is reused for its class");
        pymalloc.free(keepArenaBusy);
    }

    @Test
    void allocationComesFromTheFullestArena() {
        // Two arenas' worth of 512-byte blocks (31 per pool).
        int perArena = 31 * poolsPerArena();
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        for (int i = 0; i < perArena; i++) {
            first.add(pymalloc.allocate(512));
        }
        for (int i = 0; i < perArena; i++) {
            second.add(pymalloc.allocate(512));
        }
        int arena1 = pymalloc.arenaIndexOf(first.get(0));
        int arena2 = pymalloc.arenaIndexOf(second.get(0));
        assertNotEquals(arena1, arena2);
        assertTrue(first.stream().allMatch(b -> pymalloc.arenaIndexOf(b) == arena1), "the first arena holds " + perArena);
        assertTrue(second.stream().allMatch(b -> pymalloc.arenaIndexOf(b) == arena2), "so does the second");
        assertEquals(2, pymalloc.statistics().arenasCurrent());
        assertArenaGeometry();
        // Empty 10 pools in arena 1 and 3 in arena 2: arena 2 is the fuller one.
        for (int i = 0; i < 31 * 10; i++) {
            pymalloc.free(first.get(i));
        }
        for (int i = 0; i < 31 * 3; i++) {
            pymalloc.free(second.get(i));
        }
        pymalloc.verify();
        // A class whose used list is empty needs a new pool: it comes from the fullest arena (arena 2).
        long fresh = pymalloc.allocate(16);
        assertEquals(arena2, pymalloc.arenaIndexOf(fresh), "the new pool is taken from the arena with the fewest free pools");
        pymalloc.free(fresh);
        first.subList(0, 31 * 10).clear();
        second.subList(0, 31 * 3).clear();
        first.forEach(pymalloc::free);
        second.forEach(pymalloc::free);
    }

    @Test
    void arenasGoBackUnlessPinned() {
        // facts §1.5: a million small objects, freed all, come back to one arena; one in 1000 kept pins them.
        long[] blocks = new long[1_000_000];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = pymalloc.allocate(32);
        }
        AllocatorStatistics full = pymalloc.statistics();
        int perArena = 510 * poolsPerArena();
        long arenas = (blocks.length + perArena - 1) / perArena;
        assertEquals(arenas, full.arenasCurrent(), "1M 32-byte blocks fill ceil(1M / (510 x pools per arena)) arenas");
        assertArenaGeometry();
        assertEquals(blocks.length * 32L, full.allocatedBlockBytes());
        for (long b : blocks) {
            pymalloc.free(b);
        }
        AllocatorStatistics freed = pymalloc.statistics();
        assertEquals(1, freed.arenasCurrent(), "all but the last usable arena are given back (bpo-37257)");
        assertEquals(arenas - 1, freed.arenasReclaimed());
        assertEquals(arenas, freed.arenasHighWater());

        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = pymalloc.allocate(32);
        }
        for (int i = 0; i < blocks.length; i++) {
            if (i % 1000 != 0) {
                pymalloc.free(blocks[i]);
            }
        }
        AllocatorStatistics pinned = pymalloc.statistics();
        assertEquals(arenas, pinned.arenasCurrent(), "1000 live blocks keep every arena mapped");
        assertEquals(1000, pinned.allocatedBlocks());
        for (int i = 0; i < blocks.length; i += 1000) {
            pymalloc.free(blocks[i]);
        }
        assertEquals(1, pymalloc.statistics().arenasCurrent());
        assertEquals(1, pymalloc.releaseFreeArenas(), "the kept arena goes too when asked");
        assertEquals(0, pymalloc.statistics().arenasCurrent());
    }

    @Test
    void reallocStaysInPlaceWhenTheNewSizeFitsAndIsOverThreeQuarters() {
        long p = pymalloc.allocate(64);
        assertEquals(p, pymalloc.reallocate(p, 64));
        assertEquals(p, pymalloc.reallocate(p, 49), "49 > 3/4 of 64: stays");
        long q = pymalloc.reallocate(p, 48);
        assertNotEquals(p, q, "48 is exactly 3/4 of 64: moves to the 48-byte class");
        assertEquals(48, pymalloc.usableSize(q));
        long r = pymalloc.reallocate(q, 49);
        assertNotEquals(q, r, "growing past the block moves it");
        assertEquals(64, pymalloc.usableSize(r));
        long raw = pymalloc.reallocate(r, 600);
        assertTrue(!source.isArena(raw), "over 512 bytes goes to the raw allocator");
        long stillRaw = pymalloc.reallocate(raw, 100);
        assertTrue(!source.isArena(stillRaw), "a raw block stays raw when it shrinks, as libc realloc keeps it");
        pymalloc.free(stillRaw);
    }

    @Test
    void zeroAndLargeRequestsGoToTheRawAllocator() {
        long zero = pymalloc.allocate(0);
        long large = pymalloc.allocate(513);
        assertTrue(!source.isArena(zero) && !source.isArena(large));
        AllocatorStatistics s = pymalloc.statistics();
        assertEquals(2, s.rawBlocks());
        assertEquals(16 + 528, s.rawBytes(), "raw blocks are rounded up to 16 bytes");
        assertEquals(0, s.arenasCurrent());
        assertEquals(2, s.allocatedBlocks());
        pymalloc.free(zero);
        pymalloc.free(large);
    }

    @Test
    void statisticsMatchAHandCount() {
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            blocks.add(pymalloc.allocate(24)); // class 1 (32 bytes): 510 per pool
        }
        for (int i = 0; i < 300; i++) {
            blocks.add(pymalloc.allocate(500)); // class 31 (512 bytes): 31 per pool
        }
        AllocatorStatistics s = pymalloc.statistics();
        assertEquals(List.of(new SizeClassUsage(1, 32, 2, 1000, 20), new SizeClassUsage(31, 512, 10, 300, 10)),
                s.sizeClasses());
        assertEquals(1000 * 32 + 300 * 512, s.allocatedBlockBytes());
        assertEquals(20 * 32 + 10 * 512, s.availableBlockBytes());
        assertEquals(poolsPerArena() - 12, s.unusedPools());
        assertEquals(12 * 48, s.poolHeaderBytes());
        assertEquals(2 * ((16384 - 48) % 32) + 10 * ((16384 - 48) % 512), s.quantizationBytes());
        assertEquals((64 - poolsPerArena()) * 16384, s.arenaAlignmentBytes(), "one pool lost when the arena is not pool-aligned");
        assertEquals(1 << 20, s.reconciledArenaBytes());
        long base = pymalloc.arenaAddress(pymalloc.arenaIndexOf(blocks.get(0)));
        long firstPool = (base + 16383) & -16384L;
        assertEquals(firstPool + 48, blocks.get(0), "the first block follows the header of the first whole pool");
        blocks.forEach(pymalloc::free);
    }
}
