package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * What {@code list} and {@code tuple} share: items by index ({@code sq_item}, {@code sq_length}),
 * searched item by item ({@code sq_contains}), compared item by item ({@code tp_richcompare}), and
 * referred to last item first ({@code tp_traverse}).
 */
public abstract class SequenceType extends PyType {

    SequenceType(ObjectSpace space, String name, int flags, long basicSize, long itemSize) {
        super(space, name, null, flags | BASETYPE | SEQUENCE | HAVE_GC | MATCH_SELF, basicSize, itemSize);
    }

    /** {@code Py_SIZE}. */
    public abstract long size(long o);

    /** The item at a normalised index (borrowed). */
    public abstract long item(long o, long i);

    /** A new sequence of this type holding the items (borrowed; each gets a new reference). */
    public abstract long create(long... items);

    /** {@code index(v[, start[, stop]])} and {@code count(v)}, list's and tuple's ({@code tp_methods}). */
    final void defineSearchMethods() {
        defineMethod("index", (self, args) -> {
            Args.range("index", args, 1, 3);
            long start = args.length > 1 ? sliceIndex(args[1]) : 0;
            long stop = args.length > 2 ? sliceIndex(args[2]) : Long.MAX_VALUE;
            return space.newInt(indexOf(self, args[0], start, stop));
        });
        defineMethod("count", (self, args) -> space.newInt(count(self, Args.one(name + ".count", args))));
    }

    /** {@code _PyEval_SliceIndexNotNone}: an int bound of {@code index}. */
    private long sliceIndex(long bound) {
        if (!space.typeOf(bound).hasFlag(LONG_SUBCLASS)) {
            throw new PyException("TypeError", "slice indices must be integers or have an __index__ method");
        }
        IntType ints = space.intType;
        return ints.fitsLong(bound) ? ints.longValue(bound) : ints.bigValue(bound).signum() * Long.MAX_VALUE;
    }

    /** {@code index(v, start, stop)}: negative bounds count from the end, as slices do. */
    public long indexOf(long o, long v, long start, long stop) {
        long n = size(o);
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (long i = start; i < stop && i < size(o); i++) {
            if (Abstract.richCompareBool(space, item(o, i), v, CompareOp.EQ)) {
                return i;
            }
        }
        throw new PyException("ValueError", indexNotFound(v));
    }

    /** The ValueError message of {@code index(v)} when {@code v} is absent (list and tuple word it differently). */
    abstract String indexNotFound(long v);

