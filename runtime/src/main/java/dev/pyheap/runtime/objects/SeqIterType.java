package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code iterator} (Objects/iterobject.c, {@code seqiterobject}): iteration over an object that has
 * {@code __getitem__} but no {@code __iter__}, asking for items 0, 1, 2, ... until IndexError or
 * StopIteration. GC-capable, {@code sys.getsizeof} 48: the index at +16, the sequence at +24
 * (dropped once exhausted).
 */
public final class SeqIterType extends StructType {
    static final int INDEX = 16, SEQ = 24;

    SeqIterType(ObjectSpace space) {
        super(space, "iterator", null, HAVE_GC | IMMUTABLETYPE, 32, 0, 0, "it_seq", SEQ);
    }

    /** {@code PySeqIter_New(seq)}. New reference. */
    long create(long seq) {
        long it = allocateStruct(32);
        memory.putLong(it + INDEX, 0);
        setField(it, SEQ, seq);
        space.track(it);
        return it;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long it) {
        long seq = field(it, SEQ);
        if (seq == 0) {
            return 0;
        }
        long i = memory.getLong(it + INDEX);
        try {
            long v = Abstract.getItemAt(space, seq, i);
            memory.putLong(it + INDEX, i + 1);
            return v;
        } catch (PyException e) {
            if (Abstract.matches(space, e, "IndexError") || Abstract.matches(space, e, "StopIteration")) {
                e.release();
                setField(it, SEQ, 0);
                return 0;
            }
            throw e;
        }
    }
}
