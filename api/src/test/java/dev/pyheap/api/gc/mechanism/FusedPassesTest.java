package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.testkit.FakeHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link InternalReferences#deduceUnreachableAndUntrack} against the passes it fuses: the same
 * random graph is built in two heaps (same addresses), one collected with
 * {@link InternalReferences#deduceUnreachable} then {@link FakeHeap#untrackAtomic}, the other in
 * one call; every header word, both lists, the untrack checks and the survivor count must agree.
 */
class FusedPassesTest {

    /** A random graph of {@code n} objects: tuples, dicts and others, cycles, outside references, untracked holders. */
    private static final class Graph {
        static final int SLOTS = 3;
        final FakeHeap heap = new FakeHeap(1 << 22);
        final GcList young = heap.newList();
        final GcList old = heap.newList();
        final GcList unreachable = heap.newList();
        final List<Long> objects = new ArrayList<>();

        Graph(long seed, int n, boolean withOld) {
            Random random = new Random(seed);
            String[] types = {"tuple", "dict", "obj", "obj"};
            for (int i = 0; i < n; i++) {
                String type = types[random.nextInt(types.length)];
                long o = heap.newObject(type, SLOTS);
                int where = random.nextInt(10);
                if (where < 8) {
                    young.append(o);
                } else if (where == 8 && withOld) {
                    old.append(o);
                } // else untracked: a container the collector never sees
                objects.add(o);
            }
            int[] used = new int[n];
            for (int i = 0; i < n; i++) {
                int links = random.nextInt(3);
                for (int k = 0; k < links; k++) {
                    // Mostly nearby objects, both ways, so chains are met head- and tail-first.
                    link(i, Math.floorMod(i + random.nextInt(9) - 4, n), used);
                }
                if (random.nextInt(6) == 0) {
                    heap.addExternal(objects.get(i));
                }
            }
            // A tracked object always has a reference: from another object if one has room, else from outside.
            for (int i = 0; i < n; i++) {
                if (heap.refcount(objects.get(i)) == 0) {
                    int from = random.nextInt(n);
                    if (used[from] < SLOTS) {
                        link(from, i, used);
                    } else {
                        heap.addExternal(objects.get(i));
                    }
                }
            }
        }

        private void link(int from, int to, int[] used) {
            if (used[from] < SLOTS) {
                heap.link(objects.get(from), objects.get(to));
                used[from]++;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void oneWalkFindsWhatTheSeparatePassesFind(long seed) {
        for (boolean full : new boolean[] {false, true}) {
            for (boolean withOld : new boolean[] {false, true}) {
                Graph separate = new Graph(seed, 300, withOld);
                Graph fused = new Graph(seed, 300, withOld);
                assertEquals(separate.objects, fused.objects, "both heaps lay the graph out alike");

                new InternalReferences(separate.heap).deduceUnreachable(separate.young, separate.unreachable);
                long expectedSurvivors = separate.heap.untrackAtomic(separate.young, full);
                long survivors = new InternalReferences(fused.heap).deduceUnreachableAndUntrack(
                        fused.young, fused.unreachable, full, !withOld);

                String what = "seed " + seed + (full ? ", full" : ", young") + (withOld ? ", with an old list" : "");
                assertEquals(expectedSurvivors, survivors, "survivors, " + what);
                assertEquals(separate.heap.checkedObjects(separate.young), fused.heap.checkedObjects(fused.young),
                        "young, " + what);
                assertEquals(separate.heap.checkedObjects(separate.unreachable, true),
                        fused.heap.checkedObjects(fused.unreachable, true), "unreachable, " + what);
                assertEquals(separate.heap.untrackChecks(), fused.heap.untrackChecks(), "untrack checks, " + what);
                for (long o : separate.objects) {
                    assertEquals(separate.heap.memory().getLong(o - 16), fused.heap.memory().getLong(o - 16),
                            "gc_next of " + separate.heap.describe(o) + ", " + what);
                    assertEquals(separate.heap.memory().getLong(o - 8), fused.heap.memory().getLong(o - 8),
                            "gc_prev of " + separate.heap.describe(o) + ", " + what);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theTaggedYoungWalkFindsWhatTheSeparatePassesFind(long seed) {
        for (boolean withOld : new boolean[] {false, true}) {
            Graph separate = new Graph(seed, 300, withOld);
            Graph tagged = new Graph(seed, 300, withOld);
            tagged.young.setGenerationTag(GcHeader.GEN0_TAG);

            new InternalReferences(separate.heap).deduceUnreachable(separate.young, separate.unreachable);
            long expectedSurvivors = separate.heap.untrackAtomic(separate.young, false);
            long survivors = new InternalReferences(tagged.heap).deduceUnreachableAndUntrackTagged(
                    tagged.young, tagged.unreachable, GcHeader.GEN0_TAG, GcHeader.GEN1_TAG);

            String what = "seed " + seed + (withOld ? ", with an old list" : "");
            assertEquals(expectedSurvivors, survivors, "survivors, " + what);
            List<Long> kept = separate.heap.checkedObjects(separate.young);
            assertEquals(kept, tagged.heap.checkedObjects(tagged.young), "young, " + what);
            assertEquals(separate.heap.checkedObjects(separate.unreachable, true),
                    tagged.heap.checkedObjects(tagged.unreachable, true), "unreachable, " + what);
            assertEquals(separate.heap.untrackChecks(), tagged.heap.untrackChecks(), "untrack checks, " + what);
            for (long o : separate.objects) {
                assertEquals(separate.heap.memory().getLong(o - 16), tagged.heap.memory().getLong(o - 16),
                        "gc_next of " + separate.heap.describe(o) + ", " + what);
                long survivorTag = kept.contains(o) ? GcHeader.GEN1_TAG : 0;
                assertEquals(separate.heap.memory().getLong(o - 8) | survivorTag, tagged.heap.memory().getLong(o - 8),
                        "gc_prev of " + separate.heap.describe(o) + " (the survivors tagged), " + what);
                assertEquals(survivorTag, GcHeader.generationTag(tagged.heap.memory(), o),
                        "tag of " + separate.heap.describe(o) + ", " + what);
            }
        }
    }

    @Test
    void aMemberWithoutItsTagIsReportedNotMiscounted() {
        FakeHeap heap = new FakeHeap(1 << 16);
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long first = heap.tracked("obj", young);
        long second = heap.tracked("obj", young);
        heap.link(first, second);
        heap.link(second, first);
        young.setGenerationTag(GcHeader.GEN0_TAG);
        heap.memory().putLong(second - 8, heap.memory().getLong(second - 8) & ~GcHeader.GENERATION_TAGS);

        assertThrows(HeapCorruptionError.class, () -> new InternalReferences(heap)
                .deduceUnreachableAndUntrackTagged(young, unreachable, GcHeader.GEN0_TAG, GcHeader.GEN1_TAG));
    }

    /**
     * Objects of the heap's late list (tracked after the collection was scheduled, tagged LATE_TAG)
     * are in neither kind of collection: a full collection's fused pass must not count them as
     * members it never walked, a young one must not take them for generation 0 (LATE_TAG has
     * GEN0_TAG's bit), and what they refer to is referred to from outside.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void lateObjectsAreOutsideTheCollectionAndHoldWhatTheyReferTo(boolean full) {
        FakeHeap heap = new FakeHeap(1 << 16);
        GcList young = heap.newList();
        GcList late = heap.newList();
        GcList unreachable = heap.newList();
        long held = heap.tracked("obj", young);     // only the late object refers to it
        long cycleA = heap.tracked("obj", young);   // a cycle that refers to the late object
        long cycleB = heap.newObject("obj", 2);
        young.append(cycleB);
        long lateObject = heap.tracked("obj", late);
        heap.link(lateObject, held);
        heap.link(cycleA, cycleB);
        heap.link(cycleB, cycleA);
        heap.link(cycleB, lateObject);
        young.setGenerationTag(GcHeader.GEN0_TAG);
        late.setGenerationTag(GcHeader.LATE_TAG);
        long lateWord = heap.memory().getLong(lateObject - 8);

        InternalReferences references = new InternalReferences(heap);
        long survivors = full
                ? references.deduceUnreachableAndUntrack(young, unreachable, true, true)
                : references.deduceUnreachableAndUntrackTagged(young, unreachable, GcHeader.GEN0_TAG | GcHeader.GEN1_TAG,
                        GcHeader.GEN1_TAG);

        assertEquals(1, survivors);
        assertEquals(List.of(held), List.of(young.first()));
        assertEquals(cycleA, unreachable.first());
        assertEquals(cycleB, unreachable.after(cycleA));
        assertEquals(lateWord, heap.memory().getLong(lateObject - 8), "the late object's header is untouched");
        assertEquals(lateObject, late.first());
    }

    @Test
    void aReachableLeafIsNotTraversedTwice() {
        FakeHeap heap = new FakeHeap(1 << 16);
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long root = heap.newObject("obj", 2);
        young.append(root);
        long leaf = heap.tracked("obj", young);
        long atom = heap.newObject("int", 0); // untracked: not in the set
        heap.link(root, leaf);
        heap.link(leaf, atom);
        heap.addExternal(root);

        List<Long> traversed = new ArrayList<>();
        heap.observeTraversals(traversed::add);
        long survivors = new InternalReferences(heap).deduceUnreachableAndUntrack(young, unreachable, false, false);

        assertEquals(List.of(root, leaf, root), traversed, "subtract_refs: both; the walk: the root only");
        assertEquals(2, survivors);
        assertEquals(List.of(root, leaf), heap.checkedObjects(young));
        assertTrue(unreachable.isEmpty());
    }

    @Test
    void anAtomicTupleIsUntrackedByTheWalkAndAGarbageOneIsNot() {
        FakeHeap heap = new FakeHeap(1 << 16);
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        long kept = heap.tracked("tuple", young);
        long garbage = heap.tracked("tuple", young);
        long holder = heap.tracked("obj", young);
        heap.addExternal(kept);
        heap.link(garbage, holder);
        heap.link(holder, garbage);

        long survivors = new InternalReferences(heap).deduceUnreachableAndUntrack(young, unreachable, false, true);

        assertEquals(0, survivors);
        assertFalse(GcHeader.isTracked(heap.memory(), kept), "a reachable tuple of atoms is untracked");
        assertEquals(0, heap.memory().getLong(kept - 8), "untracked: no flag, no link left");
        assertEquals(List.of(), heap.checkedObjects(young));
        assertEquals(List.of(garbage, holder), heap.checkedObjects(unreachable, true), "garbage is never untracked");
    }

    @Test
    void aDictJudgedBeforeItsTupleIsUntrackedAfterTheTupleInAFullCollection() {
        FakeHeap heap = new FakeHeap(1 << 16);
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        // The tuple comes first and only the dict refers to it: the walk sets it aside, judges the
        // dict, then pulls the tuple back behind it. CPython untracks tuples over the whole list
        // before it looks at a dict, so both go in one collection.
        long tuple = heap.tracked("tuple", young);
        long dict = heap.tracked("dict", young);
        heap.addExternal(dict);
        heap.link(dict, tuple);

        long survivors = new InternalReferences(heap).deduceUnreachableAndUntrack(young, unreachable, true, true);

        assertEquals(0, survivors);
        assertFalse(GcHeader.isTracked(heap.memory(), tuple));
        assertFalse(GcHeader.isTracked(heap.memory(), dict), "the dict holds an untracked tuple only");
        assertEquals(List.of(new FakeHeap.UntrackCheck(dict, false), new FakeHeap.UntrackCheck(tuple, false),
                new FakeHeap.UntrackCheck(dict, true)), heap.untrackChecks());
    }

    @Test
    void theDictPassOfAFullCollectionAsksDictsOnly() {
        FakeHeap heap = new FakeHeap(1 << 16);
        GcList young = heap.newList();
        GcList unreachable = heap.newList();
        // A tuple holding a list stays tracked after untrack_tuples; untrack_dicts then looks at the
        // dict only, as CPython's does (PyDict_CheckExact), not at the tuple judged already.
        long list = heap.tracked("list", young);
        long tuple = heap.tracked("tuple", young);
        long dict = heap.tracked("dict", young);
        heap.addExternal(list);
        heap.addExternal(tuple);
        heap.addExternal(dict);
        heap.link(tuple, list);

        long survivors = new InternalReferences(heap).deduceUnreachableAndUntrack(young, unreachable, true, true);

        assertEquals(2, survivors);
        assertTrue(GcHeader.isTracked(heap.memory(), tuple), "the tuple holds a tracked list");
        assertFalse(GcHeader.isTracked(heap.memory(), dict), "an empty dict is atomic");
        assertEquals(List.of(new FakeHeap.UntrackCheck(list, false), new FakeHeap.UntrackCheck(tuple, false),
                new FakeHeap.UntrackCheck(dict, false), new FakeHeap.UntrackCheck(dict, true)), heap.untrackChecks());
    }

    @Test
    void aFullCollectionThatDoesNotHoldEveryTrackedObjectIsReportedAsCorruption() {
        FakeHeap heap = new FakeHeap(1 << 16);
        GcList young = heap.newList();
        GcList frozen = heap.newList();
        GcList unreachable = heap.newList();
        long a = heap.tracked("obj", young);
        long elsewhere = heap.tracked("obj", frozen);
        heap.addExternal(a);
        heap.link(a, elsewhere);

        HeapCorruptionError error = assertThrows(HeapCorruptionError.class,
                () -> new InternalReferences(heap).deduceUnreachableAndUntrack(young, unreachable, true, true));
        assertTrue(error.getMessage().contains("1 tracked object(s) referred to from the collected generations"),
                error.getMessage());
    }
}
