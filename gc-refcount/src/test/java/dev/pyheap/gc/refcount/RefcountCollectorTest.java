package dev.pyheap.gc.refcount;

import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.gc.CollectionResult;
import dev.pyheap.api.gc.Collector;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.LeakReport;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.api.testkit.FakeHeap;
import dev.pyheap.api.testkit.FakeHeap.UntrackCheck;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code refcount} collector over a fake heap: CPython 3.11's {@code gc.get_count()} arithmetic,
 * a collection that finds nothing, thresholds as {@code gc.set_threshold}, freezing, and the leak
 * report on tiny graphs with exact counts.
 */
class RefcountCollectorTest {
    private final FakeHeap heap = new FakeHeap();
    private final Memory memory = heap.memory();
    private final GcState gc = GcState.open(heap, Configuration.defaults(), new RefcountCollectorProvider());
    private final Collector collector = gc.collector();
    private final GcList trackedList = heap.listsMade().get(0);
    private final GcList permanentList = heap.listsMade().get(1);

    /** A new object of {@code type} with {@code slots} slots, allocated and tracked as the runtime would. */
    private long tracked(String type, int slots) {
        long object = heap.newObject(type, slots);
        gc.objectAllocated();
        gc.track(object);
        return object;
    }

    private List<Long> counts(long c0, long c1, long c2) {
        return List.of(c0, c1, c2);
    }

    private List<Long> objects(int generation) {
        List<Long> objects = new ArrayList<>();
        gc.forEachObject(generation, objects::add);
        return objects;
    }

    @Test
    void itIsTheRefcountCollectorWithOneList() {
        assertEquals("refcount", collector.name());
        assertEquals(1, gc.generations());
        assertEquals(3, heap.listsMade().size(), "young, permanent and late (which this collector never fills)");
        assertTrue(trackedList.isEmpty());
        assertTrue(permanentList.isEmpty());
    }

    @Nested
    class Counts {

        @Test
        void allocationsAddOneAndFreesTakeOneNeverBelowZero() {
            assertEquals(counts(0, 0, 0), gc.counts());
            gc.objectAllocated();
            gc.objectAllocated();
            gc.objectAllocated();
            assertEquals(counts(3, 0, 0), gc.counts());
            gc.objectFreed();
            assertEquals(counts(2, 0, 0), gc.counts());
            gc.objectFreed();
            gc.objectFreed();
            gc.objectFreed();
            gc.objectFreed();
            assertEquals(counts(0, 0, 0), gc.counts());
            gc.objectAllocated();
            assertEquals(counts(1, 0, 0), gc.counts());
        }

        @Test
        void trackingMovesNoCount() {
            long a = heap.newObject("list", 0);
            gc.track(a);
            gc.untrack(a);
            assertEquals(counts(0, 0, 0), gc.counts());
        }

        @Test
        void collectingResetsTheCountsAsCPythonDoes() {
            // The sequence measured on CPython 3.11 with gc.disable(): collect(0) twice gives
            // (0, 1, 0) then (0, 2, 0); collect(1) gives (0, 0, 1); collect(2) zeroes everything.
            for (int i = 0; i < 5; i++) {
                gc.objectAllocated();
            }
            assertEquals(counts(5, 0, 0), gc.counts());
            gc.collect(0);
            assertEquals(counts(0, 1, 0), gc.counts());
            gc.objectAllocated();
            gc.objectAllocated();
            assertEquals(counts(2, 1, 0), gc.counts());
            gc.collect(0);
            assertEquals(counts(0, 2, 0), gc.counts());
            gc.collect(1);
            assertEquals(counts(0, 0, 1), gc.counts());
            gc.collect(0);
            gc.collect(1);
            assertEquals(counts(0, 0, 2), gc.counts());
            gc.collect(0);
            gc.objectAllocated();
            assertEquals(counts(1, 1, 2), gc.counts());
            gc.collect(2);
            assertEquals(counts(0, 0, 0), gc.counts());
        }

        @Test
        void noCollectionIsEverScheduled() {
            for (int i = 0; i < 2_000; i++) {
                gc.objectAllocated();
                assertFalse(gc.collectionDue());
            }
            assertEquals(counts(2_000, 0, 0), gc.counts());
        }
    }

    @Nested
    class Collections {

