package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import java.math.BigDecimal;

/**
 * {@code float}: 24 bytes ({@code ob_refcnt}, {@code ob_type}, the IEEE double at +16), never
 * tracked. Dead floats go to a free list of up to 100 ({@code PyFloat_MAXFREELIST}), emptied by a
 * full collection.
 */
public final class FloatType extends PyType {
    public static final int SIZE = 24;
    public static final int VALUE = 16;
    public static final int FREE_LIST_SIZE = 100;

    public final FreeList freeList = new FreeList(FREE_LIST_SIZE);

    public FloatType(ObjectSpace interp) {
        super(interp, "float", false);
    }

    public long create(double value) {
        long o = freeList.poll();
        if (o != 0) {
            memory.putLong(o + Layout.OB_REFCNT, 1);
        } else {
            o = interp.newObject(this, SIZE);
        }
        memory.putLong(o + VALUE, Double.doubleToRawLongBits(value));
        return o;
    }

    public double value(long o) {
        return Double.longBitsToDouble(memory.getLong(o + VALUE));
    }

    @Override
    public long sizeof(long o) {
        return SIZE;
    }

    @Override
    public void dealloc(long o) {
        if (!freeList.offer(o)) {
            interp.freeObject(o);
        }
    }

    @Override
    public void forEachFreeListEntry(java.util.function.LongConsumer visitor) {
        freeList.forEach(visitor);
    }

    public void clearFreeList() {
        freeList.drain(interp::freeObject);
    }

    @Override
    public long hash(long o) {
        return Hashing.ofDouble(value(o), o);
    }

    @Override
    public boolean equal(long a, long b) {
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
    public String repr(long o) {
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
