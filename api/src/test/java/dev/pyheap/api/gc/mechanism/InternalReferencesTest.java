package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.testkit.ArrayMemory;
import dev.pyheap.api.testkit.FakeHeap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * update_refs / subtract_refs / move_unreachable on tiny graphs with exact expected counts, in the
 * manner of CPython's test_gc.py, plus the paths of the walk that only some orders reach.
 */
class InternalReferencesTest {
    private final FakeHeap heap = new FakeHeap(1 << 12 << 11);
    private final ArrayMemory memory = heap.memory();
    private final InternalReferences refs = new InternalReferences(heap);

    /** The mechanism only finds: it never untracks objects or empties free lists (the collectors and the runtime do). */
    @AfterEach
    void theMechanismOnlyFinds() {
        assertEquals(List.of(), heap.untrackChecks(), "untrack checks");
        assertEquals(0, heap.freeListClears(), "free-list clears");
    }

    private long gcRefs(long object) {
        return GcHeader.gcRefs(memory, object);
    }

    // ---- update_refs + subtract_refs: gc_refs = references from outside the list

    @Test
    void aTwoCycleWithoutExternalReferencesHasNoOutsideReference() {
        GcList young = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        heap.link(a, b);
        heap.link(b, a);

        assertEquals(2, refs.updateRefs(young));
        assertEquals(1, gcRefs(a));
        assertEquals(1, gcRefs(b));
        assertTrue(GcHeader.isCollecting(memory, a));
        assertTrue(GcHeader.isCollecting(memory, b));

        refs.subtractRefs(young);
        assertEquals(0, gcRefs(a));
        assertEquals(0, gcRefs(b));
        assertTrue(GcHeader.isCollecting(memory, a));
    }

    @Test
    void aTwoCycleWithOneExternalReferenceCountsItOnThatMemberOnly() {
        GcList young = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        heap.link(a, b);
        heap.link(b, a);
        heap.addExternal(a);

        refs.updateRefs(young);
        assertEquals(2, gcRefs(a));
        assertEquals(1, gcRefs(b));
        refs.subtractRefs(young);
        assertEquals(1, gcRefs(a));
        assertEquals(0, gcRefs(b));
    }

    @Test
    void aSelfReferenceIsInternal() {
        GcList young = heap.newList();
        long alone = heap.tracked("alone", young);
        long held = heap.tracked("held", young);
        heap.link(alone, alone);
        heap.link(held, held);
        heap.addExternal(held);

        refs.updateRefs(young);
        assertEquals(1, gcRefs(alone));
        assertEquals(2, gcRefs(held));
        refs.subtractRefs(young);
        assertEquals(0, gcRefs(alone));
        assertEquals(1, gcRefs(held));
    }