    /** {@code count(v)}. */
    public long count(long o, long v) {
        long n = 0;
        for (long i = 0; i < size(o); i++) {
            if (Abstract.richCompareBool(space, item(o, i), v, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    /** {@code sq_concat}: {@code a + b} for two sequences of this very type (list + list, tuple + tuple). */
    @Override
    public long concat(long a, long b) {
        if (!getClass().isInstance(space.typeOf(b))) {
            throw new PyException("TypeError", "can only concatenate " + name + " (not \"" + space.typeOf(b).name + "\") to " + name);
        }
        long n = size(a);
        long m = size(b);
        if (n + m == 0) {
            return create();
        }
        long r = allocateSlots(n + m);
        long slots = slots(r);
        copyReferences(slots(a), slots, n);
        copyReferences(slots(b), slots + 8 * n, m);
        return finishSlots(r);
    }

    @Override
    public boolean hasRepeat() {
        return true;
    }

    /** {@code sq_repeat}: {@code a * count}. */
    @Override
    public long repeat(long a, long count) {
        int n = (int) size(a);
        long total = n == 0 ? 0 : Math.max(0, count) * n;
        if (n != 0 && count > Integer.MAX_VALUE / n || total > Integer.MAX_VALUE / 8) {
            throw new PyException("MemoryError", "");
        }
        if (total == 0) {
            return create();
        }
        long r = allocateSlots(total);
        long slots = slots(r);
        long from = slots(a);
        // Each item gains count references at once, then the first copy doubles until it fills the result.
        for (long i = 0; i < n; i++) {
            long item = memory.getLong(from + 8 * i);
            memory.putLong(item, memory.getLong(item) + count);
        }
        memory.copy(from, slots, 8L * n);
        for (long done = n; done < total; ) {
            long chunk = Math.min(done, total - done);
            memory.copy(slots, slots + 8 * done, 8 * chunk);
            done += chunk;
        }
        return finishSlots(r);
    }

    /** Whether {@code ==} and {@code !=} of two sequences of different lengths answer at once (list does; tuple compares items first). */
    abstract boolean lengthDecidesEquality();

    @Override
    public long length(long o) {
        return size(o);
    }

    @Override
    public long lengthHint(long o) {
        return size(o);
    }

    @Override
    public boolean isTrue(long o) {
        return size(o) != 0;
    }

    /** {@code o[i]}: a new reference; IndexError {@code list index out of range}. */
    @Override
    public long sequenceItem(long o, long index) {
        return space.newRef(item(o, checkedIndex(index, size(o), name + " index out of range")));
    }

    /** {@code o[key]}: an int index (slices come with the interpreter). */
    @Override
    public long getItem(long o, long key) {
        if (space.sliceType.check(key)) {
            return slice(o, space.sliceType.indices(key, size(o)));
        }
        return sequenceItem(o, itemIndex(key));
    }

    /** The items {@code indices} (start, stop, step, length: a slice's, computed once) select, as a new sequence. */
    final long slice(long o, long[] indices) {
        long length = indices[3];
        if (length == 0) {
            return create();
        }
        if (indices[2] == 1) {
            long r = allocateSlots(length);
            copyReferences(slots(o) + 8 * indices[0], slots(r), length);
            return finishSlots(r);
        }
        long[] items = new long[(int) length];
        for (int k = 0; k < items.length; k++) {
            items[k] = item(o, indices[0] + k * indices[2]);
        }
        return fromItems(items);
    }

    /**
     * The address of the first of {@code o}'s item slots: a list's item array, a tuple's inline
     * items. Every sequence of this class keeps its items so, in consecutive 8-byte slots.
     */
    abstract long slots(long o);

    /**
     * A new sequence of this kind with {@code n > 0} slots for {@link #copyReferences} to fill before
     * {@link #finishSlots} hands it out; nothing else may run in between.
     */
    abstract long allocateSlots(long n);

    /** The sequence {@link #allocateSlots} made, now filled: tracked by the collector. */
    abstract long finishSlots(long o);

    /** {@code n} item slots copied from {@code from} to {@code to} in one move, each item gaining a reference. */
    final void copyReferences(long from, long to, long n) {
        memory.copy(from, to, 8 * n);
        for (long i = 0; i < n; i++) {
            space.incref(memory.getLong(to + 8 * i));
        }
    }

    /** A new sequence of this kind holding {@code items} (borrowed): a slice's result. */
    abstract long fromItems(long[] items);

    /**
     * The int {@code key}, or what its {@code __index__} gives, as an index ({@code list_subscript}'s
     * {@code _PyIndex_Check} and {@code PyNumber_AsSsize_t}): TypeError {@code list indices must be
     * integers or slices, not str} for a key without {@code nb_index}.
     */
    long itemIndex(long key) {
        if (!BytesMethods.indexCheck(space, key)) {
            throw new PyException("TypeError", name + " indices must be integers or slices, not " + space.typeOf(key).name);
        }
        return BytesMethods.asIndex(space, key);
    }

    /** {@code v in o}: identity or equality with an item, first to last. */
    @Override
    public boolean contains(long o, long v) {
        for (long i = 0, n = size(o); i < n; i++) {
            if (Abstract.richCompareBool(space, item(o, i), v, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code list_richcompare} / {@code tuplerichcompare}: the first index whose items differ decides
     * (by comparing those items with {@code op}); without one, the lengths do. Only the same type
     * compares, or a subtype of it ({@code PyTuple_Check}: a struct sequence with a tuple).
     */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (space.typeOf(b) != this && !space.typeOf(b).isSubtypeOf(this)) {
            return space.newNotImplemented();
        }
        long na = size(a);
        long nb = size(b);
        if (na != nb && lengthDecidesEquality() && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return space.newBool(op == CompareOp.NE);
        }
        long i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.richCompareBool(space, item(a, i), item(b, i), CompareOp.EQ)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return space.newBool(op.holds(Long.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return space.newFalse();
        }
        if (op == CompareOp.NE) {
            return space.newTrue();
        }
        return Abstract.richCompare(space, item(a, i), item(b, i), op);
    }

    /** Items last to first, as CPython's traverse visits them. */
    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        for (long i = size(o) - 1; i >= 0; i--) {
            long item = item(o, i);
            if (item != 0) {
                visitor.accept(item);
            }
        }
    }

    @Override
    public String referentName(long o, int ordinal, LongFunction<String> text) {
        int seen = 0;
        for (long i = size(o) - 1; i >= 0; i--) {
            if (item(o, i) != 0 && seen++ == ordinal) {
                return "item [" + i + "]";
            }
        }
        return super.referentName(o, ordinal, text);
    }

    /** {@code repr} of the items between {@code open} and {@code close}. */
    String itemsRepr(long o, String open, String close) {
        StringBuilder s = new StringBuilder(open);
        for (long i = 0, n = size(o); i < n; i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(Abstract.repr(space, item(o, i)));
        }
        return s.append(close).toString();
    }

    @Override
    protected void fillDict() {
        putClassGetItem();
    }
}
