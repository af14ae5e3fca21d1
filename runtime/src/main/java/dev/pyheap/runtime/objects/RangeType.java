package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.math.BigInteger;


/**
 * {@code range} (Objects/rangeobject.c): {@code start}, {@code stop}, {@code step} and the length as
 * int objects at +16, +24, +32, +40; not GC-capable, {@code sys.getsizeof} 48. The bounds are ints
 * of any size: a range whose values all fit a machine word (the usual one) is computed in
 * {@code long}s, any other in {@link BigInteger}s, as CPython's {@code compute_item} works on int
 * objects. Its iterator is {@link RangeIterType} when start, stop and step fit a machine word, else
 * {@link LongRangeIterType} ({@code range_iter}'s choice). {@code len()} of a range longer than
 * {@code sys.maxsize} is CPython's OverflowError.
 */
public final class RangeType extends StructType {
    /** The slot structs CPython's static type declares: range_as_number (bool), range_as_sequence, range_as_mapping. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER | AS_SEQUENCE | AS_MAPPING;
    }

    static final int START = 16, STOP = 24, STEP = 32, LENGTH = 40;

    RangeType(ObjectSpace space) {
        super(space, "range", null, SEQUENCE | IMMUTABLETYPE, 48, 0, 0,
                "start", START, "stop", STOP, "step", STEP, "length", LENGTH);
        // range_reduce: range(start, stop, step) again
        defineMethod("__reduce__", (self, args) -> {
            Args.none("range.__reduce__", args);
            return reduceFields(self, START, STOP, STEP);
        });
        defineMethod("index", (self, args) -> {
            long v = Args.one("range.index", args);
            BigInteger i = indexOf(self, v);
            if (i == null) { // range_index: an int by arithmetic, anything else through _PySequence_IterSearch
                throw new PyException("ValueError", space.typeOf(v).hasFlag(LONG_SUBCLASS)
                        ? Abstract.repr(space, v) + " is not in range" : "sequence.index(x): x not in sequence");
            }
            return space.intType.newInt(i);
        });
        defineMethod("count", (self, args) -> {
            long v = Args.one("range.count", args);
            if (space.typeOf(v).hasFlag(LONG_SUBCLASS)) {
                return space.newInt(indexOf(self, v) != null ? 1 : 0);
            }
            return space.newInt(iterSearch(self, v, true));
        });
        defineMethod("__reversed__", (self, args) -> {
            Args.none("range.__reversed__", args);
            BigInteger step = big(self, STEP);
            BigInteger n = big(self, LENGTH);
            BigInteger last = n.signum() == 0 ? big(self, START) : big(self, START).add(n.subtract(BigInteger.ONE).multiply(step));
            if (small(self) && step.negate().bitLength() < 64) {
                return space.rangeIterType.create(last.longValue(), -step.longValue(), n.longValue());
            }
            return space.longRangeIterType.create(last, step.negate(), n);
        });
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    long get(long r, int field) {
        return space.intType.longValue(field(r, field));
    }

    BigInteger big(long r, int field) {
        return space.intType.bigValue(field(r, field));
    }

    /** Whether start, stop and step fit a machine word: every value and the length then do. */
    boolean small(long r) {
        IntType ints = space.intType;
        return ints.fitsLong(field(r, START)) && ints.fitsLong(field(r, STOP)) && ints.fitsLong(field(r, STEP))
                && ints.fitsLong(field(r, LENGTH));
    }

    /** The length as a machine word: {@code PyLong_AsSsize_t}'s OverflowError when it is larger. */
    long len(long r) {
        long n = field(r, LENGTH);
        if (!space.intType.fitsLong(n)) {
            throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
        }
        return space.intType.longValue(n);
    }

