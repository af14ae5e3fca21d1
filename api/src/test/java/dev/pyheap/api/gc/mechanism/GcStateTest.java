package dev.pyheap.api.gc.mechanism;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectionResult;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.CollectorKind;
import dev.pyheap.api.gc.CollectorProvider;
import dev.pyheap.api.gc.DestroyResult;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.HeapBinding;
import dev.pyheap.api.testkit.FakeHeap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The common part alone, with a probe collector that records what it is asked: the counts,
 * scheduling, the collection's bookkeeping and order, statistics per list, Python's three
 * generations over one or three lists, freezing.
 */
class GcStateTest {
    private final FakeHeap heap = new FakeHeap();

    /** A collector that keeps {@code lists} lists, schedules by {@code limit} and finds what it is told. */
    private static final class Probe implements Collector {
        final List<String> calls = new ArrayList<>();
        final GcState gc;
        final HeapBinding binding;
        boolean full;
        long limitOver = -1;
        int selected = 0;
        DestroyResult finds = DestroyResult.NONE;
        Runnable during = () -> { };

        Probe(HeapBinding binding, GcState gc, int lists) {
            this.binding = binding;
            this.gc = gc;
            for (int g = 1; g < lists; g++) {
                gc.newGeneration();
            }
        }

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public long limit(long threshold0) {
            calls.add("limit " + threshold0);
            return limitOver >= 0 ? limitOver : threshold0;
        }

        @Override
        public int selectGeneration() {
            calls.add("select");
            return selected;
        }

        @Override
        public boolean everyCollectionIsFull() {
            return full;
        }

        @Override
        public DestroyResult collect(int generation) {
            calls.add("collect " + generation + " counts " + gc.counts());
            during.run();
            return finds;
        }

        @Override
        public void frozen() {
            calls.add("frozen");
        }

        @Override
        public void unfreezing(GcList permanent) {
            calls.add("unfreezing " + permanent.size());
        }
    }

    private Probe probe;

    private GcState open(int lists, Map<String, String> settings) {
        CollectorProvider provider = new CollectorKind("probe", "records what the state asks", List.of(),
                (binding, gc, configuration) -> probe = new Probe(binding, gc, lists)) {
        };
        GcState gc = GcState.open(heap, Configuration.of(settings), provider);
        probe.calls.clear();
        return gc;
    }

    private GcState open(int lists) {
        return open(lists, Map.of());
    }

    private long tracked(GcState gc) {
        long o = heap.newObject("list", 0);
        gc.objectAllocated();
        gc.track(o);
        return o;
    }

    private List<Long> objects(GcState gc, int generation) {
        List<Long> objects = new ArrayList<>();
        gc.forEachObject(generation, objects::add);
        return objects;
    }

    @Test
    void theCollectorIsMadeWithTheStateAndAddsItsOlderListsThen() {
        GcState gc = open(3);
        assertSame(probe, gc.collector());
        assertEquals(3, gc.generations());
        // young, permanent and late first, then what the collector added
        assertEquals(5, heap.listsMade().size());
        assertSame(heap.listsMade().get(0), gc.generation(0));
        assertEquals(heap.listsMade().get(3).head(), gc.generation(1).head());
        IllegalStateException late = assertThrows(IllegalStateException.class, gc::newGeneration);
        assertEquals("generations are added while the collector is made", late.getMessage());
    }

