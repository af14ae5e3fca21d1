package dev.pyheap.gc.marksweep;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.testkit.HeapFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When automatic collections run: count[0] over max(threshold0, growth × survivors), observed
 * through gc callbacks at check points; and what get_count/get_threshold report.
 */
final class SchedulingTest {

    /** Records, for each automatic collection, the allocation (1-based) whose check point ran it and the count then. */
    private static final class Recorder {
        final List<Long> firedAt = new ArrayList<>();
        final List<List<Long>> countsAtStart = new ArrayList<>();
        long allocations;
    }

    /**
     * Allocates {@code n} lists kept alive by handles, running a check point after each, and
     * records each collection's "start" callback in {@code recorder}.
     */
    private static void allocateLists(HeapFixture h, Recorder recorder, int n) {
        PyThreadState t = h.t;
        for (int i = 0; i < n; i++) {
            h.keep(t.newList());
            recorder.allocations++;
            t.checkpoint();
        }
    }

    private static Recorder watch(HeapFixture h) {
        Recorder recorder = new Recorder();
        h.gc().callbacks().add((phase, generation, collected, uncollectable) -> {
            if (phase.equals("start")) {
                assertEquals(2, generation, "an automatic collection is a full one");
                recorder.firedAt.add(recorder.allocations);
                recorder.countsAtStart.add(h.gc().getCount());
            }
        });
        return recorder;
    }

    @Test
    void theFirstAutomaticCollectionRunsAt701AndTheNextAfterAsManyAsSurvived() {
        try (HeapFixture h = new HeapFixture("marksweep")) {
            h.collect(); // count[0] = 0 and the free lists are empty: every new list counts
            long base = h.trackedObjects();
            assertEquals(1, base, "a fresh heap tracks only the gc.garbage list");
            Recorder r = watch(h);
            allocateLists(h, r, 700);
            assertEquals(List.of(), r.firedAt, "700 is not over threshold0");
            assertEquals(List.of(700L, 0L, 0L), h.gc().getCount());
            allocateLists(h, r, 1);
            assertEquals(List.of(701L), r.firedAt, "the 701st allocation schedules it, as CPython's first");
            assertEquals(List.of(List.of(701L, 0L, 0L)), r.countsAtStart);
            assertEquals(List.of(0L, 0L, 0L), h.gc().getCount());
            assertEquals(702, h.trackedObjects(), "gc.garbage and 701 lists are alive");
            // The 701st list was tracked after the collection (as CPython collects inside the
            // allocation, before tracking), so it survived none: 701 survivors, and count[0]
            // does not count it. growth 1.0: the next one when count[0] exceeds max(700, 1.0 × 701).
            allocateLists(h, r, 701);
            assertEquals(1, r.firedAt.size());
            allocateLists(h, r, 1);
            assertEquals(List.of(701L, 701L + 702L), r.firedAt);
            assertEquals(List.of(List.of(701L, 0L, 0L), List.of(702L, 0L, 0L)), r.countsAtStart);
            h.assertSane("after the automatic collections");
        }
    }

    @Test
    void growthScalesTheAllowanceAndThreshold0IsItsFloor() {
        try (HeapFixture h = new HeapFixture("marksweep", Map.of("gc.marksweep.growth", "2.5", "gc.threshold", "100,10,10"))) {
            h.collect();
            long base = h.trackedObjects();
            Recorder r = watch(h);
            allocateLists(h, r, 101);
            assertEquals(List.of(101L), r.firedAt, "max(100, floor(2.5 × " + base + ")) = 100 on a fresh heap");
            long survivors = base + 100; // the 101st list was tracked after the collection
            long limit = (long) Math.floor(2.5 * survivors);
            allocateLists(h, r, (int) limit);
            assertEquals(1, r.firedAt.size());
            allocateLists(h, r, 1);
            assertEquals(List.of(101L, 101L + limit + 1), r.firedAt, "growth 2.5: after floor(2.5 × survivors) + 1");
        }
    }

    @Test
    void aSmallGrowthFallsBackToThreshold0() {
        try (HeapFixture h = new HeapFixture("marksweep", Map.of("gc.marksweep.growth", "0.1", "gc.threshold", "300"))) {
            h.collect();
            Recorder r = watch(h);
            allocateLists(h, r, 1000);
            long base = h.trackedObjects() - 1000;
            assertTrue((long) Math.floor(0.1 * (base + 903)) < 300);
            assertEquals(List.of(301L, 602L, 903L), r.firedAt, "0.1 × survivors stays under threshold0 = 300");
        }
    }

    @Test
    void freesCountDownAndNeverBelowZero() {
        try (HeapFixture h = new HeapFixture("marksweep")) {
            PyThreadState t = h.t;
            h.collect();
            assertEquals(List.of(0L, 0L, 0L), h.gc().getCount());
            try (Handle cls = t.newClass("C")) {
                long withClass = h.gc().getCount().get(0);
                List<Handle> objs = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    objs.add(t.call(cls));
                }
                assertEquals(List.of(withClass + 5, 0L, 0L), h.gc().getCount());
                objs.forEach(Handle::close);
                assertEquals(List.of(withClass, 0L, 0L), h.gc().getCount(), "5 instances freed: -5");
                h.collect(0);
                assertEquals(List.of(0L, 0L, 0L), h.gc().getCount(), "collect(0) moves no count[1]: there is no older list");
            }
            assertEquals(List.of(0L, 0L, 0L), h.gc().getCount(), "freeing the class does not go below 0");
        }
    }

    @Test
    void disabledOrThresholdZeroNeverCollectsAutomatically() {
        try (HeapFixture h = new HeapFixture("marksweep", Map.of("gc.enabled", "false"))) {
            h.collect();
            Recorder r = watch(h);
            assertFalse(h.gc().isenabled());
            allocateLists(h, r, 1500);
            assertEquals(List.of(), r.firedAt);
            h.gc().enable();
            allocateLists(h, r, 1);
            assertEquals(List.of(1501L), r.firedAt, "enabled again, the next allocation over the limit schedules one");
            h.gc().setThreshold(0);
            allocateLists(h, r, 5000);
            assertEquals(1, r.firedAt.size(), "threshold0 = 0 disables automatic collection");
            try (Handle l = h.t.newList()) {
                h.t.append(l, l);
            }
            assertEquals(1, h.collect(), "an explicit collection still runs");
        }
    }

    @Test
    void aCollectionScheduledThenDisabledDoesNotRun() {
        try (HeapFixture h = new HeapFixture("marksweep", Map.of("gc.threshold", "10"))) {
            h.collect();
            Recorder r = watch(h);
            for (int i = 0; i < 11; i++) {
                h.keep(h.t.newList());
            }
            assertTrue(h.counts().get(0) > 10, "scheduled: count[0] over threshold[0] while enabled");
            h.gc().disable();
            h.t.checkpoint();
            assertEquals(List.of(), r.firedAt);
            h.gc().enable();
            h.t.checkpoint();
            assertEquals(List.of(), r.firedAt, "the check point asked and dropped it: nothing is due until the next allocation");
        }
    }

    @Test
    void thresholdsAreStoredAndReported() {
        try (HeapFixture h = new HeapFixture("marksweep")) {
            assertEquals(List.of(700L, 10L, 10L), h.gc().getThreshold());
            h.gc().setThreshold(500, 20);
            assertEquals(List.of(500L, 20L, 10L), h.gc().getThreshold());
            PyException e = assertThrows(PyException.class, () -> h.gc().setThreshold(1L << 31));
            assertEquals("OverflowError: signed integer is greater than maximum", e.getMessage());
        }
    }
}
