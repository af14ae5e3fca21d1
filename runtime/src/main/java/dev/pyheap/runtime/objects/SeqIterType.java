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
        // iter_len: what a sized sequence has left; NotImplemented for one without a length
        defineMethod("__length_hint__", (self, args) -> {
            Args.none("iterator.__length_hint__", args);
            long seq = field(self, SEQ);
            if (seq == 0) {
                return space.newInt(0);
            }
            if (space.typeOf(seq).lookup("__len__") == 0) {
                return space.newNotImplemented();
            }
            long left = Abstract.length(space, seq) - memory.getLong(self + INDEX);
            return space.newInt(Math.max(left, 0));
        });
        // iter_reduce: iter(seq) and the index, or iter(()) once exhausted
        defineMethod("__reduce__", (self, args) -> {
            Args.none("iterator.__reduce__", args);
            long seq = field(self, SEQ);
            long callable = space.moduleType.builtin("iter");
            if (seq == 0) {
                long empty = space.tupleType.create();
                long callArgs = space.tupleType.create(empty);
                try {
                    return space.tupleType.create(callable, callArgs);
                } finally {
                    space.decref(empty);
                    space.decref(callArgs);
                }
            }
            long callArgs = space.tupleType.create(seq);
            long index = space.newInt(memory.getLong(self + INDEX));
            try {
                return space.tupleType.create(callable, callArgs, index);
            } finally {
                space.decref(callArgs);
                space.decref(index);
            }
        });
        // iter_setstate: the index (not below 0) while the iterator has its sequence
        defineMethod("__setstate__", (self, args) -> {
            long index = space.intType.asSsize(Args.one("iterator.__setstate__", args));
            if (field(self, SEQ) != 0) {
                memory.putLong(self + INDEX, Math.max(index, 0));
            }
            return space.newNone();
        });
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
