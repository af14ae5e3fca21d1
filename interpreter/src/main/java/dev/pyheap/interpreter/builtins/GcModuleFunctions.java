package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.GcCallback;
import dev.pyheap.runtime.PyGc;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.List;

/**
 * The {@code gc} module as programs see it, on the runtime's {@code gc} facade (Modules/gcmodule.c's
 * Python-level functions): {@code collect}, the counts and thresholds, enable/disable, tracking,
 * freezing, debug flags, and the objects lists as Python lists.
 */
final class GcModuleFunctions {
    private GcModuleFunctions() {
    }

    /**
     * A {@code METH_VARARGS} function of gcmodule.c ({@code set_threshold}, {@code get_referrers},
     * {@code get_referents}): CPython's {@code tp_call} hands it a tuple of its arguments, an
     * allocation the collector counts, so the tuple is made here too around {@code body}.
     */
    private static long withArgumentTuple(ObjectSpace space, long args, long nargs, java.util.function.LongSupplier body) {
        long tuple = new CallArguments(space, "", args, nargs, 0).tuple();
        space.untrack(tuple); // get_referrers skips its own argument tuple (gc_referrers_for's obj == objs)
        try {
            return body.getAsLong();
        } finally {
            space.decref(tuple);
        }
    }

    /** A {@code METH_NOARGS} function: arguments refused with errors naming it {@code gc.NAME()}. */
    private static void noArgs(ObjectSpace space, long module, long dict, String name, java.util.function.LongSupplier body) {
        SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
            new CallArgs(space, "gc." + name, a, n, kw).exactly(0);
            return body.getAsLong();
        });
    }

    static void fill(ModuleTable table, long module, long dict, PyHeap heap) {
        ObjectSpace space = table.space();
        PyGc gc = heap.gc();
        var state = heap.interpreterState();
        SysModule.function(space, module, dict, "collect", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "collect", a, n, kw).keywords("generation").range(0, 1);
            long g = n > 0 ? c.get(0) : c.keyword("generation");
            int generation = g == 0 ? 2 : Args.cInt(space, g);
            if (generation < 0 || generation > 2) {
                throw new PyException("ValueError", "invalid generation");
            }
            return space.newInt(gc.collect(generation));
        });
        noArgs(space, module, dict, "get_count", () -> tuple(space, gc.getCount()));
        noArgs(space, module, dict, "get_threshold", () -> tuple(space, gc.getThreshold()));
        SysModule.function(space, module, dict, "set_threshold", (self, a, n, kw) -> withArgumentTuple(space, a, n, () -> {
            CallArgs c = new CallArgs(space, "set_threshold", a, n, kw).keywords();
            if (n < 1 || n > 3) {
                throw new PyException("TypeError", "set_threshold() takes " + (n < 1 ? "at least 1 argument" : "at most 3 arguments")
                        + " (" + n + " given)");
            }
            long[] t = new long[(int) n];
            for (int i = 0; i < n; i++) {
                t[i] = Args.cInt(space, c.get(i));
            }
            gc.setThreshold(t);
            return space.newNone();
        }));
        noArgs(space, module, dict, "enable", () -> {
            gc.enable();
            return space.newNone();
        });
        noArgs(space, module, dict, "disable", () -> {
            gc.disable();
            return space.newNone();
        });
        noArgs(space, module, dict, "isenabled", () -> space.newBool(gc.isenabled()));
        SysModule.function(space, module, dict, "is_tracked", (self, a, n, kw) ->
                space.newBool(space.isTracked(new CallArgs(space, "gc.is_tracked", a, n, kw).exactly(1).get(0))));
        noArgs(space, module, dict, "freeze", () -> {
            gc.freeze();
            return space.newNone();
        });
        noArgs(space, module, dict, "unfreeze", () -> {
            gc.unfreeze();
            return space.newNone();
        });
        noArgs(space, module, dict, "get_freeze_count", () ->
                space.newInt(gc.getFreezeCount()));
        SysModule.function(space, module, dict, "set_debug", (self, a, n, kw) -> {
            gc.setDebug(Args.cInt(space, new CallArgs(space, "gc.set_debug", a, n, kw).exactly(1).get(0)));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "is_finalized", (self, a, n, kw) -> {
            long o = new CallArgs(space, "gc.is_finalized", a, n, kw).exactly(1).get(0);
            Handle h = state.wrap(space.newRef(o));
            try {
                return space.newBool(gc.isFinalized(h));
            } finally {
                h.close();
            }
        });
        noArgs(space, module, dict, "get_stats", () -> {
            var stats = gc.getStats();
            long[] items = new long[stats.size()];
            for (int i = 0; i < items.length; i++) {
                long d = space.dictType.create();
                SysModule.setInt(space, d, "collections", stats.get(i).collections());
                SysModule.setInt(space, d, "collected", stats.get(i).collected());
                SysModule.setInt(space, d, "uncollectable", stats.get(i).uncollectable());
                items[i] = d;
            }
            long l = space.listType.create(items);
            for (long d : items) {
                space.decref(d);
            }
            return l;
        });
        noArgs(space, module, dict, "get_debug", () -> space.newInt(gc.getDebug()));
        SysModule.function(space, module, dict, "get_objects", (self, a, n, kw) -> {
            long given = n + (kw == 0 ? 0 : space.tupleType.size(kw));
            if (given > 1) { // Argument Clinic's count of positional and keyword arguments together
                throw new PyException("TypeError", "get_objects() takes at most 1 argument (" + given + " given)");
            }
            CallArgs c = new CallArgs(space, "get_objects", a, n, kw).keywords("generation").range(0, 1);
            long g = n > 0 ? c.get(0) : c.keyword("generation");
            return list(space, state, g == 0 || g == space.none ? gc.getObjects()
                    : gc.getObjects(optionalGeneration(space, g)));
        });
        SysModule.function(space, module, dict, "get_referrers", (self, a, n, kw) -> {
            new CallArgs(space, "get_referrers", a, n, kw).keywords();
            return withArgumentTuple(space, a, n, () -> referenceQuery(space, state, a, n, gc::getReferrers));
        });
        SysModule.function(space, module, dict, "get_referents", (self, a, n, kw) -> {
            new CallArgs(space, "get_referents", a, n, kw).keywords();
            return withArgumentTuple(space, a, n, () -> referenceQuery(space, state, a, n, gc::getReferents));
        });
        SysModule.setItem(space, dict, "garbage", state.gcGarbage());
        // gc.callbacks: a list of the program's, owned by the interpreter's gc state as CPython's
        // gcstate->callbacks (a root until the interpreter closes: a program may rebind or delete
        // the module attribute, and the module dict is cleared at exit before the last collections)
        long callbacks = space.listType.create();
        SysModule.setItem(space, dict, "callbacks", callbacks);
        // invoke_gc_callback: the info dict is the only object made (the callbacks are called
        // through the argument area, as PyObject_CallFunction's stack; the live list is walked
        // by index, each callback held while it runs)
        GcCallback bridge = (phase, generation, collected, uncollectable) -> {
            if (space.listType.size(callbacks) == 0) {
                return;
            }
            long info = space.dictType.create();
            long phaseStr = 0;
            try {
                for (Object[] kv : new Object[][] {{"generation", (long) generation}, {"collected", collected},
                        {"uncollectable", uncollectable}}) {
                    long v = space.newInt((Long) kv[1]);
                    SysModule.setItem(space, info, (String) kv[0], v);
                    space.decref(v);
                }
                phaseStr = space.strType.literal(phase);
                for (int i = 0; i < space.listType.size(callbacks); i++) {
                    long cb = space.newRef(space.listType.item(callbacks, i));
                    try {
                        space.decref(dev.pyheap.runtime.objects.Abstract.call(space, cb, new long[] {phaseStr, info}));
                    } catch (PyException e) {
                        space.reportUnraisable("Exception ignored in: " + dev.pyheap.runtime.objects.Abstract.repr(space, cb), e, cb);
                    } finally {
                        space.decref(cb);
                    }
                }
            } finally {
                space.xdecref(phaseStr);
                space.decref(info);
            }
        };
        gc.callbacks().add(bridge);
        boolean[] open = {true};
        table.interpreter().addRoots(visitor -> {
            if (open[0]) {
                visitor.accept(callbacks);
            }
        });
        // _PyGC_Fini: the bridge goes and the list is released when the interpreter is torn down
        table.atClose(() -> {
            gc.callbacks().remove(bridge);
            open[0] = false;
            space.decref(callbacks);
        });
        String[] flags = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"};
        long[] values = {1, 2, 4, 32, 38};
        for (int i = 0; i < flags.length; i++) {
            SysModule.setInt(space, dict, flags[i], values[i]);
        }
    }

    private static long tuple(ObjectSpace space, List<Long> values) {
        long[] items = new long[values.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = space.newInt(values.get(i));
        }
        long t = space.tupleType.create(items);
        for (long x : items) {
            space.decref(x);
        }
        return t;
    }

    /**
     * {@code gc.get_referrers}/{@code get_referents}: the query on handles to the arguments, which
     * are closed afterwards (an open handle is a reference: it would keep the arguments alive).
     */
    private static long referenceQuery(ObjectSpace space, dev.pyheap.runtime.state.InterpreterState state, long a, long n,
            java.util.function.Function<Handle[], List<Handle>> query) {
        Handle[] h = new Handle[(int) n];
        try {
            for (int i = 0; i < n; i++) {
                h[i] = state.wrap(space.newRef(space.memory.getLong(a + 8L * i)));
            }
            return list(space, state, query.apply(h));
        } finally {
            for (Handle x : h) {
                if (x != null) {
                    x.close();
                }
            }
        }
    }

    /** A list of the handles' objects; the handles are closed (the list holds its own references). */
    private static long list(ObjectSpace space, dev.pyheap.runtime.state.InterpreterState state, List<Handle> handles) {
        long[] items = new long[handles.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = state.addressOf(handles.get(i));
        }
        long l = space.listType.create(items);
        handles.forEach(Handle::close);
        return l;
    }

    /**
     * {@code _Py_convert_optional_to_ssize_t} for {@code get_objects(generation)}: anything with
     * {@code __index__} (a bool too), clamped to the int range as {@code PyNumber_AsSsize_t(o, NULL)}
     * clamps to Py_ssize_t's, so a huge generation is "must be less than" rather than an overflow;
     * any other type is a TypeError naming it.
     */
    private static int optionalGeneration(ObjectSpace space, long g) {
        long i;
        try {
            i = dev.pyheap.runtime.objects.Abstract.numberIndex(space, g);
        } catch (PyException e) {
            if (!e.pythonType().equals("TypeError")) {
                throw e;
            }
            e.release();
            throw new PyException("TypeError", "argument should be integer or None, not '" + space.typeOf(g).name + "'");
        }
        try {
            java.math.BigInteger v = space.intType.bigValue(i);
            return v.max(java.math.BigInteger.valueOf(Integer.MIN_VALUE)).min(java.math.BigInteger.valueOf(Integer.MAX_VALUE))
                    .intValue();
        } finally {
            space.decref(i);
        }
    }
}
