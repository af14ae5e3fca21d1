package dev.pyheap.cli;

import dev.pyheap.api.gc.PauseStatistics;
import dev.pyheap.cli.output.HtmlReport;
import dev.pyheap.driver.reports.Baseline;
import dev.pyheap.driver.reports.RetentionReport;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.RunObserver;
import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.HeapMetrics;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyThreadState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code --report}: records what the HTML report draws, inside the run (the heap open, the GIL held),
 * through the heap's read-only {@link HeapMetrics} and a {@link GcCallback} (a Java entry of the
 * runtime's callback list, which Python's {@code gc.callbacks} does not show).
 * <ul>
 * <li>a heap sample (mapped and allocated bytes, objects per generation) at the start, at check
 *     points and around collections, at most once every {@link #SAMPLE_EVERY_NANOS} (a sample walks
 *     the arenas and the collector's lists), and at the end;
 * <li>every collection: its start, generation, pause (start to stop of the callbacks) and findings;
 * <li>at the end: the collector's pause statistics and the arena map; from the wrapped
 *     {@link Inspection}, the top allocation sites and the leak groups.
 * </ul>
 * As a {@link RunObserver} for workloads it wraps the run's other observer (the inspection, or none);
 * for a Python program {@link PythonRun} calls {@link #start(PyHeap)} and {@link #end(PyHeap)}.
 */
final class ReportRecorder implements RunObserver {
    /** The first interval between samples; it doubles whenever {@link #MAX_SAMPLES} are kept. */
    static final long SAMPLE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** The most samples kept: past it every other one is dropped, so a long run gives a page of bounded size. */
    static final int MAX_SAMPLES = 2000;
    /** The wait after a sample, in multiples of what the sample cost: recording takes at most about 5% of a run. */
    static final long COST_FACTOR = 20;

    private final Inspection inspection;
    private final List<HtmlReport.Sample> samples = new ArrayList<>();
    private final List<HtmlReport.Collection> collections = new ArrayList<>();
    private PyHeap heap;
    private GcCallback callback;
    private long startNanos;
    private long endNanos;
    private long lastSampleNanos;
    private long baseEveryNanos = SAMPLE_EVERY_NANOS;
    private long sampleEveryNanos = SAMPLE_EVERY_NANOS;
    private long collectionStartNanos;
    private PauseStatistics pauses = PauseStatistics.NONE;
    private HtmlReport.Arenas arenas = new HtmlReport.Arenas(0, List.of());

    /** @param inspection the run's inspection, or null */
    ReportRecorder(Inspection inspection) {
        this.inspection = inspection;
    }

    /** Starts recording on {@code heap} (GIL held by the caller). */
    void start(PyHeap heap) {
        this.heap = heap;
        startNanos = System.nanoTime();
        callback = (phase, generation, collected, uncollectable) -> {
            // The sample before the clock starts and after it stops: its walk is not the collection's.
            if (phase.equals("start")) {
                maybeSample(System.nanoTime());
                collectionStartNanos = System.nanoTime();
            } else {
                long now = System.nanoTime();
                collections.add(new HtmlReport.Collection(millis(collectionStartNanos - startNanos), generation,
                        millis(now - collectionStartNanos), collected, uncollectable));
                maybeSample(now);
            }
        };
        heap.gc().callbacks().add(callback);
        sample(startNanos);
    }

    /** Stops recording (GIL held): the last sample, the pauses, the arena map. */
    void end(PyHeap heap) {
        endNanos = System.nanoTime();
        heap.gc().callbacks().remove(callback);
        sample(endNanos);
        HeapMetrics metrics = heap.metrics();
        pauses = metrics.collector().pauses();
        arenas = HtmlReport.Arenas.of(metrics.allocator().sizeClassCount(), metrics.arenaMap());
    }

    private void maybeSample(long now) {
        if (now - lastSampleNanos >= sampleEveryNanos) {
            sample(now);
        }
    }

    private void sample(long now) {
        long begin = System.nanoTime();
        HeapMetrics metrics = heap.metrics();
        var allocator = metrics.allocator();
        samples.add(new HtmlReport.Sample(millis(now - startNanos), allocator.mappedBytes(),
                allocator.allocatedBlockBytes() + allocator.rawBytes(), metrics.collector().objectsPerGeneration()));
        if (samples.size() >= MAX_SAMPLES) {
            for (int i = samples.size() - 2; i > 0; i -= 2) { // the first and the latest stay
                samples.remove(i);
            }
            baseEveryNanos *= 2;
        }
        lastSampleNanos = System.nanoTime();
        // Recording must not become the run: the next sample waits at least 20 times this one's cost.
        sampleEveryNanos = Math.max(baseEveryNanos, COST_FACTOR * (lastSampleNanos - begin));
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    @Override
    public void started(PyThreadState thread) {
        start(thread.heap());
        if (inspection != null) {
            inspection.started(thread);
        }
    }

    @Override
    public void checkPoint(PyThreadState thread, long opsDone) {
        maybeSample(System.nanoTime());
        if (inspection != null) {
            inspection.checkPoint(thread, opsDone);
        }
    }

    @Override
    public void finished(PyThreadState thread, Baseline baseline) {
        // Before the inspection: its leak report collects, which is not part of the run.
        end(thread.heap());
        if (inspection != null) {
            inspection.finished(thread, baseline);
        }
    }

    @Override
    public void ended(PyThreadState thread, RunReport.LeakCheck leakCheck) {
        if (inspection != null) {
            inspection.ended(thread, leakCheck);
        }
    }

    /** The report's run for a workload run, with its {@link RunReport}'s figures in the summary. */
    HtmlReport.Run run(String label, RunReport report) {
        List<List<String>> summary = List.of(
                List.of("workload", report.workload()),
                List.of("threads", Integer.toString(report.threads())),
                List.of("ops", String.format(Locale.ROOT, "%,d", report.ops())),
                List.of("seconds", String.format(Locale.ROOT, "%.3f", report.seconds())),
                List.of("ops/s", String.format(Locale.ROOT, "%,.0f", report.opsPerSecond())),
                List.of("peak mapped", String.format(Locale.ROOT, "%,d B", report.heap().peakBytes())),
                List.of("passed", report.ok() ? "yes" : "no"));
        return run(label, report.collector(), report.allocator(), summary);
    }

    /** The report's run with the given summary (a Python program has no {@link RunReport}). */
    HtmlReport.Run run(String label, String collector, String allocator, List<List<String>> summary) {
        List<HtmlReport.Site> sites = inspection == null ? List.of() : inspection.topSites().stream()
                .map(s -> new HtmlReport.Site(s.traceback().toString(), s.size(), s.count()))
                .toList();
        RetentionReport retention = inspection == null ? null : inspection.retention();
        List<HtmlReport.Leak> leaks = retention == null ? null : retention.groups().stream()
                .map(g -> new HtmlReport.Leak(g.type(), g.count(), g.chain() != null ? g.chain() : g.why()))
                .toList();
        HtmlReport.Pauses p = new HtmlReport.Pauses(pauses.count(), millis(pauses.p50Nanos()),
                millis(pauses.p99Nanos()), millis(pauses.maxNanos()), millis(pauses.totalNanos()));
        return new HtmlReport.Run(label, collector, allocator, summary, millis(endNanos - startNanos), samples,
                collections, p, sites, leaks, arenas);
    }
}
