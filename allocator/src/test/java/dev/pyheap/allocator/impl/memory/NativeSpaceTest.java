package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.MemoryError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Native memory's tables and system calls: arenas, raw blocks, the limit, misuse, closing. */
class NativeSpaceTest {
    private static final long MIB = MemorySource.ARENA_SIZE;
    private final NativeSpace space = new NativeSpace(-1);
    private final Memory memory = space.memory();

    @AfterEach
    void close() {
        space.close();
    }

    @Test
    void anArenaIsFreshZeroedPagesAtARealAddress() {
        long a = space.mapArena();
        assertEquals(0, a & 4095, "page-aligned");
        assertTrue(a > MIB, "a process address, not a small number of our own: " + Long.toHexString(a));
        assertFalse(memory.isChecked());
        assertEquals(0, memory.getLong(a));
        assertEquals(0, memory.getLong(a + MIB - 8));
        memory.putLong(a + 8, 0x0102030405060708L);
        assertEquals(0x08, memory.getByte(a + 8));
        assertEquals(0x0708, memory.getShort(a + 8));
        assertEquals(0x05060708, memory.getInt(a + 8));
        assertEquals(0x01020304, memory.getInt(a + 12));
        memory.putLong(a + 3, -2L); // unaligned access works, as on x86-64
        assertEquals(-2L, memory.getLong(a + 3));
        assertTrue(space.isArena(a) && space.isArena(a + MIB - 1));
        assertFalse(space.isArena(a + MIB));
        assertTrue(memory.isMapped(a, MIB));
        assertFalse(memory.isMapped(a, MIB + 1), "a range running past the arena");
        assertFalse(memory.isMapped(a - 8, 16));
        assertEquals(MIB, space.mappedBytes());
        space.unmapArena(a);
        assertFalse(space.isArena(a));
        assertFalse(memory.isMapped(a));
        assertEquals(0, space.mappedBytes());
        HeapCorruptionError e = assertThrows(HeapCorruptionError.class, () -> space.unmapArena(a));
        assertEquals("unmapArena: 0x" + Long.toHexString(a) + " is not an arena", e.getMessage());
    }

