package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.function.LongConsumer;

/**
 * The iterator objects of Python/bltinmodule.c and Objects/enumobject.c, iterobject.c:
 * {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed} and
 * {@code callable_iterator}, one registration each. Each is a GC-capable object holding up to two
 * counted references (what it draws from) and a counter, in CPython's basic sizes:
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   enumerate   +16 a = the iterator  +24 b = result   +32 counter = the next index   56 bytes
 *               +40 en_longindex: the next index as an int once it is beyond 64 bits (or 0)
 *   zip         +16 a = iterators     +24 b = result   +32 counter = strict (0/1)     48 bytes
 *   map         +16 a = the function  +24 b = iterators                               32 bytes
 *   filter      +16 a = the predicate +24 b = the iterator (None: truth)              32 bytes
 *   reversed    +16 a = the sequence  +24 counter = the next index down               32 bytes
 *   callable_iterator  +16 a = the callable  +24 b = the sentinel                     32 bytes
 * </pre>
 * {@code enumerate} and {@code zip} make a result tuple ({@code en_result}, {@code result}: Nones)
 * with themselves and hand it out again, refilled, whenever the caller let go of the previous one
 * ({@code for i, x in enumerate(xs)} allocates one tuple, not one per item; {@code list(zip(a, b))}
 * a new one per item, since the list keeps each).
 * {@code zip(..., strict=True)} checks that every iterator ends together and raises CPython's
 * ValueError naming the first one that does not.
 */
final class BuiltinIterType extends PyType {
    enum Kind { ENUMERATE, ZIP, MAP, FILTER, REVERSED, CALLABLE }

    static final int A = 16, B = 24, COUNTER = 32, LONGINDEX = 40;
    private final Kind kind;
    private final Calls calls;
    /** Where the counter is: reversed keeps it in the second field. */
    private final int counter;

    /** How an iterator calls a function with one or more arguments. */
    interface Calls {
        long call(long function, long[] args);
    }

    BuiltinIterType(ObjectSpace space, Kind kind, Calls calls) {
        super(space, kind == Kind.CALLABLE ? "callable_iterator" : kind.name().toLowerCase(java.util.Locale.ROOT), null,
                HAVE_GC | (kind == Kind.CALLABLE ? 0 : BASETYPE), basicSize(kind), 0);
        this.kind = kind;
        this.calls = calls;
        this.counter = kind == Kind.REVERSED ? B : COUNTER;
        if (kind == Kind.REVERSED) {
            // reversed_len: the items left, none once the sequence is shorter than the position
            defineMethod("__length_hint__", (self, args) -> {
                Args.none("reversed.__length_hint__", args);
                long seq = memory.getLong(self + A);
                if (seq == 0) {
                    return space.newInt(0);
                }
                long position = memory.getLong(self + counter) + 1;
                long size = Abstract.length(space, seq);
                return space.newInt(size < position ? 0 : position);
            });
        }
        defineMethod("__reduce__", (self, args) -> {
            Args.none(name + ".__reduce__", args);
            return reduce(self);
        });
        if (kind == Kind.ZIP || kind == Kind.REVERSED) {
            defineMethod("__setstate__", (self, args) -> {
                setState(self, Args.one(name + ".__setstate__", args));
                return space.newNone();
            });
        }
    }

    /** {@code enumerate} is generic in annotations ({@code enumerate[str]}). */
    @Override
    protected void fillDict() {
        if (kind == Kind.ENUMERATE) {
            putClassGetItem();
        }
    }

    /** {@code callable_iterator} has no {@code tp_new} (only {@code iter(f, sentinel)} makes one), the others have theirs. */
    @Override
    protected boolean ownNew() {
        return kind != Kind.CALLABLE;
    }