        @Test
        void aTwoCycleIsNotCollectedAndStaysTracked() {
            long a = tracked("list", 1);
            long b = tracked("list", 1);
            heap.link(a, b);
            heap.link(b, a);

            CollectionResult result = gc.collect(2);

            assertEquals(2, result.generation());
            assertEquals(0, result.collected());
            assertEquals(0, result.uncollectable());
            assertTrue(result.elapsedNanos() >= 0);
            assertEquals(List.of(a, b), heap.checkedObjects(trackedList));
            assertEquals(1, heap.refcount(a));
            assertEquals(1, heap.refcount(b));
        }

        @Test
        void everyCollectionCountsInTheOneGenerationsStatistics() {
            assertEquals(List.of(new GenerationStatistics(0, 0, 0)), gc.statistics());
            gc.collect(0);
            gc.collect(1);
            gc.collect(2);
            gc.collect(2);
            assertEquals(List.of(new GenerationStatistics(4, 0, 0)), gc.statistics());
        }

        @Test
        void tuplesAreCheckedEveryCollectionDictsInFullOnes() {
            long list = tracked("list", 1);
            long atomTuple = tracked("tuple", 1);
            long listTuple = tracked("tuple", 1);
            long atomDict = tracked("dict", 1);
            heap.link(listTuple, list);
            heap.link(atomTuple, heap.newObject("int", 0)); // an untracked referent, like an int

            gc.collect(0);
            assertEquals(List.of(new UntrackCheck(list, false), new UntrackCheck(atomTuple, false),
                    new UntrackCheck(listTuple, false), new UntrackCheck(atomDict, false)), heap.untrackChecks());
            assertEquals(List.of(list, listTuple, atomDict), heap.checkedObjects(trackedList));
            assertFalse(GcHeader.isTracked(memory, atomTuple));
            assertEquals(0, heap.freeListClears());

            heap.untrackChecks().clear();
            gc.collect(2);
            assertEquals(List.of(new UntrackCheck(list, false), new UntrackCheck(listTuple, false),
                    new UntrackCheck(atomDict, false), new UntrackCheck(atomDict, true)), heap.untrackChecks());
            assertEquals(List.of(list, listTuple), heap.checkedObjects(trackedList));
            assertEquals(1, heap.freeListClears());
        }

        @Test
        void frozenObjectsAreNotExamined() {
            long frozen = tracked("tuple", 0);
            gc.freeze();
            gc.collect(2);
            assertEquals(List.of(), heap.untrackChecks());
            assertEquals(List.of(frozen), heap.checkedObjects(permanentList));
        }
    }

    @Nested
    class Tracking {

        @Test
        void trackAppendsAndUntrackUnlinks() {
            long a = tracked("list", 0);
            long b = tracked("dict", 0);
            long c = tracked("Person", 0);
            assertEquals(List.of(a, b, c), heap.checkedObjects(trackedList));
            gc.untrack(b);
            assertEquals(List.of(a, c), heap.checkedObjects(trackedList));
            assertFalse(GcHeader.isTracked(memory, b));
            gc.track(b);
            assertEquals(List.of(a, c, b), heap.checkedObjects(trackedList));
        }

        @Test
        void untrackKeepsFinalized() {
            long a = tracked("Person", 0);
            GcHeader.setFinalized(memory, a);
            gc.untrack(a);
            assertTrue(GcHeader.isFinalized(memory, a));
        }

        @Test
        void trackingTwiceOrUntrackingAnUntrackedObjectIsCorruption() {
            long a = tracked("list", 0);
            assertThrows(HeapCorruptionError.class, () -> gc.track(a));
            gc.untrack(a);
            assertThrows(HeapCorruptionError.class, () -> gc.untrack(a));
        }

        @Test
        void getObjectsSeesTheOneListAsGenerationZero() {
            long a = tracked("list", 0);
            long b = tracked("dict", 0);
            assertEquals(List.of(a, b), objects(-1));
            assertEquals(List.of(a, b), objects(0));
            assertEquals(List.of(), objects(1));
            assertEquals(List.of(), objects(2));
        }

        @Test
        void getObjectsRefusesOtherGenerationsWithCPythonsMessages() {
            assertEquals("generation parameter cannot be negative",
                    assertThrows(IllegalArgumentException.class, () -> objects(-2)).getMessage());
            assertEquals("generation parameter must be less than the number of available generations (3)",
                    assertThrows(IllegalArgumentException.class, () -> objects(3)).getMessage());
        }
    }

    @Nested
    class Freezing {

