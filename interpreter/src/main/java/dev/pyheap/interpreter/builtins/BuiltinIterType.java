package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.function.LongConsumer;

/**
 * The iterator objects of Python/bltinmodule.c and Objects/enumobject.c: {@code enumerate},
 * {@code zip}, {@code map}, {@code filter} and {@code reversed}, one registration each. Each is a
 * GC-capable object holding two counted references (what it draws from) and a counter:
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 a (counted)  +24 b (counted or 0)  +32 counter
 * </pre>
 * enumerate: a = the iterator, counter = the next index; zip: a = the tuple of iterators;
 * map: a = the function, b = the tuple of iterators; filter: a = the predicate (None: truth),
 * b = the iterator; reversed: a = the sequence, counter = the next index down.
 */
final class BuiltinIterType extends PyType {
    enum Kind { ENUMERATE, ZIP, MAP, FILTER, REVERSED, CALLABLE }

    static final int A = 16, B = 24, COUNTER = 32, SIZE = 40;
    private final Kind kind;
    private final Calls calls;

    /** How an iterator calls a function with one or more arguments. */
    interface Calls {
        long call(long function, long[] args);
    }

    BuiltinIterType(ObjectSpace space, Kind kind, Calls calls) {
        super(space, kind == Kind.CALLABLE ? "callable_iterator" : kind.name().toLowerCase(java.util.Locale.ROOT), null,
                HAVE_GC | BASETYPE, SIZE, 0);
        this.kind = kind;
        this.calls = calls;
    }

    /** A tracked iterator holding new references to {@code a} and {@code b} (0 for none). New reference. */
    long create(long a, long b, long counter) {
        long o = space.newGcObject(this, SIZE, 0);
        memory.putLong(o + A, a == 0 ? 0 : space.newRef(a));
        memory.putLong(o + B, b == 0 ? 0 : space.newRef(b));
        memory.putLong(o + COUNTER, counter);
        space.track(o);
        return o;
    }

    @Override
    public long iter(long o) {
        return space.newRef(o);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long o) {
        long a = memory.getLong(o + A), b = memory.getLong(o + B);
        switch (kind) {
            case ENUMERATE -> {
                long item = Abstract.iterNext(space, a);
                if (item == 0) {
                    return 0;
                }
                long i = memory.getLong(o + COUNTER);
                memory.putLong(o + COUNTER, i + 1);
                long index = space.newInt(i);
                long t = space.tupleType.create(index, item);
                space.decref(index);
                space.decref(item);
                return t;
            }
            case ZIP -> {
                long[] items = nextOfEach(a);
                if (items == null) {
                    return 0;
                }
                long t = space.tupleType.create(items);
                release(items);
                return t;
            }
            case MAP -> {
                long[] items = nextOfEach(b);
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
                long v = calls.call(a, new long[0]);
                if (Abstract.richCompareBool(space, v, b, dev.pyheap.runtime.objects.CompareOp.EQ)) {
                    space.decref(v);
                    clear(o);
                    return 0;
                }
                return v;
            }
            default -> {
                long i = memory.getLong(o + COUNTER);
                if (a == 0 || i < 0 || i >= Abstract.length(space, a)) {
                    memory.putLong(o + COUNTER, -1);
                    return 0;
                }
                memory.putLong(o + COUNTER, i - 1);
                return Abstract.getItemAt(space, a, i);
            }
        }
    }

    private long[] nextOfEach(long iterators) {
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
                return null;
            }
            items[i] = x;
        }
        return items;
    }

    private void release(long[] items) {
        for (long x : items) {
            space.decref(x);
        }
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long a = memory.getLong(o + A), b = memory.getLong(o + B);
        if (a != 0) {
            visitor.accept(a);
        }
        if (b != 0) {
            visitor.accept(b);
        }
    }

    @Override
    public void clear(long o) {
        for (int off : new int[] {A, B}) {
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
        space.freeGcObject(o, 0);
    }
}
