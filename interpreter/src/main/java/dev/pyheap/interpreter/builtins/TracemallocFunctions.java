package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.tracemalloc.Frame;
import dev.pyheap.runtime.tracemalloc.Trace;
import dev.pyheap.runtime.tracemalloc.TracedMemory;
import dev.pyheap.runtime.tracemalloc.Traceback;
import dev.pyheap.runtime.tracemalloc.Tracemalloc;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code _tracemalloc} module (Modules/_tracemalloc.c's Python functions) over the heap's
 * tracemalloc: starting and stopping, the traced memory, and the raw data {@code tracemalloc.py}
 * builds its classes from: {@code _get_traces()} as a list of {@code (domain, size, frames,
 * total_nframe)} and {@code _get_object_traceback(obj)}, frames as {@code ((filename, lineno), ...)}
 * most recent first. Traces of the same site share one frames tuple, as CPython's do.
 */
final class TracemallocFunctions {
    private TracemallocFunctions() {
    }

    static void fill(ModuleTable table, long module, long dict, PyHeap heap) {
        ObjectSpace space = table.space();
        Tracemalloc tm = heap.tracemalloc();
        var state = heap.interpreterState();
        SysModule.function(space, module, dict, "start", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "start", a, n, kw).keywords().range(0, 1);
            tm.start(n == 0 ? 1 : intArgument(space, c.get(0)));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "stop", (self, a, n, kw) -> {
            new CallArgs(space, "stop", a, n, kw).keywords().range(0, 0);
            tm.stop();
            return space.newNone();
        });
        SysModule.function(space, module, dict, "is_tracing", (self, a, n, kw) -> {
            new CallArgs(space, "is_tracing", a, n, kw).keywords().range(0, 0);
            return space.newBool(tm.isTracing());
        });
        SysModule.function(space, module, dict, "clear_traces", (self, a, n, kw) -> {
            new CallArgs(space, "clear_traces", a, n, kw).keywords().range(0, 0);
            tm.clearTraces();
            return space.newNone();
        });
        SysModule.function(space, module, dict, "get_traceback_limit", (self, a, n, kw) -> {
            new CallArgs(space, "get_traceback_limit", a, n, kw).keywords().range(0, 0);
            return space.newInt(tm.getTracebackLimit());
        });
        SysModule.function(space, module, dict, "get_traced_memory", (self, a, n, kw) -> {
            new CallArgs(space, "get_traced_memory", a, n, kw).keywords().range(0, 0);
            TracedMemory m = tm.getTracedMemory();
            return tuple(space, space.intType.newMedium(m.current()), space.intType.newMedium(m.peak())); // Py_BuildValue("nn"): PyLong_FromLong
        });
        SysModule.function(space, module, dict, "reset_peak", (self, a, n, kw) -> {
            new CallArgs(space, "reset_peak", a, n, kw).keywords().range(0, 0);
            tm.resetPeak();
            return space.newNone();
        });
        SysModule.function(space, module, dict, "get_tracemalloc_memory", (self, a, n, kw) -> {
            new CallArgs(space, "get_tracemalloc_memory", a, n, kw).keywords().range(0, 0);
            return space.newInt(tm.getTracemallocMemory());
        });
        SysModule.function(space, module, dict, "_get_object_traceback", (self, a, n, kw) -> {
            long o = new CallArgs(space, "_get_object_traceback", a, n, kw).exactly(1).get(0);
            Handle h = state.wrap(space.newRef(o));
            Optional<Traceback> tb;
            try {
                tb = tm.getObjectTraceback(h);
            } finally {
                h.close();
            }
            return tb.isEmpty() ? space.newNone() : frames(space, tb.get());
        });
        SysModule.function(space, module, dict, "_get_traces", (self, a, n, kw) -> {
            new CallArgs(space, "_get_traces", a, n, kw).keywords().range(0, 0);
            // PyList_New(0) before the traces are copied, as _get_traces: a list taken from the free
            // list is traced from this call, and so is in the snapshot
            long list = space.listType.create();
            try {
                if (tm.isTracing()) {
                    List<Trace> traces = tm.takeSnapshot().traces();
                    tm.untraced(() -> fillTraces(space, list, traces)); // set_reentrant(1): the tuples are never traced
                }
            } catch (RuntimeException e) {
                space.decref(list);
                throw e;
            }
            return list;
        });
    }

    /** A C {@code int} argument ({@code "i"}). */
    private static int intArgument(ObjectSpace space, long o) {
        long v = Abstract.index(space, o);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new PyException("OverflowError", "signed integer is " + (v > 0 ? "greater than maximum" : "less than minimum"));
        }
        return (int) v;
    }

    /** Appends the traces to {@code list} as tuples; equal tracebacks (one interned object per site) share their frames tuple. */
    private static void fillTraces(ObjectSpace space, long list, List<Trace> traces) {
        Map<Traceback, Long> shared = new IdentityHashMap<>();
        long[] items = new long[traces.size()];
        try {
            for (int i = 0; i < items.length; i++) {
                Trace t = traces.get(i);
                Long frames = shared.get(t.traceback());
                if (frames == null) {
                    frames = frames(space, t.traceback());
                    shared.put(t.traceback(), frames);
                }
                items[i] = tuple(space, space.newInt(t.domain()), space.newInt(t.size()), space.newRef(frames),
                        space.newInt(t.traceback().totalNframe().orElse(t.traceback().size())));
            }
            space.listType.extendItems(list, items);
        } finally {
            for (long item : items) {
                space.xdecref(item);
            }
            shared.values().forEach(space::decref);
        }
    }

    /** {@code ((filename, lineno), ...)}, most recent first. */
    private static long frames(ObjectSpace space, Traceback tb) {
        List<Frame> oldestFirst = tb.frames();
        long[] items = new long[oldestFirst.size()];
        for (int i = 0; i < items.length; i++) {
            Frame f = oldestFirst.get(items.length - 1 - i);
            items[i] = tuple(space, space.strType.runtime(f.filename()), space.newInt(f.lineno()));
        }
        return tupleOf(space, items);
    }

    /** A tuple of new references, which it takes over. */
    private static long tuple(ObjectSpace space, long... items) {
        return tupleOf(space, items);
    }

    private static long tupleOf(ObjectSpace space, long[] items) {
        try {
            return space.tupleType.create(items);
        } finally {
            for (long x : items) {
                space.decref(x);
            }
        }
    }
}