        @Test
        void freezeMovesEverythingAndZeroesTheCounts() {
            long a = tracked("list", 0);
            long b = tracked("dict", 0);
            long c = tracked("Person", 0);
            gc.collect(0);
            gc.collect(0);
            gc.collect(1);
            gc.collect(0);
            gc.objectAllocated();
            assertEquals(counts(1, 1, 1), gc.counts());

            gc.freeze();

            assertEquals(counts(0, 0, 0), gc.counts());
            assertEquals(3, gc.freezeCount());
            assertEquals(List.of(), objects(-1));
            assertEquals(List.of(a, b, c), heap.checkedObjects(permanentList));

            long d = tracked("list", 0);
            gc.untrack(b);
            assertEquals(2, gc.freezeCount());
            assertEquals(List.of(d), objects(-1));
            gc.objectFreed();
            assertEquals(counts(0, 0, 0), gc.counts());

            gc.unfreeze();

            assertEquals(0, gc.freezeCount());
            assertEquals(List.of(d, a, c), objects(-1));
            assertEquals(List.of(d, a, c), heap.checkedObjects(trackedList));
            assertTrue(permanentList.isEmpty());
            assertEquals(counts(0, 0, 0), gc.counts());
        }

        @Test
        void freezingTwiceKeepsEverythingFrozenAndUnfreezingNothingIsHarmless() {
            long a = tracked("list", 0);
            gc.freeze();
            long b = tracked("list", 0);
            gc.freeze();
            assertEquals(2, gc.freezeCount());
            gc.unfreeze();
            gc.unfreeze();
            assertEquals(List.of(a, b), heap.checkedObjects(trackedList));
            assertEquals(0, gc.freezeCount());
        }
    }

    @Nested
    class Thresholds {

        @Test
        void defaultsAreCPythons() {
            assertEquals(counts(700, 10, 10), gc.thresholds());
            assertTrue(gc.isEnabled());
        }

        @Test
        void setThresholdReplacesOnlyTheValuesGiven() {
            gc.setThresholds(List.of(5L));
            assertEquals(counts(5, 10, 10), gc.thresholds());
            gc.setThresholds(List.of(7L, 6L));
            assertEquals(counts(7, 6, 10), gc.thresholds());
            gc.setThresholds(List.of(1L, 2L, 3L));
            assertEquals(counts(1, 2, 3), gc.thresholds());
            gc.setThresholds(List.of(-1L));
            assertEquals(counts(-1, 2, 3), gc.thresholds());
            gc.setThresholds(List.of(0L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE));
            assertEquals(counts(0, Integer.MAX_VALUE, Integer.MIN_VALUE), gc.thresholds());
        }

        @Test
        void setThresholdRefusesWhatCPythonRefusesAndKeepsTheOldValues() {
            gc.setThresholds(List.of(1L, 2L, 3L));
            assertEquals("set_threshold() takes at least 1 argument (0 given)",
                    assertThrows(IllegalArgumentException.class, () -> gc.setThresholds(List.of()))
                            .getMessage());
            assertEquals("set_threshold() takes at most 3 arguments (4 given)",
                    assertThrows(IllegalArgumentException.class,
                            () -> gc.setThresholds(List.of(1L, 2L, 3L, 4L))).getMessage());
            assertEquals("signed integer is greater than maximum",
                    assertThrows(ArithmeticException.class,
                            () -> gc.setThresholds(List.of(9L, 1L + Integer.MAX_VALUE))).getMessage());
            assertEquals("signed integer is less than minimum",
                    assertThrows(ArithmeticException.class,
                            () -> gc.setThresholds(List.of(Integer.MIN_VALUE - 1L))).getMessage());
            assertEquals(counts(1, 2, 3), gc.thresholds());
        }

        @Test
        void theConfigurationIsAppliedAsSetThreshold() {
            FakeHeap other = new FakeHeap();
            GcState configured = GcState.open(other,
                    Configuration.of(Map.of("gc.threshold", "100,5", "gc.enabled", "false")), new RefcountCollectorProvider());
            assertEquals(counts(100, 5, 10), configured.thresholds());
            assertFalse(configured.isEnabled());
            configured.setEnabled(true);
            assertTrue(configured.isEnabled());
        }

        @Test
        void thresholdsAndEnabledChangeNothing() {
            gc.setThresholds(List.of(1L));
            gc.setEnabled(false);
            for (int i = 0; i < 10; i++) {
                gc.objectAllocated();
            }
            assertFalse(gc.collectionDue());
            assertEquals(counts(10, 0, 0), gc.counts());
            assertEquals(0, gc.collect(2).collected());
        }
    }

    @Nested
    class Leaks {