    /**
     * {@code enum_reduce}, {@code zip_reduce}, {@code map_reduce}, {@code filter_reduce},
     * {@code reversed_reduce}, {@code calliter_reduce}: how to make the iterator again from what it
     * draws from, in its present state (the index; zip's strictness).
     */
    private long reduce(long o) {
        long type = space.typeOf(o).typeObject();
        long a = memory.getLong(o + A);
        long b = bHoldsReference() ? memory.getLong(o + B) : 0;
        return switch (kind) {
            case ENUMERATE -> {
                long longIndex = memory.getLong(o + LONGINDEX);
                long index = longIndex != 0 ? space.newRef(longIndex) : space.newInt(memory.getLong(o + COUNTER));
                try {
                    yield reduction(type, new long[] {a, index}, 0);
                } finally {
                    space.decref(index);
                }
            }
            case ZIP -> memory.getLong(o + COUNTER) != 0 ? reduction(type, a, space.trueObject) : reduction(type, a, 0);
            case MAP -> {
                int n = (int) space.tupleType.size(b);
                long[] items = new long[n + 1];
                items[0] = a;
                for (int i = 0; i < n; i++) {
                    items[i + 1] = space.tupleType.item(b, i);
                }
                yield reduction(type, items, 0);
            }
            case FILTER -> reduction(type, new long[] {a, b}, 0);
            case REVERSED -> {
                if (a == 0) {
                    yield emptyReduction(type);
                }
                long index = space.newInt(memory.getLong(o + counter));
                try {
                    yield reduction(type, new long[] {a}, index);
                } finally {
                    space.decref(index);
                }
            }
            case CALLABLE -> {
                long iter = space.moduleType.builtin("iter");
                yield a != 0 && b != 0 ? reduction(iter, new long[] {a, b}, 0) : emptyReduction(iter);
            }
        };
    }

    /** {@code (callable, ((),))}: what an exhausted iterator reduces to. */
    private long emptyReduction(long callable) {
        long empty = space.tupleType.create();
        try {
            return reduction(callable, new long[] {empty}, 0);
        } finally {
            space.decref(empty);
        }
    }

    /** {@code (callable, (args...))}, or {@code (callable, (args...), state)} when {@code state} is not 0. */
    private long reduction(long callable, long[] args, long state) {
        long tuple = space.tupleType.create(args);
        try {
            return reduction(callable, tuple, state);
        } finally {
            space.decref(tuple);
        }
    }

    private long reduction(long callable, long argsTuple, long state) {
        return state != 0 ? space.tupleType.create(callable, argsTuple, state) : space.tupleType.create(callable, argsTuple);
    }

    /** {@code zip_setstate} (strict is the state's truth) and {@code reversed_setstate} (the index, clipped to the sequence). */
    private void setState(long o, long state) {
        if (kind == Kind.ZIP) {
            memory.putLong(o + COUNTER, Abstract.isTrue(space, state) ? 1 : 0);
            return;
        }
        long index = space.intType.asSsize(state);
        long seq = memory.getLong(o + A);
        if (seq != 0) {
            long n = Abstract.length(space, seq);
            memory.putLong(o + counter, Math.clamp(index, -1, n - 1));
        }
    }

    private static long basicSize(Kind kind) {
        return switch (kind) {
            case ENUMERATE -> 56;
            case ZIP -> 48;
            case MAP, FILTER, REVERSED, CALLABLE -> 32;
        };
    }

    /** Whether the second field holds a reference (reversed keeps its counter there). */
    private boolean bHoldsReference() {
        return kind != Kind.REVERSED;
    }

    /**
     * A tracked iterator holding new references to {@code a} and {@code b} (0 for none; enumerate
     * and zip make their result tuple in {@code b} themselves). New reference.
     */
    long create(long a, long b, long counterValue) {
        if (kind == Kind.ZIP || kind == Kind.ENUMERATE) {
            b = resultOfNones(kind == Kind.ZIP ? (int) space.tupleType.size(a) : 2);
            try {
                return allocate(a, b, counterValue);
            } finally {
                space.decref(b);
            }
        }
        return allocate(a, b, counterValue);
    }

    private long resultOfNones(int n) {
        long[] nones = new long[n];
        java.util.Arrays.fill(nones, space.none);
        return space.tupleType.create(nones);
    }

