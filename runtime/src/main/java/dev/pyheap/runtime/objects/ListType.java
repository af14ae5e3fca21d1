package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;
import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;

/**
 * {@code list}: a GC-capable object of 40 bytes pointing to a separate item array.
 * <pre>
 *   -16 PyGC_Head
 *   +0  ob_refcnt  +8 ob_type  +16 ob_size (len)  +24 ob_item (array address, 0 when allocated is 0)
 *   +32 allocated (slots in ob_item)
 * </pre>
 * {@code sys.getsizeof} is {@code 56 + 8 * allocated}. The item array is a plain block from the
 * allocator ({@code PyMem_Malloc}); a list of up to 64 slots keeps its array in pymalloc.
 *
 * <h2>Growth: CPython 3.11's {@code list_resize(newsize)}</h2>
 * <ol>
 * <li>If {@code allocated >= newsize >= allocated / 2}, only {@code ob_size} changes.
 * <li>Otherwise {@code new = (newsize + newsize / 8 + 6) & ~3}; if that leaves less headroom than
 *     the size jump ({@code newsize - oldsize > new - newsize}), {@code new = (newsize + 3) & ~3};
 *     {@code newsize == 0} gives 0. Appends grow 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
 * </ol>
 * {@code [a, b, c]} built from values ({@code BUILD_LIST n}) allocates exactly n slots.
 * {@code list.extend} ({@code list_extend}) of a list or tuple, or of a sized iterable, into a list
 * without an item array preallocates exactly, rounded up to even ({@code list_preallocate_exact});
 * into one with an array it resizes once to the sum. Other iterables are sized by their length hint
 * (8 when they have no length), and the list is cut back to its size at the end.
 *
 * <p>Dead lists go to a free list of 80 (their item arrays are freed), emptied by a full collection.
 * A list enters it empty: {@code ob_size}, {@code ob_item} and {@code allocated} 0 (a list without
 * an item array has all three 0 already; one with an array has them cleared as the array goes), so
 * {@code PyList_New(0)} from the free list writes none of them. Items are released last to first,
 * on deallocation and on {@code clear()}.
 *
 * <h2>Methods ({@code tp_methods})</h2>
 * {@code append}, {@code extend}, {@code insert}, {@code pop}, {@code remove}, {@code index},
 * {@code count}, {@code clear}, with CPython 3.11's argument checks and messages.
 */
public final class ListType extends SequenceType {
    /** The slot structs CPython's static type declares: list_as_sequence, list_as_mapping. */
    @Override
    protected int ownSlotStructs() {
        return AS_SEQUENCE | AS_MAPPING;
    }

    static final int ITEM_ARRAY = 24;
    static final int ALLOCATED = 32;
    static final int SIZE = 40;
    static final int FREE_LIST_SIZE = 80;

    final FreeList freeList = new FreeList(FREE_LIST_SIZE);

