package dev.pyheap.runtime.objects;

import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.runtime.PyException;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * {@code tuple}: a GC-capable variable-size object, items inline.
 * <pre>
 *   -16 PyGC_Head
 *   +0  ob_refcnt   +8 ob_type   +16 ob_size (n)   +24 ob_item[n]
 * </pre>
 * {@code sys.getsizeof} is {@code 40 + 8n}. {@code ()} is one untracked object held by the
 * space. Every other tuple is tracked when made; a collection that finds one whose items
 * are all atoms or untracked untracks it ({@code untrack_tuples}). Dead tuples of length 1 to 20
 * go to per-length free lists of up to 2000 ({@code PyTuple_MAXSAVESIZE}, {@code PyTuple_MAXFREELIST}).
 */
public final class TupleType extends SequenceType {
    /** The slot structs CPython's static type declares: tuple_as_sequence, tuple_as_mapping. */
    @Override
    protected int ownSlotStructs() {
        return AS_SEQUENCE | AS_MAPPING;
    }

    static final int ITEMS = 24;
    static final int FREE_LIST_LENGTHS = 20;
    static final int FREE_LIST_SIZE = 2000;

    final FreeList[] freeLists = new FreeList[FREE_LIST_LENGTHS + 1];
    private long empty;

    TupleType(ObjectSpace space) {
        super(space, "tuple", TUPLE_SUBCLASS | IMMUTABLETYPE, ITEMS, 8);
        untracksWhenAtomic();
        defineSearchMethods();
        // tuple___getnewargs___impl: the items as an exact tuple (the tuple itself when it is one)
        defineMethod("__getnewargs__", (self, args) -> {
            Args.none("tuple.__getnewargs__", args);
            long items = space.typeOf(self) == this ? space.newRef(self) : fromArray(self + ITEMS, (int) size(self));
            try {
                return space.tupleType.create(items);
            } finally {
                space.decref(items);
            }
        });
        for (int n = 1; n <= FREE_LIST_LENGTHS; n++) {
            freeLists[n] = new FreeList(FREE_LIST_SIZE);
        }
    }

    /** {@code tuple_new}: {@code tuple()}, {@code tuple(iterable)}. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "tuple");
        Constructors.atMost(space, args, "tuple", 1);
        long r = space.tupleType.size(args) == 0 ? create() : Abstract.sequenceTuple(space, space.tupleType.item(args, 0));
        if (subtype == this) {
            return r;
        }
        try { // tuple_subtype_new: the class allocates its instance (tp_alloc), the items of the exact tuple copied in
            int n = (int) size(r);
            long t = subtype.tpAlloc(n);
            for (int i = 0; i < n; i++) {
                memory.putLong(t + ITEMS + 8L * i, space.newRef(item(r, i)));
            }
            return t;
        } finally {
            space.decref(r);
        }
    }

    /** {@code tuple_vectorcall}: {@code tuple(iterable)} with no argument tuple. */
    @Override
    public boolean hasVectorNew() {
        return true;
    }

    @Override
    public long vectorNew(long args, int nargs, long kwnames) {
        Constructors.noKwnames(space, "tuple", kwnames);
        Constructors.checkPositional("tuple", nargs, 0, 1);
        return nargs == 0 ? create() : Abstract.sequenceTuple(space, memory.getLong(args));
    }

        void createCaches() {
        empty = allocate(0);
    }

    void forEachCached(LongConsumer visitor) {
        visitor.accept(empty);
    }

    /** {@code PyTuple_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(TUPLE_SUBCLASS);
    }

    /** {@code PyTuple_CheckExact}. */
    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    /** An untracked tuple of {@code n} NULL items, refcount 1 (CPython's {@code tuple_alloc}). */
    long allocate(int n) {
        long o = n > 0 && n <= FREE_LIST_LENGTHS ? freeLists[n].poll() : 0;
        if (o != 0) {
            space.reviveGcObject(o);
        } else {
            o = space.newGcObject(this, ITEMS + 8L * n, 0);
            memory.putLong(o + Layout.OB_SIZE, n);
        }
        memory.fill(o + ITEMS, 8L * n, (byte) 0);
        return o;
    }

    /** A new tuple of {@code items}, taking over the reference to each ({@code PyTuple_SET_ITEM} of new references). */
    public long createStealing(long... items) {
        try {
            return create(items);
        } finally {
            for (long item : items) {
                space.decref(item);
            }
        }
    }

