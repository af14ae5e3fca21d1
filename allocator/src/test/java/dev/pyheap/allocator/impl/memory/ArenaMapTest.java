package dev.pyheap.allocator.impl.memory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The radix tree on made-up addresses (nothing is mapped): coverage at every edge, shared slots, node boundaries. */
class ArenaMapTest {
    private static final long MIB = MemorySource.ARENA_SIZE;
    private final ArenaMap map = new ArenaMap();

    private void assertCovers(long base) {
        assertTrue(map.isUsed(base), "first byte of " + Long.toHexString(base));
        assertTrue(map.isUsed(base + MIB - 1), "last byte");
        assertTrue(map.isUsed(base + MIB / 2));
        assertEquals(base, map.arenaBase(base));
        assertEquals(base, map.arenaBase(base + MIB - 1));
        assertEquals(base, map.arenaBase(base + 12345));
    }

    private void assertFree(long address) {
        assertFalse(map.isUsed(address), Long.toHexString(address) + " is in no arena");
        assertEquals(0, map.arenaBase(address));
    }

    @ParameterizedTest(name = "arena at offset {0} of its ideal arena")
    @ValueSource(longs = {0, 0x1000, 0x4000, 0x80000, 0xff000})
    void anArenaCoversExactlyItsMegabyte(long offset) {
        long base = 0x7f3a_5100_0000L + offset;
        assertFree(base);
        map.markUsed(base);
        assertCovers(base);
        assertFree(base - 1);
        assertFree(base + MIB);
        assertFree(base - MIB);
        assertFree(base + 2 * MIB);
        map.markUnused(base);
        assertFree(base);
        assertFree(base + MIB - 1);
    }

    @Test
    void adjacentUnalignedArenasShareASlotWithoutConfusion() {
        long a = 0x7f00_0004_0000L;
        long b = a + MIB;
        long c = b + MIB;
        map.markUsed(a);
        map.markUsed(b);
        map.markUsed(c);
        assertCovers(a);
        assertCovers(b);
        assertCovers(c);
        assertEquals(a, map.arenaBase(b - 1));
        assertEquals(b, map.arenaBase(b));
        map.markUnused(b);
        assertCovers(a);
        assertCovers(c);
        assertFree(b);
        assertFree(b + MIB - 1);
        assertFree(c - 1);
        assertFree(a + MIB);
    }

    @Test
    void anIdealArenaNextToAnUnalignedOne() {
        long ideal = 0x5555_0000_0000L;
        long after = ideal + MIB + 0x3000;
        map.markUsed(ideal);
        map.markUsed(after);
        assertCovers(ideal);
        assertCovers(after);
        assertFree(ideal + MIB);
        assertFree(after - 1);
        assertFree(ideal - 1);
    }

    @Test
    void arenasStraddlingBottomMiddleAndTopNodeBoundaries() {
        long[] bases = {
            (1L << 34) - 0x80000,  // its second half is in the next bottom node
            (1L << 49) - 0x10000,  // ... in the next middle node (another top slot)
            0x7fff_fff0_0000L - MIB + 0x2000     // both halves in one bottom node
        };
        for (long base : bases) {
            map.markUsed(base);
        }
        for (long base : bases) {
            assertCovers(base);
            assertFree(base - 1);
            assertFree(base + MIB);
        }
        assertEquals(2, map.midNodes(), "top slots 0 and 1");
        assertEquals(5, map.botNodes(), "two per straddling arena, one for the last");
        // CPython 3.11's sizes on 64-bit: 2^15 pointers for the root and a mid node, 2^14 pairs of int32 for a bottom node
        assertEquals(new dev.pyheap.api.alloc.ArenaMapUsage(2, 5, 262_144, 262_144, 131_072), map.usage());
        assertEquals(262_144 + 2 * 262_144 + 5 * 131_072, map.usage().totalBytes());
    }

    @Test
    void theSameSlotInTheLastBottomNodeAndInAnOlderOne() {
        long node = 1L << 34; // the addresses one bottom node covers
        long older = 0x7f00_0030_0000L;
        long last = older + node; // same slot, next bottom node: recorded last
        map.markUsed(older);
        map.markUsed(last);
        assertCovers(older);
        assertCovers(last);
        assertFree(older + 2 * node);   // same slot, a bottom node never created
        assertFree(older - node);
        map.markUnused(last);
        assertFree(last);
        assertCovers(older);
        map.markUnused(older);
        map.markUsed(last);             // the last recorded node is now the older one's neighbour again
        assertFree(older);
        assertCovers(last);
    }

    @Test
    void addressesWithoutNodesAndNegativeAddressesAreFree() {
        assertFree(0);
        assertFree(-1);
        assertFree(Long.MIN_VALUE);
        assertFree(0x7fff_ffff_ffffL);
        map.markUsed(0x1000_0000L);
        assertFree(-0x1000_0000L);
    }
}
