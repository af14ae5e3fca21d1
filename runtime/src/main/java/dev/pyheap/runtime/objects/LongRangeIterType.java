package dev.pyheap.runtime.objects;

import java.math.BigInteger;

/**
 * {@code longrange_iterator} (Objects/rangeobject.c, {@code longrangeiterobject}): the iterator of a
 * range whose bounds do not fit a machine word. {@code start}, {@code step} and the remaining
 * length as int objects at +16, +24, +32; not GC-capable, {@code sys.getsizeof} 40. Each step
 * hands out {@code start}, then advances it by {@code step} and counts the length down.
 */
public final class LongRangeIterType extends StructType {
    static final int START = 16, STEP = 24, LEN = 32, SIZE = 40;

    LongRangeIterType(ObjectSpace space) {
        super(space, "longrange_iterator", null, IMMUTABLETYPE, SIZE, 0, 0, "start", START, "step", STEP, "len", LEN);
        defineMethod("__length_hint__", (self, args) -> {
            Args.none("longrange_iterator.__length_hint__", args);
            return space.newRef(field(self, LEN));
        });
    }

    /** An iterator over {@code len} values from {@code start} by {@code step}. New reference. */
    long create(BigInteger start, BigInteger step, BigInteger len) {
        IntType ints = space.intType;
        long it = allocateStruct(SIZE);
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
        BigInteger len = ints.bigValue(field(it, LEN));
        if (len.signum() <= 0) {
            return 0;
        }
        long result = space.newRef(field(it, START));
        putField(it, START, ints.newInt(ints.bigValue(result).add(ints.bigValue(field(it, STEP)))));
        putField(it, LEN, ints.newInt(len.subtract(BigInteger.ONE)));
        return result;
    }

    @Override
    public long lengthHint(long it) {
        long len = field(it, LEN);
        return space.intType.fitsLong(len) ? space.intType.longValue(len) : Long.MAX_VALUE;
    }
}