    @Test
    void fillWritesExactlyItsRangeAtEverySizeAndOffset() {
        long a = space.mapArena();
        // the word-store path (small ranges, any alignment, a tail of bytes) and the bulk path past it
        for (int size : new int[] {0, 1, 7, 8, 9, 15, 16, 40, 127, 128, 129, 300}) {
            for (int offset = 0; offset < 8; offset++) {
                long at = a + 64 + offset;
                memory.fill(a, 512, (byte) 0x11);
                memory.fill(at, size, (byte) 0xA5);
                for (long p = a; p < a + 512; p++) {
                    byte expected = p >= at && p < at + size ? (byte) 0xA5 : (byte) 0x11;
                    assertEquals(expected, memory.getByte(p), "size " + size + ", offset " + offset + ", byte " + (p - a));
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> memory.fill(a, -1, (byte) 0));
    }

    @Test
    void rawBlocksAreMallocsRoundedTo16() {
        long p = space.malloc(600);
        long z = space.malloc(0);
        assertEquals(0, p & 15);
        assertEquals(0, z & 15);
        assertNotEquals(p, z);
        assertEquals(608, space.rawSize(p));
        assertEquals(16, space.rawSize(z), "malloc(0) is malloc(1), rounded");
        assertEquals(2, space.rawBlocks());
        assertEquals(624, space.rawBytes());
        assertEquals(624, space.mappedBytes());
        assertFalse(space.isArena(p));
        assertTrue(memory.isMapped(p, 608));
        assertFalse(memory.isMapped(p, 609));
        assertTrue(memory.isMapped(p + 600, 8));
        List<Long> seen = new ArrayList<>();
        space.forEachRawBlock((address, size) -> seen.add(address));
        assertEquals(List.of(Math.min(p, z), Math.max(p, z)), seen, "by address");
        space.free(p);
        space.free(z);
        assertEquals(0, space.mappedBytes());
        assertFalse(memory.isMapped(p));
    }

    @Test
    void callocAndReallocKeepTheirPromises() {
        long p = space.calloc(5000);
        byte[] zeros = new byte[5008];
        byte[] content = new byte[5008];
        memory.read(p, content, 0, content.length);
        assertArrayEquals(zeros, content);
        byte[] data = new byte[5000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        memory.write(p, data, 0, data.length);
        long q = space.realloc(p, 100_000);
        byte[] back = new byte[5000];
        memory.read(q, back, 0, back.length);
        assertArrayEquals(data, back, "realloc keeps the content");
        assertEquals(100_000, space.rawSize(q));
        assertEquals(100_000, space.mappedBytes());
        long r = space.realloc(q, 40);
        assertEquals(48, space.rawSize(r));
        byte[] head = new byte[40];
        memory.read(r, head, 0, head.length);
        assertArrayEquals(java.util.Arrays.copyOf(data, 40), head);
        assertEquals(r, space.realloc(r, 33), "the same rounded size stays in place");
        space.free(r);
        assertEquals(0, space.rawBlocks());
    }

    @Test
    void copyAndFillBehaveLikeMemmoveAndMemset() {
        long p = space.malloc(64);
        for (int i = 0; i < 64; i++) {
            memory.putByte(p + i, (byte) i);
        }
        memory.copy(p, p + 8, 32); // overlapping, forwards
        assertEquals(0, memory.getByte(p + 8));
        assertEquals(31, memory.getByte(p + 39));
        memory.fill(p, 4, (byte) 0x5A);
        assertEquals(0x5A5A5A5A, memory.getInt(p));
        assertThrows(IllegalArgumentException.class, () -> memory.fill(p, -1, (byte) 0));
        space.free(p);
    }

    @Test
    void misuseOfRawBlocksIsAnErrorNamingTheAddressNotACallIntoTheCLibrary() {
        long p = space.malloc(100);
        HeapCorruptionError inside = assertThrows(HeapCorruptionError.class, () -> space.free(p + 16));
        assertEquals("free 0x" + Long.toHexString(p + 16) + ": not the start of a block this allocator returned",
                inside.getMessage());
        assertEquals(p + 16, inside.address());
        space.free(p);
        HeapCorruptionError twice = assertThrows(HeapCorruptionError.class, () -> space.free(p));
        assertEquals(p, twice.address());
        assertThrows(HeapCorruptionError.class, () -> space.realloc(p, 10));
        assertThrows(HeapCorruptionError.class, () -> space.rawSize(0x1234_5670L));
        assertEquals(0, space.mappedBytes());
    }

    @Test
    void theLimitCountsArenasAndRawBlocksAndFailsBeforeAnythingChanges() {
        try (NativeSpace limited = new NativeSpace(3 * MIB)) {
            long a = limited.mapArena();
            long b = limited.mapArena();
            long raw = limited.malloc(MIB - 16);
            MemoryError arena = assertThrows(MemoryError.class, limited::mapArena);
            assertTrue(arena.getMessage().startsWith("heap limit reached: mapping 1048576 more bytes would exceed"
                    + " heap.limit=3145728"), arena.getMessage());
            assertEquals(3 * MIB - 16, limited.mappedBytes());
            assertThrows(MemoryError.class, () -> limited.malloc(32));
            assertThrows(MemoryError.class, () -> limited.realloc(raw, MIB + 16));
            assertEquals(MIB - 16, limited.rawSize(raw), "a failed realloc leaves the block as it was");
            long small = limited.malloc(16);
            assertEquals(3 * MIB, limited.mappedBytes());
            limited.free(small);
            limited.unmapArena(b);
            long c = limited.mapArena();
            assertTrue(limited.isArena(c) && limited.isArena(a));
        }
    }

    @Test
    void whatTheCLibraryRefusesIsAMemoryError() {
        MemoryError e = assertThrows(MemoryError.class, () -> space.malloc(1L << 60));
        assertEquals("the C library could not malloc 1152921504606846976 bytes", e.getMessage());
        assertEquals(0, space.mappedBytes(), "the reservation is given back");
        assertEquals(0, space.rawBlocks());
    }

    @Test
    void closingGivesEverythingBack() {
        NativeSpace other = new NativeSpace(-1);
        long a = other.mapArena();
        long b = other.mapArena();
        long p = other.malloc(5000);
        other.memory().putLong(p, 42);
        other.close();
        assertEquals(0, other.mappedBytes());
        assertEquals(0, other.rawBlocks());
        assertEquals(0, other.arenas());
        assertFalse(other.memory().isMapped(a) || other.memory().isMapped(b) || other.memory().isMapped(p));
        IllegalStateException e = assertThrows(IllegalStateException.class, other::mapArena);
        assertEquals("this heap's memory is closed", e.getMessage());
        assertThrows(IllegalStateException.class, () -> other.malloc(1));
        other.close(); // twice is harmless
    }

    @Test
    void arenasGivenBackStayMappedForReuseUpToTheRetainedCount() {
        int n = NativeSpace.DEFAULT_RETAINED_ARENAS + 2;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = space.mapArena();
            memory.putLong(a[i] + 4096, i + 1);
        }
        for (int i = 0; i < n; i++) {
            space.unmapArena(a[i]);
            assertFalse(space.isArena(a[i]));
            assertFalse(memory.isMapped(a[i]), "given back: no longer the heap's");
        }
        assertEquals(NativeSpace.DEFAULT_RETAINED_ARENAS, space.retainedArenas(), "the two given back last were unmapped");
        assertEquals(0, space.mappedBytes(), "retained arenas are not counted against heap.limit");
        assertEquals(0, space.arenas());
        // handed out again, the most recent first, with the bytes they held
        for (int i = NativeSpace.DEFAULT_RETAINED_ARENAS - 1; i >= 0; i--) {
            long b = space.mapArena();
            assertEquals(a[i], b);
            assertEquals(i + 1, memory.getLong(b + 4096));
            assertTrue(space.isArena(b) && memory.isMapped(b, MIB));
        }
        assertEquals(0, space.retainedArenas());
        assertEquals(NativeSpace.DEFAULT_RETAINED_ARENAS * MIB, space.mappedBytes());
        long fresh = space.mapArena();
        assertEquals(0, memory.getLong(fresh + 4096), "past the retained ones, a fresh zeroed mapping");
    }

    @Test
    void underAHeapLimitNoArenaIsRetainedSoTheLimitBoundsAllThatIsMapped() {
        NativeSpace limited = new NativeSpace(MIB);
        long a = limited.mapArena();
        limited.unmapArena(a);
        assertEquals(0, limited.retainedArenas(), "unmapped at once under a limit");
        long raw = limited.malloc(64);
        assertThrows(MemoryError.class, limited::mapArena);
        limited.free(raw);
        limited.unmapArena(limited.mapArena());
        limited.close();
        assertEquals(0, limited.mappedBytes());
    }

    @Test
    void noneRetainedWhenConfiguredSoAnArenaGivenBackIsUnmappedAtOnceAsInCPython() {
        NativeSpace cpythonLike = new NativeSpace(-1, 0);
        long a = cpythonLike.mapArena();
        cpythonLike.unmapArena(a);
        assertEquals(0, cpythonLike.retainedArenas());
        assertFalse(cpythonLike.memory().isMapped(a));
        long b = cpythonLike.mapArena();
        assertEquals(0, cpythonLike.memory().getLong(b + 4096), "a fresh zeroed mapping");
        cpythonLike.close();
        assertThrows(IllegalArgumentException.class, () -> new NativeSpace(-1, -1));
    }

    @Test
    void closingUnmapsTheRetainedArenas() {
        NativeSpace other = new NativeSpace(-1, 2);
        other.unmapArena(other.mapArena());
        assertEquals(1, other.retainedArenas());
        other.close();
        assertEquals(0, other.retainedArenas());
        assertEquals(0, other.mappedBytes());
    }

    @Test
    void mmapTakesAHintWhenTheRangeIsFreeAndPlacesTheNextArenasAboveIt() {
        long hint = 0x7e30_0000_3000L;
        space.arenaHint(hint);
        long a = space.mapArena();
        long b = space.mapArena();
        assertEquals(hint, a);
        assertEquals(hint + MIB, b);
        assertTrue(memory.isMapped(a + MIB - 1, 1));
        assertFalse(memory.isMapped(a + MIB - 8, 16), "two adjacent arenas are two mappings");
        assertTrue(memory.isMapped(b, 16));
    }
}