    @Test
    void aChainKeepsOnlyTheRootsExternalReference() {
        GcList young = heap.newList();
        long root = heap.tracked("root", young);
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        long c = heap.tracked("c", young);
        heap.addExternal(root);
        heap.link(root, a);
        heap.link(a, b);
        heap.link(b, c);

        refs.updateRefs(young);
        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(gcRefs(root), gcRefs(a), gcRefs(b), gcRefs(c)));
        refs.subtractRefs(young);
        assertEquals(List.of(1L, 0L, 0L, 0L), List.of(gcRefs(root), gcRefs(a), gcRefs(b), gcRefs(c)));
    }

    @Test
    void referencesFromAnotherListCountAsOutsideAndItsObjectsAreLeftAlone() {
        GcList young = heap.newList();
        GcList old = heap.newList();
        long o = heap.tracked("o", old);
        long a = heap.newObject("a", 2);
        young.append(a);
        long b = heap.tracked("b", young);
        heap.addExternal(o);
        heap.link(o, a);
        heap.link(a, b);
        heap.link(b, a);
        heap.link(a, o);
        long oNext = memory.getLong(o - 16);
        long oPrev = memory.getLong(o - 8);

        refs.updateRefs(young);
        refs.subtractRefs(young);
        assertEquals(1, gcRefs(a), "the reference from the old list");
        assertEquals(0, gcRefs(b));
        assertEquals(oNext, memory.getLong(o - 16));
        assertEquals(oPrev, memory.getLong(o - 8));

        GcList unreachable = heap.newList();
        refs.moveUnreachable(young, unreachable);
        refs.clearUnreachableMask(unreachable);
        assertEquals(List.of(a, b), heap.checkedObjects(young, false));
        assertEquals(List.of(), heap.checkedObjects(unreachable, true));
        assertEquals(List.of(o), heap.checkedObjects(old, false));
    }

    // ---- move_unreachable

    @Test
    void aTwoCycleOfListsIsUnreachable() {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        heap.link(a, b);
        heap.link(b, a);

        refs.updateRefs(young);
        refs.subtractRefs(young);
        refs.moveUnreachable(young, unreachable);
        assertTrue(young.isEmpty());
        assertTrue(GcHeader.isUnreachable(memory, a), "tagged until clearUnreachableMask");
        assertTrue(GcHeader.isUnreachable(memory, b));
        assertEquals(0, memory.getLong(unreachable.head()) & GcHeader.NEXT_MASK_UNREACHABLE,
                "the head's own gc_next is repaired at once");

        refs.clearUnreachableMask(unreachable);
        assertEquals(List.of(a, b), heap.checkedObjects(unreachable, true));
        assertEquals(List.of(), heap.checkedObjects(young, false));
    }

    @Test
    void aCycleReachableFromAnExternallyHeldObjectIsNotGarbage() {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        long root = heap.tracked("root", young);
        heap.link(a, b);
        heap.link(b, a);
        heap.addExternal(root);
        heap.link(root, a);

        refs.deduceUnreachable(young, unreachable);
        // a and b were set aside, then pulled back behind root in reference order.
        assertEquals(List.of(root, a, b), heap.checkedObjects(young, false));
        assertEquals(List.of(), heap.checkedObjects(unreachable, true));
    }

    @Test
    void anObjectSetAsideBeforeItsReferrerIsScannedIsMovedBack() {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long b = heap.tracked("b", young);
        long a = heap.tracked("a", young);
        heap.addExternal(a);
        heap.link(a, b);

        refs.updateRefs(young);
        refs.subtractRefs(young);
        List<Boolean> bSetAsideWhenAWasScanned = new ArrayList<>();
        heap.observeTraversals(object -> {
            if (object == a) {
                bSetAsideWhenAWasScanned.add(GcHeader.isUnreachable(memory, b));
            }
        });
        refs.moveUnreachable(young, unreachable);

        assertEquals(List.of(true), bSetAsideWhenAWasScanned);
        assertEquals(List.of(a, b), heap.checkedObjects(young, false), "b follows a: it went out and came back");
        assertEquals(List.of(), heap.checkedObjects(unreachable, true));
    }

    /** b is pulled out of the first, middle and last place of an unreachable list of three. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void anObjectMovedBackIsUnlinkedFromAnyPlaceOfTheUnreachableList(int place) {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long x = heap.newObject("x", 1);
        long y = heap.newObject("y", 1);
        long b = heap.newObject("b", 1);
        List<Long> setAside = new ArrayList<>(List.of(x, y));
        setAside.add(place, b);
        setAside.forEach(young::append);
        long a = heap.tracked("a", young);
        heap.link(x, y);
        heap.link(y, x);
        heap.addExternal(a);
        heap.link(a, b);

        refs.updateRefs(young);
        refs.subtractRefs(young);
        List<List<Long>> unreachableWhenAWasScanned = new ArrayList<>();
        heap.observeTraversals(object -> {
            if (object == a) {
                unreachableWhenAWasScanned.add(objectsTaggedUnreachable(setAside));
            }
        });
        refs.moveUnreachable(young, unreachable);
        assertEquals(List.of(setAside), unreachableWhenAWasScanned);
        assertTrue(GcHeader.isUnreachable(memory, x));
        assertTrue(GcHeader.isUnreachable(memory, y));
        assertFalse(GcHeader.isUnreachable(memory, b));

        refs.clearUnreachableMask(unreachable);
        assertEquals(List.of(a, b), heap.checkedObjects(young, false));
        assertEquals(List.of(x, y), heap.checkedObjects(unreachable, true));
    }

    private List<Long> objectsTaggedUnreachable(List<Long> candidates) {
        List<Long> tagged = new ArrayList<>();
        for (long object : candidates) {
            if (GcHeader.isUnreachable(memory, object)) {
                tagged.add(object);
            }
        }
        return tagged;
    }

    @Test
    void aLongChainMetTailFirstNeedsNoRecursionAndEndsInReferenceOrder() {
        int n = 100_000;
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long[] chain = new long[n];
        for (int i = 0; i < n; i++) {
            chain[i] = heap.newObject(i == 0 ? "root" : null, 1);
        }
        heap.addExternal(chain[0]);
        for (int i = 0; i + 1 < n; i++) {
            heap.link(chain[i], chain[i + 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            young.append(chain[i]);
        }

        refs.deduceUnreachable(young, unreachable);
        assertEquals(2L * n, heap.traversals(),
                "each object once in subtractRefs and once in the walk: the tail was set aside, so it lost its leaf mark");
        assertEquals(asList(chain), heap.checkedObjects(young, false));
        assertTrue(unreachable.isEmpty());

        refs.deduceUnreachable(young, unreachable);
        assertEquals(4L * n - 1, heap.traversals(),
                "in reference order the tail, which refers to nothing, is a leaf: the walk skips it");
        assertEquals(asList(chain), heap.checkedObjects(young, false), "the next collection moves nothing");
        assertTrue(unreachable.isEmpty());
    }

    @Test
    void aLongGarbageRingIsUnreachableInOrder() {
        int n = 100_000;
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long[] ring = new long[n];
        for (int i = 0; i < n; i++) {
            ring[i] = heap.tracked(null, young);
        }
        for (int i = 0; i < n; i++) {
            heap.link(ring[i], ring[(i + 1) % n]);
        }

        refs.deduceUnreachable(young, unreachable);
        assertEquals(n, heap.traversals(), "subtractRefs only: nothing is reachable, the walk traverses nothing");
        assertEquals(List.of(), heap.checkedObjects(young, false));
        assertEquals(asList(ring), heap.checkedObjects(unreachable, true));
    }

    private static List<Long> asList(long[] objects) {
        List<Long> list = new ArrayList<>(objects.length);
        for (long object : objects) {
            list.add(object);
        }
        return list;
    }

    // ---- flags, reuse on the garbage, empty lists

    @Test
    void finalizedSurvivesACollectionOnReachableAndUnreachableObjects() {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long garbage = heap.tracked("garbage", young);
        long kept = heap.tracked("kept", young);
        heap.link(garbage, garbage);
        heap.addExternal(kept);
        GcHeader.setFinalized(memory, garbage);
        GcHeader.setFinalized(memory, kept);

        refs.deduceUnreachable(young, unreachable);
        assertEquals(List.of(kept), heap.checkedObjects(young, false));
        assertEquals(List.of(garbage), heap.checkedObjects(unreachable, true));
        assertTrue(GcHeader.isFinalized(memory, garbage));
        assertTrue(GcHeader.isFinalized(memory, kept));
    }

    @Test
    void untrackedReferentsAreIgnored() {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long a = heap.newObject("a", 2);
        young.append(a);
        long untracked = heap.newObject("untracked", 0);
        heap.link(a, a);
        heap.link(a, untracked);

        refs.deduceUnreachable(young, unreachable);
        assertEquals(List.of(a), heap.checkedObjects(unreachable, true));
        assertEquals(0, memory.getLong(untracked - 16));
        assertEquals(0, memory.getLong(untracked - 8));
    }

    @Test
    void rerunOnTheGarbageFindsWhatAFinalizerResurrected() {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        long c = heap.tracked("c", young);
        heap.link(a, b);
        heap.link(b, a);
        heap.link(c, c);
        refs.deduceUnreachable(young, unreachable);
        assertEquals(List.of(a, b, c), heap.checkedObjects(unreachable, true));

        heap.addExternal(b); // a finalizer stored b somewhere outside
        refs.clearCollecting(unreachable);
        assertEquals(List.of(a, b, c), heap.checkedObjects(unreachable, false));
        GcList stillUnreachable = heap.newList();
        refs.deduceUnreachable(unreachable, stillUnreachable);
        assertEquals(List.of(b, a), heap.checkedObjects(unreachable, false));
        assertEquals(List.of(c), heap.checkedObjects(stillUnreachable, true));
    }

    @Test
    void anEmptyListHasNothingUnreachable() {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        refs.deduceUnreachable(young, unreachable);
        assertEquals(List.of(), heap.checkedObjects(young, false));
        assertEquals(List.of(), heap.checkedObjects(unreachable, false));
        assertEquals(0, heap.traversals());
    }

    // ---- errors

    @Test
    void aTrackedObjectWithRefcountZeroIsHeapCorruptionNamingIt() {
        GcList young = heap.newList();
        long a = heap.tracked("a", young);
        long b = heap.tracked("b", young);
        heap.link(a, b);
        heap.addExternal(a);
        heap.setRefcount(b, 0);

        HeapCorruptionError error = assertThrows(HeapCorruptionError.class, () -> refs.updateRefs(young));
        assertEquals("gc: tracked object <b 0x" + Long.toHexString(b) + "> has refcount 0 at the start of a"
                + " collection; an object whose count reaches 0 must be untracked and deallocated at once",
                error.getMessage());
        assertEquals(b, error.address());
    }

    @Test
    void aRefcountSmallerThanTheInternalReferencesIsHeapCorruptionNamingBoth() {
        GcList young = heap.newList();
        long a = heap.tracked("a", young);
        long c = heap.tracked("c", young);
        long b = heap.tracked("b", young);
        heap.addExternal(a);
        heap.addExternal(c);
        heap.link(a, b);
        heap.link(c, b);
        heap.setRefcount(b, 1);

        refs.updateRefs(young);
        HeapCorruptionError error = assertThrows(HeapCorruptionError.class, () -> refs.subtractRefs(young));
        assertEquals("gc: <b 0x" + Long.toHexString(b) + "> has refcount 1, fewer than the references to it from"
                + " the objects being collected (found while traversing <c 0x" + Long.toHexString(c) + ">)",
                error.getMessage());
        assertEquals(b, error.address());
    }

    @Test
    void theUnreachableListMustStartEmptyAndNothingIsTouchedOtherwise() {
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long a = heap.tracked("a", young);
        long leftover = heap.tracked("leftover", unreachable);
        heap.link(a, a);
        heap.addExternal(leftover);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> refs.deduceUnreachable(young, unreachable));
        assertEquals("the unreachable list 0x" + Long.toHexString(unreachable.head()) + " must start empty",
                error.getMessage());
        assertEquals(List.of(a), heap.checkedObjects(young, false));
        assertEquals(List.of(leftover), heap.checkedObjects(unreachable, false));

        assertThrows(IllegalArgumentException.class, () -> refs.deduceUnreachable(young, young));
        assertEquals(List.of(a), heap.checkedObjects(young, false));
    }

    @Test
    void aListOfAnotherHeapIsRejected() {
        GcList foreign = new FakeHeap(1 << 10).newList();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> refs.updateRefs(foreign));
        assertEquals(foreign + " lives in another memory than the heap this binding serves", error.getMessage());
    }
}