        private LeakReport report() {
            Optional<LeakReport> report = collector.leakReport();
            assertTrue(report.isPresent());
            return report.get();
        }

        /** A report of the cycles of {@code shapes} (each: a number of cycles, then type, count, type, count...). */
        private LeakReport expected(Map<String, Long> shared, Object[]... shapes) {
            List<LeakReport.Shape> list = new ArrayList<>();
            for (Object[] shape : shapes) {
                TreeMap<String, Long> byType = new TreeMap<>();
                for (int i = 1; i < shape.length; i += 2) {
                    byType.put((String) shape[i], ((Number) shape[i + 1]).longValue());
                }
                list.add(new LeakReport.Shape(((Number) shape[0]).longValue(), byType));
            }
            return LeakReport.of(list, new TreeMap<>(shared));
        }

        private Object[] shape(Object... cyclesThenTypes) {
            return cyclesThenTypes;
        }

        /** The tracked list holds exactly {@code objects} in ordinary state, and the temporary list came back. */
        private void assertRestored(List<Long> objects) {
            List<Long> after = heap.checkedObjects(trackedList);
            assertEquals(objects.size(), after.size());
            assertEquals(new HashSet<>(objects), new HashSet<>(after));
            assertEquals(heap.listsMade().size() - 3, heap.listsFreed().size(), "temporary lists freed");
            for (GcList freed : heap.listsFreed()) {
                assertTrue(freed.isEmpty());
                assertFalse(freed.equals(trackedList) || freed.equals(permanentList));
            }
        }

        @Test
        void nothingTrackedNothingLeaked() {
            LeakReport r = report();
            assertEquals(LeakReport.empty(), r);
            assertEquals("no unreclaimable objects", r.format());
            assertRestored(List.of());
        }

        @Test
        void twoListsReferencingEachOther() {
            long a = tracked("list", 1);
            long b = tracked("list", 1);
            heap.link(a, b);
            heap.link(b, a);

            LeakReport r = report();

            assertEquals(expected(Map.of(), shape(1, "list", 2)), r);
            assertEquals("1 cycle of 2 objects: list 2", r.format());
            assertRestored(List.of(a, b));
            assertEquals(1, heap.refcount(a));
        }

        @Test
        void aSelfReferenceAndASeparateThreeCycle() {
            long self = tracked("list", 1);
            heap.link(self, self);
            long p = tracked("Person", 1);
            long q = tracked("Person", 1);
            long r = tracked("Person", 1);
            heap.link(p, q);
            heap.link(q, r);
            heap.link(r, p);

            LeakReport report = report();

            assertEquals(expected(Map.of(), shape(1, "Person", 3), shape(1, "list", 1)), report);
            assertEquals("4 objects in 2 cycles: 1 cycle of 3 objects: Person 3; 1 cycle of 1 object: list 1",
                    report.format());
            assertRestored(List.of(self, p, q, r));
        }

        @Test
        void anObjectReachableOnlyFromACycleCountsInItsGroup() {
            long a = tracked("list", 2);
            long b = tracked("list", 1);
            long hanging = tracked("dict", 1);
            long further = tracked("Person", 0);
            heap.link(a, b);
            heap.link(b, a);
            heap.link(a, hanging);
            heap.link(hanging, further);

            LeakReport r = report();

            assertEquals(expected(Map.of(), shape(1, "list", 2, "dict", 1, "Person", 1)), r);
            assertEquals("1 cycle of 4 objects: list 2, Person 1, dict 1", r.format());
            assertRestored(List.of(a, b, hanging, further));
        }

        @Test
        void anExternallyReferencedCycleIsNotReported() {
            long held1 = tracked("list", 1);
            long held2 = tracked("list", 1);
            heap.link(held1, held2);
            heap.link(held2, held1);
            heap.addExternal(held2); // a global, a frame local or a handle
            long lost1 = tracked("Person", 1);
            long lost2 = tracked("Dog", 1);
            heap.link(lost1, lost2);
            heap.link(lost2, lost1);

            LeakReport r = report();

            assertEquals(expected(Map.of(), shape(1, "Person", 1, "Dog", 1)), r);
            assertEquals("1 cycle of 2 objects: Dog 1, Person 1", r.format());
            assertRestored(List.of(held1, held2, lost1, lost2));
        }

