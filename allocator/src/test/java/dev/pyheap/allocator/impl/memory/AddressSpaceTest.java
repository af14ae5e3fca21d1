package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.MemoryError;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class AddressSpaceTest {
    private final AddressSpace space = new AddressSpace(-1);

    @Test
    void valuesAreLittleEndianAndWidthsDoNotDisturbNeighbours() {
        long a = space.mapArena();
        space.putLong(a + 8, 0x0102030405060708L);
        assertEquals(0x08, space.getByte(a + 8));
        assertEquals(0x0708, space.getShort(a + 8));
        assertEquals(0x05060708, space.getInt(a + 8));
        assertEquals(0x01020304, space.getInt(a + 12));
        space.putByte(a + 9, (byte) 0xFF);
        assertEquals(0x010203040506FF08L, space.getLong(a + 8));
        assertEquals(0, space.getLong(a));
        assertEquals(0, space.getLong(a + 16));
    }

    @Test
    void addressZeroAndUnmappedAddressesFailWithTheAddress() {
        HeapCorruptionError e = assertThrows(HeapCorruptionError.class, () -> space.getLong(0));
        assertEquals("address 0x0 is not mapped", e.getMessage());
        long a = space.mapArena();
        space.unmapArena(a);
        e = assertThrows(HeapCorruptionError.class, () -> space.putLong(a + 64, 1));
        assertEquals("address 0x" + Long.toHexString(a + 64) + " is not mapped", e.getMessage());
        assertThrows(HeapCorruptionError.class, () -> space.getLong(Long.MAX_VALUE - 7));
        assertFalse(space.isMapped(a));
    }

    /** address_in_range on checked memory is the arena map native memory uses: exactly the mapped arenas' bytes. */
    @Test
    void theArenaMapHoldsExactlyTheMappedArenas() {
        long mib = 1L << 20;
        long a = space.mapArena();
        long raw = space.mapRaw(100);
        long b = space.mapArena();
        assertTrue(space.isArena(a) && space.isArena(a + mib - 1) && space.isArena(b));
        assertFalse(space.isArena(raw), "a raw block is not pool memory");
        assertFalse(space.isArena(a - 1) || space.isArena(0));
        assertTrue(space.arenaMapUsage().isEmpty(), "checked memory reports no radix tree to sys._debugmallocstats");
        space.unmapArena(a);
        assertFalse(space.isArena(a) || space.isArena(a + mib - 1));
        assertTrue(space.isArena(b));
        HeapCorruptionError e = assertThrows(HeapCorruptionError.class, () -> space.unmapArena(a));
        assertEquals("unmapArena: 0x" + Long.toHexString(a) + " is not an arena", e.getMessage());
        space.close();
        assertFalse(space.isArena(b), "closing forgets every arena");
    }

    @Test
    void aRawBlockEndsWhereItsSizeSays() {
        long p = space.mapRaw(600);
        assertEquals(608, space.rawSize(p));
        space.putLong(p + 600, 7);
        HeapCorruptionError e = assertThrows(HeapCorruptionError.class, () -> space.getLong(p + 608));
        assertTrue(e.getMessage().contains("runs past the end of its mapping"), e.getMessage());
        assertThrows(HeapCorruptionError.class, () -> space.getByte(p + 608));
        assertTrue(space.isMapped(p + 607));
        assertFalse(space.isMapped(p + 608));
        space.unmapRaw(p);
        assertEquals(0, space.mappedBytes());
    }

    @Test
    void aRawBlockSpanningSegmentsIsOneContiguousRange() {
        long size = (5L << 20) / 2; // 2.5 MiB: three segments
        long p = space.mapRaw(size);
        assertEquals(size, space.rawSize(p));
        byte[] data = new byte[(int) size];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        space.write(p, data, 0, data.length);
        byte[] back = new byte[data.length];
        space.read(p, back, 0, back.length);
        assertArrayEquals(data, back);
        // An aligned long at the end of the first segment and the start of the second.
        space.putLong(p + (1 << 20) - 8, -1L);
        space.putLong(p + (1 << 20), 42L);
        assertEquals(-1L, space.getLong(p + (1 << 20) - 8));
        assertEquals(42L, space.getLong(p + (1 << 20)));
        // Overlapping copies across the segment boundaries behave like memmove in both directions.
        space.write(p, data, 0, data.length);
        space.copy(p, p + 1000, size - 1000);
        space.read(p + 1000, back, 0, (int) size - 1000);
        assertArrayEquals(java.util.Arrays.copyOf(data, (int) size - 1000), java.util.Arrays.copyOf(back, (int) size - 1000));
        space.write(p, data, 0, data.length);
        space.copy(p + 1000, p, size - 1000);
        space.read(p, back, 0, (int) size - 1000);
        assertArrayEquals(java.util.Arrays.copyOfRange(data, 1000, (int) size), java.util.Arrays.copyOf(back, (int) size - 1000));
        space.fill(p + 10, size - 20, (byte) 0x11);
        assertEquals(0x11, space.getByte(p + (2L << 20) + 5));
        space.unmapRaw(p);
        assertEquals(0, space.mappedBytes());
    }

    @Test
    void theLimitIsCheckedBeforeAnythingChanges() {
        AddressSpace limited = new AddressSpace(3L << 20);
        long a = limited.mapArena();
        long b = limited.mapArena();
        MemoryError e = assertThrows(MemoryError.class, () -> limited.mapRaw((1 << 20) + 1));
        assertEquals("heap limit reached: mapping 1048592 more bytes would exceed heap.limit=3145728 (mapped: 2097152 bytes)",
                e.getMessage());
        assertEquals(2L << 20, limited.mappedBytes());
        long c = limited.mapArena();
        assertThrows(MemoryError.class, () -> limited.mapRaw(1));
        limited.unmapArena(b);
        long d = limited.mapRaw(1);
        assertEquals(16 + (2L << 20), limited.mappedBytes());
        limited.putLong(a, 1);
        limited.putLong(c, 2);
        limited.putLong(d, 3);
        assertEquals(1, limited.getLong(a));
    }

    @Test
    void freeOfSomethingThatIsNotARawBlockIsReported() {
        long p = space.mapRaw(100);
        HeapCorruptionError e = assertThrows(HeapCorruptionError.class, () -> space.unmapRaw(p + 16));
        assertEquals("free 0x" + Long.toHexString(p + 16) + ": not the start of a block this allocator returned", e.getMessage());
        long arena = space.mapArena();
        assertThrows(HeapCorruptionError.class, () -> space.unmapRaw(arena));
    }
}
