package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.testkit.ArrayMemory;
import dev.pyheap.api.testkit.FakeHeap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intrusive list operations, checked link by link in both directions. */
class GcListTest {
    private final FakeHeap heap = new FakeHeap(1 << 14);
    private final ArrayMemory memory = heap.memory();

    @Test
    void anEmptyListIsAHeadLinkedToItself() {
        GcList list = heap.newList();
        assertTrue(list.isEmpty());
        assertEquals(0, list.size());
        assertEquals(0, list.first());
        assertArrayEquals(new long[0], list.objects());
        assertEquals(list.head(), memory.getLong(list.head()));
        assertEquals(list.head(), memory.getLong(list.head() + 8));
        List<Long> seen = new ArrayList<>();
        list.forEach(seen::add);
        assertEquals(List.of(), seen);
    }

    @Test
    void appendLinksAtTheEndInOrder() {
        GcList list = heap.newList();
        long a = heap.tracked("a", list);
        long b = heap.tracked("b", list);
        long c = heap.tracked("c", list);
        assertFalse(list.isEmpty());
        assertEquals(3, list.size());
        assertEquals(List.of(a, b, c), heap.checkedObjects(list, false));
        assertArrayEquals(new long[] {a, b, c}, list.objects());
        assertEquals(a, list.first());
        assertEquals(b, list.after(a));
        assertEquals(c, list.after(b));
        assertEquals(0, list.after(c));
        assertEquals(list.head(), GcHeader.prevHeader(memory, a));
        assertEquals(list.head(), GcHeader.nextHeader(memory, c));
        assertEquals(GcHeader.headerAddress(b), GcHeader.nextHeader(memory, a));
    }

    @Test
    void appendingATrackedObjectIsAnErrorNamingIt() {
        GcList list = heap.newList();
        long a = heap.tracked("a", list);
        HeapCorruptionError error = assertThrows(HeapCorruptionError.class, () -> heap.newList().append(a));
        assertEquals("gc: object at 0x" + Long.toHexString(a) + " is already tracked; track it only once",
                error.getMessage());
        assertEquals(a, error.address());
        assertEquals(List.of(a), heap.checkedObjects(list, false));
    }

    @Test
    void removeUntracksFromTheFrontMiddleAndEnd() {
        GcList list = heap.newList();
        long a = heap.tracked("a", list);
        long b = heap.tracked("b", list);
        long c = heap.tracked("c", list);
        long d = heap.tracked("d", list);
        GcList.remove(memory, b);
        assertEquals(List.of(a, c, d), heap.checkedObjects(list, false));
        GcList.remove(memory, a);
        assertEquals(List.of(c, d), heap.checkedObjects(list, false));
        GcList.remove(memory, d);
        assertEquals(List.of(c), heap.checkedObjects(list, false));
        GcList.remove(memory, c);
        assertTrue(list.isEmpty());
        assertEquals(List.of(), heap.checkedObjects(list, false));
        for (long object : new long[] {a, b, c, d}) {
            assertFalse(GcHeader.isTracked(memory, object));
            assertEquals(0, memory.getLong(object - 8));
        }
    }

    @Test
    void removingAnUntrackedObjectIsAnErrorNamingIt() {
        long a = heap.newObject("a", 0);
        HeapCorruptionError error = assertThrows(HeapCorruptionError.class, () -> GcList.remove(memory, a));
        assertEquals("gc: object at 0x" + Long.toHexString(a) + " is not tracked; it cannot be untracked",
                error.getMessage());
    }

    @Test
    void anUntrackedObjectCanBeTrackedAgain() {
        GcList list = heap.newList();
        long a = heap.tracked("a", list);
        long b = heap.tracked("b", list);
        GcList.remove(memory, a);
        list.append(a);
        assertEquals(List.of(b, a), heap.checkedObjects(list, false));
    }

