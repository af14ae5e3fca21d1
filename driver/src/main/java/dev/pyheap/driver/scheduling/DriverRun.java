package dev.pyheap.driver.scheduling;

import dev.pyheap.api.alloc.AllocatorStatistics;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.PauseStatistics;
import dev.pyheap.api.gc.mechanism.PauseRecorder;
import dev.pyheap.driver.Leak;
import dev.pyheap.driver.LoadContext;
import dev.pyheap.driver.Mutator;
import dev.pyheap.driver.MutatorContext;
import dev.pyheap.driver.Program;
import dev.pyheap.driver.Workload;
import dev.pyheap.driver.patterns.SplitMix64;
import dev.pyheap.driver.reports.Baseline;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.SanityReport;
import dev.pyheap.runtime.gil.GilStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@link MutatorDriver} (see there for the steps).
 *
 * <h2>Shared state and the GIL</h2>
 * The budget ({@code remaining}), the sanity and verify counters, the peak sample and the
 * scheduler's random generator are plain fields read and written only by the thread holding the
 * GIL: the GIL's lock orders those accesses. {@code stop} is volatile because a thread may fail
 * outside the GIL. Each lane's published op count is volatile for the progress reader.
 *
 * <h2>The loop of one thread</h2>
 * <pre>
 *   [await turn] take GIL, make the mutator
 *   while not stopped and budget left:
 *       budget -= 1; mutator.step() (false: give the op back, leave)
 *       every 64 ops of this thread: publish progress; every 64 ops of all threads: deadline, peak sample
 *       checkpoint()                         collections run here; the GIL may pass (switch interval)
 *       every 64 ops: observer.checkPoint    (RunObserver: e.g. tracemalloc snapshots, GIL held)
 *       [verify] sanity check when due
 *       [turns] the policy may pass the turn: drop GIL, pass, await turn, take GIL
 *   mutator.finish(); drop GIL; [end turn]
 * </pre>
 */
final class DriverRun {
    private static final Logger LOG = LoggerFactory.getLogger(DriverRun.class);
    /** Nanoseconds between two samples of the mapped bytes (each walks the arenas). */
    private static final long PEAK_SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final PyHeap heap;
    private final Workload workload;
    private final RunSpec spec;
    private final int n;
    private final Lane[] lanes;
    private final TurnScheduler turns;
    private final SplitMix64 schedulerRandom;
    private Program program;
    /** {@link PyHeap#attributeNamesMade()} at the baseline. */
    private long namesAtBaseline;

    // Guarded by the GIL.
    private long remaining;
    private long deadline;
    private long verifyOps;
    private long verifyCollections;
    private long collectionStart;
    private final PauseRecorder pauses = new PauseRecorder();
    private long peakMapped;
    private long nextPeakSample;
    private long checks;
    /** Operations of every thread together (told to the observer). */
    private long totalOps;
    private final List<String> problems = new ArrayList<>();
    private boolean sane = true;

    private volatile boolean stop;
    private volatile long startNanos;

    /** One thread's counters. */
    private static final class Lane {
        long ops;
        long turnOps;
        volatile long published;
        Mutator mutator;
        Leak leftBehind = Leak.NONE;
        Throwable error;
    }

    DriverRun(PyHeap heap, Workload workload, RunSpec spec) {
        this.heap = heap;
        this.workload = workload;
        this.spec = spec;
        this.n = spec.threads();
        this.lanes = new Lane[n];
        for (int i = 0; i < n; i++) {
            lanes[i] = new Lane();
        }
        this.turns = spec.yieldPolicy().turnBased() ? new TurnScheduler(n) : null;
        this.schedulerRandom = new SplitMix64(spec.seed() ^ 0x7E57ED5EEDL);
    }

    /** The driver's turns of this run, or null under the switch interval (for tests). */
    TurnScheduler turns() {
        return turns;
    }

    private long opsTarget() {
        if (spec.duration() != null) {
            return 0;
        }
        return spec.ops() > 0 ? spec.ops() : workload.defaultOps();
    }

