package dev.pyheap.allocator.impl;

import dev.pyheap.api.Memory;
import dev.pyheap.api.MemoryError;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.config.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The contract every allocator passes, on each memory it runs on: alignment, no overlap against a
 * reference model over a million random operations, realloc keeping content, zeroed allocation,
 * the heap limit, and statistics that reconcile after every phase. Each allocator extends this with
 * its name and memory.
 */
abstract class AllocatorContractTest {
    private final List<Allocator> opened = new ArrayList<>();

    /** The provider name under test. */
    abstract String allocatorName();

    /** The {@code memory} option to set ({@code native} or {@code checked}), or null to leave it at its default. */
    abstract String memory();

    /** Whether the allocator's memory must be the checked kind. */
    boolean expectChecked() {
        return "checked".equals(memory()) || allocatorName().contains("debug");
    }

    Allocator open(Map<String, String> settings) {
        var overrides = new java.util.HashMap<>(settings);
        overrides.put("allocator", allocatorName());
        if (memory() != null) {
            overrides.put("memory", memory());
        }
        Allocator a = dev.pyheap.api.Plugins.allocator(allocatorName()).create(Configuration.of(overrides));
        opened.add(a);
        assertEquals(expectChecked(), a.memory().isChecked(), "the kind of memory " + allocatorName() + " runs on");
        return a;
    }