    @Test
    void moveHereTakesAnObjectFromItsListToTheEndOfAnother() {
        GcList young = heap.newList();
        GcList old = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        long c = heap.tracked("c", young);
        long x = heap.tracked("x", old);
        old.moveHere(b);
        assertEquals(List.of(a, c), heap.checkedObjects(young, false));
        assertEquals(List.of(x, b), heap.checkedObjects(old, false));
        old.moveHere(a);
        old.moveHere(c);
        assertTrue(young.isEmpty());
        assertEquals(List.of(x, b, a, c), heap.checkedObjects(old, false));
    }

    @Test
    void moveHereWithinTheSameListMovesToTheEnd() {
        GcList list = heap.newList();
        long a = heap.tracked("a", list);
        long b = heap.tracked("b", list);
        long c = heap.tracked("c", list);
        list.moveHere(a);
        assertEquals(List.of(b, c, a), heap.checkedObjects(list, false));
        list.moveHere(a);
        assertEquals(List.of(b, c, a), heap.checkedObjects(list, false));
    }

    @Test
    void movingAnUntrackedObjectIsAnError() {
        long a = heap.newObject("a", 0);
        GcList list = heap.newList();
        assertThrows(HeapCorruptionError.class, () -> list.moveHere(a));
        assertTrue(list.isEmpty());
    }

    @Test
    void mergeAppendsAWholeListAndEmptiesTheSource() {
        GcList young = heap.newList();
        GcList old = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        long x = heap.tracked("x", old);
        young.mergeInto(old);
        assertTrue(young.isEmpty());
        assertEquals(List.of(), heap.checkedObjects(young, false));
        assertEquals(List.of(x, a, b), heap.checkedObjects(old, false));

        old.mergeInto(young);
        assertEquals(List.of(x, a, b), heap.checkedObjects(young, false));
        assertTrue(old.isEmpty());
    }

    @Test
    void mergingAnEmptyListChangesNothing() {
        GcList empty = heap.newList();
        GcList list = heap.newList();
        long a = heap.tracked("a", list);
        empty.mergeInto(list);
        assertEquals(List.of(a), heap.checkedObjects(list, false));
        assertEquals(List.of(), heap.checkedObjects(empty, false));
    }

    @Test
    void mergingIntoAnEmptyListMovesEverything() {
        GcList list = heap.newList();
        GcList empty = heap.newList();
        long a = heap.tracked("a", list);
        long b = heap.tracked("b", list);
        list.mergeInto(empty);
        assertEquals(List.of(a, b), heap.checkedObjects(empty, false));
        assertTrue(list.isEmpty());
    }

    @Test
    void mergingAListIntoItselfOrAnotherHeapIsRejected() {
        GcList list = heap.newList();
        heap.tracked("a", list);
        IllegalArgumentException self = assertThrows(IllegalArgumentException.class,
                () -> list.mergeInto(new GcList(memory, list.head())));
        assertEquals("cannot merge GC list 0x" + Long.toHexString(list.head()) + " into itself", self.getMessage());
        GcList foreign = new FakeHeap(1 << 10).newList();
        assertThrows(IllegalArgumentException.class, () -> list.mergeInto(foreign));
        assertEquals(1, list.size());
    }

    @Test
    void flagBitsSurviveEveryLinkUpdate() {
        GcList young = heap.newList();
        GcList old = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        long c = heap.tracked("c", young);
        long x = heap.tracked("x", old);
        GcHeader.setFinalized(memory, a);
        GcHeader.setCollecting(memory, b);
        GcHeader.setFinalized(memory, c);
        GcHeader.setCollecting(memory, c);
        GcHeader.setFinalized(memory, x);

        long d = heap.tracked("d", young); // rewrites c's gc_next only
        GcList.remove(memory, b);        // rewrites a's gc_next and c's gc_prev
        old.moveHere(a);                 // rewrites a's gc_prev (now x), x's gc_next, c's gc_prev (now the head)
        young.mergeInto(old);            // rewrites c's gc_prev (now a), a's gc_next
        old.moveHere(x);                 // rewrites a's gc_prev (now the head) and x's gc_prev

        assertTrue(GcHeader.isFinalized(memory, a));
        assertFalse(GcHeader.isCollecting(memory, a));
        assertTrue(GcHeader.isFinalized(memory, c));
        assertTrue(GcHeader.isCollecting(memory, c));
        assertTrue(GcHeader.isFinalized(memory, x));
        assertFalse(GcHeader.isCollecting(memory, x));
        assertEquals(old.head(), GcHeader.prevHeader(memory, a));
        assertEquals(GcHeader.headerAddress(a), GcHeader.prevHeader(memory, c));
        assertArrayEquals(new long[] {a, c, d, x}, old.objects());
        assertEquals(GcHeader.headerAddress(c), GcHeader.prevHeader(memory, d));
        assertEquals(GcHeader.headerAddress(d), GcHeader.prevHeader(memory, x));
        assertEquals(GcHeader.headerAddress(x), memory.getLong(old.head() + 8));
        // b was untracked: COLLECTING went with the link.
        assertFalse(GcHeader.isCollecting(memory, b));
        assertFalse(GcHeader.isFinalized(memory, b));
    }