    private long allocate(long a, long b, long counterValue) {
        long o = space.newGcObject(this, basicSize(), 0);
        for (long off = 16; off < basicSize(); off += 8) {
            memory.putLong(o + off, 0);
        }
        memory.putLong(o + A, a == 0 ? 0 : space.newRef(a));
        if (bHoldsReference()) {
            memory.putLong(o + B, b == 0 ? 0 : space.newRef(b));
        }
        if (kind == Kind.ENUMERATE || kind == Kind.ZIP || kind == Kind.REVERSED) {
            memory.putLong(o + counter, counterValue);
        }
        space.track(o);
        return o;
    }

    // ------------------------------------------------------------------ construction

    /**
     * {@code enumerate_vectorcall}, {@code map_vectorcall}, {@code filter_vectorcall},
     * {@code reversed_vectorcall}: the exact type called without an argument tuple. 3.11's
     * {@code zip} has none ({@code _PyObject_MakeTpCall} packs its arguments), nor has
     * {@code callable_iterator} (no {@code tp_new} at all).
     */
    @Override
    public boolean hasVectorNew() {
        return kind != Kind.ZIP && kind != Kind.CALLABLE;
    }

    @Override
    public long vectorNew(long args, int nargs, long kwnames) {
        int nk = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
        String[] names = new String[nk];
        long[] values = new long[nargs + nk];
        for (int i = 0; i < nk; i++) {
            names[i] = space.strType.value(space.tupleType.item(kwnames, i));
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = memory.getLong(args + 8L * i);
        }
        return construct(this, values, nargs, names, true);
    }

    /** {@code enum_new}, {@code zip_new}, {@code map_new}, {@code filter_new}, {@code reversed_new}: with a tuple and a dict. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kind == Kind.CALLABLE) {
            return super.tpNew(subtype, args, kwargs);
        }
        int n = (int) space.tupleType.size(args);
        int nk = kwargs == 0 ? 0 : (int) space.dictType.size(kwargs);
        String[] names = new String[nk];
        long[] values = new long[n + nk];
        for (int i = 0; i < n; i++) {
            values[i] = space.tupleType.item(args, i);
        }
        int[] k = {0};
        if (nk > 0) {
            space.dictType.forEach(kwargs, (key, v) -> {
                names[k[0]] = space.strType.value(key);
                values[n + k[0]++] = v;
            });
        }
        return construct(subtype, values, n, names, false);
    }

    /**
     * One constructor for both entries: {@code values} holds the {@code nargs} positionals and then
     * the keyword values named by {@code names} (borrowed). {@code vector}: called through
     * {@link #vectorNew} (enumerate's messages differ from its Argument Clinic parser's).
     */
    private long construct(PyType subtype, long[] values, int nargs, String[] names, boolean vector) {
        String fn = name;
        return switch (kind) {
            case ENUMERATE -> {
                long[] p = vector ? enumerateVectorArgs(values, nargs, names) : clinicArgs(values, nargs, names);
                yield newEnumerate(p[0], p[1]);
            }
            case ZIP -> {
                boolean strict = false;
                if (names.length > 1) {
                    throw new PyException("TypeError", "zip() takes at most 1 keyword argument (" + names.length + " given)");
                }
                if (names.length == 1) {
                    if (!names[0].equals("strict")) {
                        throw invalidKeyword(names[0]);
                    }
                    strict = Abstract.isTrue(space, values[nargs]);
                }
                long iters = iterators(values, 0, nargs);
                try {
                    yield create(iters, 0, strict ? 1 : 0);
                } finally {
                    space.decref(iters);
                }
            }
            case MAP -> {
                noKeywords(subtype, names);
                if (nargs < 2) {
                    throw new PyException("TypeError", "map() must have at least two arguments.");
                }
                long iters = iterators(values, 1, nargs);
                try {
                    yield create(values[0], iters, 0);
                } finally {
                    space.decref(iters);
                }
            }
            case FILTER -> {
                noKeywords(subtype, names);
                checkPositional(fn, nargs, 2);
                long it = Abstract.getIter(space, values[1]);
                try {
                    yield create(values[0], it, 0);
                } finally {
                    space.decref(it);
                }
            }
            case REVERSED -> {
                noKeywords(subtype, names);
                checkPositional(fn, nargs, 1);
                yield newReversed(values[0]);
            }
            case CALLABLE -> throw new IllegalStateException("callable_iterator has no constructor");
        };
    }