    /**
     * The result-tuple recycling of {@code zip_next}, {@code enum_next} and
     * {@code dictiter_iternextitem}: when the iterator's own reference is the only one left on
     * {@code result}, it gets {@code items} (their references taken over) in place of its old ones,
     * is tracked again (a collection may have untracked it while it held atoms) and is handed out;
     * otherwise a new tuple of {@code items}. A new reference.
     */
    public long recycleOrCreate(long result, long... items) {
        if (space.refcount(result) != 1 || size(result) != items.length) {
            return createStealing(items);
        }
        space.incref(result);
        for (int i = 0; i < items.length; i++) {
            long old = item(result, i);
            setItemStolen(result, i, items[i]);
            space.decref(old);
        }
        if (!space.isTracked(result)) {
            space.track(result);
        }
        return result;
    }

    /** {@code (a, b, ...)}: a new tracked tuple holding new references to {@code items}. New reference. */
    @Override
    public long create(long... items) {
        if (items.length == 0) {
            return space.newRef(empty);
        }
        long o = allocate(items.length);
        for (int i = 0; i < items.length; i++) {
            memory.putLong(o + ITEMS + 8L * i, space.newRef(items[i]));
        }
        space.track(o);
        return o;
    }

    /**
     * {@code PySequence_Tuple}'s loop: the items of iterator {@code it} in a tuple first sized
     * {@code n} (the iterable's length hint), grown by {@code n + 10 + (n + 10) / 4} and cut to size
     * at the end by {@link #resize}, as CPython's; no temporary list. A new tracked tuple.
     */
    long fromIterator(long it, long n) {
        long t = n == 0 ? space.newRef(empty) : allocate((int) n);
        long j = 0;
        try {
            for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it), j++) {
                if (j >= n) {
                    n += 10;
                    n += n >> 2;
                    try {
                        t = resize(t, n);
                    } catch (RuntimeException e) {
                        space.decref(item);
                        throw e;
                    }
                }
                memory.putLong(t + ITEMS + 8L * j, item);
            }
            if (j < n) {
                t = resize(t, j);
            }
        } catch (RuntimeException e) {
            space.decref(t);
            throw e;
        }
        if (j > 0) {
            space.track(t);
        }
        return t;
    }

    /**
     * {@code _PyTuple_Resize} of a tuple only its maker holds (untracked, its items past {@code n}
     * NULL): the same block reallocated ({@code PyObject_GC_Resize}), the empty tuple to and from
     * size 0. The tuple, which may have moved.
     */
    private long resize(long t, long n) {
        long old = size(t);
        if (old == n) {
            return t;
        }
        if (old == 0 || n == 0) {
            space.decref(t);
            return n == 0 ? space.newRef(empty) : allocate((int) n);
        }
        space.untrack(t);
        long moved = space.reallocate(t - Layout.GC_HEAD, Layout.GC_HEAD + ITEMS + 8L * n) + Layout.GC_HEAD;
        memory.putLong(moved + Layout.OB_SIZE, n);
        if (n > old) {
            memory.fill(moved + ITEMS + 8L * old, 8L * (n - old), (byte) 0);
        }
        return moved;
    }

    /** {@code _PyTuple_FromArray}: a new tracked tuple of the {@code n} items at {@code items} in heap memory (new references to them). */
    public long fromArray(long items, int n) {
        if (n == 0) {
            return space.newRef(empty);
        }
        long o = allocate(n);
        for (int i = 0; i < n; i++) {
            memory.putLong(o + ITEMS + 8L * i, space.newRef(memory.getLong(items + 8L * i)));
        }
        space.track(o);
        return o;
    }

    /** {@code PyTuple_SET_ITEM}: stores {@code v} (its reference stolen) without releasing the old item. */
    void setItemStolen(long o, long i, long v) {
        memory.putLong(o + ITEMS + 8 * i, v);
    }

    @Override
    public long size(long o) {
        return memory.getLong(o + Layout.OB_SIZE);
    }

    @Override
    public long item(long o, long i) {
        return memory.getLong(o + ITEMS + 8 * i);
    }

    @Override
    boolean lengthDecidesEquality() {
        return false;
    }

    @Override
    public long iter(long o) {
        return space.tupleIterType.create(o);
    }

    @Override
    public void forEachFreeListEntry(LongConsumer visitor) {
        for (int n = 1; n <= FREE_LIST_LENGTHS; n++) {
            freeLists[n].forEach(visitor);
        }
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        long n = size(o);
        for (long i = n - 1; i >= 0; i--) {
            space.xdecref(item(o, i));
        }
        if (n > 0 && n <= FREE_LIST_LENGTHS && checkExact(o) && freeLists[(int) n].offer(o)) {
            return;
        }
        space.typeOf(o).tpFree(o);
    }

    /** Frees every tuple on the free lists (a full collection does it). */
    @Override
    public void clearFreeList() {
        for (int n = 1; n <= FREE_LIST_LENGTHS; n++) {
            freeLists[n].drain(o -> space.freeGcObject(o, 0));
        }
    }

    @Override
    public void debugMallocStats(StringBuilder out) {
        for (int n = 1; n <= FREE_LIST_LENGTHS; n++) {
            MallocStatsReport.freeListLine(out, "free " + n + "-sized PyTupleObject", freeLists[n].size(), ITEMS + 8L * n);
        }
    }

    /** {@code untrack_tuples}' test for one tuple ({@code _PyTuple_MaybeUntrack}): no item could be part of a cycle. */
    @Override
    public boolean isAtomic(long o, boolean dicts) {
        if (dicts) {
            return false;
        }
        for (long i = 0, n = size(o); i < n; i++) {
            long item = item(o, i);
            if (item != 0 && space.mayBeTracked(item)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code tuplehash}, nested tuples included, with a stack of its own instead of recursion:
     * CPython recurses in C, with no recursion check, and crashes on a tuple nested a million deep;
     * this gives CPython's values at any depth (an item's error, TypeError for a list, as CPython's).
     */
    @Override
    public long hash(long o) {
        long[] tuples = {o, 0, 0, 0, 0, 0, 0, 0};
        long[] acc = new long[8];
        int[] next = new int[8];
        int top = 0;
        acc[0] = Hashing.tupleStart();
        for (;;) {
            long t = tuples[top];
            long n = size(t);
            int i = next[top];
            if (i < n) {
                next[top] = i + 1;
                long item = item(t, i);
                if (space.typeOf(item) == this) {
                    if (++top == tuples.length) {
                        tuples = Arrays.copyOf(tuples, top * 2);
                        acc = Arrays.copyOf(acc, top * 2);
                        next = Arrays.copyOf(next, top * 2);
                    }
                    tuples[top] = item;
                    acc[top] = Hashing.tupleStart();
                    next[top] = 0;
                } else {
                    acc[top] = Hashing.tupleStep(acc[top], Abstract.hash(space, item));
                }
                continue;
            }
            long h = Hashing.tupleFinish(acc[top], n);
            if (top == 0) {
                return h;
            }
            top--;
            acc[top] = Hashing.tupleStep(acc[top], h);
        }
    }

    /** {@code (1,)}, {@code (1, 2)}; {@code (...)} for a tuple met again inside its own repr (through a list). */
    @Override
    String indexNotFound(long v) {
        return "tuple.index(x): x not in tuple";
    }

    @Override
    public String repr(long o) {
        long n = size(o);
        if (n == 0) {
            return "()";
        }
        if (!Abstract.reprEnter(space, o)) {
            return "(...)";
        }
        try {
            return itemsRepr(o, "(", n == 1 ? ",)" : ")");
        } finally {
            Abstract.reprLeave(space, o);
        }
    }

    /**
     * {@code tuplesubscript}: a slice covering the whole of an exact tuple is the tuple itself
     * ({@code t[:] is t}); the slice's bounds are read once ({@code __index__} runs once per bound).
     */
    @Override
    public long getItem(long o, long key) {
        if (space.sliceType.check(key)) {
            long[] s = space.sliceType.indices(key, size(o));
            if (checkExact(o) && s[0] == 0 && s[2] == 1 && s[3] == size(o)) {
                return space.newRef(o);
            }
            return slice(o, s);
        }
        return super.getItem(o, key);
    }

    @Override
    long fromItems(long[] items) {
        return create(items);
    }

    /** {@code tupleconcat}: an empty operand gives back the other one when that is an exact tuple. */
    @Override
    public long concat(long a, long b) {
        if (checkExact(a) && check(b) && size(b) == 0) {
            return space.newRef(a);
        }
        if (size(a) == 0 && checkExact(b)) {
            return space.newRef(b);
        }
        return super.concat(a, b);
    }

    /** {@code tuplerepeat}: an exact tuple repeated once, or an empty one, is itself. */
    @Override
    public long repeat(long a, long count) {
        if ((count == 1 || size(a) == 0) && checkExact(a)) {
            return space.newRef(a);
        }
        return super.repeat(a, count);
    }

    @Override
    long slots(long o) {
        return o + ITEMS;
    }

    @Override
    long allocateSlots(long n) {
        if (n > Integer.MAX_VALUE / 8) {
            throw new PyException("MemoryError", "");
        }
        return allocate((int) n);
    }

    @Override
    long finishSlots(long o) {
        space.track(o);
        return o;
    }
}