    RunReport run() {
        PyThreadState main = heap.attach();
        Throwable thrown = null;
        try {
            main.acquireGil();
            program = workload.load(new LoadContext(main, n, spec.seed(), spec.out()));
            heap.gc().collect();
            Baseline baseline = Baseline.take(heap);
            namesAtBaseline = heap.attributeNamesMade();
            RunObserver observer = spec.observer();
            if (observer != null) {
                observer.started(main);
            }
            List<GenerationStatistics> statsBefore = heap.metrics().collector().statistics();
            AllocatorStatistics allocBefore = heap.metrics().allocator();
            peakMapped = allocBefore.mappedBytes();
            GcCallback callback = this::onCollection;
            heap.gc().callbacks().add(callback);
            long target = opsTarget();
            remaining = target == 0 ? Long.MAX_VALUE : target;
            main.releaseGil();

            GilStatistics gilBefore = heap.metrics().gil();
            long elapsed = runThreads(target);
            GilStatistics gilAfter = heap.metrics().gil();

            main.acquireGil();
            heap.gc().callbacks().remove(callback);
            Throwable failure = firstError();
            if (failure != null) {
                cleanUpAfterFailure(main);
                throw rethrow(failure);
            }
            List<GenerationStatistics> statsAfter = heap.metrics().collector().statistics();
            samplePeak(heap.metrics().mappedBytes());
            sanityCheck();
            if (observer != null) {
                observer.finished(main, baseline);
            }
            program.reset(main);
            RunReport.LeakCheck leakCheck = leakCheck(baseline);
            sanityCheck();
            if (observer != null) {
                observer.ended(main, leakCheck);
            }
            AllocatorStatistics allocAfter = heap.metrics().allocator();
            program.unload(main);
            return report(elapsed, gilBefore, gilAfter, statsBefore, statsAfter, allocBefore, allocAfter, leakCheck);
        } catch (RuntimeException | Error e) {
            thrown = e;
            throw e;
        } finally {
            if (main.holdsGil()) {
                main.releaseGil();
            }
            try {
                main.close();
            } catch (RuntimeException e) {
                // After a failed collection closing the thread state refuses to untrack what it frees:
                // the run's own failure is the one to report.
                if (thrown == null) {
                    throw e;
                }
                thrown.addSuppressed(e);
            }
        }
    }

    /**
     * ARCHITECTURE §8.6: a full collection (which also empties the free lists), then the census
     * against the baseline plus what the workload declares it leaves behind when the collector does
     * not reclaim cycles (it has a leak report of its own). Attribute names the program's classes
     * made during the run are the program's, not leaked: CPython makes them when it compiles the
     * program, before the baseline ({@link PyHeap#attributeNamesMade()}), so a workload needs no
     * warm-up to set its attribute names before it is measured.
     */
    private RunReport.LeakCheck leakCheck(Baseline baseline) {
        Leak expected = Leak.NONE;
        if (heap.metrics().collector().leakReport().isPresent()) {
            expected = program.leftBehind();
            for (Lane lane : lanes) {
                expected = expected.plus(lane.leftBehind);
            }
        }
        heap.gc().collect();
        Baseline after = Baseline.take(heap);
        SortedMap<String, Long> leakedByType = after.minus(baseline);
        long names = heap.attributeNamesMade() - namesAtBaseline;
        long leakedBlocks = after.blocks() - baseline.blocks() - names;
        boolean ok = leakedByType.equals(expected.objectsByType()) && leakedBlocks == expected.blocks();
        if (!ok) {
            LOG.debug("leak check: expected {}, found {} and {} blocks (and {} attribute names made)", expected,
                    leakedByType, leakedBlocks, names);
        }
        return new RunReport.LeakCheck(ok, expected.objects(), leakedByType.values().stream().mapToLong(Long::longValue).sum(),
                leakedByType, expected.blocks(), leakedBlocks);
    }

