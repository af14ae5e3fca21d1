package dev.pyheap.runtime.objects;

import java.math.BigInteger;

/**
 * {@code longrange_iterator} (Objects/rangeobject.c, {@code longrangeiterobject}): the iterator of a
 * range whose bounds do not fit a machine word. 3.11's layout: {@code index}, {@code start},
 * {@code step} and {@code len} as int objects at +16, +24, +32, +40; not GC-capable,
 * {@code sys.getsizeof} 48. Each step hands out {@code start + index * step} and advances
 * {@code index} by one until it reaches {@code len} (3.12 dropped the index field).
 */
public final class LongRangeIterType extends StructType {
    static final int INDEX = 16, START = 24, STEP = 32, LEN = 40, SIZE = 48;

    LongRangeIterType(ObjectSpace space) {
        super(space, "longrange_iterator", null, IMMUTABLETYPE, SIZE, 0, 0, "index", INDEX, "start", START, "step", STEP, "len", LEN);
        defineMethod("__length_hint__", (self, args) -> {
            Args.none("longrange_iterator.__length_hint__", args);
            IntType ints = space.intType;
            return ints.newInt(ints.bigValue(field(self, LEN)).subtract(ints.bigValue(field(self, INDEX))));
        });
        // longrangeiter_reduce: iter(range(start, start + len * step, step)), then the index
        defineMethod("__reduce__", (self, args) -> {
            Args.none("longrange_iterator.__reduce__", args);
            IntType ints = space.intType;
            BigInteger step = ints.bigValue(field(self, STEP));
            BigInteger start = ints.bigValue(field(self, START));
            long range = space.rangeType.create(start, ints.bigValue(field(self, LEN)).multiply(step).add(start), step);
            long callArgs = 0;
            try {
                callArgs = space.tupleType.create(range);
                return space.tupleType.create(space.moduleType.builtin("iter"), callArgs, field(self, INDEX));
            } finally {
                space.decref(range);
                space.xdecref(callArgs);
            }
        });
        // longrangeiter_setstate: the index, clipped to 0 .. len (an int: the index is one)
        defineMethod("__setstate__", (self, args) -> {
            long state = Args.one("longrange_iterator.__setstate__", args);
            IntType ints = space.intType;
            long asIndex = Abstract.numberIndex(space, state);
            BigInteger index;
            try {
                index = ints.bigValue(asIndex);
            } finally {
                space.decref(asIndex);
            }
            BigInteger len = ints.bigValue(field(self, LEN));
            index = index.signum() < 0 ? BigInteger.ZERO : index.min(len);
            putField(self, INDEX, ints.newInt(index));
            return space.newNone();
        });
    }

    /** An iterator over {@code len} values from {@code start} by {@code step}. New reference. */
    long create(BigInteger start, BigInteger step, BigInteger len) {
        IntType ints = space.intType;
        long it = allocateStruct(SIZE);
        putField(it, INDEX, ints.newInt(BigInteger.ZERO));
        putField(it, START, ints.newInt(start));
        putField(it, STEP, ints.newInt(step));
        putField(it, LEN, ints.newInt(len));
        return it;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long it) {
        IntType ints = space.intType;
        BigInteger index = ints.bigValue(field(it, INDEX));
        if (index.compareTo(ints.bigValue(field(it, LEN))) >= 0) {
            return 0;
        }
        BigInteger value = ints.bigValue(field(it, START)).add(index.multiply(ints.bigValue(field(it, STEP))));
        putField(it, INDEX, ints.newInt(index.add(BigInteger.ONE)));
        return ints.newInt(value);
    }

    @Override
    public long lengthHint(long it) {
        IntType ints = space.intType;
        BigInteger left = ints.bigValue(field(it, LEN)).subtract(ints.bigValue(field(it, INDEX)));
        return left.bitLength() < 64 ? left.longValue() : Long.MAX_VALUE;
    }
}
