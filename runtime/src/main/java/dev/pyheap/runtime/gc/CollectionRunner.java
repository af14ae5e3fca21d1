package dev.pyheap.runtime.gc;

import dev.pyheap.api.gc.CollectionResult;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.PyGc;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.jfr.CollectionEvent;
import dev.pyheap.runtime.jfr.Recorder;
import dev.pyheap.runtime.state.CollectionHook;
import dev.pyheap.runtime.state.InterpreterState;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the collections, CPython's {@code gc_collect_main} around the collector: one at a time (the
 * {@code collecting} flag: a collection asked for during one, by a finalizer or a callback, returns
 * 0), with {@code gc.callbacks} called on {@code "start"} and {@code "stop"} and the
 * {@code DEBUG_STATS} lines around it. The gc state it keeps is {@code gcstate}'s: the callbacks,
 * the debug flags and where their output goes ({@code gc.garbage} is the interpreter state's, a
 * root); the counts, thresholds, statistics and pauses are the api's {@link GcState}'s, which runs the
 * collector. Installed as the thread states' {@link CollectionHook}, it runs the collection the
 * collector scheduled at the next check point (CPython's {@code _Py_RunGC}), and tells the
 * {@link GcState} when it is over, callbacks included, so that what was tracked since it was
 * scheduled joins generation 0 after it, as after CPython's collection inside the allocation.
 * <pre>
 *   run(generation):
 *     collecting? -> 0
 *     collecting = true
 *     callbacks("start", generation, 0, 0)           as embedder code: an exception is unraisable
 *     DEBUG_STATS: "gc: collecting generation g...", the generations' sizes, the permanent one's
 *     result = gcState.collect(generation)          the counts, then the collector finds garbage and
 *                                                   the binding's destroy step frees it; statistics, pause
 *     DEBUG_STATS: "gc: done, n unreachable, u uncollectable, 0.0001s elapsed"
 *     callbacks("stop", generation, collected, uncollectable)
 *     collecting = false; return collected + uncollectable
 * </pre>
 */
public final class CollectionRunner implements CollectionHook {
    private final ObjectSpace space;
    private final GcState gcState;
    private final List<GcCallback> callbacks = new ArrayList<>();
    private int debug;
    private PrintStream debugOut = System.err;
    private PrintStream statsOut = System.err;
    private boolean collecting;
    private final String heapName;

    /** @param debugFlags {@code gc.set_debug} flags at start (the {@code gc.debug} option) */
    public CollectionRunner(InterpreterState heap, Binding binding, int debugFlags) {
        this.space = heap.space();
        this.gcState = heap.gcState();
        this.debug = debugFlags;
        this.heapName = heap.name().value();
        binding.attach(this);
        heap.initGc(this);
    }

    /**
     * {@code gc.collect(generation)} or an automatic collection: see the class comment. The
     * generation has been checked.
     */
    public long run(int generation) {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            fireCallbacks("start", generation, 0, 0);
            if ((debug & PyGc.DEBUG_STATS) != 0) {
                statsOut.println("gc: collecting generation " + generation + "...");
                List<Long> sizes = new ArrayList<>();
                for (int g = 0; g < 3; g++) {
                    long[] n = {0};
                    gcState.forEachObject(g, o -> n[0]++);
                    sizes.add(n[0]);
                }
                statsOut.println("gc: objects in each generation: " + sizes.get(0) + " " + sizes.get(1) + " " + sizes.get(2));
                statsOut.println("gc: objects in permanent generation: " + gcState.freezeCount());
            }
            CollectionEvent event = Recorder.started() ? new CollectionEvent() : null;
            if (event != null) {
                event.begin();
            }
            CollectionResult result = gcState.collect(generation);
            if (event != null && event.shouldCommit()) {
                event.heap = heapName;
                event.collector = gcState.collector().name();
                event.generation = result.generation();
                event.collected = result.collected();
                event.uncollectable = result.uncollectable();
                event.commit();
            }
            if ((debug & PyGc.DEBUG_STATS) != 0) {
                statsOut.println("gc: done, " + (result.collected() + result.uncollectable()) + " unreachable, " + result.uncollectable()
                        + " uncollectable, " + String.format(Locale.ROOT, "%.4f", result.elapsedNanos() / 1e9) + "s elapsed");
            }
            fireCallbacks("stop", result.generation(), result.collected(), result.uncollectable());
            return result.collected() + result.uncollectable();
        } finally {
            collecting = false;
        }
    }

    /** The collection the collector scheduled, run at a check point. */
    @Override
    public void collectScheduled() {
        if (!collecting && gcState.collectionDue()) {
            int generation = gcState.dueGeneration();
            if (generation >= 0) {
                run(generation);
                gcState.scheduledCollectionDone();
            }
        }
    }

    @Override
    public boolean isCollecting() {
        return collecting;
    }

    private void fireCallbacks(String phase, int generation, long collected, long uncollectable) {
        if (callbacks.isEmpty()) {
            return; // the usual case: no copy of the list twice per collection
        }
        for (GcCallback cb : List.copyOf(callbacks)) {
            space.callOut(() -> cb.call(phase, generation, collected, uncollectable),
                    () -> "Exception ignored in garbage collection callback", 0);
        }
    }

    /** DEBUG_COLLECTABLE: one line per object found collectable (the destroy step calls it). */
    void printCollectable(GcList garbageFound) {
        if ((debug & PyGc.DEBUG_COLLECTABLE) != 0) {
            garbageFound.forEach(o -> debugOut.println("gc: collectable " + space.describe(o)));
        }
    }

    /** {@code gc.callbacks}: the live list. */
    public List<GcCallback> callbacks() {
        return callbacks;
    }

    /** {@code gc.get_debug()}. */
    public int debugFlags() {
        return debug;
    }

    /** {@code gc.set_debug(flags)}. */
    public void setDebugFlags(int flags) {
        this.debug = flags;
    }

    /** Where DEBUG_* lines go (CPython writes them to stderr). */
    public void setDebugOutput(PrintStream out) {
        setDebugOutput(out, out);
    }

    /**
     * Where DEBUG_* lines go: {@code collectable}'s are written while the collector runs, where no
     * Python code may run; the DEBUG_STATS lines before and after it, where CPython's
     * {@code PySys_WriteStderr} calls {@code sys.stderr.write} as the callbacks are called.
     */
    public void setDebugOutput(PrintStream collectable, PrintStream stats) {
        this.debugOut = collectable;
        this.statsOut = stats;
    }
}