    private RunReport report(long elapsedNanos, GilStatistics gilBefore, GilStatistics gilAfter,
                             List<GenerationStatistics> statsBefore, List<GenerationStatistics> statsAfter,
                             AllocatorStatistics allocBefore, AllocatorStatistics allocAfter,
                             RunReport.LeakCheck leakCheck) {
        long ops = 0;
        for (Lane lane : lanes) {
            ops += lane.ops;
        }
        List<Double> shares = new ArrayList<>();
        for (Lane lane : lanes) {
            shares.add(ops == 0 ? 0.0 : (double) lane.ops / ops);
        }
        List<Long> collections = new ArrayList<>();
        long collected = 0;
        long uncollectable = 0;
        for (int g = 0; g < statsAfter.size(); g++) {
            GenerationStatistics a = statsAfter.get(g);
            GenerationStatistics b = g < statsBefore.size() ? statsBefore.get(g) : new GenerationStatistics(0, 0, 0);
            collections.add(a.collections() - b.collections());
            collected += a.collected() - b.collected();
            uncollectable += a.uncollectable() - b.uncollectable();
        }
        double seconds = elapsedNanos / 1e9;
        Map<String, String> configuration = new LinkedHashMap<>();
        heap.configuration().all().forEach(s -> configuration.put(s.option().name(), s.valueText()));
        return new RunReport(RunReport.SCHEMA, heap.metrics().collector().name(), heap.metrics().allocator().allocator(), workload.name(),
                n, spec.seed(), spec.yieldPolicy().text(), ops, seconds, seconds > 0 ? ops / seconds : 0, shares,
                new RunReport.Gil(gilAfter.switches() - gilBefore.switches(),
                        gilAfter.forcedSwitches() - gilBefore.forcedSwitches(),
                        (gilAfter.totalWaitNanos() - gilBefore.totalWaitNanos()) / 1e6),
                collections, collected, uncollectable, millis(pauses.statistics()),
                new RunReport.Heap(Math.max(peakMapped, allocAfter.arenasHighWater() * allocAfter.arenaSize()),
                        allocAfter.mappedBytes(),
                        allocAfter.arenasAllocatedTotal() - allocBefore.arenasAllocatedTotal(),
                        allocAfter.arenasReclaimed() - allocBefore.arenasReclaimed(),
                        allocAfter.arenasHighWater()),
                leakCheck, new RunReport.Sanity(sane, checks, problems), configuration);
    }

    private static RunReport.Pauses millis(PauseStatistics p) {
        if (p.count() == 0) {
            return RunReport.Pauses.NONE;
        }
        return new RunReport.Pauses(p.count(), p.p50Nanos() / 1e6, p.p99Nanos() / 1e6, p.maxNanos() / 1e6);
    }

    /** {@code gc.callbacks} entry: times each collection of the run and counts them for verify. */
    private void onCollection(String phase, int generation, long collected, long uncollectable) {
        if ("start".equals(phase)) {
            collectionStart = System.nanoTime();
        } else {
            pauses.record(System.nanoTime() - collectionStart);
            verifyCollections++;
        }
    }

    // ------------------------------------------------------------------ threads