    /** {@code enumerate_vectorcall}'s hand-made parsing: {iterable, start or 0}. */
    private long[] enumerateVectorArgs(long[] values, int nargs, String[] names) {
        int nk = names.length, total = nargs + nk;
        if (total == 2) {
            if (nk == 1) {
                checkKeyword(names[0], "start");
            } else if (nk == 2) {
                if (names[0].equals("start")) {
                    checkKeyword(names[1], "iterable");
                    return new long[] {values[1], values[0]};
                }
                checkKeyword(names[0], "iterable");
                checkKeyword(names[1], "start");
            }
            return new long[] {values[0], values[1]};
        }
        if (total == 1) {
            if (nk == 1) {
                checkKeyword(names[0], "iterable");
            }
            return new long[] {values[0], 0};
        }
        if (nargs == 0) {
            throw new PyException("TypeError", "enumerate() missing required argument 'iterable'");
        }
        throw new PyException("TypeError", "enumerate() takes at most 2 arguments (" + total + " given)");
    }

    /** {@code enum_new}'s Argument Clinic parsing of {@code (iterable, start=0)}. */
    private long[] clinicArgs(long[] values, int nargs, String[] names) {
        int total = nargs + names.length;
        if (total > 2) {
            throw new PyException("TypeError", "enumerate() takes at most 2 arguments (" + total + " given)");
        }
        long[] p = new long[2];
        for (int i = 0; i < nargs; i++) {
            p[i] = values[i];
        }
        for (int k = 0; k < names.length; k++) {
            int pos = names[k].equals("iterable") ? 0 : names[k].equals("start") ? 1 : -1;
            if (pos < 0) {
                throw invalidKeyword(names[k]);
            }
            if (pos < nargs) {
                throw new PyException("TypeError", "argument for enumerate() given by name ('" + names[k]
                        + "') and position (" + (pos + 1) + ")");
            }
            p[pos] = values[nargs + k];
        }
        if (p[0] == 0) {
            throw new PyException("TypeError", "enumerate() missing required argument 'iterable' (pos 1)");
        }
        return p;
    }

    /** {@code enum_new_impl}: the iterator of {@code iterable} counted from {@code start} (0: none given). */
    private long newEnumerate(long iterable, long start) {
        long first = 0;
        if (start != 0) {
            long i = Abstract.numberIndex(space, start);
            if (!space.intType.fitsLong(i)) {
                // enum_new_impl: a start beyond Py_ssize_t is counted as an int (en_longindex)
                long it;
                try {
                    it = Abstract.getIter(space, iterable);
                } catch (RuntimeException e) {
                    space.decref(i);
                    throw e;
                }
                try {
                    long o = create(it, 0, Long.MAX_VALUE);
                    memory.putLong(o + LONGINDEX, i);
                    return o;
                } finally {
                    space.decref(it);
                }
            }
            first = space.intType.longValue(i);
            space.decref(i);
        }
        long it = Abstract.getIter(space, iterable);
        try {
            return create(it, 0, first);
        } finally {
            space.decref(it);
        }
    }

    /**
     * {@code reversed_new_impl}: {@code type(seq).__reversed__(seq)} when the type has one (None
     * refuses), else a reversed over a sequence (an item slot, not a dict), sized by {@code len()}
     * whose errors propagate.
     */
    private long newReversed(long seq) {
        long rev = Abstract.lookupSpecial(space, seq, "__reversed__");
        if (rev == space.none) {
            space.decref(rev);
            throw notReversible(seq);
        }
        if (rev != 0) {
            try {
                return calls.call(rev, new long[0]);
            } finally {
                space.decref(rev);
            }
        }
        if (!Abstract.sequenceCheck(space, seq)) {
            throw notReversible(seq);
        }
        return create(seq, 0, Abstract.length(space, seq) - 1);
    }

