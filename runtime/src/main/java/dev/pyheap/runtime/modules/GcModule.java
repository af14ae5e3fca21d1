package dev.pyheap.runtime.modules;

import dev.pyheap.api.gc.GenerationStatistics;
import dev.pyheap.api.gc.mechanism.GcHeader;
import dev.pyheap.api.gc.mechanism.GcState;
import dev.pyheap.api.gc.mechanism.PythonGenerations;
import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyGc;
import dev.pyheap.runtime.gc.CollectionRunner;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.state.InterpreterState;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code gc} module ({@code Modules/gcmodule.c}'s Python-level functions, ARCHITECTURE
 * §5): every call checks the GIL and turns the lower layers' answers into CPython's values and
 * errors. The runtime owns callbacks, {@code garbage}, debug output, referrers and referents and
 * the "one collection at a time" rule ({@link CollectionRunner}); the heap's shared GC state
 * ({@link GcState}, which runs the collector) answers the rest.
 */
public final class GcModule implements PyGc {
    private final InterpreterState heap;
    private final ObjectSpace space;
    private final GcState gcState;
    private final CollectionRunner runner;

    public GcModule(InterpreterState heap, CollectionRunner runner) {
        this.heap = heap;
        this.space = heap.space();
        this.gcState = heap.gcState();
        this.runner = runner;
    }

    /** Where DEBUG_* lines go (CPython writes them to stderr). */
    public void setDebugOutput(PrintStream out) {
        runner.setDebugOutput(out);
    }

    /** See {@link CollectionRunner#setDebugOutput(PrintStream, PrintStream)}. */
    public void setDebugOutput(PrintStream collectable, PrintStream stats) {
        runner.setDebugOutput(collectable, stats);
    }

    private void requireGil() {
        heap.requireGil("gc");
    }

    private List<Handle> handles(List<Long> objects) {
        List<Handle> result = new ArrayList<>(objects.size());
        for (long o : objects) {
            result.add(heap.wrap(space.newRef(o)));
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
        long found = runner.run(generation);
        space.raiseParked();
        return found;
    }

    // ---------------------------------------------------------------- shared gc state

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
        return space.isTracked(heap.addressOf(obj));
    }

    @Override
    public boolean isFinalized(Handle obj) {
        requireGil();
        long o = heap.addressOf(obj);
        return space.typeOf(o).hasGcHeader(o) && GcHeader.isFinalized(space.memory, o);
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
            space.typeOf(o).traverse(o, r -> found[0] |= targets.contains(r)); // gc_referrers_for: tp_traverse
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
            PyType type = space.typeOf(o);
            if (type.hasFlag(PyType.HAVE_GC)) {
                type.traverse(o, referents::add);
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
        requireGil();
        return runner.callbacks();
    }

    @Override
    public Handle garbage() {
        requireGil();
        return heap.wrap(space.newRef(heap.gcGarbage()));
    }

    @Override
    public void setDebug(int flags) {
        requireGil();
        runner.setDebugFlags(flags);
    }

    @Override
    public int getDebug() {
        requireGil();
        return runner.debugFlags();
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
