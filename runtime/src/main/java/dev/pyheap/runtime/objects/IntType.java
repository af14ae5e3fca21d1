package dev.pyheap.runtime.objects;

import dev.pyheap.api.HeapCorruptionError;

import java.math.BigInteger;

/**
 * {@code int} (and {@code bool}, a subtype whose two objects share the layout): CPython 3.11's
 * {@code PyLongObject}, arbitrary precision in 30-bit digits.
 * <pre>
 *   +0  ob_refcnt
 *   +8  ob_type
 *   +16 ob_size    signed: the sign of the value times the number of digits (0 for zero)
 *   +24 ob_digit[] uint32 each, 30 significant bits, least significant first; at least one
 * </pre>
 * {@code sys.getsizeof} is {@code 24 + 4 * max(1, digits)}: 28 for 0 up to 2**30-1, 32 up to 2**60-1.
 * Ints from -5 to 256 are cached by the space; ints are never GC-tracked.
 */
public final class IntType extends PyType {
    static final int DIGITS = 24;
    static final int SHIFT = 30;
    static final long MASK = (1L << SHIFT) - 1;
    private static final BigInteger BIG_MASK = BigInteger.valueOf(MASK);

    /** @param base null for {@code int}; {@code int} for {@code bool} */
    IntType(ObjectSpace space, String name, PyType base) {
        super(space, name, base, LONG_SUBCLASS | IMMUTABLETYPE | (base == null ? BASETYPE : 0), DIGITS, 4);
        if (base == null) {
            defineMethod("__format__", (self, args) -> space.strType.runtime(
                    Formatter.format(space, self, space.strType.value(Args.one("int.__format__", args)))));
        }
    }

