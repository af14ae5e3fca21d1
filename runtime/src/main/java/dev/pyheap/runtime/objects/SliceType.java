package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.math.BigInteger;

/**
 * {@code slice} (Objects/sliceobject.c): {@code start}, {@code stop}, {@code step} at +16, +24, +32
 * (None when not given), GC-capable: {@code sys.getsizeof} 56. {@link #indices} is
 * {@code PySlice_Unpack} + {@code PySlice_AdjustIndices}: the slice against a sequence's length.
 */
public final class SliceType extends StructType {
    static final int START = 16, STOP = 24, STEP = 32;

    SliceType(ObjectSpace space) {
        super(space, "slice", null, HAVE_GC | IMMUTABLETYPE, 40, 0, 0, "start", START, "stop", STOP, "step", STEP);
        // slice___reduce___impl: slice(start, stop, step) again
        defineMethod("__reduce__", (self, args) -> {
            Args.none("slice.__reduce__", args);
            return reduceFields(self, START, STOP, STEP);
        });
        // slice_indices: the length through PyNumber_Index, refused when negative, then
        // _PySlice_GetLongIndices, exact for ints of any size (slice(-2**100, 2**100).indices(2**70))
        defineMethod("indices", (self, args) -> {
            long length = Abstract.numberIndex(space, Args.one("slice.indices", args)); // PyNumber_Index
            BigInteger n;
            try {
                n = space.intType.bigValue(length);
            } finally {
                space.decref(length);
            }
            if (n.signum() < 0) {
                throw new PyException("ValueError", "length should not be negative");
            }
            BigInteger[] r = bigIndices(self, n);
            long a = newInt(r[0]);
            long b = newInt(r[1]);
            long c = newInt(r[2]);
            return space.tupleType.createStealing(a, b, c);
        });
    }

    private long newInt(BigInteger v) {
        return v.bitLength() < 64 ? space.newInt(v.longValue()) : space.intType.createFromBig(v);
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code PySlice_New(start, stop, step)}: 0 for None. New reference. */
    public long create(long start, long stop, long step) {
        long s = allocateStruct(40);
        setField(s, START, start == 0 ? space.none : start);
        setField(s, STOP, stop == 0 ? space.none : stop);
        setField(s, STEP, step == 0 ? space.none : step);
        space.track(s);
        return s;
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "slice");
        long n = space.tupleType.size(args);
        if (n == 0) {
            throw new PyException("TypeError", "slice expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw new PyException("TypeError", "slice expected at most 3 arguments, got " + n);
        }
        if (n == 1) {
            return create(0, space.tupleType.item(args, 0), 0);
        }
        return create(space.tupleType.item(args, 0), space.tupleType.item(args, 1), n > 2 ? space.tupleType.item(args, 2) : 0);
    }

    private long bound(long v, long def) {
        if (v == space.none) {
            return def;
        }
        long i = boundIndex(v);
        try {
            IntType ints = space.intType;
            if (ints.fitsLong(i)) {
                return ints.longValue(i);
            }
            return ints.bigValue(i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        } finally {
            space.decref(i);
        }
    }

    /**
     * {@code _PySlice_GetLongIndices}: {start, stop, step} of slice {@code s} over {@code length}
     * items however large (a range of ints beyond 64 bits); the bounds are any ints with
     * {@code __index__}.
     */
    public BigInteger[] bigIndices(long s, BigInteger length) {
        BigInteger step = bigBound(field(s, STEP), BigInteger.ONE);
        if (step.signum() == 0) {
            throw new PyException("ValueError", "slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger[] r = new BigInteger[3];
        for (int k = 0; k < 2; k++) {
            BigInteger v = bigBound(field(s, k == 0 ? START : STOP), null);
            if (v == null) {
                v = (k == 0) == back ? upper : lower;
            } else if (v.signum() < 0) {
                v = v.add(length).max(lower);
            } else {
                v = v.min(upper);
            }
            r[k] = v;
        }
        r[2] = step;
        return r;
    }

    /** A bound's {@code __index__} (new reference), with the slice's TypeError. */
    private long boundIndex(long v) {
        PyType t = space.typeOf(v);
        long i = t.hasFlag(LONG_SUBCLASS) ? space.newRef(v) : t.index(v);
        if (i == 0) {
            throw new PyException("TypeError", "slice indices must be integers or None or have an __index__ method");
        }
        return i;
    }

    private BigInteger bigBound(long v, BigInteger none) {
        if (v == space.none) {
            return none;
        }
        long i = boundIndex(v);
        try {
            return space.intType.bigValue(i);
        } finally {
            space.decref(i);
        }
    }

    /** {start, stop, step, slicelength} of slice {@code s} over a sequence of {@code length} items. */
    public long[] indices(long s, long length) {
        long step = bound(field(s, STEP), 1);
        if (step == 0) {
            throw new PyException("ValueError", "slice step cannot be zero");
        }
        long start = bound(field(s, START), step < 0 ? Long.MAX_VALUE / 2 : 0);
        long stop = bound(field(s, STOP), step < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[] {start, stop, step, n};
    }

    @Override
    public long lookupAttr(long s, long name) {
        StrType str = space.strType;
        int offset = str.contentEquals(name, "start") ? START : str.contentEquals(name, "stop") ? STOP
                : str.contentEquals(name, "step") ? STEP : -1;
        return offset > 0 ? space.newRef(field(s, offset)) : genericLookupAttr(s, name);
    }

    @Override
    public long hash(long s) {
        throw unhashable();
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b)) {
            return space.newNotImplemented();
        }
        long ta = space.tupleType.create(field(a, START), field(a, STOP), field(a, STEP));
        long tb = space.tupleType.create(field(b, START), field(b, STOP), field(b, STEP));
        try {
            return Abstract.richCompare(space, ta, tb, op);
        } finally {
            space.decref(ta);
            space.decref(tb);
        }
    }

    @Override
    public String repr(long s) {
        return "slice(" + Abstract.repr(space, field(s, START)) + ", " + Abstract.repr(space, field(s, STOP)) + ", "
                + Abstract.repr(space, field(s, STEP)) + ")";
    }

    /** {@code slice_members}: the three bounds, read-only. */
    @Override
    protected void fillDict() {
        putMembers("start", "stop", "step");
    }
}