    /** Starts the mutators, waits for them all (reporting progress), returns the nanoseconds they ran. */
    private long runThreads(long target) {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        Thread[] threads = new Thread[n];
        for (int i = 0; i < n; i++) {
            int index = i;
            threads[i] = new Thread(() -> mutatorThread(index, ready, go), "pyheap-mutator-" + i);
            threads[i].setDaemon(true);
        }
        for (Thread t : threads) {
            t.start();
        }
        awaitUninterruptibly(ready);
        startNanos = System.nanoTime();
        deadlineFromSpec();
        go.countDown();
        long durationNanos = spec.duration() == null ? 0 : spec.duration().toNanos();
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join(100);
                } catch (InterruptedException e) {
                    stop = true;
                    Thread.currentThread().interrupt();
                }
                if (spec.progress() != null) {
                    long done = 0;
                    for (Lane lane : lanes) {
                        done += lane.published;
                    }
                    spec.progress().update(done, target, System.nanoTime() - startNanos, durationNanos);
                }
            }
        }
        return System.nanoTime() - startNanos;
    }

    private void deadlineFromSpec() {
        // Written before `go` opens: every mutator reads it after the latch, which orders the write.
        deadline = spec.duration() == null ? Long.MAX_VALUE : startNanos + spec.duration().toNanos();
        nextPeakSample = startNanos + PEAK_SAMPLE_NANOS;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private long seedOf(int index) {
        return new SplitMix64(spec.seed() + 0x9E3779B97F4A7C15L * (index + 1)).next();
    }

    private void mutatorThread(int i, CountDownLatch ready, CountDownLatch go) {
        Lane lane = lanes[i];
        PyThreadState t;
        try {
            t = heap.attach();
        } catch (RuntimeException | Error e) {
            lane.error = e;
            stop = true;
            ready.countDown();
            if (turns != null) {
                turns.finished(i);
            }
            return;
        }
        try {
            ready.countDown();
            awaitUninterruptibly(go);
            if (turns != null) {
                turns.awaitTurn(i);
            }
            t.acquireGil();
            try {
                if (!stop) { // a thread whose first turn comes after the deadline has nothing to do
                    lane.mutator = program.mutator(new MutatorContext(t, i, n, seedOf(i), spec.out()));
                    loop(t, lane, i);
                }
            } catch (RuntimeException | Error e) {
                fail(lane, e);
            } finally {
                try {
                    if (lane.mutator != null) {
                        lane.mutator.finish();
                        lane.leftBehind = lane.mutator.leftBehind();
                    }
                } catch (RuntimeException | Error e) {
                    fail(lane, e);
                }
                lane.published = lane.ops;
                if (t.holdsGil()) {
                    t.releaseGil();
                }
            }
        } catch (RuntimeException | Error e) {
            fail(lane, e);
        } finally {
            try {
                t.close();
            } catch (RuntimeException | Error e) {
                fail(lane, e);
            }
            if (turns != null) {
                turns.finished(i);
            }
        }
    }

    private void fail(Lane lane, Throwable e) {
        if (lane.error == null) {
            lane.error = e;
        }
        stop = true;
        LOG.debug("mutator failed", e);
    }

    private void loop(PyThreadState t, Lane lane, int i) {
        Mutator mutator = lane.mutator;
        boolean verify = spec.verify();
        while (!stop && remaining > 0) {
            remaining--;
            if (!mutator.step()) {
                remaining++;
                return;
            }
            long ops = ++lane.ops;
            if ((ops & 63) == 0) {
                lane.published = ops;
            }
            if ((++totalOps & 63) == 0) {
                periodic();
            }
            t.checkpoint();
            if ((ops & 63) == 0 && spec.observer() != null) {
                spec.observer().checkPoint(t, totalOps);
            }
            if (verify && (++verifyOps >= spec.verifyEveryOps() || verifyCollections >= spec.verifyEveryCollections())) {
                verifyOps = 0;
                verifyCollections = 0;
                sanityCheck();
            }
            if (turns != null) {
                int next = nextTurn(lane, i);
                if (next >= 0 && next != i) {
                    lane.turnOps = 0;
                    t.releaseGil();
                    turns.pass(next);
                    turns.awaitTurn(i);
                    t.acquireGil();
                }
            }
        }
    }

    /** Who gets the turn after this operation under the policy, or -1 to keep it. */
    private int nextTurn(Lane lane, int i) {
        YieldPolicy policy = spec.yieldPolicy();
        if (policy instanceof YieldPolicy.EveryN every) {
            return ++lane.turnOps >= every.n() ? turns.nextLive(i) : -1;
        } else if (policy instanceof YieldPolicy.Random random) {
            return schedulerRandom.nextBelow(random.meanRun()) == 0 ? turns.live(schedulerRandom.next()) : -1;
        }
        return -1;
    }

    /**
     * Every 64 operations of all threads together (not of each thread: with 256 threads taking turns
     * that would be 16,384 operations between two looks at the clock): the deadline, the peak sample.
     */
    private void periodic() {
        long now = System.nanoTime();
        if (now - deadline >= 0) {
            stop = true;
        }
        if (now - nextPeakSample >= 0) {
            nextPeakSample = now + PEAK_SAMPLE_NANOS;
            // O(1): a statistics snapshot walks every pool header, a cache miss each, 50 times a second
            samplePeak(heap.metrics().mappedBytes());
        }
    }

    private void samplePeak(long mappedBytes) {
        peakMapped = Math.max(peakMapped, mappedBytes);
    }

    /** Runs the sanity checker (GIL held, at a quiet point); a problem stops the run. */
    private void sanityCheck() {
        SanityReport r = heap.checkSanity();
        checks += r.checks();
        if (!r.ok()) {
            sane = false;
            stop = true;
            for (String p : r.problems()) {
                if (problems.size() < SanityReport.MAX_LISTED) {
                    problems.add(p);
                }
            }
        }
    }

    // ------------------------------------------------------------------ failure

    private Throwable firstError() {
        for (Lane lane : lanes) {
            if (lane.error != null) {
                return lane.error;
            }
        }
        return null;
    }

    /** A mutator failed: the mutators have dropped their roots; put the program away too, best effort. */
    private void cleanUpAfterFailure(PyThreadState main) {
        try {
            program.reset(main);
            program.unload(main);
        } catch (RuntimeException | Error e) {
            LOG.debug("cleaning up after a failed run failed too", e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