    /** {@code long_new} ({@code int(x, base)}) and {@code bool_new} ({@code bool(x)}). */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (isBool()) {
            Constructors.onlyKeywords(space, kwargs, "bool");
            Constructors.atMost(space, args, "bool", 1);
            return space.newBool(space.tupleType.size(args) > 0 && Abstract.isTrue(space, space.tupleType.item(args, 0)));
        }
        long r = Constructors.newInt(space, args, kwargs);
        if (subtype == this) {
            return r;
        }
        try { // a subclass of int: a copy of the value, then the class's
            long copy = fitsLong(r) ? createFromLong(longValue(r)) : createFromBig(bigValue(r));
            return copy;
        } finally {
            space.decref(r);
        }
    }

    /** {@code PyLong_Check}: an int or a bool. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(LONG_SUBCLASS);
    }

    /** Whether {@code o} is exactly of this type ({@code PyLong_CheckExact}, or {@code PyBool_Check} for bool). */
    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    private boolean isBool() {
        return base != null;
    }

    private static long allocationSize(int digits) {
        return DIGITS + 4L * Math.max(1, digits);
    }

    /** A new int object (no cache lookup). */
    public long createFromLong(long value) {
        if (value == Long.MIN_VALUE) {
            return createFromBig(BigInteger.valueOf(value));
        }
        long magnitude = Math.abs(value);
        int digits = 0;
        for (long m = magnitude; m != 0; m >>>= SHIFT) {
            digits++;
        }
        long o = space.newObject(this, allocationSize(digits));
        memory.putLong(o + Layout.OB_SIZE, value < 0 ? -digits : digits);
        if (digits == 0) {
            memory.putInt(o + DIGITS, 0);
        }
        for (int i = 0; i < digits; i++) {
            memory.putInt(o + DIGITS + 4L * i, (int) (magnitude & MASK));
            magnitude >>>= SHIFT;
        }
        return o;
    }

    /** {@code PyLong_FromString}-like: an int of any size (cached small ints aside: no cache lookup). New reference. */
    public long createFromBig(BigInteger value) {
        if (value.bitLength() < 63) {
            return createFromLong(value.longValue());
        }
        BigInteger magnitude = value.abs();
        int digits = (magnitude.bitLength() + SHIFT - 1) / SHIFT;
        long o = space.newObject(this, allocationSize(digits));
        memory.putLong(o + Layout.OB_SIZE, value.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            memory.putInt(o + DIGITS + 4L * i, magnitude.and(BIG_MASK).intValue());
            magnitude = magnitude.shiftRight(SHIFT);
        }
        return o;
    }

    /** The value as a {@code long}, or throws when it does not fit (see {@link #fitsLong}). */
    public long longValue(long o) {
        long size = memory.getLong(o + Layout.OB_SIZE);
        int digits = (int) Math.abs(size);
        if (digits > 3) {
            throw new ArithmeticException("int too large for a Java long");
        }
        long magnitude = 0;
        for (int i = digits - 1; i >= 0; i--) {
            magnitude = (magnitude << SHIFT) | (memory.getInt(o + DIGITS + 4L * i) & MASK);
        }
        if (digits == 3 && (memory.getInt(o + DIGITS + 8) >>> 3) != 0) {
            throw new ArithmeticException("int too large for a Java long");
        }
        return size < 0 ? -magnitude : magnitude;
    }

    public boolean fitsLong(long o) {
        long size = Math.abs(memory.getLong(o + Layout.OB_SIZE));
        return size < 3 || (size == 3 && (memory.getInt(o + DIGITS + 8) >>> 3) == 0);
    }

    public BigInteger bigValue(long o) {
        long size = memory.getLong(o + Layout.OB_SIZE);
        int digits = (int) Math.abs(size);
        BigInteger magnitude = BigInteger.ZERO;
        for (int i = digits - 1; i >= 0; i--) {
            magnitude = magnitude.shiftLeft(SHIFT).or(BigInteger.valueOf(memory.getInt(o + DIGITS + 4L * i) & MASK));
        }
        return size < 0 ? magnitude.negate() : magnitude;
    }

    /** {@code long_compare}: the sign of {@code a - b}, for two ints (or bools). */
    int compare(long a, long b) {
        long sa = memory.getLong(a + Layout.OB_SIZE);
        long sb = memory.getLong(b + Layout.OB_SIZE);
        if (sa != sb) {
            return sa < sb ? -1 : 1;
        }
        for (long i = Math.abs(sa) - 1; i >= 0; i--) {
            int da = memory.getInt(a + DIGITS + 4 * i);
            int db = memory.getInt(b + DIGITS + 4 * i);
            if (da != db) {
                int diff = da < db ? -1 : 1;
                return sa < 0 ? -diff : diff;
            }
        }
        return 0;
    }

    /** At least one digit: CPython stores 0 as one zero digit. */
    @Override
    public long instanceSize(long o) {
        return allocationSize((int) Math.abs(memory.getLong(o + Layout.OB_SIZE)));
    }

    @Override
    public void dealloc(long o) {
        if (isBool()) {
            throw new HeapCorruptionError("deallocating " + repr(o) + ": its refcount reached zero", o);
        }
        space.freeObject(o);
    }

    @Override
    public long hash(long o) {
        return fitsLong(o) ? Hashing.ofLong(longValue(o)) : Hashing.ofBig(bigValue(o));
    }

    /** {@code long_richcompare}: ints and bools compare by value; anything else is left to the other operand. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b)) {
            return space.newNotImplemented();
        }
        return space.newBool(op.holds(a == b ? 0 : compare(a, b)));
    }

    @Override
    public boolean isTrue(long o) {
        return memory.getLong(o + Layout.OB_SIZE) != 0;
    }

    @Override
    protected java.util.List<String> slotWrappers() {
        return SlotWrappers.NUMBER;
    }

    @Override
    public String repr(long o) {
        if (isBool()) {
            return isTrue(o) ? "True" : "False";
        }
        return fitsLong(o) ? Long.toString(longValue(o)) : bigValue(o).toString();
    }

    @Override
    public Object javaValue(long o) {
        if (isBool()) {
            return isTrue(o);
        }
        return fitsLong(o) ? (Object) longValue(o) : bigValue(o);
    }
}