        @Test
        void anObjectTheLeakReferencesButSomethingElseHoldsIsNotReported() {
            long a = tracked("list", 2);
            long b = tracked("list", 1);
            long shared = tracked("dict", 0);
            heap.link(a, b);
            heap.link(b, a);
            heap.link(a, shared);
            heap.addExternal(shared);

            assertEquals(expected(Map.of(), shape(1, "list", 2)), report());
            assertRestored(List.of(a, b, shared));
        }

        @Test
        void twoCyclesJoinedByAReferenceAreTwoCycles() {
            long a = tracked("list", 2);
            long b = tracked("list", 1);
            long c = tracked("set", 1);
            long d = tracked("set", 1);
            heap.link(a, b);
            heap.link(b, a);
            heap.link(c, d);
            heap.link(d, c);
            heap.link(a, c);

            LeakReport r = report();

            // Breaking a-b frees neither c nor d: the set pair is a cycle of its own.
            assertEquals(expected(Map.of(), shape(1, "list", 2), shape(1, "set", 2)), r);
            assertEquals("4 objects in 2 cycles: 1 cycle of 2 objects: list 2; 1 cycle of 2 objects: set 2", r.format());
        }

        @Test
        void headersAreExactlyAsBeforeAndTheReportRepeats() {
            long a = tracked("list", 1);
            long b = tracked("list", 1);
            long kept = tracked("dict", 1);
            heap.link(a, b);
            heap.link(b, a);
            heap.link(kept, a);
            heap.addExternal(kept);
            long lost = tracked("Person", 1);
            heap.link(lost, lost);
            GcHeader.setFinalized(memory, b);
            GcHeader.setFinalized(memory, lost);

            LeakReport first = report();
            LeakReport second = report();

            assertEquals(expected(Map.of(), shape(1, "Person", 1)), first);
            assertEquals(first, second);
            assertRestored(List.of(a, b, kept, lost));
            assertTrue(GcHeader.isFinalized(memory, b));
            assertTrue(GcHeader.isFinalized(memory, lost));
            assertFalse(GcHeader.isFinalized(memory, a));
            assertFalse(GcHeader.isFinalized(memory, kept));
            assertEquals(List.of(2L, 1L, 1L, 1L),
                    List.of(heap.refcount(a), heap.refcount(b), heap.refcount(kept), heap.refcount(lost)));
            // The list still works as the collector's list.
            gc.untrack(lost);
            long later = tracked("list", 0);
            heap.addExternal(later);
            List<Long> now = heap.checkedObjects(trackedList);
            assertEquals(4, now.size());
            assertEquals(later, now.get(3));
            assertEquals(LeakReport.empty(), report());
        }

        @Test
        void frozenObjectsAreNotExamined() {
            long a = tracked("list", 1);
            heap.link(a, a);
            gc.freeze();
            long b = tracked("list", 1);
            heap.link(b, b);

            assertEquals(expected(Map.of(), shape(1, "list", 1)), report());
            assertEquals(List.of(a), heap.checkedObjects(permanentList));
            assertEquals(List.of(b), heap.checkedObjects(trackedList));
        }

        @Test
        void manyCyclesAreCountedOneGroupEach() {
            List<Long> all = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                long x = tracked("Person", 1);
                long y = tracked("Dog", 1);
                heap.link(x, y);
                heap.link(y, x);
                all.add(x);
                all.add(y);
            }
            LeakReport r = report();
            assertEquals("100 cycles of 2 objects: Dog 1, Person 1", r.format());
            assertEquals(expected(Map.of(), shape(100, "Dog", 1, "Person", 1)), r);
            assertRestored(all);
        }

        /**
         * Each Person-Dog pair is a cycle; both refer to their class, which is garbage too but on no
         * cycle and held by every pair: counted apart as shared, not gluing the pairs into one group.
         */
        @Test
        void objectsSharedByManyCyclesDoNotJoinThem() {
            long personClass = tracked("type", 0);
            long dogClass = tracked("type", 0);
            List<Long> all = new ArrayList<>(List.of(personClass, dogClass));
            for (int i = 0; i < 1000; i++) {
                long p = tracked("Person", 2);
                long d = tracked("Dog", 2);
                heap.link(p, d);
                heap.link(d, p);
                heap.link(p, personClass);
                heap.link(d, dogClass);
                all.add(p);
                all.add(d);
            }
            LeakReport r = report();
            assertEquals(expected(Map.of("type", 2L), shape(1000, "Dog", 1, "Person", 1)), r);
            assertEquals("2,002 objects in 1,000 cycles: 1,000 cycles of 2 objects: Dog 1, Person 1;"
                    + " 2 objects shared by several cycles: type 2", r.format());
            assertRestored(all);
        }