    Allocator open() {
        return open(Map.of());
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Allocator::close);
    }

    /** The live blocks of the reference model: start address to [size, content seed]. */
    private static final class Model {
        final TreeMap<Long, long[]> live = new TreeMap<>();

        void add(long address, long size, long seed) {
            long end = address + Math.max(size, 1);
            var below = live.floorEntry(address);
            if (below != null && below.getKey() + Math.max(below.getValue()[0], 1) > address) {
                fail("block " + hex(address) + "+" + size + " overlaps live block " + hex(below.getKey()) + "+" + below.getValue()[0]);
            }
            var above = live.ceilingEntry(address);
            if (above != null && above.getKey() < end) {
                fail("block " + hex(address) + "+" + size + " overlaps live block " + hex(above.getKey()));
            }
            live.put(address, new long[]{size, seed});
        }
    }

    static String hex(long a) {
        return Long.toHexString(a);
    }

    /** Fills a block with a pattern derived from its seed; checked before it is freed or resized. */
    static void stamp(Memory memory, long address, long size, long seed) {
        byte[] bytes = pattern(size, seed);
        memory.write(address, bytes, 0, bytes.length);
    }

    static byte[] pattern(long size, long seed) {
        // Distinct per block (seed) and per position, cheap enough for a million blocks.
        byte[] bytes = new byte[(int) size];
        long mixed = (seed + 1) * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((mixed >>> ((i & 7) << 3)) ^ (i >>> 3));
        }
        return bytes;
    }

    static void checkStamp(Memory memory, long address, long size, long seed) {
        byte[] actual = new byte[(int) size];
        memory.read(address, actual, 0, actual.length);
        assertArrayEquals(pattern(size, seed), actual, "content of block " + hex(address) + " (" + size + " bytes)");
    }

    /** Sizes the random run draws: mostly small, some raw, a few spanning several segments. */
    static long randomSize(SplittableRandom r) {
        int kind = r.nextInt(1000);
        if (kind < 800) {
            return 1 + r.nextInt(512);
        }
        if (kind < 990) {
            return r.nextInt(4096);
        }
        if (kind < 999) {
            return 4096 + r.nextInt(64 * 1024);
        }
        return (1 << 20) + r.nextInt(2 << 20);
    }

    static void assertReconciles(AllocatorStatistics s, long liveBlocks) {
        AllocatorContracts.assertReconciles(s, liveBlocks);
    }

    @Test
    void blocksAre16ByteAlignedAndNonNull() {
        Allocator a = open();
        List<Long> blocks = new ArrayList<>();
        for (long size : new long[]{0, 1, 7, 8, 15, 16, 17, 31, 32, 33, 500, 511, 512, 513, 1000, 4096, 100_000, 3 << 20}) {
            long p = a.allocate(size);
            assertNotEquals(0, p, "allocate(" + size + ")");
            assertEquals(0, p & 15, "allocate(" + size + ") = " + hex(p) + " is not 16-byte aligned");
            assertTrue(a.usableSize(p) >= size, "usable size of a " + size + "-byte block");
            blocks.add(p);
        }
        assertEquals(blocks.size(), blocks.stream().distinct().count(), "every block, size 0 included, is unique");
        blocks.forEach(a::free);
        assertReconciles(a.statistics(), 0);
    }

    /** The sampled figure is the snapshot's, for pooled and raw blocks, as arenas come and go. */
    @Test
    void mappedBytesIsTheSnapshotsFigure() {
        Allocator a = open();
        assertEquals(a.statistics().mappedBytes(), a.mappedBytes(), "empty");
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) { // more than one 1 MiB arena of 32-byte blocks
            blocks.add(a.allocate(32));
        }
        long big = a.allocate(3 << 20);
        assertEquals(a.statistics().mappedBytes(), a.mappedBytes(), "pooled and raw blocks live");
        assertTrue(a.mappedBytes() >= (3L << 20) + 40_000L * 32, "the live blocks are mapped: " + a.mappedBytes());
        a.free(big);
        blocks.forEach(a::free);
        a.releaseFreeArenas();
        assertEquals(a.statistics().mappedBytes(), a.mappedBytes(), "everything freed");
    }

    @Test
    void millionRandomOperationsAgainstAReferenceModel() {
        Allocator a = open();
        Memory memory = a.memory();
        Model model = new Model();
        List<Long> addresses = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(0x5EED);
        for (int op = 1; op <= 1_000_000; op++) {
            int choice = r.nextInt(100);
            if (choice < 45 || addresses.isEmpty()) {
                long size = randomSize(r);
                long p = a.allocate(size);
                assertEquals(0, p & 15);
                model.add(p, size, op);
                stamp(memory, p, size, op);
                addresses.add(p);
            } else if (choice < 90) {
                int i = r.nextInt(addresses.size());
                long p = addresses.get(i);
                long[] block = model.live.remove(p);
                checkStamp(memory, p, block[0], block[1]);
                a.free(p);
                addresses.set(i, addresses.get(addresses.size() - 1));
                addresses.remove(addresses.size() - 1);
            } else {
                int i = r.nextInt(addresses.size());
                long p = addresses.get(i);
                long[] block = model.live.remove(p);
                long newSize = randomSize(r);
                long q = a.reallocate(p, newSize);
                long kept = Math.min(block[0], newSize);
                byte[] expected = java.util.Arrays.copyOf(pattern(block[0], block[1]), (int) kept);
                byte[] actual = new byte[(int) kept];
                memory.read(q, actual, 0, actual.length);
                assertArrayEquals(expected, actual, "realloc " + block[0] + " -> " + newSize + " keeps the first " + kept + " bytes");
                model.add(q, newSize, op);
                stamp(memory, q, newSize, op);
                addresses.set(i, q);
            }
            if (op % 100_000 == 0) {
                assertReconciles(a.statistics(), model.live.size());
            }
        }
        a.verify();
        for (long p : addresses) {
            long[] block = model.live.get(p);
            checkStamp(memory, p, block[0], block[1]);
            a.free(p);
        }
        a.releaseFreeArenas(); // also empties a debug allocator's quarantine
        AllocatorStatistics end = a.statistics();
        assertReconciles(end, 0);
        assertEquals(0, end.sizeClasses().stream().mapToLong(c -> c.blocksInUse()).sum());
    }

    /**
     * forEachAllocatedBlock against a shadow set, at several points of a seeded mix of allocate,
     * free and realloc: the same addresses, each once, with the allocator's usable size, as many as
     * the statistics count (a debug allocator's base also counts the blocks in its quarantine).
     */
    @Test
    void enumeratedBlocksAreExactlyTheLiveOnes() {
        Allocator a = open();
        TreeMap<Long, Long> shadow = new TreeMap<>();
        List<Long> addresses = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(0xB10C5);
        assertEnumerationMatches(a, shadow);
        for (int op = 1; op <= 40_000; op++) {
            int choice = r.nextInt(100);
            if (choice < 50 || addresses.isEmpty()) {
                long size = randomSize(r);
                long p = a.allocate(size);
                shadow.put(p, size);
                addresses.add(p);
            } else if (choice < 85) {
                int i = r.nextInt(addresses.size());
                long p = addresses.get(i);
                a.free(p);
                shadow.remove(p);
                addresses.set(i, addresses.get(addresses.size() - 1));
                addresses.remove(addresses.size() - 1);
            } else {
                int i = r.nextInt(addresses.size());
                long p = addresses.get(i);
                long size = randomSize(r);
                long q = a.reallocate(p, size);
                shadow.remove(p);
                shadow.put(q, size);
                addresses.set(i, q);
            }
            if (op % 10_000 == 0) {
                assertEnumerationMatches(a, shadow);
            }
        }
        for (int i = 0; i < addresses.size(); i += 2) {
            a.free(addresses.get(i));
            shadow.remove(addresses.get(i));
        }
        assertEnumerationMatches(a, shadow);
        for (int i = 1; i < addresses.size(); i += 2) {
            a.free(addresses.get(i));
            shadow.remove(addresses.get(i));
        }
        assertEnumerationMatches(a, shadow);
        assertEquals(0, shadow.size());
    }

    private static void assertEnumerationMatches(Allocator a, TreeMap<Long, Long> shadow) {
        TreeMap<Long, Long> seen = new TreeMap<>();
        a.forEachAllocatedBlock((address, usable) -> {
            if (seen.put(address, usable) != null) {
                fail("block " + hex(address) + " enumerated twice");
            }
        });
        assertEquals(shadow.keySet(), seen.keySet(), "enumerated blocks = live blocks");
        seen.forEach((address, usable) -> {
            assertEquals(a.usableSize(address), usable, "usable size of " + hex(address));
            assertTrue(usable >= shadow.get(address), "block " + hex(address) + " holds its request");
        });
        AllocatorStatistics s = a.statistics();
        assertEquals(s.allocatedBlocks(), seen.size(), "enumerated = allocatedBlocks");
        s.debug().ifPresent(d -> assertEquals(d.liveBlocks(), seen.size(), "enumerated = the debug allocator's live blocks"));
    }

    @Test
    void reallocKeepsContentWhenGrowingAndShrinking() {
        Allocator a = open();
        Memory memory = a.memory();
        long p = a.allocate(24);
        stamp(memory, p, 24, 1);
        long sizes[] = {40, 100, 512, 513, 5000, 2 << 20, 700, 300, 20, 0, 64};
        long current = 24;
        long seed = 1;
        for (long size : sizes) {
            long q = a.reallocate(p, size);
            long kept = Math.min(current, size);
            byte[] expected = java.util.Arrays.copyOf(pattern(current, seed), (int) kept);
            byte[] actual = new byte[(int) kept];
            memory.read(q, actual, 0, (int) kept);
            assertArrayEquals(expected, actual, "realloc " + current + " -> " + size);
            seed++;
            stamp(memory, q, size, seed);
            p = q;
            current = size;
        }
        a.free(p);
        assertEquals(0, a.statistics().allocatedBlocks());
    }

    @Test
    void reallocOfNullAllocates() {
        Allocator a = open();
        long p = a.reallocate(0, 100);
        assertNotEquals(0, p);
        assertTrue(a.usableSize(p) >= 100);
        a.free(p);
        a.free(0); // free(NULL) is a no-op
    }

    @Test
    void zeroedAllocationIsZeroEvenForReusedMemory() {
        Allocator a = open();
        Memory memory = a.memory();
        for (int round = 0; round < 3; round++) {
            List<Long> dirty = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long p = a.allocate(48);
                memory.fill(p, 48, (byte) 0x5A);
                dirty.add(p);
            }
            dirty.forEach(a::free);
        }
        for (long size : new long[]{48, 600}) {
            long p = a.allocateZeroed(size / 8, 8);
            byte[] content = new byte[(int) size];
            memory.read(p, content, 0, content.length);
            assertArrayEquals(new byte[(int) size], content, "calloc(" + size / 8 + ", 8)");
            a.free(p);
        }
        assertThrows(MemoryError.class, () -> a.allocateZeroed(Long.MAX_VALUE / 2, 4));
    }

    @Test
    void heapLimitRaisesMemoryErrorAndHarmsNothing() {
        Allocator a = open(Map.of("heap.limit", "4m"));
        Memory memory = a.memory();
        List<Long> blocks = new ArrayList<>();
        long seed = 0;
        MemoryError error = null;
        while (error == null) {
            try {
                long size = 1 + (seed * 37) % 2000;
                long p = a.allocate(size);
                stamp(memory, p, Math.min(size, 16), seed);
                blocks.add(p);
                blocks.add(size);
                seed++;
                assertTrue(seed < 1_000_000, "the limit never hit");
            } catch (MemoryError e) {
                error = e;
            }
        }
        assertEquals(4L << 20, error.limitBytes());
        assertTrue(error.getMessage().contains("heap.limit"), error.getMessage());
        AllocatorStatistics atLimit = a.statistics();
        assertTrue(atLimit.mappedBytes() <= 4L << 20, "mapped " + atLimit.mappedBytes());
        assertReconciles(atLimit, blocks.size() / 2);
        for (int i = 0; i < blocks.size(); i += 2) {
            checkStamp(memory, blocks.get(i), Math.min(blocks.get(i + 1), 16), i / 2);
        }
        a.verify();
        // A request larger than the whole limit fails without changing anything.
        assertThrows(MemoryError.class, () -> a.allocate(5L << 20));
        for (int i = 0; i < blocks.size(); i += 2) {
            a.free(blocks.get(i));
        }
        a.releaseFreeArenas();
        // Usable again once memory is freed.
        long p = a.allocate(1 << 20);
        a.free(p);
        long q = a.allocate(100);
        a.free(q);
        assertReconciles(a.statistics(), 0);
    }

    @Test
    void twoAllocatorsOfDifferentKindsWorkSideBySide() {
        Allocator mine = open();
        String otherKind = allocatorName().startsWith("malloc") ? "pymalloc" : "malloc";
        Allocator other = dev.pyheap.api.Plugins.allocator(otherKind).create(Configuration.defaults());
        opened.add(other);
        List<long[]> blocks = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            long p = mine.allocate(32 + i % 200);
            long q = other.allocate(32 + i % 200);
            mine.memory().putLong(p, i);
            other.memory().putLong(q, -i);
            blocks.add(new long[]{p, q});
        }
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(i, mine.memory().getLong(blocks.get(i)[0]));
            assertEquals(-i, other.memory().getLong(blocks.get(i)[1]));
        }
        assertEquals(10_000, mine.statistics().allocatedBlocks());
        assertEquals(10_000, other.statistics().allocatedBlocks());
        blocks.forEach(b -> {
            mine.free(b[0]);
            other.free(b[1]);
        });
        assertReconciles(mine.statistics(), 0);
        assertReconciles(other.statistics(), 0);
    }

    /**
     * The query a reader of a possibly corrupt heap relies on: every live block is mapped over its
     * usable size, a freed raw block is not, and addresses no allocator hands out are not, without
     * touching memory (on native memory a wrong answer would be a crash, not an exception).
     */
    @Test
    void isMappedCoversEveryLiveBlockAndNothingFreedOrWild() {
        Allocator a = open();
        Memory memory = a.memory();
        List<Long> blocks = new ArrayList<>();
        for (long size : new long[]{1, 16, 100, 512, 513, 4000, 100_000, 3 << 20}) {
            blocks.add(a.allocate(size));
        }
        for (long p : blocks) {
            long usable = a.usableSize(p);
            assertTrue(memory.isMapped(p, usable), "block " + hex(p) + " over its " + usable + " bytes");
            assertTrue(memory.isMapped(p + usable - 1));
        }
        long raw = blocks.get(blocks.size() - 1);
        a.free(raw);
        // (Larger than a debug allocator's 1 MiB quarantine, so it is really released there too.)
        assertTrue(!memory.isMapped(raw), "a freed 3 MiB raw block is no longer mapped");
        for (long wild : new long[]{0, 8, -16, Long.MIN_VALUE, Long.MAX_VALUE - 7, 0x7fff_ffff_f000L}) {
            assertTrue(!memory.isMapped(wild, 8), "wild address " + hex(wild));
        }
        blocks.subList(0, blocks.size() - 1).forEach(a::free);
    }

    @Test
    void negativeSizesAreRejected() {
        Allocator a = open();
        assertThrows(IllegalArgumentException.class, () -> a.allocate(-1));
        long p = a.allocate(10);
        assertThrows(IllegalArgumentException.class, () -> a.reallocate(p, -5));
        a.free(p);
    }
}