    @Test
    void untrackingKeepsFinalizedAndDropsCollecting() {
        GcList list = heap.newList();
        long a = heap.tracked("a", list);
        GcHeader.setFinalized(memory, a);
        GcHeader.setCollecting(memory, a);
        GcList.remove(memory, a);
        assertEquals(GcHeader.FINALIZED, memory.getLong(a - 8));
        assertEquals(0, memory.getLong(a - 16));
        list.append(a);
        assertTrue(GcHeader.isFinalized(memory, a), "tracked again, the finalizer must still not rerun");
    }

    @Test
    void forEachToleratesMovingTheCurrentObject() {
        GcList list = heap.newList();
        GcList other = heap.newList();
        long[] objects = new long[6];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = heap.tracked("o" + i, list);
        }
        List<Long> seen = new ArrayList<>();
        list.forEach(object -> {
            seen.add(object);
            if (seen.size() % 2 == 1) {
                other.moveHere(object);
            }
        });
        assertEquals(List.of(objects[0], objects[1], objects[2], objects[3], objects[4], objects[5]), seen);
        assertEquals(List.of(objects[1], objects[3], objects[5]), heap.checkedObjects(list, false));
        assertEquals(List.of(objects[0], objects[2], objects[4]), heap.checkedObjects(other, false));
    }

    @Test
    void forEachToleratesUntrackingTheCurrentObject() {
        GcList list = heap.newList();
        long a = heap.tracked("a", list);
        long b = heap.tracked("b", list);
        long c = heap.tracked("c", list);
        List<Long> seen = new ArrayList<>();
        list.forEach(object -> {
            seen.add(object);
            GcList.remove(memory, object);
        });
        assertEquals(List.of(a, b, c), seen);
        assertTrue(list.isEmpty());
    }

    @Test
    void afterLetsALoopMoveTheCurrentObject() {
        GcList list = heap.newList();
        GcList other = heap.newList();
        long a = heap.tracked("a", list);
        long b = heap.tracked("b", list);
        long c = heap.tracked("c", list);
        for (long o = list.first(), next; o != 0; o = next) {
            next = list.after(o);
            if (o != b) {
                other.moveHere(o);
            }
        }
        assertEquals(List.of(b), heap.checkedObjects(list, false));
        assertEquals(List.of(a, c), heap.checkedObjects(other, false));
    }

    @Test
    void aHeadMustBeAlignedAndNotNull() {
        assertThrows(IllegalArgumentException.class, () -> new GcList(memory, 0));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new GcList(memory, 0x108));
        assertEquals("a GC list head must be a non-null 16-byte aligned address, not 0x108", error.getMessage());
    }

    @Test
    void viewsOfTheSameHeadAreEqual() {
        GcList list = heap.newList();
        assertEquals(list, new GcList(memory, list.head()));
        assertEquals(list.hashCode(), new GcList(memory, list.head()).hashCode());
        assertNotEquals(list, heap.newList());
        assertNotEquals(list, new GcList(new ArrayMemory(64), list.head()));
    }
}