    private PyException notReversible(long seq) {
        return new PyException("TypeError", "'" + space.typeOf(seq).name + "' object is not reversible");
    }

    private PyException invalidKeyword(String keyword) {
        return new PyException("TypeError", "'" + keyword + "' is an invalid keyword argument for " + name + "()");
    }

    private void checkKeyword(String given, String expected) {
        if (!given.equals(expected)) {
            throw invalidKeyword(given);
        }
    }

    /**
     * {@code _PyArg_NoKeywords} as the constructors check it: for the type itself and for a subclass
     * whose {@code tp_init} is still the inherited one (a class defining {@code __init__} takes keywords).
     */
    private void noKeywords(PyType subtype, String[] names) {
        if (names.length > 0 && (subtype == this || subtype.specialMethod("__init__") == 0)) {
            throw new PyException("TypeError", name + "() takes no keyword arguments");
        }
    }

    /** {@code _PyArg_CheckPositional(name, nargs, n, n)}. */
    private static void checkPositional(String fn, int nargs, int n) {
        if (nargs != n) {
            throw new PyException("TypeError", fn + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + nargs);
        }
    }

    /** A tuple of the iterators of {@code values[from:to]}. New reference. */
    private long iterators(long[] values, int from, int to) {
        long[] its = new long[to - from];
        try {
            for (int i = from; i < to; i++) {
                its[i - from] = Abstract.getIter(space, values[i]);
            }
            return space.tupleType.create(its);
        } finally {
            for (long it : its) {
                space.xdecref(it);
            }
        }
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long o) {
        long a = memory.getLong(o + A), b = bHoldsReference() ? memory.getLong(o + B) : 0;
        switch (kind) {
            case ENUMERATE -> {
                long item = Abstract.iterNext(space, a);
                if (item == 0) {
                    return 0;
                }
                long i = memory.getLong(o + COUNTER);
                if (i == Long.MAX_VALUE) {
                    // enum_next_long: from here the index is an int, one added per item
                    long index = memory.getLong(o + LONGINDEX);
                    if (index == 0) {
                        index = space.newInt(Long.MAX_VALUE);
                    }
                    long one = space.newInt(1);
                    long following;
                    try {
                        following = Abstract.binaryOp(space, index, one, dev.pyheap.runtime.objects.BinaryOp.ADD);
                    } catch (RuntimeException e) {
                        space.decref(one);
                        space.decref(item);
                        memory.putLong(o + LONGINDEX, index);
                        throw e;
                    }
                    space.decref(one);
                    memory.putLong(o + LONGINDEX, following);
                    return space.tupleType.recycleOrCreate(b, index, item);
                }
                memory.putLong(o + COUNTER, i + 1);
                return space.tupleType.recycleOrCreate(b, space.newInt(i), item);
            }
            case ZIP -> {
                boolean strict = memory.getLong(o + COUNTER) != 0;
                if (space.refcount(b) == 1 || space.tupleType.size(a) == 0) {
                    long[] items = nextOfEach(a, strict);
                    return items == null ? 0 : space.tupleType.recycleOrCreate(b, items);
                }
                // zip_next makes the new tuple before drawing the items (an exhausted zip makes one too)
                long fresh = resultOfNones((int) space.tupleType.size(a));
                try {
                    long[] items = nextOfEach(a, strict);
                    return items == null ? 0 : space.tupleType.recycleOrCreate(fresh, items);
                } finally {
                    space.decref(fresh);
                }
            }
            case MAP -> {
                long[] items = nextOfEach(b, false);
                if (items == null) {
                    return 0;
                }
                try {
                    return calls.call(a, items);
                } finally {
                    release(items);
                }
            }
            case FILTER -> {
                for (;;) {
                    long item = Abstract.iterNext(space, b);
                    if (item == 0) {
                        return 0;
                    }
                    boolean keep;
                    try {
                        if (a == space.none) {
                            keep = Abstract.isTrue(space, item);
                        } else {
                            long r = calls.call(a, new long[] {item});
                            try {
                                keep = Abstract.isTrue(space, r);
                            } finally {
                                space.decref(r);
                            }
                        }
                    } catch (RuntimeException e) {
                        space.decref(item);
                        throw e;
                    }
                    if (keep) {
                        return item;
                    }
                    space.decref(item);
                }
            }
            case CALLABLE -> {
                if (a == 0) {
                    return 0;
                }
                long v;
                try {
                    v = calls.call(a, new long[0]);
                } catch (PyException e) {
                    // calliter_iternext: a StopIteration from the callable ends the iteration
                    if (Abstract.matches(space, e, "StopIteration")) {
                        e.release();
                        clear(o);
                        return 0;
                    }
                    throw e;
                }
                if (Abstract.richCompareBool(space, v, b, dev.pyheap.runtime.objects.CompareOp.EQ)) {
                    space.decref(v);
                    clear(o);
                    return 0;
                }
                return v;
            }
            default -> {
                long i = memory.getLong(o + counter);
                if (a == 0 || i < 0 || i >= Abstract.length(space, a)) {
                    memory.putLong(o + counter, -1);
                    if (a != 0) { // reversed_next lets go of the exhausted sequence
                        memory.putLong(o + A, 0);
                        space.decref(a);
                    }
                    return 0;
                }
                memory.putLong(o + counter, i - 1);
                return Abstract.getItemAt(space, a, i);
            }
        }
    }

