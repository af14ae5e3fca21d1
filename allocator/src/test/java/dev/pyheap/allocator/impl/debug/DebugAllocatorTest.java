package dev.pyheap.allocator.impl.debug;

import dev.pyheap.api.Memory;
import dev.pyheap.api.MemoryError;
import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.alloc.DebugOverhead;
import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.api.alloc.MemoryMisuseError;
import dev.pyheap.api.alloc.MemoryMisuseError.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.pyheap.allocator.impl.debug.DebugTestSupport.NO_SITE_TEXT;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.SITE;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.SITE_TEXT;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.TestHooks;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.assertBytes;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.assertLayout;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.assertMessage;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.assertReconciles;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.assertStillUsable;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.hex;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.open;
import static dev.pyheap.allocator.impl.debug.DebugTestSupport.u8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The debug hooks over the real pymalloc and malloc: layout, fills, every detection, reallocation, statistics. */
class DebugAllocatorTest {

    // ------------------------------------------------------------------ layout and fills

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void freshBlockIsDecoratedLikeCPython(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.allocate(24);
            Memory m = a.memory();
            assertLayout(m, p, 24, 0xcd);
            // The size word is big-endian: 24 is the last of its 8 bytes.
            assertEquals(0L, m.getLong(p - 16) & 0x00ff_ffff_ffff_ffffL);
            assertEquals(24, u8(m, p - 9));
            assertTrue(a.base().usableSize(p - 16) >= 24 + 24);
            assertEquals(24, a.usableSize(p));
            assertEquals(24, a.extraBytes());

            long empty = a.allocate(0);
            assertLayout(m, empty, 0, 0xcd);
            assertNotEquals(p, empty);

            DebugOverhead d = assertReconciles(a);
            assertEquals(new DebugOverhead(2, 24, 48, 0, 0, 1 << 20, 0), d);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void serialNumberFollowsTheTailPadWhenEnabled(String kind) {
        try (DebugAllocator a = open(kind, "debug.serialno=true")) {
            assertEquals(32, a.extraBytes());
            long[] blocks = {a.allocate(10), a.allocate(0), a.allocate(100)};
            long[] sizes = {10, 0, 100};
            Memory m = a.memory();
            for (int i = 0; i < blocks.length; i++) {
                long p = blocks[i];
                assertLayout(m, p, sizes[i], 0xcd);
                assertEquals(i + 1, Long.reverseBytes(readUnaligned(m, p + sizes[i] + 8)), "serial of block " + i);
                assertTrue(a.base().usableSize(p - 16) >= sizes[i] + 32);
            }
            // A reallocation takes the next number, as CPython's bumpserialno() does.
            long q = a.reallocate(blocks[0], 20);
            assertEquals(4, Long.reverseBytes(readUnaligned(m, q + 20 + 8)));
            DebugOverhead d = assertReconciles(a);
            assertEquals(3, d.liveBlocks());
            assertEquals(3 * 32, d.padBytes());
            assertEquals(120, d.requestedBytes());
        }
    }

    private static long readUnaligned(Memory m, long address) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | u8(m, address + i);
        }
        return v;
    }

    @org.junit.jupiter.api.Test
    void pymallocServesUpTo488BytesFromPoolsButNot496() {
        try (DebugAllocator a = open("pymalloc_debug")) {
            a.allocate(488); // 488 + 24 = 512: the largest size class
            assertEquals(0, a.statistics().rawBlocks());
            a.allocate(489);
            assertEquals(1, a.statistics().rawBlocks());
            assertReconciles(a);
        }
        try (DebugAllocator a = open("pymalloc_debug", "debug.serialno=yes")) {
            a.allocate(480);
            assertEquals(0, a.statistics().rawBlocks());
            a.allocate(488); // 488 + 32 = 520: past the threshold
            assertEquals(1, a.statistics().rawBlocks());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void zeroedAllocationHoldsZerosEvenInReusedMemory(String kind) {
        try (DebugAllocator a = open(kind, "debug.quarantine=0")) {
            long dirty = a.allocate(40);
            a.memory().fill(dirty, 40, (byte) 0x77);
            a.free(dirty);
            long p = a.allocateZeroed(5, 8);
            if (kind.equals("pymalloc_debug")) {
                assertEquals(dirty, p, "pymalloc hands the freed block out again");
            }
            assertLayout(a.memory(), p, 40, 0x00);
            assertEquals(40, a.usableSize(p));
            assertLayout(a.memory(), a.allocateZeroed(0, 8), 0, 0x00);
            assertReconciles(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void freedBlockIsDeadbyteFromHeaderToTail(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.allocate(40);
            a.memory().fill(p, 40, (byte) 0x11);
            a.free(p);
            assertBytes(a.base().memory(), p - 16, 40 + 24, 0xdd);
            DebugOverhead d = assertReconciles(a);
            assertEquals(new DebugOverhead(0, 0, 0, 1, 64, 1 << 20, 0), d);
        }
    }

    /**
     * sys.getallocatedblocks() counts the blocks the program holds, as in CPython: a block freed into
     * the quarantine was freed. The base allocator still holds it, and the statistics say where it is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void aQuarantinedBlockIsNotAnAllocatedBlock(String kind) {
        try (DebugAllocator a = open(kind)) {
            long kept = a.allocate(100);
            a.free(a.allocate(40));
            a.free(a.allocate(1000));
            AllocatorStatistics s = a.statistics();
            assertEquals(1, s.allocatedBlocks());
            assertEquals(2, s.debug().orElseThrow().quarantinedBlocks());
            assertEquals(3, s.heldBlocks());
            assertEquals(3, a.base().statistics().allocatedBlocks());
            assertEquals(3, s.sizeClasses().stream().mapToLong(c -> c.blocksInUse()).sum() + s.rawBlocks());
            String report = MallocStatsReport.format(s);
            assertTrue(report.contains("# blocks (sys.getallocatedblocks)  =                    1\n"), report);
            assertTrue(report.contains("# blocks in quarantine             =                    2\n"), report);
            assertTrue(report.contains("# blocks retired (found damaged)   =                    0\n"), report);
            assertTrue(report.contains("# blocks held by the allocator     =                    3\n"), report);
            a.free(kept);
            assertEquals(0, a.statistics().allocatedBlocks());
            assertEquals(3, a.statistics().heldBlocks());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void negativeSizesAreRejected(String kind) {
        try (DebugAllocator a = open(kind)) {
            assertThrows(IllegalArgumentException.class, () -> a.allocate(-1));
            assertThrows(IllegalArgumentException.class, () -> a.allocateZeroed(-1, 8));
            long p = a.allocate(8);
            assertThrows(IllegalArgumentException.class, () -> a.reallocate(p, -5));
            assertLayout(a.memory(), p, 8, 0xcd);
            MemoryError e = assertThrows(MemoryError.class, () -> a.allocateZeroed(Long.MAX_VALUE, 2));
            assertEquals("calloc(9223372036854775807, 2) overflows", e.getMessage());
            e = assertThrows(MemoryError.class, () -> a.allocate(Long.MAX_VALUE - 10));
            assertEquals("cannot allocate 9223372036854775797 bytes: with the 24 debug bytes the size overflows",
                    e.getMessage());
            assertReconciles(a);
        }
    }

    // ------------------------------------------------------------------ under- and overflow

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void underflowIsFoundAtFreeAndTheBlockIsLeaked(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.allocate(24);
            a.memory().putByte(p - 1, (byte) 0x78);
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.free(p));
            assertEquals(Kind.BUFFER_UNDERFLOW, e.kind());
            assertEquals(p, e.address());
            assertEquals(24, e.requestedSize());
            assertNull(e.site());
            assertMessage(e,
                    "free(" + hex(p) + "): bad leading pad byte (buffer underflow)\n",
                    "    Debug memory block at address p=" + hex(p) + ": API 'o'\n",
                    "    24 bytes originally requested\n",
                    "    The 7 pad bytes at p-7 are not all FORBIDDENBYTE (0xfd):\n"
                            + "        at p-7: 0xfd\n",
                    "        at p-2: 0xfd\n        at p-1: 0x78 *** OUCH\n",
                    "    The 8 pad bytes at tail=" + hex(p + 24) + " are FORBIDDENBYTE, as expected.\n",
                    "    Data at p: cd cd cd cd cd cd cd cd ... cd cd cd cd cd cd cd cd\n",
                    "The damaged block is leaked: it stays allocated in " + a.base().name(),
                    NO_SITE_TEXT);
            assertEquals(1, a.retiredBlocks());
            assertEquals(0, assertReconciles(a).liveBlocks());
            assertStillUsable(a);

            // Freeing it again is a double free, and says why the block never went back.
            MemoryMisuseError again = assertThrows(MemoryMisuseError.class, () -> a.free(p));
            assertEquals(Kind.DOUBLE_FREE, again.kind());
            assertMessage(again, "double free: the block at p=" + hex(p) + " was already freed",
                    "Its pads were found damaged when it was freed, so it was leaked instead of released.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void damagedApiIdAndSizeWordAreUnderflows(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.allocate(32);
            a.memory().putByte(p - 8, (byte) 'x');
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.free(p));
            assertEquals(Kind.BUFFER_UNDERFLOW, e.kind());
            assertMessage(e, "free(" + hex(p) + "): bad ID: allocated using API 'x', verified using API 'o'",
                    "Debug memory block at address p=" + hex(p) + ": API 'x'\n",
                    "The 7 pad bytes at p-7 are FORBIDDENBYTE, as expected.");

            long q = a.allocate(32);
            a.memory().putLong(q - 16, Long.reverseBytes(4096));
            e = assertThrows(MemoryMisuseError.class, () -> a.free(q));
            assertEquals(Kind.BUFFER_UNDERFLOW, e.kind());
            assertEquals(32, e.requestedSize(), "the size kept aside, not the damaged word");
            assertMessage(e, "free(" + hex(q) + "): bad size word: it holds 4096, the block has 32 bytes",
                    "    32 bytes originally requested\n    The size word at p-16 holds 4096 *** OUCH\n",
                    "The 8 pad bytes at tail=" + hex(q + 32) + " are FORBIDDENBYTE, as expected.");
            assertEquals(2, a.retiredBlocks());
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void overflowIsFoundAtFree(String kind) {
        try (DebugAllocator a = open(kind)) {
            TestHooks hooks = new TestHooks();
            hooks.site = SITE;
            a.installHooks(hooks);
            long p = a.allocate(10);
            a.memory().putByte(p + 10, (byte) 0x78);
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.free(p));
            assertEquals(Kind.BUFFER_OVERFLOW, e.kind());
            assertEquals(p, e.address());
            assertEquals(10, e.requestedSize());
            assertSame(SITE, e.site());
            assertMessage(e,
                    "free(" + hex(p) + "): bad trailing pad byte (buffer overflow)\n",
                    "    10 bytes originally requested\n"
                            + "    The 7 pad bytes at p-7 are FORBIDDENBYTE, as expected.\n"
                            + "    The 8 pad bytes at tail=" + hex(p + 10) + " are not all FORBIDDENBYTE (0xfd):\n"
                            + "        at tail+0: 0x78 *** OUCH\n"
                            + "        at tail+1: 0xfd\n",
                    "        at tail+7: 0xfd\n    Data at p: cd cd cd cd cd cd cd cd cd cd\n",
                    SITE_TEXT);
            assertFalse(e.getMessage().contains(NO_SITE_TEXT));
            assertEquals(1, a.retiredBlocks());
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void verifyAndCheckAddressReportOverflowWithoutTakingTheBlock(String kind) {
        try (DebugAllocator a = open(kind)) {
            long first = a.allocate(16);
            long p = a.allocate(100);
            long last = a.allocate(16);
            a.verify();
            a.checkAddress(p);
            a.memory().putByte(p + 100 + 5, (byte) 0);

            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, a::verify);
            assertEquals(Kind.BUFFER_OVERFLOW, e.kind());
            assertEquals(p, e.address());
            assertMessage(e, "verify: bad trailing pad byte (buffer overflow)",
                    "        at tail+4: 0xfd\n        at tail+5: 0x00 *** OUCH\n", NO_SITE_TEXT);
            assertFalse(e.getMessage().contains("leaked"));

            e = assertThrows(MemoryMisuseError.class, () -> a.checkAddress(p));
            assertEquals(Kind.BUFFER_OVERFLOW, e.kind());
            assertMessage(e, "checkAddress(" + hex(p) + "): bad trailing pad byte (buffer overflow)");
            assertEquals(0, a.retiredBlocks());
            assertEquals(3, assertReconciles(a).liveBlocks());

            // Freeing it reports once more and retires it; then the heap verifies again.
            assertEquals(Kind.BUFFER_OVERFLOW, assertThrows(MemoryMisuseError.class, () -> a.free(p)).kind());
            a.verify();
            a.free(first);
            a.free(last);
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void overflowIsFoundAtReallocate(String kind) {
        try (DebugAllocator a = open(kind, "debug.quarantine=0")) {
            long p = a.allocate(40);
            a.memory().putByte(p + 47, (byte) 0x01);
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.reallocate(p, 80));
            assertEquals(Kind.BUFFER_OVERFLOW, e.kind());
            assertMessage(e, "reallocate(" + hex(p) + ", 80): bad trailing pad byte (buffer overflow)",
                    "        at tail+7: 0x01 *** OUCH\n", "The damaged block is leaked");
            assertEquals(1, a.retiredBlocks());
            assertStillUsable(a);
        }
    }

    // ------------------------------------------------------------------ double and invalid free

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void doubleFreeOfAQuarantinedBlock(String kind) {
        try (DebugAllocator a = open(kind)) {
            TestHooks hooks = new TestHooks();
            a.installHooks(hooks);
            hooks.site = SITE;
            long p = a.allocate(24);
            hooks.site = new dev.pyheap.api.alloc.AllocationSite(
                    List.of(new dev.pyheap.api.alloc.AllocationSite.Frame("drop", "tree.py", 40)));
            a.free(p);
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.free(p));
            assertEquals(Kind.DOUBLE_FREE, e.kind());
            assertEquals(p, e.address());
            assertEquals(24, e.requestedSize());
            assertSame(SITE, e.site());
            assertMessage(e, "free(" + hex(p) + "): double free: the block at p=" + hex(p) + " was already freed\n"
                            + "    Debug memory block at address p=" + hex(p) + ": API 'o', freed\n"
                            + "    24 bytes originally requested\n"
                            + "    It is in the quarantine, filled with DEADBYTE (0xdd).\n" + SITE_TEXT
                            + "\nMemory block freed at (most recent call first):\n"
                            + "  File \"tree.py\", line 40");
            assertEquals(1, assertReconciles(a).quarantinedBlocks());
            assertBytes(a.base().memory(), p - 16, 48, 0xdd);
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void doubleFreeAfterTheBlockWentBackToTheBase(String kind) {
        try (DebugAllocator a = open(kind, "debug.quarantine=0")) {
            long p = a.allocate(24);
            a.free(p);
            assertEquals(0, assertReconciles(a).quarantinedBlocks());
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.free(p));
            assertEquals(Kind.DOUBLE_FREE, e.kind());
            assertEquals(p, e.address());
            assertMessage(e, "double free: the block at p=" + hex(p) + " was already freed",
                    "It was released to " + a.base().name() + " and its address has not been handed out again.",
                    NO_SITE_TEXT);
            // Once the address is handed out again, freeing it is legitimate.
            long q = a.allocate(24);
            if (kind.equals("pymalloc_debug")) {
                assertEquals(p, q);
            }
            a.free(q);
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void invalidFreeOfAnAddressNeverReturned(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.allocate(24);
            long random = 0x7777_0000_1230L;
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.free(random));
            assertEquals(Kind.INVALID_FREE, e.kind());
            assertEquals(random, e.address());
            assertEquals(-1, e.requestedSize());
            assertEquals("free(0x777700001230): invalid free: 0x777700001230 was never returned by this allocator ("
                    + kind + ")", e.getMessage());
            assertLayout(a.memory(), p, 24, 0xcd);
            assertEquals(1, assertReconciles(a).liveBlocks());
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void invalidFreeOfAnInnerAddressLeavesTheBlockLive(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.allocate(24);
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.free(p + 8));
            assertEquals(Kind.INVALID_FREE, e.kind());
            assertEquals(p + 8, e.address());
            assertEquals(24, e.requestedSize());
            assertMessage(e, "free(" + hex(p + 8) + "): invalid free: " + hex(p + 8)
                            + " is not the start of a block: it is p+8 of the live block at p=" + hex(p) + "\n",
                    "24 bytes originally requested", NO_SITE_TEXT);
            e = assertThrows(MemoryMisuseError.class, () -> a.free(p - 16));
            assertMessage(e, "it is p-16 of the live block at p=" + hex(p));
            assertEquals(1, assertReconciles(a).liveBlocks());
            a.free(p);
            assertStillUsable(a);
        }
    }

    // ------------------------------------------------------------------ use after free

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void readOfAQuarantinedBlockIsRefused(String kind) {
        try (DebugAllocator a = open(kind)) {
            TestHooks hooks = new TestHooks();
            hooks.site = SITE;
            a.installHooks(hooks);
            long p = a.allocate(32);
            a.free(p);
            Memory m = a.memory();
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> m.getLong(p + 8));
            assertEquals(Kind.USE_AFTER_FREE, e.kind());
            assertEquals(p, e.address());
            assertEquals(32, e.requestedSize());
            assertSame(SITE, e.site());
            assertMessage(e, "getLong(" + hex(p + 8) + ", 8 bytes): use after free: the access touches p+8 of the"
                            + " freed block at p=" + hex(p) + "\n",
                    "    32 bytes originally requested\n",
                    "the access was refused", SITE_TEXT, "Memory block freed at (most recent call first):");
            // Header bytes of a freed block, bulk reads and reads that only reach into it count too.
            assertMessage(assertThrows(MemoryMisuseError.class, () -> m.getByte(p - 16)),
                    "getByte(" + hex(p - 16) + ", 1 byte): use after free: the access touches p-16");
            assertEquals(Kind.USE_AFTER_FREE,
                    assertThrows(MemoryMisuseError.class, () -> m.read(p - 20, new byte[8], 0, 8)).kind());
            assertEquals(Kind.USE_AFTER_FREE, assertThrows(MemoryMisuseError.class, () -> m.getInt(p + 36)).kind());
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void writeToAQuarantinedBlockIsRefusedAndChangesNothing(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.allocate(32);
            long neighbour = a.allocate(32);
            a.free(p);
            Memory m = a.memory();
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> m.putByte(p + 3, (byte) 0x41));
            assertEquals(Kind.USE_AFTER_FREE, e.kind());
            assertMessage(e, "putByte(" + hex(p + 3) + ", 1 byte): use after free: the access touches p+3 of the"
                    + " freed block at p=" + hex(p), NO_SITE_TEXT);
            assertEquals(Kind.USE_AFTER_FREE, assertThrows(MemoryMisuseError.class,
                    () -> m.write(p, new byte[4], 0, 4)).kind());
            assertEquals(Kind.USE_AFTER_FREE, assertThrows(MemoryMisuseError.class,
                    () -> m.fill(p + 30, 10, (byte) 1)).kind());
            assertMessage(assertThrows(MemoryMisuseError.class, () -> m.copy(neighbour, p, 8)), "copy to(");
            assertMessage(assertThrows(MemoryMisuseError.class, () -> m.copy(p, neighbour, 8)), "copy from(");
            assertBytes(a.base().memory(), p - 16, 56, 0xdd);
            // The live neighbour is untouched and accessible.
            m.putLong(neighbour, 7);
            assertEquals(7, m.getLong(neighbour));
            a.verify();
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void writeAfterFreeIsFoundWhenTheQuarantineReleasesTheBlock(String kind) {
        // Each 40-byte block takes 64 bytes; 100 bytes hold one.
        try (DebugAllocator a = open(kind, "debug.quarantine=100")) {
            long p = a.allocate(40);
            long q = a.allocate(40);
            a.free(p);
            // A write through the base memory bypasses the checks, like C code with a stale pointer.
            a.base().memory().putByte(p + 3, (byte) 0x41);
            a.base().memory().putByte(p + 40, (byte) 0x42);

            MemoryMisuseError found = assertThrows(MemoryMisuseError.class, a::verify);
            assertEquals(Kind.USE_AFTER_FREE, found.kind());
            assertMessage(found, "verify: use after free: the freed block at p=" + hex(p)
                    + " was written while in the quarantine");

            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.free(q));
            assertEquals(Kind.USE_AFTER_FREE, e.kind());
            assertEquals(p, e.address());
            assertEquals(40, e.requestedSize());
            assertMessage(e,
                    "free(" + hex(q) + "): quarantine release: use after free: the freed block at p=" + hex(p)
                            + " was written while in the quarantine\n",
                    "    The 64 bytes at p-16 are not all DEADBYTE (0xdd): 2 bytes differ:\n"
                            + "        at p+3: 0x41 *** OUCH\n"
                            + "        at p+40: 0x42 *** OUCH\n",
                    "The damaged block is leaked: it stays allocated in " + a.base().name(), NO_SITE_TEXT);
            // The free of q itself went through before the report.
            DebugOverhead d = assertReconciles(a);
            assertEquals(new DebugOverhead(0, 0, 0, 1, 64, 100, 1), d);
            assertEquals(1, a.retiredBlocks());
            assertEquals(Kind.USE_AFTER_FREE, assertThrows(MemoryMisuseError.class, () -> a.memory().getByte(q)).kind());
            assertMessage(assertThrows(MemoryMisuseError.class, () -> a.free(p)),
                    "It was written after it was freed, so it was leaked instead of released.");
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void reallocateAndUsableSizeOfAFreedBlockAreUseAfterFree(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.allocate(24);
            a.free(p);
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> a.reallocate(p, 48));
            assertEquals(Kind.USE_AFTER_FREE, e.kind());
            assertMessage(e, "reallocate(" + hex(p) + ", 48): use after free: the block at p=" + hex(p)
                    + " was already freed");
            e = assertThrows(MemoryMisuseError.class, () -> a.usableSize(p));
            assertEquals(Kind.USE_AFTER_FREE, e.kind());
            e = assertThrows(MemoryMisuseError.class, () -> a.usableSize(p + 1));
            assertEquals(Kind.INVALID_FREE, e.kind());
            assertMessage(e, "usableSize(" + hex(p + 1) + "): invalid address: " + hex(p + 1)
                    + " is not the start of a block: it is p+1 of the freed block at p=" + hex(p));
            assertStillUsable(a);
        }
    }

    // ------------------------------------------------------------------ GIL

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void gilIsCheckedOnAllocateFreeAndReallocate(String kind) {
        try (DebugAllocator a = open(kind)) {
            TestHooks hooks = new TestHooks();
            a.installHooks(hooks);
            long p = a.allocate(24);
            long moved = a.reallocate(p, 30);
            a.free(moved);
            long q = a.allocateZeroed(2, 8);
            assertEquals(List.of("allocate 0x0", "reallocate " + hex(p), "free " + hex(moved), "allocate 0x0"),
                    hooks.checks);

            hooks.gilHeld = false;
            DebugOverhead before = assertReconciles(a);
            for (Runnable call : List.<Runnable>of(() -> a.allocate(8), () -> a.allocateZeroed(1, 8),
                    () -> a.free(q), () -> a.reallocate(q, 64), () -> a.free(0))) {
                MemoryMisuseError e = assertThrows(MemoryMisuseError.class, call::run);
                assertEquals(Kind.GIL_NOT_HELD, e.kind());
            }
            assertEquals(before, assertReconciles(a), "nothing changed");
            assertLayout(a.memory(), q, 16, 0x00);
            hooks.gilHeld = true;
            a.free(q);
            assertStillUsable(a);
        }
    }

    // ------------------------------------------------------------------ reallocation

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void reallocateLikeCPythonKeepsContentAndMovesThePads(String kind) {
        try (DebugAllocator a = open(kind, "debug.quarantine=0")) {
            Memory m = a.memory();
            long p = a.allocate(24);
            for (int i = 0; i < 24; i++) {
                m.putByte(p + i, (byte) (i + 1));
            }
            long grown = a.reallocate(p, 100);
            assertDecorated(m, grown, 100);
            for (int i = 0; i < 24; i++) {
                assertEquals(i + 1, u8(m, grown + i));
            }
            assertBytes(m, grown + 24, 76, 0xcd);
            assertEquals(100, a.usableSize(grown));
            if (grown != p) {
                assertEquals(Kind.DOUBLE_FREE, assertThrows(MemoryMisuseError.class, () -> a.free(p)).kind());
            }

            long shrunk = a.reallocate(grown, 10);
            assertDecorated(m, shrunk, 10);
            for (int i = 0; i < 10; i++) {
                assertEquals(i + 1, u8(m, shrunk + i));
            }
            DebugOverhead d = assertReconciles(a);
            assertEquals(new DebugOverhead(1, 10, 24, 0, 0, 0, 0), d);
            a.free(shrunk);
            assertStillUsable(a);
        }
    }

    @org.junit.jupiter.api.Test
    void pymallocReallocatesInPlaceWhenTheSizeClassStillFits() {
        try (DebugAllocator a = open("pymalloc_debug", "debug.quarantine=0")) {
            Memory m = a.memory();
            long p = a.allocate(100); // 124 bytes: the 128-byte class
            m.fill(p, 100, (byte) 0x5a);
            long q = a.reallocate(p, 90); // 114 > 3/4 of 128: stays
            assertEquals(p, q);
            assertDecorated(m, q, 90);
            assertBytes(m, q, 90, 0x5a);
            long r = a.reallocate(q, 104); // 128: still the same block, grown tail is clean
            assertEquals(p, r);
            assertDecorated(m, r, 104);
            assertBytes(m, r, 90, 0x5a);
            assertBytes(m, r + 90, 14, 0xcd);
            assertReconciles(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void reallocateOfLargeBlocksKeepsTheMiddleToo(String kind) {
        try (DebugAllocator a = open(kind, "debug.quarantine=0")) {
            Memory m = a.memory();
            long p = a.allocate(1000);
            for (int i = 0; i < 1000; i++) {
                m.putByte(p + i, (byte) (i * 7));
            }
            long q = a.reallocate(p, 3000);
            assertDecorated(m, q, 3000);
            for (int i = 0; i < 1000; i++) {
                assertEquals((i * 7) & 0xff, u8(m, q + i), "byte " + i);
            }
            assertBytes(m, q + 1000, 2000, 0xcd);
            long r = a.reallocate(q, 500);
            assertDecorated(m, r, 500);
            for (int i = 0; i < 500; i++) {
                assertEquals((i * 7) & 0xff, u8(m, r + i), "byte " + i);
            }
            a.verify();
            assertReconciles(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void reallocateWithQuarantineAlwaysMovesAndQuarantinesTheOldBlock(String kind) {
        try (DebugAllocator a = open(kind)) {
            Memory m = a.memory();
            long p = a.allocate(100);
            m.fill(p, 100, (byte) 0x33);
            long q = a.reallocate(p, 90);
            assertNotEquals(p, q);
            assertDecorated(m, q, 90);
            assertBytes(m, q, 90, 0x33);
            assertBytes(a.base().memory(), p - 16, 124, 0xdd);
            MemoryMisuseError e = assertThrows(MemoryMisuseError.class, () -> m.getByte(p));
            assertEquals(Kind.USE_AFTER_FREE, e.kind());
            DebugOverhead d = assertReconciles(a);
            assertEquals(new DebugOverhead(1, 90, 24, 1, 124, 1 << 20, 0), d);
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1m"})
    void failedReallocateLeavesTheBlockIntact(String quarantine) {
        try (DebugAllocator a = open("malloc_debug", "heap.limit=2m", "debug.quarantine=" + quarantine)) {
            Memory m = a.memory();
            long p = a.allocate(1000);
            for (int i = 0; i < 1000; i++) {
                m.putByte(p + i, (byte) i);
            }
            DebugOverhead before = assertReconciles(a);
            assertThrows(MemoryError.class, () -> a.reallocate(p, 3 << 20));
            assertDecorated(m, p, 1000);
            for (int i = 0; i < 1000; i++) {
                assertEquals(i & 0xff, u8(m, p + i), "byte " + i);
            }
            assertEquals(before, assertReconciles(a));
            a.verify();
            long q = a.reallocate(p, 2000);
            assertEquals(2000, a.usableSize(q));
            assertStillUsable(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void reallocateOfNullAllocates(String kind) {
        try (DebugAllocator a = open(kind)) {
            long p = a.reallocate(0, 12);
            assertLayout(a.memory(), p, 12, 0xcd);
            assertEquals(1, assertReconciles(a).liveBlocks());
        }
    }

    /** Size word, id, pads as a debug allocation writes them, whatever the data. */
    private static void assertDecorated(Memory m, long p, long size) {
        assertEquals(size, Long.reverseBytes(m.getLong(p - 16)));
        assertEquals('o', u8(m, p - 8));
        assertBytes(m, p - 7, 7, 0xfd);
        assertBytes(m, p + size, 8, 0xfd);
    }

    // ------------------------------------------------------------------ quarantine bounds, statistics

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void quarantineReleasesOldestBlocksFirst(String kind) {
        try (DebugAllocator a = open(kind, "debug.quarantine=200")) {
            long[] blocks = new long[5];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = a.allocate(40);
            }
            for (long p : blocks) {
                a.free(p);
            }
            assertEquals(new DebugOverhead(0, 0, 0, 3, 192, 200, 0), assertReconciles(a));
            for (int i = 0; i < blocks.length; i++) {
                MemoryMisuseError e = assertThrows(MemoryMisuseError.class, freeing(a, blocks[i]));
                assertEquals(Kind.DOUBLE_FREE, e.kind());
                assertMessage(e, i < 2 ? "It was released to " + a.base().name() : "It is in the quarantine");
            }
            // A block larger than the whole quarantine goes straight back and leaves the others alone.
            long big = a.allocate(500);
            a.free(big);
            assertEquals(new DebugOverhead(0, 0, 0, 3, 192, 200, 0), assertReconciles(a));
            // Emptying the quarantine frees the last pymalloc arena, which releaseFreeArenas returns too.
            assertEquals(kind.equals("pymalloc_debug") ? 1 : 0, a.releaseFreeArenas());
            assertEquals(new DebugOverhead(0, 0, 0, 0, 0, 200, 0), assertReconciles(a));
        }
    }

    private static org.junit.jupiter.api.function.Executable freeing(DebugAllocator a, long p) {
        return () -> a.free(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void unlimitedQuarantineKeepsEverythingUntilArenasAreReleased(String kind) {
        try (DebugAllocator a = open(kind, "debug.quarantine=unlimited")) {
            for (int i = 0; i < 100; i++) {
                a.free(a.allocate(1000));
            }
            assertEquals(new DebugOverhead(0, 0, 0, 100, 102_400, -1, 0), assertReconciles(a));
            a.verify();
            a.releaseFreeArenas();
            assertEquals(new DebugOverhead(0, 0, 0, 0, 0, -1, 0), assertReconciles(a));
            assertEquals(0, a.statistics().allocatedBlocks());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void statisticsReconcileThroughAChurn(String kind) {
        try (DebugAllocator a = open(kind, "debug.quarantine=64k")) {
            long[] live = new long[2000];
            long seed = 42;
            long requested = 0;
            for (int round = 0; round < 20_000; round++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int slot = (int) ((seed >>> 33) % live.length);
                if (live[slot] != 0) {
                    requested -= a.usableSize(live[slot]);
                    a.free(live[slot]);
                    live[slot] = 0;
                } else {
                    long size = (seed >>> 20) % (slot % 10 == 0 ? 4000 : 300);
                    live[slot] = a.allocate(size);
                    requested += size;
                }
                if (round % 5000 == 0) {
                    assertEquals(requested, assertReconciles(a).requestedBytes());
                }
            }
            a.verify();
            DebugOverhead d = assertReconciles(a);
            assertEquals(requested, d.requestedBytes());
            assertTrue(d.quarantinedBytes() <= 64 * 1024);
            assertTrue(d.quarantinedBlocks() > 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pymalloc_debug", "malloc_debug"})
    void statisticsNameTheDebugAllocator(String kind) {
        try (DebugAllocator a = open(kind)) {
            assertEquals(kind, a.name());
            assertEquals(kind, a.statistics().allocator());
            assertEquals(kind.equals("pymalloc_debug"), a.statistics().pooled());
            assertTrue(a.statistics().debug().isPresent());
        }
    }
}
