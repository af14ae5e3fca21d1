package dev.pyheap.runtime.internal;

import dev.pyheap.api.gc.CollectionResult;
import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcList;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.api.gc.mechanism.PythonGenerations;
import dev.pyheap.api.config.Options;
import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyGc;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Python's {@code gc} module (ARCHITECTURE §5): the runtime owns callbacks, {@code garbage}, debug
 * output, referrers and referents and the "one collection at a time" rule; the heap's shared GC
 * state ({@link GcState}, which runs the collector) answers the rest.
 */
public final class GcModule implements PyGc {
    private final HeapState heap;
    private final Interpreter interp;
    private final GcState gcState;
    private final List<GcCallback> callbacks = new ArrayList<>();
    private final long garbage;
    private int debug;
    private boolean collecting;
    private PrintStream debugOut = System.err;

    GcModule(HeapState heap) {
        this.heap = heap;
        this.interp = heap.interp;
        this.gcState = heap.gcState;
        this.garbage = interp.listType.allocate(0);
        this.debug = (int) (long) heap.configuration.get(Options.GC_DEBUG);
    }

    /** Where DEBUG_* lines go (CPython writes them to stderr). */
    public void setDebugOutput(PrintStream out) {
        this.debugOut = out;
    }

    long garbageList() {
        return garbage;
    }

    void forEachRoot(LongConsumer visitor) {
        visitor.accept(garbage);
    }

    private void requireGil() {
        heap.requireGil("gc");
    }

    private List<Handle> handles(List<Long> objects) {
        List<Handle> result = new ArrayList<>(objects.size());
        for (long o : objects) {
            result.add(heap.wrap(interp.newRef(o)));
        }
        return result;
    }

    // ---------------------------------------------------------------- collecting

    @Override
    public long collect() {
        return collect(2);
    }

    @Override
    public long collect(int generation) {
        requireGil();
        try {
            PythonGenerations.checkCollect(generation);
        } catch (IllegalArgumentException e) {
            throw new PyException("ValueError", e.getMessage());
        }
        long found = run(generation);
        interp.raiseParked();
        return found;
    }

    /** The collection the collector scheduled, run at a check point. */
    void collectScheduled() {
        if (!collecting && gcState.collectionDue()) {
            int generation = gcState.dueGeneration();
            if (generation >= 0) {
                run(generation);
            }
        }
    }

    private long run(int generation) {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            fireCallbacks("start", generation, 0, 0);
            if ((debug & DEBUG_STATS) != 0) {
                debugOut.println("gc: collecting generation " + generation + "...");
                List<Long> sizes = new ArrayList<>();
                for (int g = 0; g < 3; g++) {
                    long[] n = {0};
                    gcState.forEachObject(g, o -> n[0]++);
                    sizes.add(n[0]);
                }
                debugOut.println("gc: objects in each generation: " + sizes.get(0) + " " + sizes.get(1) + " " + sizes.get(2));
                debugOut.println("gc: objects in permanent generation: " + gcState.freezeCount());
            }
            CollectionResult result = gcState.collect(generation);
            if ((debug & DEBUG_STATS) != 0) {
                debugOut.println("gc: done, " + (result.collected() + result.uncollectable()) + " unreachable, " + result.uncollectable()
                        + " uncollectable, " + String.format(Locale.ROOT, "%.4f", result.elapsedNanos() / 1e9) + "s elapsed");
            }
            fireCallbacks("stop", result.generation(), result.collected(), result.uncollectable());
            return result.collected() + result.uncollectable();
        } finally {
            collecting = false;
        }
    }

    private void fireCallbacks(String phase, int generation, long collected, long uncollectable) {
        for (GcCallback cb : List.copyOf(callbacks)) {
            interp.callOut(() -> cb.call(phase, generation, collected, uncollectable),
                    () -> "Exception ignored in garbage collection callback", 0);
        }
    }

    /** DEBUG_COLLECTABLE: one line per object found collectable. */
    void printCollectable(GcList garbageFound) {
        if ((debug & DEBUG_COLLECTABLE) != 0) {
            garbageFound.forEach(o -> debugOut.println("gc: collectable " + interp.describe(o)));
        }
    }

    boolean isCollecting() {
        return collecting;
    }

    // ---------------------------------------------------------------- collector state

    @Override
    public List<Long> getCount() {
        requireGil();
        return gcState.counts();
    }

    @Override
    public List<Long> getThreshold() {
        requireGil();
        return gcState.thresholds();
    }

    @Override
    public void setThreshold(long... thresholds) {
        requireGil();
        List<Long> values = new ArrayList<>();
        for (long t : thresholds) {
            values.add(t);
        }
        try {
            gcState.setThresholds(values);
        } catch (IllegalArgumentException e) {
            throw new PyException("TypeError", e.getMessage());
        } catch (ArithmeticException e) {
            throw new PyException("OverflowError", e.getMessage());
        }
    }

    @Override
    public void enable() {
        requireGil();
        gcState.setEnabled(true);
    }

    @Override
    public void disable() {
        requireGil();
        gcState.setEnabled(false);
    }

    @Override
    public boolean isenabled() {
        requireGil();
        return gcState.isEnabled();
    }

    @Override
    public List<Handle> getObjects() {
        return getObjects(-1);
    }

    @Override
    public List<Handle> getObjects(int generation) {
        requireGil();
        List<Long> objects = new ArrayList<>();
        try {
            gcState.forEachObject(generation, objects::add);
        } catch (IllegalArgumentException e) {
            throw new PyException("ValueError", e.getMessage());
        }
        return handles(objects);
    }

    @Override
    public boolean isTracked(Handle obj) {
        requireGil();
        return interp.isTracked(heap.addressOf(obj));
    }

    @Override
    public boolean isFinalized(Handle obj) {
        requireGil();
        long o = heap.addressOf(obj);
        return interp.typeOf(o).hasGcHeader(o) && GcHeader.isFinalized(interp.memory, o);
    }

    @Override
    public List<Handle> getReferrers(Handle... objs) {
        requireGil();
        Set<Long> targets = new HashSet<>();
        for (Handle h : objs) {
            targets.add(heap.addressOf(h));
        }
        List<Long> referrers = new ArrayList<>();
        gcState.forEachObject(-1, o -> {
            boolean[] found = {false};
            interp.forEachReferent(o, r -> found[0] |= targets.contains(r));
            if (found[0]) {
                referrers.add(o);
            }
        });
        return handles(referrers);
    }

    @Override
    public List<Handle> getReferents(Handle... objs) {
        requireGil();
        List<Long> referents = new ArrayList<>();
        for (Handle h : objs) {
            long o = heap.addressOf(h);
            PyType type = interp.typeOf(o);
            if (type.gc) {
                type.forEachTraversed(o, referents::add);
            }
        }
        return handles(referents);
    }

    @Override
    public List<GenerationStatistics> getStats() {
        requireGil();
        return gcState.statistics();
    }

    @Override
    public List<GcCallback> callbacks() {
        heap.requireOpen();
        return callbacks;
    }

    @Override
    public Handle garbage() {
        requireGil();
        return heap.wrap(interp.newRef(garbage));
    }

    @Override
    public void setDebug(int flags) {
        requireGil();
        this.debug = flags;
    }

    @Override
    public int getDebug() {
        heap.requireOpen();
        return debug;
    }

    @Override
    public void freeze() {
        requireGil();
        gcState.freeze();
    }

    @Override
    public void unfreeze() {
        requireGil();
        gcState.unfreeze();
    }

    @Override
    public long getFreezeCount() {
        requireGil();
        return gcState.freezeCount();
    }
}
