package dev.pyheap.runtime.objects;

import java.util.function.LongConsumer;

/**
 * {@code range_iterator} (Objects/rangeobject.c, {@code rangeiterobject}): index, start, step and
 * length as machine words at +16, +24, +32, +40; no references, not GC-capable,
 * {@code sys.getsizeof} 48. The item is {@code start + index * step}.
 */
public final class RangeIterType extends PyType {
    static final int INDEX = 16, START = 24, STEP = 32, LEN = 40, SIZE = 48;

    RangeIterType(ObjectSpace space) {
        super(space, "range_iterator", null, IMMUTABLETYPE, SIZE, 0);
        defineMethod("__length_hint__", (self, args) -> space.newInt(lengthHint(self)));
        // rangeiter_reduce: iter(range(start, start + len * step, step)), then the index
        defineMethod("__reduce__", (self, args) -> {
            Args.none("range_iterator.__reduce__", args);
            long start = memory.getLong(self + START);
            long step = memory.getLong(self + STEP);
            java.math.BigInteger stop = java.math.BigInteger.valueOf(memory.getLong(self + LEN))
                    .multiply(java.math.BigInteger.valueOf(step)).add(java.math.BigInteger.valueOf(start));
            long range = space.rangeType.create(java.math.BigInteger.valueOf(start), stop, java.math.BigInteger.valueOf(step));
            long index = space.newInt(memory.getLong(self + INDEX));
            long callArgs = 0;
            try {
                callArgs = space.tupleType.create(range);
                return space.tupleType.create(space.moduleType.builtin("iter"), callArgs, index);
            } finally {
                space.decref(range);
                space.decref(index);
                space.xdecref(callArgs);
            }
        });
        // rangeiter_setstate: the index, clipped to the values there are
        defineMethod("__setstate__", (self, args) -> {
            long index = space.intType.asSsize(Args.one("range_iterator.__setstate__", args));
            memory.putLong(self + INDEX, Math.clamp(index, 0, memory.getLong(self + LEN)));
            return space.newNone();
        });
    }

    /** An iterator over {@code len} values from {@code start} by {@code step}. New reference. */
    long create(long start, long step, long len) {
        long it = space.newObject(this, SIZE);
        memory.putLong(it + INDEX, 0);
        memory.putLong(it + START, start);
        memory.putLong(it + STEP, step);
        memory.putLong(it + LEN, len);
        return it;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long it) {
        long i = memory.getLong(it + INDEX);
        if (i >= memory.getLong(it + LEN)) {
            return 0;
        }
        memory.putLong(it + INDEX, i + 1);
        return space.intType.newMedium(memory.getLong(it + START) + i * memory.getLong(it + STEP)); // PyLong_FromLong
    }

    @Override
    public long lengthHint(long it) {
        return Math.max(0, memory.getLong(it + LEN) - memory.getLong(it + INDEX));
    }

    @Override
    public void dealloc(long it) {
        space.freeObject(it);
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
    }
}
