package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;


/**
 * {@code range} (Objects/rangeobject.c): {@code start}, {@code stop}, {@code step} and the length as
 * int objects at +16, +24, +32, +40; not GC-capable, {@code sys.getsizeof} 48. Bounds are kept to
 * what a Java {@code long} holds (CPython's {@code longrangeiter} for bigger ones is not here).
 * Its iterator is {@link RangeIterType}.
 */
public final class RangeType extends StructType {
    static final int START = 16, STOP = 24, STEP = 32, LENGTH = 40;

    RangeType(ObjectSpace space) {
        super(space, "range", null, SEQUENCE | IMMUTABLETYPE, 48, 0, 0,
                "start", START, "stop", STOP, "step", STEP, "length", LENGTH);
        defineMethod("index", (self, args) -> {
            long v = Args.one("range.index", args);
            long i = indexOf(self, v);
            if (i < 0) {
                throw new PyException("ValueError", Abstract.repr(space, v) + " is not in range");
            }
            return space.newInt(i);
        });
        defineMethod("count", (self, args) -> space.newInt(indexOf(self, Args.one("range.count", args)) >= 0 ? 1 : 0));
        defineMethod("__reversed__", (self, args) -> {
            Args.none("range.__reversed__", args);
            long n = len(self);
            long step = get(self, STEP);
            return space.rangeIterType.create(get(self, START) + (n - 1) * step, -step, n);
        });
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    long get(long r, int field) {
        return space.intType.longValue(field(r, field));
    }

    long len(long r) {
        return get(r, LENGTH);
    }

    /** {@code range(start, stop, step)}. New reference. */
    public long create(long start, long stop, long step) {
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        long r = allocateStruct(48);
        putField(r, START, space.newInt(start));
        putField(r, STOP, space.newInt(stop));
        putField(r, STEP, space.newInt(step));
        putField(r, LENGTH, space.newInt(n));
        return r;
    }

    private long arg(long v) {
        PyType t = space.typeOf(v);
        long i = t.hasFlag(LONG_SUBCLASS) ? space.newRef(v) : t.index(v);
        if (i == 0) {
            throw new PyException("TypeError", "'" + t.name + "' object cannot be interpreted as an integer");
        }
        try {
            if (!space.intType.fitsLong(i)) {
                throw new PyException("OverflowError", "Python int too large to convert to C long");
            }
            return space.intType.longValue(i);
        } finally {
            space.decref(i);
        }
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "range");
        long n = space.tupleType.size(args);
        if (n == 0) {
            throw new PyException("TypeError", "range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw new PyException("TypeError", "range expected at most 3 arguments, got " + n);
        }
        if (n == 1) {
            return create(0, arg(space.tupleType.item(args, 0)), 1);
        }
        long step = n == 3 ? arg(space.tupleType.item(args, 2)) : 1;
        if (step == 0) {
            throw new PyException("ValueError", "range() arg 3 must not be zero");
        }
        return create(arg(space.tupleType.item(args, 0)), arg(space.tupleType.item(args, 1)), step);
    }

    /** The position of int {@code v} in the range, or -1. */
    private long indexOf(long r, long v) {
        if (!space.typeOf(v).hasFlag(LONG_SUBCLASS)) {
            long it = iter(r);
            try {
                long i = 0;
                for (long item = iterNext(it); item != 0; item = iterNext(it), i++) {
                    boolean eq;
                    try {
                        eq = Abstract.equal(space, item, v);
                    } finally {
                        space.decref(item);
                    }
                    if (eq) {
                        return i;
                    }
                }
                return -1;
            } finally {
                space.decref(it);
            }
        }
        if (!space.intType.fitsLong(v)) {
            return -1;
        }
        long x = space.intType.longValue(v);
        long start = get(r, START);
        long step = get(r, STEP);
        long n = len(r);
        long d = x - start;
        if (d % step != 0) {
            return -1;
        }
        long i = d / step;
        return i >= 0 && i < n ? i : -1;
    }

    @Override
    public long length(long r) {
        return len(r);
    }

    @Override
    public long lengthHint(long r) {
        return len(r);
    }

    @Override
    public boolean isTrue(long r) {
        return len(r) != 0;
    }

    @Override
    public boolean contains(long r, long v) {
        return indexOf(r, v) >= 0;
    }

    @Override
    public long sequenceItem(long r, long i) {
        long n = len(r);
        long k = checkedIndex(i, n, "range object index out of range");
        return space.newInt(get(r, START) + k * get(r, STEP));
    }

    @Override
    public long getItem(long r, long key) {
        if (space.sliceType.check(key)) {
            long[] s = space.sliceType.indices(key, len(r));
            long step = get(r, STEP);
            long start = get(r, START);
            return create(start + s[0] * step, start + s[1] * step, s[2] * step);
        }
        PyType t = space.typeOf(key);
        if (!t.hasFlag(LONG_SUBCLASS) && t.index(key) == 0) {
            throw new PyException("TypeError", "range indices must be integers or slices, not " + t.name);
        }
        return sequenceItem(r, Abstract.index(space, key));
    }

    @Override
    public long iter(long r) {
        return space.rangeIterType.create(get(r, START), get(r, STEP), len(r));
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !check(b)) {
            return space.newNotImplemented();
        }
        boolean eq = a == b || (len(a) == len(b) && (len(a) == 0
                || (get(a, START) == get(b, START) && (len(a) == 1 || get(a, STEP) == get(b, STEP)))));
        return space.newBool(op == CompareOp.EQ ? eq : !eq);
    }

    @Override
    public long hash(long r) {
        long n = len(r);
        long[] parts = n == 0 ? new long[] {space.newInt(0), space.newNone(), space.newNone()}
                : n == 1 ? new long[] {space.newInt(1), space.newRef(field(r, START)), space.newNone()}
                : new long[] {space.newRef(field(r, LENGTH)), space.newRef(field(r, START)), space.newRef(field(r, STEP))};
        long t = space.tupleType.create(parts);
        try {
            return Abstract.hash(space, t);
        } finally {
            space.decref(t);
            for (long p : parts) {
                space.decref(p);
            }
        }
    }

    @Override
    public long lookupAttr(long r, long name) {
        StrType str = space.strType;
        int offset = str.contentEquals(name, "start") ? START : str.contentEquals(name, "stop") ? STOP
                : str.contentEquals(name, "step") ? STEP : -1;
        return offset > 0 ? space.newRef(field(r, offset)) : genericLookupAttr(r, name);
    }

    @Override
    public String repr(long r) {
        long step = get(r, STEP);
        return "range(" + get(r, START) + ", " + get(r, STOP) + (step == 1 ? "" : ", " + step) + ")";
    }

}
