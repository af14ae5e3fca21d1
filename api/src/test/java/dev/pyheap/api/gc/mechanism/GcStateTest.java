package dev.pyheap.api.gc.mechanism;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        // young and permanent first, then what the collector added
        assertEquals(4, heap.listsMade().size());
        assertSame(heap.listsMade().get(0), gc.generation(0));
        assertEquals(heap.listsMade().get(2).head(), gc.generation(1).head());
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
        void aFailingCollectionLeavesTheRunningFlagClear() {
            GcState gc = open(1, Map.of("gc.threshold", "1"));
            probe.during = () -> {
                throw new IllegalStateException("corrupt");
            };
            assertThrows(IllegalStateException.class, () -> gc.collect(2));
            probe.during = () -> { };
            gc.objectAllocated();
            gc.objectAllocated();
            assertTrue(gc.collectionDue());
            assertEquals(List.of(new GenerationStatistics(0, 0, 0)), gc.statistics(), "it did not count");
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