    ListType(ObjectSpace space) {
        super(space, "list", LIST_SUBCLASS, SIZE, 0);
        defineMethod("append", (self, args) -> {
            append(self, Args.one("list.append", args));
            return space.newNone();
        });
        defineMethod("extend", (self, args) -> {
            extend(self, Args.one("list.extend", args));
            return space.newNone();
        });
        defineMethod("insert", (self, args) -> {
            Args.range("insert", args, 2, 2);
            insert(self, Abstract.ssize(space, args[0]), args[1]);
            return space.newNone();
        });
        defineMethod("pop", (self, args) -> {
            Args.range("pop", args, 0, 1);
            return pop(self, args.length == 0 ? -1 : Abstract.ssize(space, args[0]));
        });
        defineMethod("remove", (self, args) -> {
            remove(self, Args.one("list.remove", args));
            return space.newNone();
        });
        defineSearchMethods();
        defineMethod("sort", (PyMethod.WithKeywords) (self, a) -> {
            sort(self, a);
            return space.newNone();
        });
        defineMethod("reverse", (self, args) -> {
            Args.none("list.reverse", args);
            long array = itemArray(self);
            for (long i = 0, j = size(self) - 1; i < j; i++, j--) {
                long t = memory.getLong(array + 8 * i);
                memory.putLong(array + 8 * i, memory.getLong(array + 8 * j));
                memory.putLong(array + 8 * j, t);
            }
            return space.newNone();
        });
        // list_methods lists it with METH_COEXIST: a method descriptor rather than the slot wrapper
        defineMethod("__getitem__", (self, args) -> getItem(self, Args.one("list.__getitem__", args)));
        defineMethod("__reversed__", (self, args) -> {
            Args.none("list.__reversed__", args);
            return space.listRevIterType.create(self);
        });
        // list___sizeof__: the instance's type's basic size and the item array's allocation (no GC header)
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("list.__sizeof__", args);
            return space.newInt(space.typeOf(self).basicSize() + 8 * allocated(self));
        });
        defineMethod("copy", (self, args) -> {
            Args.none("list.copy", args);
            long[] items = new long[(int) size(self)];
            for (int i = 0; i < items.length; i++) {
                items[i] = item(self, i);
            }
            return create(items);
        });
        defineMethod("clear", (self, args) -> {
            Args.none("list.clear", args);
            clear(self);
            return space.newNone();
        });
    }

    /**
     * {@code list.__new__} ({@code PyType_GenericNew}): an empty list, a subclass's allocated by the
     * class ({@code tp_alloc}) with its fields zero as an empty list's are; {@code list.__init__} fills it.
     */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        return subtype == this ? genericAlloc() : subtype.tpAlloc(0);
    }

    /** {@code PyType_GenericAlloc(&PyList_Type, 0)}: an empty tracked list, never from the free list ({@code list()}). */
    private long genericAlloc() {
        long o = space.newGcObject(this, SIZE, 0);
        memory.putLong(o + Layout.OB_SIZE, 0);
        memory.putLong(o + ITEM_ARRAY, 0);
        memory.putLong(o + ALLOCATED, 0);
        space.track(o);
        return o;
    }

    /** {@code list_vectorcall}: {@code list(iterable)} with no argument tuple. */
    @Override
    public boolean hasVectorNew() {
        return true;
    }

    @Override
    public long vectorNew(long args, int nargs, long kwnames) {
        Constructors.noKwnames(space, "list", kwnames);
        Constructors.checkPositional("list", nargs, 0, 1);
        long l = genericAlloc();
        if (nargs > 0) {
            try {
                extend(l, memory.getLong(args));
            } catch (RuntimeException e) {
                space.decref(l);
                throw e;
            }
        }
        return l;
    }

    /** {@code list___init__}: {@code list(iterable)}. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, "list");
        Constructors.atMost(space, args, "list", 1);
        clear(self);
        if (space.tupleType.size(args) > 0) {
            extend(self, space.tupleType.item(args, 0));
        }
    }

    /** {@code PyDict_Keys}: a new list of the keys of dict {@code d}, in order. New reference. */
    public long fromKeys(long d) {
        long list = create();
        space.dictType.forEach(d, (k, v) -> append(list, k));
        return list;
    }

    /** {@code PyList_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(LIST_SUBCLASS);
    }

    /** {@code PyList_CheckExact}. */
    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code PyList_New(n)}: a tracked list of n NULL slots. New reference. */
    public long allocate(int n) {
        long o = freeList.poll();
        if (o != 0) {
            space.reviveGcObject(o);
            if (n == 0) {
                // Its size, items and allocated are 0 (the class comment). Three stores fewer, and three
                // heap accesses fewer for the JIT to parse where [] is inlined, which leaves its node
                // budget to the GC list's links of track() below.
                space.track(o);
                return o;
            }
        } else {
            o = space.newGcObject(this, SIZE, 0);
        }
        long items = 0;
        if (n > 0) {
            try {
                items = space.allocate(8L * n);
            } catch (RuntimeException e) {
                memory.putLong(o + Layout.OB_SIZE, 0);
                memory.putLong(o + ITEM_ARRAY, 0);
                memory.putLong(o + ALLOCATED, 0);
                space.decref(o);
                throw e;
            }
            memory.fill(items, 8L * n, (byte) 0);
        }
        memory.putLong(o + Layout.OB_SIZE, n);
        memory.putLong(o + ITEM_ARRAY, items);
        memory.putLong(o + ALLOCATED, n);
        space.track(o);
        return o;
    }

    /** {@code PyList_New(n)} then {@code Py_SET_SIZE(list, 0)}: an empty list with n free slots for {@link #append}. */
    long allocateEmpty(int n) {
        long o = allocate(n);
        memory.putLong(o + Layout.OB_SIZE, 0);
        return o;
    }

    /** {@code [a, b, ...]}: exactly {@code items.length} slots, each a new reference. New reference. */
    @Override
    public long create(long... items) {
        long o = allocate(items.length);
        long array = memory.getLong(o + ITEM_ARRAY);
        for (int i = 0; i < items.length; i++) {
            memory.putLong(array + 8L * i, space.newRef(items[i]));
        }
        return o;
    }

    @Override
    public long size(long o) {
        return memory.getLong(o + Layout.OB_SIZE);
    }

    long allocated(long o) {
        return memory.getLong(o + ALLOCATED);
    }

    long itemArray(long o) {
        return memory.getLong(o + ITEM_ARRAY);
    }

    /** The item at a normalised index (borrowed). */
    @Override
    public long item(long o, long i) {
        return memory.getLong(itemArray(o) + 8 * i);
    }

    @Override
    boolean lengthDecidesEquality() {
        return true;
    }

    /** {@code list_resize}: see the class comment. Items past the new size must already be released. */
    void resize(long o, long newSize) {
        long allocated = allocated(o);
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            memory.putLong(o + Layout.OB_SIZE, newSize);
            return;
        }
        long oldSize = size(o);
        long newAllocated = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - oldSize > newAllocated - newSize) {
            newAllocated = (newSize + 3) & ~3L;
        }
        if (newSize == 0) {
            newAllocated = 0;
        }
        setArray(o, newAllocated);
        memory.putLong(o + Layout.OB_SIZE, newSize);
    }

    /** Gives the item array {@code slots} slots (0: none), keeping the items that fit. */
    private void setArray(long o, long slots) {
        long array = itemArray(o);
        long newArray;
        if (slots == 0) {
            space.free(array);
            newArray = 0;
        } else {
            newArray = array == 0 ? space.allocate(8 * slots) : space.reallocate(array, 8 * slots);
        }
        memory.putLong(o + ITEM_ARRAY, newArray);
        memory.putLong(o + ALLOCATED, slots);
    }

    /** {@code list_preallocate_exact}: an item array of {@code n} slots rounded up to even, for a list that has none. */
    private void preallocateExact(long o, long n) {
        long slots = (n + 1) & ~1L;
        memory.putLong(o + ITEM_ARRAY, space.allocate(8 * slots));
        memory.putLong(o + ALLOCATED, slots);
    }

    /** {@code list.append(v)}. */
    public void append(long o, long v) {
        long n = size(o);
        if (n < allocated(o)) {
            memory.putLong(itemArray(o) + 8 * n, space.newRef(v));
            memory.putLong(o + Layout.OB_SIZE, n + 1);
            return;
        }
        resize(o, n + 1);
        memory.putLong(itemArray(o) + 8 * n, space.newRef(v));
    }

    /**
     * Stores {@code v} at the normalised index {@code i}, taking over the caller's reference, and answers
     * the item it replaces, whose reference passes to the caller (no count changes: {@code _heapq}'s moves).
     */
    public long exchange(long o, long i, long v) {
        long at = itemArray(o) + 8 * i;
        long old = memory.getLong(at);
        memory.putLong(at, v);
        return old;
    }

    /** Swaps the items at the normalised indexes {@code i} and {@code j}. */
    public void swap(long o, long i, long j) {
        long array = itemArray(o);
        long a = memory.getLong(array + 8 * i);
        memory.putLong(array + 8 * i, memory.getLong(array + 8 * j));
        memory.putLong(array + 8 * j, a);
    }

    /** {@code list.insert(i, v)} with Python's clamping of {@code i}. */
    public void insert(long o, long index, long v) {
        long n = size(o);
        long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
        resize(o, n + 1);
        long array = itemArray(o);
        memory.copy(array + 8 * i, array + 8 * (i + 1), 8 * (n - i));
        memory.putLong(array + 8 * i, space.newRef(v));
    }

    /** {@code list.pop(i)}: the removed item, whose reference passes to the caller. */
    public long pop(long o, long index) {
        long n = size(o);
        if (n == 0) {
            throw new PyException("IndexError", "pop from empty list");
        }
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw new PyException("IndexError", "pop index out of range");
        }
        long array = itemArray(o);
        long v = memory.getLong(array + 8 * i);
        memory.copy(array + 8 * (i + 1), array + 8 * i, 8 * (n - i - 1));
        resize(o, n - 1);
        return v;
    }

    /** {@code list.remove(v)}: the first item equal to {@code v}, released after the list has shrunk. */
    public void remove(long o, long v) {
        for (long i = 0; i < size(o); i++) {
            if (Abstract.richCompareBool(space, item(o, i), v, CompareOp.EQ)) {
                space.decref(pop(o, i));
                return;
            }
        }
        throw new PyException("ValueError", "list.remove(x): x not in list");
    }

    /** {@code L[i] = v} ({@code v} 0: {@code del L[i]}): the new item is stored before the old one is released. */
    @Override
    public void setSequenceItem(long o, long index, long v) {
        long i = checkedIndex(index, size(o), "list assignment index out of range");
        if (v == 0) {
            space.decref(pop(o, i)); // the item is released after the list has shrunk
            return;
        }
        long at = itemArray(o) + 8 * i;
        long old = memory.getLong(at);
        memory.putLong(at, space.newRef(v));
        space.xdecref(old);
    }

    @Override
    public void setItem(long o, long key, long value) {
        if (space.sliceType.check(key)) {
            setSlice(o, key, value);
            return;
        }
        setSequenceItem(o, itemIndex(key), value);
    }

    /**
     * {@code list_ass_subscript} with a slice: {@code L[a:b] = items} replaces (growing or shrinking
     * the list), an extended slice takes exactly as many items as it selects; {@code value} 0
     * deletes. The items replaced are released after the list holds the new ones.
     */
    private void setSlice(long o, long slice, long value) {
        long[] s = space.sliceType.indices(slice, size(o));
        long seq = 0;
        if (value != 0) { // PySequence_Fast with list_ass_slice's or list_ass_subscript's message, then a copy
            long fast = Abstract.sequenceFast(space, value, s[2] == 1 ? "can only assign an iterable"
                    : "must assign iterable to extended slice");
            try {
                seq = Abstract.sequenceList(space, fast);
            } finally {
                space.decref(fast);
            }
        }
        try {
            int n = (int) size(o);
            long[] old = new long[n];
            for (int i = 0; i < n; i++) {
                old[i] = item(o, i);
            }
            int m = seq == 0 ? 0 : (int) size(seq);
            java.util.List<Long> result = new java.util.ArrayList<>(n + m);
            long[] removed;
            if (s[2] == 1) {
                int start = (int) s[0];
                int stop = (int) Math.max(s[0], s[1]);
                for (int i = 0; i < start; i++) {
                    result.add(old[i]);
                }
                for (int i = 0; i < m; i++) {
                    result.add(item(seq, i));
                }
                for (int i = stop; i < n; i++) {
                    result.add(old[i]);
                }
                removed = java.util.Arrays.copyOfRange(old, start, stop);
            } else {
                if (seq != 0 && m != s[3]) {
                    throw new PyException("ValueError", "attempt to assign sequence of size " + m
                            + " to extended slice of size " + s[3]);
                }
                boolean[] hit = new boolean[n];
                removed = new long[(int) s[3]];
                for (int k = 0; k < s[3]; k++) {
                    int i = (int) (s[0] + k * s[2]);
                    hit[i] = true;
                    removed[k] = old[i];
                }
                int k = 0;
                int[] order = new int[n];
                for (int i = 0; i < n; i++) {
                    order[i] = -1;
                }
                for (int j = 0; j < s[3]; j++) {
                    order[(int) (s[0] + j * s[2])] = j;
                }
                for (int i = 0; i < n; i++) {
                    if (!hit[i]) {
                        result.add(old[i]);
                    } else if (seq != 0) {
                        result.add(item(seq, order[i]));
                    }
                }
            }
            for (long v : result) {
                space.incref(v);
            }
            // list_ass_slice: the array keeps its allocation unless list_resize says otherwise (an
            // empty result frees it, as _list_clear); the references just taken pass to its slots
            int newSize = result.size();
            if (newSize == 0) {
                long array = itemArray(o);
                if (array != 0) {
                    memory.putLong(o + Layout.OB_SIZE, 0);
                    memory.putLong(o + ITEM_ARRAY, 0);
                    memory.putLong(o + ALLOCATED, 0);
                    space.free(array);
                }
            } else if (newSize != n) {
                resize(o, newSize);
            }
            long array = itemArray(o);
            for (int i = 0; i < newSize; i++) {
                memory.putLong(array + 8L * i, result.get(i));
            }
            // The items kept first (their count does not reach zero), then the removed ones in the
            // order CPython releases them: a simple slice last to first (list_ass_slice's recycle
            // loop); an extended one in slice order when assigned, in ascending index order when
            // deleted (list_ass_subscript turns a negative step around first).
            int count = (int) s[3];
            int[] released = new int[count];
            boolean[] gone = new boolean[n];
            for (int k = 0; k < count; k++) {
                int j = s[2] == 1 ? count - 1 - k : seq == 0 && s[2] < 0 ? count - 1 - k : k;
                released[k] = (int) (s[0] + j * s[2]);
                gone[released[k]] = true;
            }
            for (int i = 0; i < n; i++) {
                if (!gone[i]) {
                    space.decref(old[i]);
                }
            }
            for (int i : released) {
                space.decref(old[i]);
            }
        } finally {
            space.xdecref(seq);
        }
    }

    /** {@code L.clear()}, also the list's {@code tp_clear}: emptied first, then items released last to first. */
    @Override
    public void clear(long o) {
        long array = itemArray(o);
        if (array == 0) {
            return; // _list_clear: a list without an array (also one being sorted) is left as it is
        }
        long n = size(o);
        memory.putLong(o + Layout.OB_SIZE, 0);
        memory.putLong(o + ITEM_ARRAY, 0);
        memory.putLong(o + ALLOCATED, 0);
        for (long i = n - 1; i >= 0; i--) {
            space.xdecref(memory.getLong(array + 8 * i));
        }
        space.free(array);
    }

    /**
     * {@code L.extend(items)} for items given as addresses, as {@code list.extend} of a list or
     * tuple holding them (see the class comment).
     */
    public void extendItems(long o, long[] items) {
        int n = items.length;
        if (n == 0) {
            return;
        }
        long m = growBy(o, n);
        long array = itemArray(o);
        for (int i = 0; i < n; i++) {
            memory.putLong(array + 8 * (m + i), space.newRef(items[i]));
        }
    }

    /**
     * Grows the list by {@code n} items for an extend whose length is known ({@code list_extend}'s
     * exact allocation of an empty list, else {@code list_resize}) and returns the old size: the
     * caller fills the slots from there.
     */
    private long growBy(long o, long n) {
        long m = size(o);
        if (itemArray(o) == 0) {
            preallocateExact(o, n);
            memory.putLong(o + Layout.OB_SIZE, n);
        } else {
            resize(o, m + n);
        }
        return m;
    }

    /** {@code list.extend(iterable)}: {@code list_extend}, see the class comment. */
    public void extend(long o, long iterable) {
        boolean list = space.typeOf(iterable) == this;
        if (list || space.tupleType.checkExact(iterable)) {
            SequenceType seq = list ? this : space.tupleType;
            long n = seq.size(iterable);
            if (n == 0) {
                return;
            }
            long m = growBy(o, n);
            // After the resize: a list extended by itself reads its own (possibly moved) array.
            copyReferences(seq.slots(iterable), itemArray(o) + 8 * m, n);
            return;
        }
        long it = Abstract.getIter(space, iterable);
        try {
            long hint = Abstract.lengthHint(space, iterable, 8);
            long m = size(o);
            if (itemArray(o) == 0) {
                if (hint > 0) {
                    preallocateExact(o, hint);
                }
            } else {
                resize(o, m + hint);
                memory.putLong(o + Layout.OB_SIZE, m);
            }
            for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it)) {
                long n = size(o);
                if (n < allocated(o)) {
                    memory.putLong(itemArray(o) + 8 * n, item); // takes over the iterator's reference
                    memory.putLong(o + Layout.OB_SIZE, n + 1);
                } else {
                    append(o, item);
                    space.decref(item);
                }
            }
            if (size(o) < allocated(o)) {
                resize(o, size(o));
            }
        } finally {
            space.decref(it);
        }
    }

    @Override
    public long iter(long o) {
        return space.listIterType.create(o);
    }

    /** Items last to first, the item array read once: the collectors traverse every list they examine. */
    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long array = itemArray(o);
        for (long i = size(o) - 1; i >= 0; i--) {
            long item = memory.getLong(array + 8 * i);
            if (item != 0) {
                visitor.accept(item);
            }
        }
    }

    @Override
    public long sizeof(long o) {
        return Layout.GC_HEAD + SIZE + 8 * allocated(o);
    }

    /** The item array, of which the traversal reads {@code ob_size} slots (and which holds {@code allocated}). */
    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        long array = itemArray(o);
        long size = size(o);
        long allocated = allocated(o);
        if (array != 0 && !visitor.owned(array, 0)) { // claimed first: a damaged size must not make it a leak
            return false;
        }
        // allocated -1 without an array: the list is being sorted (list_sort_impl)
        if (size < 0 || size > Math.max(allocated, 0) || (array == 0 && allocated != 0 && allocated != -1)) {
            return visitor.damaged("ob_size " + size + " and allocated " + allocated + " of item array " + dev.pyheap.api.Addresses.hex(array)
                    + " are inconsistent");
        }
        return array == 0 || visitor.owned(array, 8 * allocated);
    }

    @Override
    public void forEachFreeListEntry(LongConsumer visitor) {
        freeList.forEach(visitor);
    }

    @Override
    public void dealloc(long o) {
        // Every access through ObjectSpace.memory, the field untrack reads: this type's field and the
        // GC state's hold the same object, but the JIT would load and class-check each of them.
        ObjectSpace s = space;
        Memory m = s.memory;
        s.untrack(o);
        long array = m.getLong(o + ITEM_ARRAY);
        if (array != 0) {
            releaseItems(o, array);
        }
        // Py_TYPE read once, as list_dealloc's PyList_CheckExact: a subclass's instance is freed by its class
        if (m.getLong(o + Layout.OB_TYPE) != typeObject() || !freeList.offer(o)) {
            freeUnkept(o);
        }
    }

    /**
     * The items released last to first, then the array freed and the list left empty, as the free
     * list keeps its lists (the class comment): out of line, so an empty list's death stays small.
     */
    private void releaseItems(long o, long array) {
        for (long i = size(o) - 1; i >= 0; i--) {
            space.xdecref(memory.getLong(array + 8 * i));
        }
        space.free(array);
        memory.putLong(o + Layout.OB_SIZE, 0);
        memory.putLong(o + ITEM_ARRAY, 0);
        memory.putLong(o + ALLOCATED, 0);
    }

    /** {@code tp_free} of a list the free list does not keep (full, or a subclass's instance). */
    private void freeUnkept(long o) {
        space.typeOf(o).tpFree(o);
    }

    @Override
    public void clearFreeList() {
        freeList.drain(o -> space.freeGcObject(o, 0));
    }

    @Override
    public void debugMallocStats(StringBuilder out) {
        MallocStatsReport.freeListLine(out, "free PyListObject", freeList.size(), SIZE);
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    String indexNotFound(long v) {
        return Abstract.repr(space, v) + " is not in list";
    }

    @Override
    public long hash(long o) {
        throw unhashable();
    }

    @Override
    public String repr(long o) {
        if (!Abstract.reprEnter(space, o)) {
            return "[...]";
        }
        try {
            return itemsRepr(o, "[", "]");
        } finally {
            Abstract.reprLeave(space, o);
        }
    }

    @Override
    long fromItems(long[] items) {
        return create(items);
    }

    @Override
    long slots(long o) {
        return itemArray(o);
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
        return o; // PyList_New tracked it already
    }

    /** {@code list.sort(key, reverse)} ({@code key} 0 for none): CPython's timsort, see {@link ListSort}. */
    public void sort(long o, long key, boolean reverse) {
        ListSort.sort(space, o, key, reverse);
    }

    /**
     * {@code list.sort(*, key=None, reverse=False)} with Argument Clinic's checks: keywords only,
     * {@code reverse} an int ({@code bool(accept={int})}: {@code _PyLong_AsInt}); also what
     * {@code sorted()} passes on after making its list.
     */
    public void sort(long o, CallArguments a) {
        long[] v = a.clinic(0, 0, 0, "key", "reverse");
        long key = v[0];
        boolean descending = v[1] != 0 && Args.cInt(space, v[1]) != 0;
        sort(o, key == 0 || key == space.none ? 0 : key, descending);
    }

    /** {@code sq_inplace_concat}: {@code a += iterable} extends {@code a}. */
    @Override
    public long inplaceConcat(long a, long b) {
        extend(a, b);
        return space.newRef(a);
    }

    /** {@code sq_inplace_repeat}: {@code a *= count}. */
    @Override
    public long inplaceRepeat(long a, long count) {
        long r = repeat(a, count);
        long all = space.sliceType.create(0, 0, 0);
        try {
            setSlice(a, all, r);
        } finally {
            space.decref(all); // the whole-list slice was never released: each a *= n leaked one
            space.decref(r);
        }
        return space.newRef(a);
    }

    @Override
    protected java.util.Set<String> coexisting() {
        return java.util.Set.of("__getitem__");
    }
}