    /**
     * The next item of each iterator (new references), or null when one is exhausted. Strict (zip's
     * {@code strict=True}): the first iterator ending must find every other one ended too, and an
     * iterator after the first ending early is an error ({@code zip_next}'s {@code check:} path).
     */
    private long[] nextOfEach(long iterators, boolean strict) {
        int n = (int) space.tupleType.size(iterators);
        if (n == 0) {
            return null;
        }
        long[] items = new long[n];
        for (int i = 0; i < n; i++) {
            long x;
            try {
                x = Abstract.iterNext(space, space.tupleType.item(iterators, i));
            } catch (RuntimeException e) {
                release(java.util.Arrays.copyOf(items, i));
                throw e;
            }
            if (x == 0) {
                release(java.util.Arrays.copyOf(items, i));
                if (strict) {
                    checkStrict(iterators, i);
                }
                return null;
            }
            items[i] = x;
        }
        return items;
    }

    /** Iterator {@code i} ended: a strict zip fails unless every iterator ended there too. */
    private void checkStrict(long iterators, int i) {
        if (i > 0) {
            throw new PyException("ValueError", "zip() argument " + (i + 1) + " is shorter than argument"
                    + (i == 1 ? " " : "s 1-") + i);
        }
        for (int j = 1, n = (int) space.tupleType.size(iterators); j < n; j++) {
            long x = Abstract.iterNext(space, space.tupleType.item(iterators, j));
            if (x != 0) {
                space.decref(x);
                throw new PyException("ValueError", "zip() argument " + (j + 1) + " is longer than argument"
                        + (j == 1 ? " " : "s 1-") + j);
            }
        }
    }

    private void release(long[] items) {
        for (long x : items) {
            space.decref(x);
        }
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long a = memory.getLong(o + A), b = bHoldsReference() ? memory.getLong(o + B) : 0;
        // map_traverse and filter_traverse visit the iterators before the function
        boolean bFirst = kind == Kind.MAP || kind == Kind.FILTER;
        if (bFirst && b != 0) {
            visitor.accept(b);
        }
        if (a != 0) {
            visitor.accept(a);
        }
        if (!bFirst && b != 0) {
            visitor.accept(b);
        }
        if (kind == Kind.ENUMERATE && memory.getLong(o + LONGINDEX) != 0) {
            visitor.accept(memory.getLong(o + LONGINDEX));
        }
    }

    @Override
    public void clear(long o) {
        for (int off : kind == Kind.ENUMERATE ? new int[] {A, B, LONGINDEX} : bHoldsReference() ? new int[] {A, B} : new int[] {A}) {
            long v = memory.getLong(o + off);
            if (v != 0) {
                memory.putLong(o + off, 0);
                space.decref(v);
            }
        }
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        clear(o);
        space.typeOf(o).tpFree(o);
    }
}
