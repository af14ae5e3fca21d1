package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.testkit.ArrayMemory;
import dev.pyheap.api.testkit.FakeHeap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bit layout of the two header words, read and written as CPython 3.11 encodes them. */
class GcHeaderTest {
    private final FakeHeap heap = new FakeHeap(1 << 12);
    private final ArrayMemory memory = heap.memory();

    @Test
    void headerSitsSixteenBytesBeforeTheObject() {
        long object = heap.newObject("a", 0);
        assertEquals(object - 16, GcHeader.headerAddress(object));
        assertEquals(object, GcHeader.objectAddress(GcHeader.headerAddress(object)));
    }

    @Test
    void trackedMeansGcNextIsNotZero() {
        long object = heap.newObject("a", 0);
        assertFalse(GcHeader.isTracked(memory, object));
        heap.newList().append(object);
        assertTrue(GcHeader.isTracked(memory, object));
        memory.putLong(object - 16, 0);
        assertFalse(GcHeader.isTracked(memory, object));
    }

    @Test
    void flagsAreTheLowTwoBitsOfGcPrevAndLeaveTheLinkAlone() {
        GcList list = heap.newList();
        long object = heap.tracked("a", list);
        long link = list.head();
        assertEquals(link, memory.getLong(object - 8));

        GcHeader.setFinalized(memory, object);
        assertEquals(link | 1, memory.getLong(object - 8));
        GcHeader.setCollecting(memory, object);
        assertEquals(link | 3, memory.getLong(object - 8));
        assertTrue(GcHeader.isFinalized(memory, object));
        assertTrue(GcHeader.isCollecting(memory, object));
        assertEquals(link, GcHeader.prevHeader(memory, object));

        GcHeader.clearFinalized(memory, object);
        assertEquals(link | 2, memory.getLong(object - 8));
        assertFalse(GcHeader.isFinalized(memory, object));
        GcHeader.clearCollecting(memory, object);
        assertEquals(link, memory.getLong(object - 8));
        assertFalse(GcHeader.isCollecting(memory, object));
    }

    @Test
    void gcRefsAreStoredShiftedByTwoAboveTheFlags() {
        long object = heap.newObject("a", 0);
        memory.putLong(object - 8, 0x1230);
        GcHeader.setFinalized(memory, object);

        GcHeader.resetGcRefs(memory, object, 5);
        assertEquals((5 << 2) | 2 | 1, memory.getLong(object - 8), "refs 5, COLLECTING, FINALIZED kept, link gone");
        assertEquals(5, GcHeader.gcRefs(memory, object));

        GcHeader.decrementGcRefs(memory, object);
        assertEquals((4 << 2) | 3, memory.getLong(object - 8));
        GcHeader.setGcRefs(memory, object, 1);
        assertEquals((1 << 2) | 3, memory.getLong(object - 8));
        GcHeader.decrementGcRefs(memory, object);
        assertEquals(3, memory.getLong(object - 8), "gc_refs 0 leaves only the flags");
        assertEquals(0, GcHeader.gcRefs(memory, object));

        GcHeader.clearFinalized(memory, object);
        GcHeader.setGcRefs(memory, object, GcHeader.MAX_GC_REFS);
        assertEquals(GcHeader.MAX_GC_REFS, GcHeader.gcRefs(memory, object));
        assertTrue(GcHeader.isCollecting(memory, object));
        assertFalse(GcHeader.isFinalized(memory, object));
    }

    @Test
    void resetGcRefsWithoutFinalizedSetsOnlyCollecting() {
        long object = heap.newObject("a", 0);
        memory.putLong(object - 8, 0x40);
        GcHeader.resetGcRefs(memory, object, 2);
        assertEquals((2 << 2) | 2, memory.getLong(object - 8), "no FINALIZED to keep");
    }

    @Test
    void unreachableIsBitZeroOfGcNextAndNextHeaderMasksIt() {
        long object = heap.newObject("a", 0);
        memory.putLong(object - 16, 0x1230 | 1);
        assertTrue(GcHeader.isUnreachable(memory, object));
        assertEquals(0x1230, GcHeader.nextHeader(memory, object));
        memory.putLong(object - 16, 0x1230);
        assertFalse(GcHeader.isUnreachable(memory, object));
        assertEquals(0x1230, GcHeader.nextHeader(memory, object));
    }
}