        /** What hangs from one cycle, however long the chain, is freed with it; what two cycles hold is not. */
        @Test
        void aChainFromOneCycleIsItsOwnAndWhatTwoCyclesHoldIsShared() {
            long a = tracked("list", 2);
            long b = tracked("list", 2);
            heap.link(a, b);
            heap.link(b, a);
            long c = tracked("set", 2);
            heap.link(c, c);
            long chain = tracked("dict", 1);
            heap.link(a, chain);
            long next = tracked("dict", 1);
            heap.link(chain, next);
            long end = tracked("tuple", 0);
            heap.link(next, end);
            long both = tracked("Person", 1);
            heap.link(b, both);
            heap.link(c, both);
            long underBoth = tracked("Dog", 0);
            heap.link(both, underBoth);

            LeakReport r = report();

            assertEquals(expected(Map.of("Person", 1L, "Dog", 1L), shape(1, "list", 2, "dict", 2, "tuple", 1),
                    shape(1, "set", 1)), r);
            assertEquals("8 objects in 2 cycles: 1 cycle of 5 objects: dict 2, list 2, tuple 1;"
                    + " 1 cycle of 1 object: set 1; 2 objects shared by several cycles: Dog 1, Person 1", r.format());
            assertRestored(List.of(a, b, c, chain, next, end, both, underBoth));
        }

        /** A cycle that refers to another is counted apart; an object both hold is shared. */
        @Test
        void aCycleReferringToAnotherCycleIsCountedApart() {
            long a = tracked("list", 2);
            long b = tracked("list", 1);
            heap.link(a, b);
            heap.link(b, a);
            long c = tracked("list", 2);
            long d = tracked("list", 1);
            heap.link(c, d);
            heap.link(d, c);
            heap.link(a, c);
            long held = tracked("float", 0);
            heap.link(c, held);

            LeakReport r = report();

            // Breaking a-b frees nothing of c-d; the float goes when c-d does.
            assertEquals(expected(Map.of(), shape(1, "list", 2), shape(1, "list", 2, "float", 1)), r);
            assertEquals(2, r.groups());
        }

        @Test
        void identicalShapesAreCountedTogetherAndTheBiggestComesFirst() {
            for (int i = 0; i < 3; i++) {
                long x = tracked("list", 1);
                heap.link(x, x);
            }
            for (int i = 0; i < 2; i++) {
                long x = tracked("Node", 1);
                long y = tracked("Node", 1);
                long z = tracked("Node", 1);
                heap.link(x, y);
                heap.link(y, z);
                heap.link(z, x);
            }
            LeakReport r = report();
            assertEquals(List.of(new LeakReport.Shape(2, new TreeMap<>(Map.of("Node", 3L))),
                    new LeakReport.Shape(3, new TreeMap<>(Map.of("list", 1L)))), r.shapes());
            assertEquals("9 objects in 5 cycles: 2 cycles of 3 objects: Node 3; 3 cycles of 1 object: list 1", r.format());
        }
    }

    /** No recursion: a ring of a million objects, and a million-long chain hanging from a cycle. */
    @Nested
    class MillionLongStructures {
        private static final int N = 1_000_000;
        private final FakeHeap big = new FakeHeap(100 * N);
        private final GcState bigState = GcState.open(big, Configuration.defaults(), new RefcountCollectorProvider());
        private final Collector bigCollector = bigState.collector();

        private long node(String type) {
            long object = big.newObject(type, 1);
            bigState.track(object);
            return object;
        }

        @Test
        void aRingOfAMillionIsOneCycle() {
            long first = node("Node");
            long previous = first;
            for (int i = 1; i < N; i++) {
                long next = node("Node");
                big.link(previous, next);
                previous = next;
            }
            big.link(previous, first);
            assertEquals("1 cycle of 1,000,000 objects: Node 1,000,000", bigCollector.leakReport().orElseThrow().format());
        }

        @Test
        void aChainOfAMillionHangingFromASelfReferenceIsThatCycles() {
            long head = big.newObject("list", 2);
            bigState.track(head);
            big.link(head, head);
            long previous = head;
            for (int i = 0; i < N; i++) {
                long next = node("Node");
                big.link(previous, next);
                previous = next;
            }
            LeakReport r = bigCollector.leakReport().orElseThrow();
            assertEquals("1 cycle of 1,000,001 objects: Node 1,000,000, list 1", r.format());
            assertEquals(N + 1, r.objects());
        }
    }
}
