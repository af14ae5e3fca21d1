package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import java.math.BigInteger;

/**
 * {@code int} (and {@code bool}, whose two objects share the layout): CPython 3.11's
 * {@code PyLongObject}, arbitrary precision in 30-bit digits.
 * <pre>
 *   +0  ob_refcnt
 *   +8  ob_type
 *   +16 ob_size    signed: the sign of the value times the number of digits (0 for zero)
 *   +24 ob_digit[] uint32 each, 30 significant bits, least significant first; at least one
 * </pre>
 * {@code sys.getsizeof} is {@code 24 + 4 * max(1, digits)}: 28 for 0 up to 2**30-1, 32 up to 2**60-1.
 * Ints from -5 to 256 are cached by the interpreter; ints are never GC-tracked.
 */
public final class IntType extends PyType {
    public static final int DIGITS = 24;
    public static final int SHIFT = 30;
    public static final long MASK = (1L << SHIFT) - 1;
    private static final BigInteger BIG_MASK = BigInteger.valueOf(MASK);

    public IntType(ObjectSpace interp, String name) {
        super(interp, name, false);
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
        long o = interp.newObject(this, allocationSize(digits));
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

    public long createFromBig(BigInteger value) {
        if (value.bitLength() < 63) {
            return createFromLong(value.longValue());
        }
        BigInteger magnitude = value.abs();
        int digits = (magnitude.bitLength() + SHIFT - 1) / SHIFT;
        long o = interp.newObject(this, allocationSize(digits));
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

    /** Whether {@code o} is an int or a bool. */
    public boolean isIntLike(long o) {
        PyType t = interp.typeOf(o);
        return t == interp.intType || t == interp.boolType;
    }

    @Override
    public long sizeof(long o) {
        return allocationSize((int) Math.abs(memory.getLong(o + Layout.OB_SIZE)));
    }

    @Override
    public void dealloc(long o) {
        if (this == interp.boolType) {
            throw new dev.pyheap.api.HeapCorruptionError("deallocating " + repr(o) + ": its refcount reached zero", o);
        }
        interp.freeObject(o);
    }

    @Override
    public long hash(long o) {
        return fitsLong(o) ? Hashing.ofLong(longValue(o)) : Hashing.ofBig(bigValue(o));
    }

    @Override
    public boolean equal(long a, long b) {
        if (a == b) {
            return true;
        }
        PyType other = interp.typeOf(b);
        if (other == interp.intType || other == interp.boolType) {
            long size = memory.getLong(a + Layout.OB_SIZE);
            if (size != memory.getLong(b + Layout.OB_SIZE)) {
                return false;
            }
            for (long i = 0, n = Math.abs(size); i < n; i++) {
                if (memory.getInt(a + DIGITS + 4 * i) != memory.getInt(b + DIGITS + 4 * i)) {
                    return false;
                }
            }
            return true;
        }
        if (other == interp.floatType) {
            return interp.floatType.equal(b, a);
        }
        return false;
    }

    @Override
    public String repr(long o) {
        if (this == interp.boolType) {
            return longValue(o) != 0 ? "True" : "False";
        }
        return fitsLong(o) ? Long.toString(longValue(o)) : bigValue(o).toString();
    }
}