    @Test
    void aCollectorCannotAddAFourthGeneration() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> open(4));
        assertEquals("Python has 3 generations", e.getMessage());
    }

    @Nested
    class Counts {

        @Test
        void allocationsAndFreesMoveCountZeroNeverBelowZero() {
            GcState gc = open(1);
            gc.objectAllocated();
            gc.objectAllocated();
            gc.objectFreed();
            gc.objectFreed();
            gc.objectFreed();
            assertEquals(List.of(0L, 0L, 0L), gc.counts());
            gc.objectAllocated();
            assertEquals(List.of(1L, 0L, 0L), gc.counts());
            assertEquals(1, gc.count(0));
        }

        @Test
        void aCollectionCountsAsCPythonsBeforeTheCollectorRuns() {
            GcState gc = open(3);
            for (int i = 0; i < 4; i++) {
                gc.objectAllocated();
            }
            gc.collect(0);
            gc.collect(0);
            gc.collect(1);
            gc.objectAllocated();
            assertEquals(List.of(1L, 0L, 1L), gc.counts());
            assertEquals(List.of("collect 0 counts [0, 1, 0]", "limit 700", "collect 0 counts [0, 2, 0]", "limit 700",
                    "collect 1 counts [0, 0, 1]", "limit 700"), probe.calls);
            gc.collect(2);
            assertEquals(List.of(0L, 0L, 0L), gc.counts());
        }

        @Test
        void aCollectorWhoseCollectionsAreAllFullCountsEachAsAFullOne() {
            GcState gc = open(1);
            probe.full = true;
            gc.objectAllocated();
            gc.collect(0);
            assertEquals(List.of(0L, 0L, 0L), gc.counts());
            assertEquals(1, heap.freeListClears(), "a full collection empties the free lists");
            gc.collect(1);
            assertEquals(List.of(0L, 0L, 0L), gc.counts());
            assertEquals(2, heap.freeListClears());
        }

        @Test
        void onlyACollectionOfTheOldestGenerationEmptiesTheFreeLists() {
            GcState gc = open(3);
            gc.collect(0);
            gc.collect(1);
            assertEquals(0, heap.freeListClears());
            gc.collect(2);
            assertEquals(1, heap.freeListClears());
        }
    }

    @Nested
    class Scheduling {

        @Test
        void countZeroAboveTheCollectorsLimitSchedulesAndTheCollectorChoosesTheGeneration() {
            GcState gc = open(3, Map.of("gc.threshold", "3"));
            for (int i = 0; i < 3; i++) {
                tracked(gc);
                assertFalse(gc.collectionDue());
            }
            tracked(gc);
            assertTrue(gc.collectionDue());
            probe.selected = 1;
            assertEquals(1, gc.dueGeneration());
            assertFalse(gc.collectionDue(), "asking clears the schedule");
            assertEquals(List.of("select"), probe.calls);
        }

        @Test
        void theLimitIsTheCollectorsAnswer() {
            GcState gc = open(1, Map.of("gc.threshold", "3"));
            probe.limitOver = 5;
            gc.setThresholds(List.of(3L));
            assertEquals(List.of("limit 3"), probe.calls);
            for (int i = 0; i < 5; i++) {
                gc.objectAllocated();
            }
            assertFalse(gc.collectionDue());
            gc.objectAllocated();
            assertTrue(gc.collectionDue());
        }

        @ParameterizedTest
        @ValueSource(strings = {"disabled", "threshold 0"})
        void withoutAutomaticCollectionNothingIsScheduledOrSelected(String how) {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            gc.objectAllocated();
            gc.objectAllocated();
            assertTrue(gc.collectionDue());
            if (how.equals("disabled")) {
                gc.setEnabled(false);
            } else {
                gc.setThresholds(List.of(0L));
            }
            assertEquals(-1, gc.dueGeneration(), "turned off since it was scheduled");
            gc.objectAllocated();
            assertFalse(gc.collectionDue());
            assertFalse(probe.calls.contains("select"));
        }

        @Test
        void allocationsDuringACollectionCountButScheduleNothing() {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            List<Boolean> dueInside = new ArrayList<>();
            probe.during = () -> {
                for (int i = 0; i < 5; i++) {
                    gc.objectAllocated();
                }
                dueInside.add(gc.collectionDue());
                assertEquals(-1, gc.dueGeneration(), "no collection is chosen while one runs");
            };
            gc.collect(2);
            assertEquals(List.of(false), dueInside);
            assertEquals(List.of(5L, 0L, 0L), gc.counts());
            assertFalse(gc.collectionDue());
            gc.objectAllocated();
            assertTrue(gc.collectionDue(), "after the collection, the next allocation over the limit schedules");
        }

        @Test
        void aCollectionClearsTheSchedule() {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            gc.objectAllocated();
            gc.objectAllocated();
            assertTrue(gc.collectionDue());
            gc.collect(0);
            assertFalse(gc.collectionDue());
        }
    }

    @Nested
    class Collections {

        @Test
        void theResultAndTheStatisticsCountWhatTheDestroyStepReturned() {
            GcState gc = open(3);
            probe.finds = new DestroyResult(4, 1, 2);
            CollectionResult r = gc.collect(1);
            assertEquals(1, r.generation());
            assertEquals(6, r.collected(), "collected objects and freed callback weakrefs");
            assertEquals(1, r.uncollectable());
            assertTrue(r.elapsedNanos() >= 0);
            assertEquals(List.of(new GenerationStatistics(0, 0, 0), new GenerationStatistics(1, 6, 1),
                    new GenerationStatistics(0, 0, 0)), gc.statistics());
            assertEquals(1, gc.pauses().count());
        }

        @Test
        void withOneListEveryGenerationCountsInItsStatistics() {
            GcState gc = open(1);
            gc.collect(0);
            gc.collect(1);
            gc.collect(2);
            assertEquals(List.of(new GenerationStatistics(3, 0, 0)), gc.statistics());
            assertEquals(3, gc.pauses().count());
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 3, Integer.MIN_VALUE, Integer.MAX_VALUE})
        void anInvalidGenerationIsRefusedAndChangesNothing(int generation) {
            GcState gc = open(3);
            gc.objectAllocated();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gc.collect(generation));
            assertEquals("invalid generation", e.getMessage());
            assertEquals(List.of(1L, 0L, 0L), gc.counts());
            assertEquals(List.of(), probe.calls);
            assertEquals(0, gc.pauses().count());
            GenerationStatistics none = new GenerationStatistics(0, 0, 0);
            assertEquals(List.of(none, none, none), gc.statistics());
            assertEquals(0, heap.freeListClears());
        }

        @Test
        void aFailingCollectionLeavesTheListsUnusableAndEveryLaterUseSaysWhy() {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            long a = tracked(gc);
            probe.during = () -> {
                throw new IllegalStateException("corrupt");
            };
            assertThrows(IllegalStateException.class, () -> gc.collect(2));
            assertEquals(Optional.of("corrupt"), gc.failure().map(Throwable::getMessage));
            assertTrue(gc.collectionDue(), "the next check point asks, and is told why");
            probe.during = () -> { };
            long b = heap.newObject("list", 0);
            List<Executable> uses = List.of(() -> gc.track(b), () -> gc.untrack(a), () -> gc.collect(0),
                    () -> gc.forEachObject(-1, o -> { }), gc::freeze, gc::unfreeze, gc::freezeCount,
                    gc::dueGeneration);
            for (Executable use : uses) {
                HeapCorruptionError e = assertThrows(HeapCorruptionError.class, use);
                assertEquals("gc: the heap's collector lists are unusable since a collection failed in the middle"
                        + " (java.lang.IllegalStateException: corrupt); nothing can be tracked, untracked or collected",
                        e.getMessage());
            }
            assertEquals(List.of("collect 2 counts [0, 0, 0]"), probe.calls, "the collector is never asked again");
            assertFalse(GcHeader.isTracked(heap.memory(), b), "the refused track wrote nothing");
            assertTrue(GcHeader.isTracked(heap.memory(), a), "the refused untrack unlinked nothing");
            gc.objectAllocated();
            gc.objectAllocated();
            assertEquals(List.of(2L, 0L, 0L), gc.counts(), "counting reads no list");
            assertEquals(List.of(new GenerationStatistics(0, 0, 0)), gc.statistics(), "it did not count");
        }
    }

    /**
     * CPython 3.11 collects inside the allocation that crosses threshold 0, before the new object is
     * tracked; here the collection waits for the check point, and the objects tracked meanwhile
     * wait on the late list.
     */
    @Nested
    class LateObjects {

        /** Threshold 1: the second allocation schedules; returns the objects tracked before it and after it. */
        private long[] crossing(GcState gc) {
            long before = tracked(gc);
            assertFalse(gc.collectionDue());
            long crossing = tracked(gc);
            assertTrue(gc.collectionDue());
            return new long[] {before, crossing};
        }

        @Test
        void whatIsTrackedOnceACollectionIsDueStaysOutOfItAndJoinsGenerationZeroAfterIt() {
            GcState gc = open(3, Map.of("gc.threshold", "1"));
            long[] o = crossing(gc);
            long later = tracked(gc);
            assertEquals(GcHeader.LATE_TAG, GcHeader.generationTag(heap.memory(), o[1]));
            assertEquals(List.of(o[0], o[1], later), objects(gc, 0), "before the check point, generation 0's");
            List<List<Long>> seen = new ArrayList<>();
            probe.during = () -> {
                seen.add(objects(gc, -1));
                seen.add(List.of(tracked(gc))); // a finalizer's allocation: generation 0, before the late ones
            };
            assertEquals(0, gc.dueGeneration());
            gc.collect(0);
            assertEquals(List.of(List.of(o[0])), seen.subList(0, 1), "the collection sees none of them");
            long finalizers = seen.get(1).getFirst();
            assertEquals(List.of(o[0], finalizers), objects(gc, 0), "held until the collection is over");
            gc.scheduledCollectionDone();
            assertEquals(List.of(o[0], finalizers, o[1], later), objects(gc, 0));
            assertEquals(GcHeader.GEN0_TAG, GcHeader.generationTag(heap.memory(), o[1]));
            assertEquals(GcHeader.GEN0_TAG, GcHeader.generationTag(heap.memory(), later));
            gc.setThresholds(List.of(100L));
            tracked(gc);
            assertEquals(GcHeader.GEN0_TAG, GcHeader.generationTag(heap.memory(), objects(gc, 0).getLast()),
                    "after it, tracking goes to generation 0 again");
        }

        /**
         * count[0] after the collection replays the moves made since the crossing on the collection's
         * own count, the floor at 0 at each step, as when they came after it: the finalizer's 2
         * allocations, then +1 -1 -1 +1 gives 2, 3, 2, 1, 2 (a start from 0 would give 1, 0, 0, 1).
         */
        @ParameterizedTest
        @ValueSource(ints = {0, 2})
        void countZeroIsTheCollectionsCountWithTheLateMovesReplayed(int finalizerAllocations) {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            crossing(gc);
            gc.objectAllocated();
            gc.objectFreed();
            gc.objectFreed();
            gc.objectAllocated();
            probe.during = () -> {
                for (int i = 0; i < finalizerAllocations; i++) {
                    gc.objectAllocated();
                }
            };
            gc.collect(gc.dueGeneration());
            assertEquals(List.of((long) finalizerAllocations, 1L, 0L), gc.counts(), "until the collection is over");
            gc.scheduledCollectionDone();
            assertEquals(List.of(finalizerAllocations == 0 ? 1L : 2L, 1L, 0L), gc.counts());
        }

        @Test
        void whenNothingIsCollectedAfterAllTheyJoinGenerationZeroAtOnce() {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            long[] o = crossing(gc);
            gc.setEnabled(false);
            assertEquals(-1, gc.dueGeneration());
            assertEquals(List.of(o[0], o[1]), objects(gc, 0));
            assertEquals(GcHeader.GEN0_TAG, GcHeader.generationTag(heap.memory(), o[1]));
            assertEquals(List.of(2L, 0L, 0L), gc.counts(), "count[0] counted them all along");
        }

        @Test
        void aLateObjectCanBeUntrackedBeforeTheCollection() {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            long[] o = crossing(gc);
            long later = tracked(gc);
            gc.untrack(o[1]);
            assertFalse(GcHeader.isTracked(heap.memory(), o[1]));
            gc.collect(gc.dueGeneration());
            gc.scheduledCollectionDone();
            assertEquals(List.of(o[0], later), objects(gc, 0));
        }

        @Test
        void anExplicitCollectionBeforeTheCheckPointIncludesThem() {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            long[] o = crossing(gc);
            List<List<Long>> seen = new ArrayList<>();
            probe.during = () -> seen.add(objects(gc, 0));
            gc.collect(2);
            assertFalse(gc.collectionDue());
            assertEquals(List.of(List.of(o[0], o[1])), seen);
            gc.scheduledCollectionDone();
            assertEquals(List.of(0L, 0L, 0L), gc.counts(), "nothing was held: nothing to replay");
        }

        @Test
        void freezingWhileDueFreezesThemAndFreezingDuringTheCollectionDoesNot() {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            long[] o = crossing(gc);
            gc.freeze();
            assertEquals(2, gc.freezeCount());
            assertEquals(0, GcHeader.generationTag(heap.memory(), o[1]), "frozen objects carry no tag");
            gc.unfreeze();

            gc.objectAllocated();
            assertTrue(gc.collectionDue());
            long late = heap.newObject("list", 0);
            gc.track(late);
            probe.during = gc::freeze;
            gc.collect(gc.dueGeneration());
            assertEquals(2, gc.freezeCount(), "the late object is not tracked yet for CPython");
            gc.scheduledCollectionDone();
            assertEquals(List.of(late), objects(gc, 0));
        }
    }

    @Nested
    class PythonsView {

        @Test
        void oneListStandsForGenerationZeroAndTheOthersAreEmpty() {
            GcState gc = open(1);
            long a = tracked(gc);
            long b = tracked(gc);
            assertEquals(List.of(a, b), objects(gc, 0));
            assertEquals(List.of(), objects(gc, 1));
            assertEquals(List.of(), objects(gc, 2));
            assertEquals(List.of(a, b), objects(gc, -1));
            assertEquals(List.of(700L, 10L, 10L), gc.thresholds());
        }

        @Test
        void threeListsAreThreeGenerationsYoungestFirst() {
            GcState gc = open(3);
            long young = tracked(gc);
            long old = heap.newObject("dict", 0);
            gc.generation(2).append(old);
            assertEquals(List.of(young), objects(gc, 0));
            assertEquals(List.of(old), objects(gc, 2));
            assertEquals(List.of(young, old), objects(gc, -1));
            gc.untrack(old);
            assertEquals(List.of(young), objects(gc, -1));
        }

        @Test
        void getObjectsRefusesWhatCPythonRefuses() {
            GcState gc = open(1);
            assertEquals("generation parameter cannot be negative",
                    assertThrows(IllegalArgumentException.class, () -> gc.forEachObject(-2, o -> { })).getMessage());
            assertEquals("generation parameter must be less than the number of available generations (3)",
                    assertThrows(IllegalArgumentException.class, () -> gc.forEachObject(3, o -> { })).getMessage());
        }
    }

    @Nested
    class Freezing {

        @Test
        void freezeMovesEveryListZeroesTheCountsAndTellsTheCollector() {
            GcState gc = open(3);
            long a = tracked(gc);
            long b = heap.newObject("dict", 0);
            gc.generation(1).append(b);
            gc.collect(0);
            gc.objectAllocated();
            probe.calls.clear();
            gc.freeze();
            assertEquals(List.of(0L, 0L, 0L), gc.counts());
            assertEquals(2, gc.freezeCount());
            assertEquals(List.of(), objects(gc, -1), "frozen objects are not visited");
            assertEquals(List.of("frozen", "limit 700"), probe.calls);
            probe.calls.clear();
            gc.unfreeze();
            assertEquals(List.of("unfreezing 2", "limit 700"), probe.calls);
            assertEquals(0, gc.freezeCount());
            assertEquals(List.of(a, b), objects(gc, 2), "unfrozen into the oldest list, in the frozen order");
        }

        @Test
        void withOneListUnfreezingReturnsToIt() {
            GcState gc = open(1);
            long a = tracked(gc);
            gc.freeze();
            long b = tracked(gc);
            gc.unfreeze();
            assertEquals(List.of(b, a), objects(gc, 0));
        }
    }
}
