package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BufferItems;
import dev.pyheap.runtime.objects.BuiltinFunctionType;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructSeqType;
import dev.pyheap.runtime.objects.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * {@code _lsprof.Profiler} (Modules/_lsprof.c's {@code ProfilerObject}): cProfile's collector.
 * {@code enable()} makes the profiler itself the thread's profile function, as
 * {@code PyEval_SetProfile(profiler_callback, self)} does: the evaluator calls this type's
 * {@link #event} directly with the profiler, {@code sys.getprofile()} returns the profiler, and
 * the thread holds a reference to it until {@code disable()}, {@code sys.setprofile} or the thread's end.
 *
 * <h2>Layout</h2>
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 the index + 1 of the profiler's {@link Collector} in this type's table ({@code profilerEntries})
 *   +24 currentProfilerContext, +32 freelistProfilerContext, +40 flags (0 here: the Collector has them)
 *   +48 externalTimer (counted, or 0)   +56 externalTimerUnit (a double)
 * </pre>
 * 64 bytes as CPython's, so {@code sys.getsizeof} is 80. The figures are Java data: a
 * {@link Collector} per profiler, in a table of this type indexed from the object (a slot is
 * taken by {@code tp_new} and given back by {@code tp_dealloc}, so a dropped profiler leaves
 * nothing behind).
 *
 * <h2>The collector</h2>
 * One {@link Entry} per function, in the order first seen, found by the function's key: the
 * address of a Python function's code object, or a built-in's definition (CPython's
 * {@code PyMethodDef} pointer, so {@code a.append} and {@code b.append} share an entry). An entry
 * holds its label ({@code userObj}): the code object, or for a built-in a str made once
 * (CPython's {@code normalizeUserObj}: the repr of the method the receiver's type defines, else
 * {@code <built-in method module.name>}, {@code <module.name>} or {@code <name>}). A stack of
 * {@link Context}s mirrors the calls in progress: entering pushes one with the timer's value and
 * the time its callees took; leaving pops it and adds the elapsed time to the entry (its total only
 * at the outermost level of a recursion; each inner return counts as a recursive call) and, with
 * {@code subcalls}, to the caller entry's {@link SubEntry} for the callee. A return whose function
 * has no entry pops the context without counting; a return with no context is ignored (frames
 * entered before the profiler started). {@code disable()} closes the contexts still open as if
 * their functions returned then; {@code clear()} drops the entries and the contexts.
 *
 * <h2>Times</h2>
 * Integers: nanoseconds of {@link System#nanoTime} (CPython's perf counter), or of a timer that
 * returns seconds (floored, {@code _PyTime_FromSecondsObject}), or a timer's own units when
 * {@code timeunit} is positive; {@code getstats()} scales them by 1e-9 or {@code timeunit}. A timer
 * that fails is reported as unraisable and reads as 0 ({@code CallExternalTimer}).
 *
 * <h2>References</h2>
 * The profiler holds its timer and each entry's label. Its {@code tp_traverse} shows the
 * collectors only its type, as CPython's does (a cycle through the timer is never collected
 * there either); the sanity checker sees every counted reference ({@link #forEachReferent}).
 * Profilers do not support weak references (CPython's have no weakref list); a subclass's
 * instances do.
 */
final class ProfilerType extends StructType implements Interpreter.ProfileHook {
    private static final int STATE = 16, TIMER = 48, TIMEUNIT = 56, SIZE = 64;

    private final Interpreter interp;
    private final StructSeqType entryType, subentryType;
    /** The collectors of the live profilers, by the index their objects hold; freed slots are reused. */
    private Collector[] collectors = new Collector[4];
    private int[] freeSlots = new int[4];
    private int used, freeCount;

    ProfilerType(Interpreter interp, StructSeqType entryType, StructSeqType subentryType) {
        super(interp.space(), "_lsprof.Profiler", null, HAVE_GC | BASETYPE | IMMUTABLETYPE, SIZE, 0, 0,
                "externalTimer", TIMER);
        this.interp = interp;
        this.entryType = entryType;
        this.subentryType = subentryType;
        traversesSelectively();
        defineMethod("enable", (PyMethod.WithKeywords) (self, a) -> {
            long[] v = a.unpack(0, "subcalls", "builtins");
            int subcalls = v[0] == 0 ? -1 : cInt(v[0]);
            int builtins = v[1] == 0 ? -1 : cInt(v[1]);
            Collector c = collector(self);
            c.setFlags(subcalls, builtins);
            interp.setProfile(this, self);
            c.enabled = true;
            return space.newNone();
        });
        defineMethod("disable", (self, args) -> {
            if (args.length != 0) {
                throw new PyException("TypeError", "Profiler.disable() takes no arguments (" + args.length + " given)");
            }
            interp.setProfile(null, 0);
            Collector c = collector(self);
            c.enabled = false;
            c.flush(self);
            return space.newNone();
        });
        defineMethod("getstats", (self, args) -> {
            if (args.length != 0) {
                throw new PyException("TypeError", "getstats() takes no arguments");
            }
            return collector(self).stats(self);
        });
        defineMethod("clear", (self, args) -> {
            if (args.length != 0) {
                throw new PyException("TypeError", "Profiler.clear() takes no arguments (" + args.length + " given)");
            }
            collector(self).clear();
            return space.newNone();
        });
    }

    /** A heap type in CPython (made from a spec): {@code __module__} and {@code tp_doc} in its namespace. */
    @Override
    protected void fillDict() {
        putInDict("__module__", space.strType.runtime("_lsprof"));
        putInDict("__doc__", space.strType.runtime("""
                Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)

                    Builds a profiler object using the specified timer function.
                    The default timer is a fast built-in one based on real time.
                    For custom timer functions returning integers, timeunit can
                    be a float specifying a scale (i.e. how long each integer unit
                    is, in seconds).
                """));
    }

    /** The spec's slots: {@code tp_init} and the methods; {@code tp_new} and {@code tp_getattro} are inherited. */
    @Override
    protected java.util.Set<dev.pyheap.runtime.objects.SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), List.of(), dev.pyheap.runtime.objects.SlotWrappers.Slot.TP_GETATTRO);
    }

    @Override
    protected boolean ownNew() {
        return false;
    }

    // ------------------------------------------------------------------ the table of collectors

    private Collector collector(long o) {
        return collectors[(int) memory.getLong(o + STATE) - 1];
    }

    private int takeSlot(Collector c) {
        int at;
        if (freeCount > 0) {
            at = freeSlots[--freeCount];
        } else {
            if (used == collectors.length) {
                collectors = Arrays.copyOf(collectors, 2 * used);
            }
            at = used++;
        }
        collectors[at] = c;
        return at + 1;
    }

    private void freeSlot(int index) {
        collectors[index - 1] = null;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, 2 * freeCount);
        }
        freeSlots[freeCount++] = index - 1;
    }

    /** How many profilers have a collector (live profilers): what a test of the table's release reads. */
    int liveCollectors() {
        return used - freeCount;
    }

    // ------------------------------------------------------------------ slots

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long o = allocateStruct(SIZE);
        memory.putLong(o + STATE, takeSlot(new Collector()));
        space.track(o);
        return subtype == this ? o : subtype.adopt(o);
    }

    /** {@code profiler_init(timer=None, timeunit=0.0, subcalls=True, builtins=True)}, PyArg_ParseTupleAndKeywords' "|Odii". */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        String[] names = {"timer", "timeunit", "subcalls", "builtins"};
        int n = (int) space.tupleType.size(args);
        int given = n + (kwargs == 0 ? 0 : (int) space.dictType.size(kwargs));
        if (given > names.length) {
            throw new PyException("TypeError", "Profiler() takes at most " + names.length + " arguments (" + given + " given)");
        }
        long[] v = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            long byName = kwargs == 0 ? 0 : space.dictType.getItemString(kwargs, names[i]);
            if (i < n) {
                if (byName != 0) {
                    throw new PyException("TypeError", "argument for Profiler() given by name ('" + names[i]
                            + "') and position (" + (i + 1) + ")");
                }
                v[i] = space.tupleType.item(args, i);
            } else {
                v[i] = byName;
            }
        }
        if (kwargs != 0) {
            space.dictType.forEach(kwargs, (k, value) -> {
                String name = space.strType.check(k) ? space.strType.value(k) : "";
                if (!List.of(names).contains(name)) {
                    throw new PyException("TypeError", "'" + name + "' is an invalid keyword argument for Profiler()");
                }
            });
        }
        double timeunit = v[1] == 0 ? 0.0 : BufferItems.asDouble(space, v[1]);
        int subcalls = v[2] == 0 ? 1 : cInt(v[2]);
        int builtins = v[3] == 0 ? 1 : cInt(v[3]);
        Collector c = collector(self);
        c.setFlags(subcalls, builtins);
        memory.putLong(self + TIMEUNIT, Double.doubleToRawLongBits(timeunit));
        setField(self, TIMER, v[0]);
    }

    /** {@code profiler_dealloc}: an enabled profiler unsets the thread's profile function, then closes its contexts and drops its entries. */
    @Override
    public void dealloc(long o) {
        space.untrack(o);
        int index = (int) memory.getLong(o + STATE);
        if (index != 0) {
            Collector c = collectors[index - 1];
            if (c.enabled) {
                c.enabled = false;
                try {
                    interp.setProfile(null, 0);
                } catch (PyException e) {
                    space.reportUnraisable("Exception ignored When destroying _lsprof profiler:", e, 0);
                }
            }
            c.flush(o);
            c.clear();
            memory.putLong(o + STATE, 0);
            freeSlot(index);
        }
        putField(o, TIMER, 0);
        space.typeOf(o).tpFree(o);
    }

    /** No {@code tp_clear}, as CPython's: a collection leaves the timer to the profiler's dealloc. */
    @Override
    public void clear(long o) {
    }

    /** {@code profiler_traverse}: the type (of a subclass's instance, the class shows it). */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        if (space.typeOf(o) == this) {
            visitor.accept(typeObject());
        }
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        super.forEachReferent(o, visitor);
        int index = (int) memory.getLong(o + STATE);
        if (index != 0) {
            for (Entry e : collectors[index - 1].order) {
                visitor.accept(e.userObj);
            }
        }
    }

    // ------------------------------------------------------------------ profiler_callback

    /** {@code profiler_callback}: the evaluator's profile events for the profiler {@code self}. */
    @Override
    public void event(long self, long code, int what, long arg) {
        Collector c = collector(self);
        switch (what) {
            case Interpreter.PROFILE_CALL -> c.enter(self, c.codeEntry(code));
            case Interpreter.PROFILE_RETURN -> c.leave(self, c.codes.get(code));
            case Interpreter.PROFILE_C_CALL -> {
                if (c.builtins && space.builtinFunctionType.check(arg)) {
                    c.enter(self, c.builtinEntry(arg));
                }
            }
            case Interpreter.PROFILE_C_RETURN, Interpreter.PROFILE_C_EXCEPTION -> {
                if (c.builtins && space.builtinFunctionType.check(arg)) {
                    c.leave(self, c.defs.get(space.builtinFunctionType.def(arg)));
                }
            }
            default -> { }
        }
    }

    // ------------------------------------------------------------------ the timer

    /** {@code call_timer}. */
    private long now(long self) {
        long timer = field(self, TIMER);
        return timer == 0 ? System.nanoTime() : callExternalTimer(self, timer);
    }

    /** {@code CallExternalTimer}: a timer that fails, or returns what is no time, is reported and reads as 0. */
    private long callExternalTimer(long self, long timer) {
        long value = 0;
        try {
            value = Abstract.call(space, timer);
            if (timeunit(self) > 0.0) {
                if (!space.intType.check(value)) { // _PyTime_FromNanosecondsObject
                    throw new PyException("TypeError", "expect int, got " + space.typeOf(value).name);
                }
                return timeValue(value);
            }
            if (space.floatType.check(value)) { // _PyTime_FromSecondsObject, _PyTime_ROUND_FLOOR
                double d = space.floatType.value(value);
                if (Double.isNaN(d)) {
                    throw new PyException("ValueError", "Invalid value NaN (not a number)");
                }
                double ns = Math.floor(d * 1e9);
                if (!(ns >= -9.223372036854775808e18 && ns < 9.223372036854775808e18)) {
                    throw tooLarge();
                }
                return (long) ns;
            }
            long seconds = timeValue(value);
            if (Math.abs(seconds) > Long.MAX_VALUE / 1_000_000_000L) {
                throw tooLarge();
            }
            return seconds * 1_000_000_000L;
        } catch (PyException e) {
            space.reportUnraisable("Exception ignored in: " + Abstract.repr(space, timer), e, timer);
            return 0;
        } finally {
            space.xdecref(value);
        }
    }

    private double timeunit(long self) {
        return Double.longBitsToDouble(memory.getLong(self + TIMEUNIT));
    }

    /** {@code _PyLong_AsTime_t}: an integer (through {@code __index__}) that fits. */
    private long timeValue(long value) {
        long i = Abstract.numberIndex(space, value);
        try {
            if (!space.intType.fitsLong(i)) {
                throw tooLarge();
            }
            return space.intType.longValue(i);
        } finally {
            space.decref(i);
        }
    }

    private static PyException tooLarge() {
        return new PyException("OverflowError", "timestamp too large to convert to C _PyTime_t");
    }

    // ------------------------------------------------------------------ argument conversions

    /** PyArg_Parse's "i". */
    private int cInt(long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            if (!space.intType.fitsLong(i)) {
                throw new PyException("OverflowError", "Python int too large to convert to C long");
            }
            long v = space.intType.longValue(i);
            if (v > Integer.MAX_VALUE) {
                throw new PyException("OverflowError", "signed integer is greater than maximum");
            }
            if (v < Integer.MIN_VALUE) {
                throw new PyException("OverflowError", "signed integer is less than minimum");
            }
            return (int) v;
        } finally {
            space.decref(i);
        }
    }

    // ------------------------------------------------------------------ the figures

    /** A function's figures; {@code userObj} is its label (counted). */
    private static final class Entry {
        final long userObj;
        long tt, it, callcount, reccallcount, level;
        /** The sub-entries of this function's callees, by the callee's entry, in the order first called. */
        Map<Entry, SubEntry> calls;

        Entry(long userObj) {
            this.userObj = userObj;
        }
    }

    /** One caller's calls of one callee. */
    private static final class SubEntry {
        long tt, it, callcount, reccallcount, level;
    }

    /** A call in progress. */
    private static final class Context {
        long t0, subt;
        Context previous;
        Entry entry;
    }

    /** One profiler's flags, entries and contexts. */
    private final class Collector {
        boolean subcalls, builtins, enabled;
        /** Entries of Python functions, by code object address. */
        final CodeTable codes = new CodeTable();
        final Map<BuiltinFunctionType.Def, Entry> defs = new IdentityHashMap<>();
        final List<Entry> order = new ArrayList<>();
        Context context;
        /** Popped contexts, for reuse ({@code freelistProfilerContext}). */
        Context free;

        /** {@code setSubcalls}/{@code setBuiltins}: 0 clears, a positive value sets, a negative one keeps. */
        void setFlags(int subcallsFlag, int builtinsFlag) {
            if (subcallsFlag >= 0) {
                subcalls = subcallsFlag > 0;
            }
            if (builtinsFlag >= 0) {
                builtins = builtinsFlag > 0;
            }
        }

        /** The entry of a code object, made with a reference to it on first use. */
        Entry codeEntry(long code) {
            Entry e = codes.get(code);
            if (e == null) {
                e = new Entry(space.newRef(code));
                codes.put(code, e);
                order.add(e);
            }
            return e;
        }

        /** The entry of a built-in's definition, labelled on first use. */
        Entry builtinEntry(long func) {
            BuiltinFunctionType.Def def = space.builtinFunctionType.def(func);
            Entry e = defs.get(def);
            if (e == null) {
                e = new Entry(space.strType.runtime(label(func)));
                defs.put(def, e);
                order.add(e);
            }
            return e;
        }

        /** {@code ptrace_enter_call} and {@code initContext}. */
        void enter(long self, Entry entry) {
            Context c = free;
            if (c != null) {
                free = c.previous;
            } else {
                c = new Context();
            }
            c.entry = entry;
            c.subt = 0;
            c.previous = context;
            context = c;
            entry.level++;
            if (subcalls && c.previous != null) {
                Entry caller = c.previous.entry;
                if (caller.calls == null) {
                    caller.calls = new LinkedHashMap<>();
                }
                SubEntry sub = caller.calls.get(entry);
                if (sub == null) {
                    sub = new SubEntry();
                    caller.calls.put(entry, sub);
                }
                sub.level++;
            }
            c.t0 = now(self);
        }

        /** {@code ptrace_leave_call}: {@code entry} is the function's, or null when it has none. */
        void leave(long self, Entry entry) {
            Context c = context;
            if (c == null) {
                return;
            }
            if (entry != null) {
                stop(self, c, entry);
            } else {
                context = c.previous;
            }
            c.previous = free;
            c.entry = null;
            free = c;
        }

        /** {@code Stop}: the context's time goes to the entry and the caller's sub-entry. */
        void stop(long self, Context c, Entry entry) {
            long tt = now(self) - c.t0;
            long it = tt - c.subt;
            if (c.previous != null) {
                c.previous.subt += tt;
            }
            context = c.previous;
            if (--entry.level == 0) {
                entry.tt += tt;
            } else {
                entry.reccallcount++;
            }
            entry.it += it;
            entry.callcount++;
            if (subcalls && c.previous != null && c.previous.entry.calls != null) {
                SubEntry sub = c.previous.entry.calls.get(entry);
                if (sub != null) {
                    if (--sub.level == 0) {
                        sub.tt += tt;
                    } else {
                        sub.reccallcount++;
                    }
                    sub.it += it;
                    sub.callcount++;
                }
            }
        }

        /** {@code flush_unmatched}: the contexts still open are closed as if their functions returned now. */
        void flush(long self) {
            while (context != null) {
                stop(self, context, context.entry);
            }
        }

        /** {@code clearEntries}: the entries (and their labels) and the contexts go. */
        void clear() {
            List<Entry> dropped = new ArrayList<>(order);
            order.clear();
            codes.clear();
            defs.clear();
            context = null;
            free = null;
            for (Entry e : dropped) {
                space.decref(e.userObj);
            }
        }

        /** {@code profiler_getstats}: a list of {@code profiler_entry} for the entries called at least once. */
        long stats(long self) {
            long timer = field(self, TIMER);
            double unit = timeunit(self);
            double factor = timer == 0 || unit == 0.0 ? 1.0 / 1_000_000_000L : unit;
            long result = space.listType.create();
            try {
                for (Entry e : List.copyOf(order)) {
                    if (e.callcount == 0) {
                        continue;
                    }
                    long calls;
                    if (e.calls == null) {
                        calls = space.newNone();
                    } else {
                        calls = space.listType.create();
                        try {
                            for (Map.Entry<Entry, SubEntry> s : e.calls.entrySet()) {
                                SubEntry sub = s.getValue();
                                long info = figures(subentryType, s.getKey().userObj, sub.callcount, sub.reccallcount,
                                        factor * sub.tt, factor * sub.it, 0);
                                space.listType.append(calls, info);
                                space.decref(info);
                            }
                        } catch (RuntimeException x) {
                            space.decref(calls);
                            throw x;
                        }
                    }
                    long info;
                    try {
                        info = figures(entryType, e.userObj, e.callcount, e.reccallcount, factor * e.tt, factor * e.it, calls);
                    } finally {
                        space.decref(calls);
                    }
                    space.listType.append(result, info);
                    space.decref(info);
                }
                return result;
            } catch (RuntimeException x) {
                space.decref(result);
                throw x;
            }
        }

        /** A {@code profiler_entry} ({@code calls} not 0) or {@code profiler_subentry}. New reference. */
        private long figures(StructSeqType type, long label, long callcount, long reccallcount, double tt, double it,
                long calls) {
            long[] items = {space.newInt(callcount), space.newInt(reccallcount), space.floatType.create(tt),
                space.floatType.create(it)};
            try {
                return calls == 0 ? type.create(label, items[0], items[1], items[2], items[3])
                        : type.create(label, items[0], items[1], items[2], items[3], calls);
            } finally {
                for (long i : items) {
                    space.decref(i);
                }
            }
        }

        /**
         * {@code normalizeUserObj} for a built-in function: the repr of the method the receiver's
         * type defines under its name, else {@code <built-in method module.name>}; a function
         * without a receiver is {@code <module.name>}, or {@code <name>} in builtins.
         */
        private String label(long func) {
            BuiltinFunctionType functions = space.builtinFunctionType;
            long owner = functions.field(func, BuiltinFunctionType.SELF);
            String name = functions.def(func).name();
            String module = moduleName(func);
            if (owner == 0) {
                return module != null && !module.equals("builtins") ? "<" + module + "." + name + ">" : "<" + name + ">";
            }
            long nameObject = space.strType.literalName(name);
            try {
                long method = space.typeOf(owner).lookup(nameObject);
                if (method != 0) {
                    try {
                        return Abstract.repr(space, method);
                    } catch (PyException e) {
                        e.release();
                    }
                }
            } finally {
                space.decref(nameObject);
            }
            return module != null ? "<built-in method " + module + "." + name + ">" : "<built-in method " + name + ">";
        }

        private String moduleName(long func) {
            long module = space.builtinFunctionType.field(func, BuiltinFunctionType.MODULE);
            if (module != 0 && space.strType.check(module)) {
                return space.strType.value(module);
            }
            if (module != 0 && space.moduleType.check(module)) {
                long name = space.dictType.getItemString(space.moduleType.dict(module), "__name__");
                return name != 0 && space.strType.check(name) ? space.strType.value(name) : null;
            }
            return null;
        }
    }

    /** A map from code object addresses to entries: open addressing with linear probing (0 marks an empty slot). */
    private static final class CodeTable {
        private long[] keys = new long[16];
        private Entry[] values = new Entry[16];
        private int size;

        Entry get(long key) {
            int mask = keys.length - 1;
            for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == 0) {
                    return null;
                }
            }
        }

        void put(long key, Entry value) {
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                Entry[] oldValues = values;
                keys = new long[2 * oldKeys.length];
                values = new Entry[keys.length];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = hash(key) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        void clear() {
            keys = new long[16];
            values = new Entry[16];
            size = 0;
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32);
        }
    }
}