    /** {@code range(start, stop, step)}. New reference. */
    public long create(long start, long stop, long step) {
        long n;
        try {
            if (step > 0) {
                n = start < stop ? Math.subtractExact(Math.subtractExact(stop, start), 1) / step + 1 : 0;
            } else {
                n = start > stop ? Math.subtractExact(Math.subtractExact(start, stop), 1) / Math.negateExact(step) + 1 : 0;
            }
        } catch (ArithmeticException beyondLong) {
            return create(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
        }
        return make(space.newInt(start), space.newInt(stop), space.newInt(step), space.newInt(n));
    }

    /** The range object holding the four ints (taking over the references). */
    private long make(long start, long stop, long step, long length) {
        long r = allocateStruct(48);
        putField(r, START, start);
        putField(r, STOP, stop);
        putField(r, STEP, step);
        putField(r, LENGTH, length);
        return r;
    }

    /** {@code make_range_object} for bounds of any size. New reference. */
    public long create(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger n;
        if (step.signum() > 0) {
            n = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE)
                    : BigInteger.ZERO;
        } else {
            n = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate())
                    .add(BigInteger.ONE) : BigInteger.ZERO;
        }
        IntType ints = space.intType;
        return make(ints.newInt(start), ints.newInt(stop), ints.newInt(step), ints.newInt(n));
    }

    /** A bound: {@code __index__} of {@code v}, any size ({@code compute_range_length}'s inputs). New reference. */
    private long arg(long v) {
        PyType t = space.typeOf(v);
        long i = t.hasFlag(LONG_SUBCLASS) ? space.intType.exact(v) : t.index(v);
        if (i == 0) {
            throw new PyException("TypeError", "'" + t.name + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "range");
        return fromArray(args + TupleType.ITEMS, (int) space.tupleType.size(args));
    }

    /** {@code range_vectorcall}: {@code range(stop)}, {@code range(start, stop[, step])} with no argument tuple. */
    @Override
    public boolean hasVectorNew() {
        return true;
    }

    @Override
    public long vectorNew(long args, int nargs, long kwnames) {
        Constructors.noKwnames(space, "range", kwnames);
        return fromArray(args, nargs);
    }

    /** {@code range_from_array}: the range of the {@code n} bounds at {@code args}. New reference. */
    private long fromArray(long args, int n) {
        if (n == 0) {
            throw new PyException("TypeError", "range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw new PyException("TypeError", "range expected at most 3 arguments, got " + n);
        }
        long[] b = new long[3];
        try {
            for (int i = 0; i < n; i++) {
                b[i] = arg(memory.getLong(args + 8L * i));
            }
            long start = n == 1 ? 0 : b[0], stop = n == 1 ? b[0] : b[1], step = n == 3 ? b[2] : 0;
            IntType ints = space.intType;
            if (step != 0 && !ints.isTrue(step)) {
                throw new PyException("ValueError", "range() arg 3 must not be zero");
            }
            if ((start == 0 || ints.fitsLong(start)) && ints.fitsLong(stop) && (step == 0 || ints.fitsLong(step))) {
                return create(start == 0 ? 0 : ints.longValue(start), ints.longValue(stop), step == 0 ? 1 : ints.longValue(step));
            }
            return create(start == 0 ? BigInteger.ZERO : ints.bigValue(start), ints.bigValue(stop),
                    step == 0 ? BigInteger.ONE : ints.bigValue(step));
        } finally {
            for (long x : b) {
                space.xdecref(x);
            }
        }
    }

    /** {@code _PySequence_IterSearch}: how many items equal {@code v}, or the position of the first (-1 when none). */
    private long iterSearch(long r, long v, boolean count) {
        long it = iter(r);
        try {
            long i = 0, found = 0;
            for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it), i++) {
                boolean eq;
                try {
                    eq = Abstract.equal(space, item, v);
                } finally {
                    space.decref(item);
                }
                if (eq && !count) {
                    return i;
                }
                found += eq ? 1 : 0;
            }
            return count ? found : -1;
        } finally {
            space.decref(it);
        }
    }

    /** The position of {@code v} in the range ({@code range_index}), or null: an int by arithmetic, anything else by equality. */
    private BigInteger indexOf(long r, long v) {
        if (!space.typeOf(v).hasFlag(LONG_SUBCLASS)) {
            long i = iterSearch(r, v, false);
            return i < 0 ? null : BigInteger.valueOf(i);
        }
        IntType ints = space.intType;
        if (small(r) && ints.fitsLong(v)) {
            long x = ints.longValue(v);
            long start = get(r, START);
            long step = get(r, STEP);
            try {
                long d = Math.subtractExact(x, start);
                if (d % step != 0) {
                    return null;
                }
                long i = d / step;
                return i >= 0 && i < len(r) ? BigInteger.valueOf(i) : null;
            } catch (ArithmeticException beyondLong) {
                return null; // x is further from start than any value of the range
            }
        }
        BigInteger[] qr = ints.bigValue(v).subtract(big(r, START)).divideAndRemainder(big(r, STEP));
        return qr[1].signum() == 0 && qr[0].signum() >= 0 && qr[0].compareTo(big(r, LENGTH)) < 0 ? qr[0] : null;
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
        return space.intType.isTrue(field(r, LENGTH));
    }

    @Override
    public boolean contains(long r, long v) {
        return indexOf(r, v) != null;
    }

    @Override
    public long sequenceItem(long r, long i) {
        if (small(r)) {
            long k = checkedIndex(i, len(r), "range object index out of range");
            return space.newInt(get(r, START) + k * get(r, STEP));
        }
        BigInteger n = big(r, LENGTH);
        BigInteger k = BigInteger.valueOf(i);
        if (k.signum() < 0) {
            k = k.add(n);
        }
        if (k.signum() < 0 || k.compareTo(n) >= 0) {
            throw new PyException("IndexError", "range object index out of range");
        }
        return space.intType.newInt(big(r, START).add(k.multiply(big(r, STEP))));
    }

    @Override
    public long getItem(long r, long key) {
        if (space.sliceType.check(key)) {
            if (small(r)) {
                long[] s = space.sliceType.indices(key, len(r));
                long step = get(r, STEP);
                long start = get(r, START);
                try {
                    return create(Math.addExact(start, Math.multiplyExact(s[0], step)),
                            Math.addExact(start, Math.multiplyExact(s[1], step)), Math.multiplyExact(s[2], step));
                } catch (ArithmeticException beyondLong) {
                    // the slice's bounds step outside a machine word: computed on big ints below
                }
            }
            BigInteger[] s = space.sliceType.bigIndices(key, big(r, LENGTH));
            BigInteger step = big(r, STEP);
            BigInteger start = big(r, START);
            return create(start.add(s[0].multiply(step)), start.add(s[1].multiply(step)), s[2].multiply(step));
        }
        PyType t = space.typeOf(key);
        long i = t.hasFlag(LONG_SUBCLASS) ? space.newRef(key) : t.index(key);
        if (i == 0) {
            throw new PyException("TypeError", "range indices must be integers or slices, not " + t.name);
        }
        try {
            if (space.intType.fitsLong(i)) {
                return sequenceItem(r, space.intType.longValue(i));
            }
            BigInteger n = big(r, LENGTH);
            BigInteger k = space.intType.bigValue(i);
            k = k.signum() < 0 ? k.add(n) : k;
            if (k.signum() < 0 || k.compareTo(n) >= 0) {
                throw new PyException("IndexError", "range object index out of range");
            }
            return space.intType.newInt(big(r, START).add(k.multiply(big(r, STEP))));
        } finally {
            space.decref(i);
        }
    }

    @Override
    public long iter(long r) {
        if (small(r)) {
            return space.rangeIterType.create(get(r, START), get(r, STEP), len(r));
        }
        return space.longRangeIterType.create(big(r, START), big(r, STEP), big(r, LENGTH));
    }

    /** {@code range_equals}: equal lengths, and for more than none the same start, for more than one the same step. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !check(b)) {
            return space.newNotImplemented();
        }
        boolean eq = a == b;
        if (!eq) {
            BigInteger n = big(a, LENGTH);
            eq = n.equals(big(b, LENGTH)) && (n.signum() == 0 || big(a, START).equals(big(b, START))
                    && (n.equals(BigInteger.ONE) || big(a, STEP).equals(big(b, STEP))));
        }
        return space.newBool(op == CompareOp.EQ ? eq : !eq);
    }

    @Override
    public long hash(long r) {
        long n = big(r, LENGTH).min(BigInteger.TWO).longValue();
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
        IntType ints = space.intType;
        long step = field(r, STEP);
        boolean one = ints.fitsLong(step) && ints.longValue(step) == 1;
        return "range(" + ints.repr(field(r, START)) + ", " + ints.repr(field(r, STOP)) + (one ? "" : ", " + ints.repr(step)) + ")";
    }

    /** range's {@code nb_bool} besides what its methods show. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_BOOL));
    }

    /** {@code range_members}: the three bounds, read-only. */
    @Override
    protected void fillDict() {
        putMembers("start", "stop", "step");
    }
}
