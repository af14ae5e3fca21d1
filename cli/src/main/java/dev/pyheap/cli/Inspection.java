package dev.pyheap.cli;

import dev.pyheap.cli.output.ReportTable;
import dev.pyheap.driver.reports.Baseline;
import dev.pyheap.driver.reports.RetentionReport;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.RunObserver;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.tracemalloc.KeyType;
import dev.pyheap.runtime.tracemalloc.Snapshot;
import dev.pyheap.runtime.tracemalloc.Statistic;
import dev.pyheap.runtime.tracemalloc.Tracemalloc;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code pyheap run}'s {@code --tracemalloc}, {@code --snapshot-every} and {@code --leaks}: a
 * {@link RunObserver} that does its work inside the run, where the heap is open and the GIL held.
 * <ul>
 * <li>{@code started} (after the load and the baseline): {@code tracemalloc.start(frames)}, and
 *     with {@code --snapshot-every} the first snapshot.
 * <li>{@code checkPoint} (a mutator thread, every 64 of its operations): when D operations (or D of
 *     time) passed since the last snapshot, a new one, and its {@code compare_to(previous,
 *     'lineno')} top K printed at once.
 * <li>{@code finished} (the mutators dropped their roots, before the program's reset): the top K
 *     {@code statistics('lineno')} of the blocks alive, then the {@link RetentionReport}.
 * <li>{@code ended}: {@code tracemalloc.stop()}.
 * </ul>
 * The end's lines are kept for the command to print after the report table. Around a Python
 * program the same steps run at its start and exit ({@link #python()}).
 */
final class Inspection implements RunObserver {
    /** {@code --snapshot-every}: a number of operations (all threads together) or a time; one of them is set. */
    record Every(long ops, Duration time) {
        String text() {
            return time == null ? String.format(Locale.ROOT, "%,d ops", ops) : time.toString();
        }
    }

    private final int frames;
    private final int top;
    private final Every every;
    private final boolean leaks;
    private final boolean graph;
    private final PrintWriter live;
    private final List<String> endLines = new ArrayList<>();
    private RetentionReport retention;
    private List<Statistic> topSites = List.of();
    /** Observing a Python program ({@link #python}) rather than a workload. */
    private boolean pythonProgram;
    /** Observing a Python program's threads ({@link #threadedProgram}): the driver's mutators are its threads. */
    private boolean threads;
    private Baseline pythonBaseline;

    // Guarded by the GIL (checkPoint runs on whichever mutator holds it).
    private Snapshot previous;
    private long nextOps;
    private long nextNanos;

    /**
     * @param frames tracemalloc's frames, 0 for no tracing
     * @param live   where {@code --snapshot-every}'s diffs go as they are taken
     */
    Inspection(int frames, int top, Every every, boolean leaks, boolean graph, PrintWriter live) {
        this.frames = frames;
        this.top = top;
        this.every = every;
        this.leaks = leaks;
        this.graph = graph;
        this.live = live;
    }

    @Override
    public void started(PyThreadState thread) {
        if (frames > 0) {
            Tracemalloc tm = thread.heap().tracemalloc();
            tm.start(frames);
            if (every != null) {
                previous = tm.takeSnapshot();
                nextOps = every.ops();
                nextNanos = every.time() == null ? 0 : System.nanoTime() + every.time().toNanos();
            }
        }
    }

    @Override
    public void checkPoint(PyThreadState thread, long opsDone) {
        if (previous == null) {
            return;
        }
        if (every.time() == null ? opsDone < nextOps : System.nanoTime() - nextNanos < 0) {
            return;
        }
        if (every.time() == null) {
            nextOps = opsDone + every.ops();
        } else {
            nextNanos = System.nanoTime() + every.time().toNanos();
        }
        Snapshot now = thread.heap().tracemalloc().takeSnapshot();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "tracemalloc: after %,d ops, top %d differences from the previous"
                + " snapshot (compare_to 'lineno'):", opsDone, top));
        now.compareTo(previous, KeyType.LINENO).stream().limit(top).forEach(d -> lines.add(d.toString()));
        previous = now;
        lines.forEach(live::println);
        live.flush();
    }

    @Override
    public void finished(PyThreadState thread, Baseline baseline) {
        traceEnd(thread);
        retentionEnd(thread, baseline);
    }

    /** The top sites of the blocks alive now. */
    private void traceEnd(PyThreadState thread) {
        if (frames > 0 && !thread.heap().tracemalloc().isTracing()) { // a Python program may stop it itself
            endLines.add("tracemalloc: the program stopped tracing; no allocation sites to report");
        } else if (frames > 0) {
            Snapshot end = thread.heap().tracemalloc().takeSnapshot();
            endLines.add(String.format(Locale.ROOT, "tracemalloc: top %d allocation sites %s (statistics 'lineno',"
                    + " traced from %s, %d %s):", top, pythonProgram ? "when the program finished"
                    : threads ? "when the program's threads finished" : "when the mutators finished",
                    pythonProgram ? "the program's start" : threads ? "the end of the module body" : "the end of the load",
                    frames, frames == 1 ? "frame" : "frames"));
            topSites = end.statistics(KeyType.LINENO).stream().limit(top).toList();
            topSites.forEach(s -> endLines.add(s.toString()));
        }
    }

    /** The objects alive beyond the baseline, and why. */
    private void retentionEnd(PyThreadState thread, Baseline baseline) {
        if (leaks) {
            retention = RetentionReport.take(thread.heap(), baseline, graph);
            endLines.addAll(ReportTable.retention(retention, pythonProgram
                    ? "after the program ended (atexit, its main module cleared) and a full collection"
                    : threads ? "after the program's threads ended and a full collection"
                    : "after the mutators dropped their roots and a full collection"));
        }
    }

    @Override
    public void ended(PyThreadState thread, RunReport.LeakCheck leakCheck) {
        if (frames > 0 && thread.heap().tracemalloc().isTracing()) {
            thread.heap().tracemalloc().stop();
        }
    }

    /**
     * The same inspection around a Python program ({@code pyheap run FILE.py}): the baseline and
     * the start of tracing before its first instruction; the top allocation sites when its code is
     * done (what it holds at the end); the leak groups after its finalization (the main module
     * cleared and a full collection: what stays is what the program leaked).
     */
    dev.pyheap.interpreter.run.Runner.Observer python() {
        pythonProgram = true;
        return new dev.pyheap.interpreter.run.Runner.Observer() {
            @Override
            public void started(PyThreadState thread) {
                pythonBaseline = Baseline.take(thread.heap());
                Inspection.this.started(thread);
            }

            @Override
            public void finished(PyThreadState thread) {
                traceEnd(thread);
            }

            @Override
            public void exited(PyThreadState thread) {
                retentionEnd(thread, pythonBaseline);
                ended(thread, null);
            }
        };
    }

    /** Observes a Python program's threads ({@code run --threads N PROGRAM}) through the driver: its words, not the mutators'. */
    void threadedProgram() {
        threads = true;
    }

    /** What the end found, for the JSON document. */
    dev.pyheap.cli.output.CommandJson.Inspected inspected() {
        return new dev.pyheap.cli.output.CommandJson.Inspected(frames, topSites.stream().map(s -> {
            var frame = s.traceback().mostRecent();
            return new dev.pyheap.cli.output.CommandJson.Site(frame.filename(), frame.lineno(), s.size(), s.count());
        }).toList(), retention);
    }

    /** What {@code finished} found, to print after the report. */
    List<String> endLines() {
        return endLines;
    }

    /** The top allocation sites when the mutators finished; empty without tracing. */
    List<Statistic> topSites() {
        return topSites;
    }

    /** The leak report, or null without {@code --leaks} (or when the run failed before the end). */
    RetentionReport retention() {
        return retention;
    }
}
