package dev.pyheap.runtime.internal;

import java.math.BigDecimal;

/**
 * {@code float}: 24 bytes ({@code ob_refcnt}, {@code ob_type}, the IEEE double at +16), never
 * tracked. Dead floats go to a free list of up to 100 ({@code PyFloat_MAXFREELIST}), emptied by a
 * full collection.
 */
final class FloatType extends PyType {
    static final int SIZE = 24;
    static final int VALUE = 16;
    static final int FREE_LIST_SIZE = 100;

    final FreeList freeList = new FreeList(FREE_LIST_SIZE);

    FloatType(Interpreter interp) {
        super(interp, "float", false);
    }

    long create(double value) {
        long o = freeList.poll();
        if (o != 0) {
            memory.putLong(o + Layout.OB_REFCNT, 1);
        } else {
            o = interp.newObject(this, SIZE);
        }
        memory.putLong(o + VALUE, Double.doubleToRawLongBits(value));
        return o;
    }

    double value(long o) {
        return Double.longBitsToDouble(memory.getLong(o + VALUE));
    }

    @Override
    long sizeof(long o) {
        return SIZE;
    }

    @Override
    void dealloc(long o) {
        if (!freeList.offer(o)) {
            interp.freeObject(o);
        }
    }

    @Override
    void forEachFreeListEntry(java.util.function.LongConsumer visitor) {
        freeList.forEach(visitor);
    }

    void clearFreeList() {
        freeList.drain(interp::freeObject);
    }

    @Override
    long hash(long o) {
        return Hashing.ofDouble(value(o), o);
    }

    @Override
    boolean equal(long a, long b) {
        PyType other = interp.typeOf(b);
        double x = value(a);
        if (other == this) {
            return x == value(b);
        }
        if (other == interp.intType || other == interp.boolType) {
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return false;
            }
            IntType ints = (IntType) other;
            if (ints.fitsLong(b)) {
                long n = ints.longValue(b);
                if (Math.abs(n) < (1L << 53)) {
                    return x == (double) n;
                }
            }
            return new BigDecimal(x).compareTo(new BigDecimal(ints.bigValue(b))) == 0;
        }
        return false;
    }

    @Override
    String repr(long o) {
        double v = value(o);
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }
}
