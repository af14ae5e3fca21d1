package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;

/**
 * {@code set}: CPython 3.11's open-addressing hash set ({@code Objects/setobject.c}), GC-capable,
 * always tracked, weakly referenceable.
 *
 * <h2>Layout</h2>
 * <pre>
 *   -16 PyGC_Head
 *   +0   ob_refcnt  +8 ob_type
 *   +16  fill       active + dummy entries
 *   +24  used       active entries (len)
 *   +32  mask       slots - 1
 *   +40  table      address of the slots: +64 (the inline smalltable) or a PyMem block
 *   +48  hash       -1 (only frozensets cache one)
 *   +56  finger     where pop() resumes (0)
 *   +64  smalltable 8 slots of (key 8, hash 8)
 *   +192 weakreflist
 * </pre>
 * A slot is unused ({@code key == 0, hash == 0}), active, or dummy ({@code key == }{@link #DUMMY},
 * {@code hash == -1}, left by a discard so that probes pass over it). {@code sys.getsizeof} is 216,
 * plus {@code 16 * slots} once the table is outside the object.
 *
 * <h2>Probing</h2>
 * <ol>
 * <li>{@code i = hash & mask}, {@code perturb = hash} (unsigned).
 * <li>Look at slot {@code i} and, when {@code i + 9 <= mask}, the 9 slots after it
 *     ({@link #LINEAR_PROBES}): an unused slot ends the search; a slot whose hash equals is a
 *     match when its key is the same object or compares equal.
 * <li>{@code perturb >>>= 5; i = (i * 5 + 1 + perturb) & mask}, back to 2.
 * </ol>
 * {@code add} remembers the last dummy the probe passed and reuses it when the key is absent
 * ({@code used++} only); otherwise the key takes the unused slot ({@code fill++, used++}) and, if
 * now {@code fill * 5 >= mask * 3}, the table is rebuilt ({@code set_table_resize}) with the
 * smallest power-of-two size above {@code used * 4} ({@code used * 2} past 50,000 elements),
 * minimum 8, dropping the dummies; back to 8 slots means back to the smalltable. Sizes: 0-4
 * elements 216 bytes, the 5th add 728 (32 slots), the 19th 2264 (128 slots).
 * {@code discard} makes the slot dummy and releases the key; nothing shrinks a table but
 * {@link #clear}.
 *
 * <h2>Order of releases</h2>
 * Deallocation untracks, clears the weakrefs to the set, then releases the keys in table order and
 * frees the table; {@code clear} (also {@code tp_clear}) first empties the set to its smalltable,
 * then releases the old keys in table order. Sets have no free list.
 */
public final class SetType extends PyType {
    /** The slot structs CPython's static type declares: set_as_number, set_as_sequence (frozenset the same). */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER | AS_SEQUENCE;
    }

    static final int FILL = 16;
    static final int USED = 24;
    static final int MASK = 32;
    static final int TABLE = 40;
    static final int HASH = 48;
    static final int FINGER = 56;
    static final int SMALLTABLE = 64;
    /** Offset of the weakref list head ({@code weakreflist}) in a set object. */
    static final int WEAKLIST = 192;
    /** {@code sizeof(PySetObject)}. */
    public static final int SIZE = 200;
    /** {@code PySet_MINSIZE}: slots of the smalltable. */
    static final int MINSIZE = 8;
    static final int ENTRY = 16;
    static final int LINEAR_PROBES = 9;
    static final int PERTURB_SHIFT = 5;
    /** The key of a dummy slot: never an object address (those are 16-byte aligned). */
    static final long DUMMY = -1;

    /** Whether this is {@code frozenset}: immutable and hashable. */
    private final boolean frozen;

    SetType(ObjectSpace space) {
        this(space, "set", false);
    }

    /** {@code set} or, {@code frozen}, {@code frozenset}: the same layout. */
    SetType(ObjectSpace space, String name, boolean frozen) {
        super(space, name, null, BASETYPE | HAVE_GC | MATCH_SELF, SIZE, 0);
        this.frozen = frozen;
        // set_methods and frozenset_methods list it with METH_COEXIST: a method descriptor, not the slot wrapper
        defineMethod("__contains__", (self, args) -> space.newBool(contains(self, Args.one(name + ".__contains__", args))));
        defineSizeof(); // set_sizeof: a table beyond the small one counts
        defineMethod("copy", (self, args) -> {
            Args.none(name + ".copy", args);
            return frozen && space.typeOf(self) == this ? space.newRef(self) : copyAs(baseOf(self), self);
        });
        // set_reduce: (type, (list(self),), state)
        defineMethod("__reduce__", (self, args) -> {
            Args.none("__reduce__", args);
            long items = Abstract.sequenceList(space, self);
            long newArgs = 0, state = 0;
            try {
                newArgs = space.tupleType.create(items);
                state = Abstract.callMethod(space, self, "__getstate__", PyType.NO_ARGS);
                return space.tupleType.create(space.typeOf(self).typeObject(), newArgs, state);
            } finally {
                space.decref(items);
                space.xdecref(newArgs);
                space.xdecref(state);
            }
        });
        defineMethod("union", (self, args) -> {
            long r = copyAs(baseOf(self), self);
            return updatingNew(r, args, this::update);
        });
        defineMethod("intersection", (self, args) -> {
            long r = space.newRef(self);
            for (long other : args) {
                long next = intersection(r, other);
                space.decref(r);
                r = next;
            }
            return args.length == 0 ? replaceWithCopy(r, self) : r;
        });
        defineMethod("difference", (self, args) -> {
            if (args.length == 0) {
                return copyAs(baseOf(self), self);
            }
            long r = difference(self, args[0]);
            return updatingNew(r, java.util.Arrays.copyOfRange(args, 1, args.length), this::differenceUpdate);
        });
        defineMethod("symmetric_difference", (self, args) ->
                symmetricDifference(self, Args.one(name + ".symmetric_difference", args)));
        defineMethod("isdisjoint", (self, args) ->
                space.newBool(isDisjoint(self, Args.one(name + ".isdisjoint", args))));
        defineMethod("issubset", (self, args) -> {
            long other = Args.one(name + ".issubset", args);
            if (anySet(other)) {
                return space.newBool(isSubset(self, other));
            }
            long tmp = space.setType.fromIterable(other);
            try {
                return space.newBool(isSubset(self, tmp));
            } finally {
                space.decref(tmp);
            }
        });
        defineMethod("issuperset", (self, args) -> {
            long other = Args.one(name + ".issuperset", args);
            if (anySet(other)) {
                return space.newBool(isSubset(other, self));
            }
            boolean[] all = {true};
            forEachOf(snapshot(other), k -> all[0] = all[0] && contains(self, k));
            return space.newBool(all[0]);
        });
        if (frozen) {
            return;
        }
        defineMethod("add", (self, args) -> {
            add(self, Args.one("set.add", args));
            return space.newNone();
        });
        defineMethod("discard", (self, args) -> {
            discardItem(self, Args.one("set.discard", args));
            return space.newNone();
        });
        defineMethod("remove", (self, args) -> {
            long key = Args.one("set.remove", args);
            if (!discardItem(self, key)) {
                throw space.exceptions.keyError(key);
            }
            return space.newNone();
        });
        defineMethod("clear", (self, args) -> {
            Args.none("set.clear", args);
            clear(self);
            return space.newNone();
        });
        defineMethod("pop", (self, args) -> {
            Args.none("set.pop", args);
            return pop(self);
        });
        defineMethod("update", (self, args) -> {
            for (long other : args) {
                update(self, other);
            }
            return space.newNone();
        });
        defineMethod("difference_update", (self, args) -> {
            for (long other : args) {
                differenceUpdate(self, other);
            }
            return space.newNone();
        });
        defineMethod("intersection_update", (self, args) -> {
            for (long other : args) {
                intersectionUpdate(self, other);
            }
            return space.newNone();
        });
        defineMethod("symmetric_difference_update", (self, args) -> {
            symmetricDifferenceUpdate(self, Args.one("set.symmetric_difference_update", args));
            return space.newNone();
        });
        if (frozen) {
            packsArguments("union", "intersection", "difference");
        } else {
            packsArguments("union", "intersection", "difference", "update", "intersection_update", "difference_update");
        }
    }

    /** Whether {@code o} is an instance of this type ({@code PySet_Check} on set, {@code PyFrozenSet_Check} on frozenset). */
    public boolean check(long o) {
        return space.typeOf(o).isSubtypeOf(this);
    }

    /** {@code PySet_CheckExact} (for the set type; {@code PyFrozenSet_CheckExact} for the frozenset type). */
    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code PyAnySet_Check}: a set, a frozenset, or an instance of a subclass of either. */
    public boolean anySet(long o) {
        return space.setType.check(o) || space.frozenSetType.check(o);
    }

    /** The built-in type a result of an operation on {@code o} has ({@code make_new_set_basetype}): set or frozenset. */
    private SetType baseOf(long o) {
        return space.frozenSetType.check(o) ? space.frozenSetType : space.setType;
    }

    // ------------------------------------------------------------------ the set algebra

    /** A new set of type {@code type} holding the items of {@code iterable} (new reference). */
    long fromIterable(long iterable) {
        long r = create();
        try {
            update(r, iterable);
        } catch (RuntimeException e) {
            space.decref(r);
            throw e;
        }
        return r;
    }

    /** A new {@code type} set with the keys of set {@code s} ({@code set_copy}). New reference. */
    private long copyAs(SetType type, long s) {
        return type.fromIterable(s);
    }

    /** {@code intersection()} with no argument: a copy, never the set itself; releases {@code r}. */
    private long replaceWithCopy(long r, long self) {
        space.decref(r);
        return copyAs(baseOf(self), self);
    }

    /** Applies {@code step(r, other)} for each argument to the new set {@code r}, which it returns (released on error). */
    private long updatingNew(long r, long[] others, java.util.function.BiConsumer<Long, Long> step) {
        try {
            for (long other : others) {
                step.accept(r, other);
            }
        } catch (RuntimeException e) {
            space.decref(r);
            throw e;
        }
        return r;
    }

    /**
     * The keys of a set (table order), of a dict, or the items of any other iterable: new
     * references, taken before anything is compared, so an {@code __eq__} that changes a container
     * cannot disturb the walk.
     */
    private long[] snapshot(long iterable) {
        if (anySet(iterable)) {
            long[] keys = new long[(int) size(iterable)];
            int[] n = {0};
            forEachReferent(iterable, k -> keys[n[0]++] = space.newRef(k));
            return keys;
        }
        java.util.ArrayList<Long> items = new java.util.ArrayList<>();
        long it = Abstract.getIter(space, iterable);
        try {
            for (long v = Abstract.iterNext(space, it); v != 0; v = Abstract.iterNext(space, it)) {
                items.add(v);
            }
        } catch (RuntimeException e) {
            items.forEach(space::decref);
            throw e;
        } finally {
            space.decref(it);
        }
        long[] r = new long[items.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = items.get(i);
        }
        return r;
    }

    /** Runs {@code action} on each key of the snapshot, then releases them all, whatever happened. */
    private void forEachOf(long[] keys, LongConsumer action) {
        try {
            for (long k : keys) {
                action.accept(k);
            }
        } finally {
            for (long k : keys) {
                space.decref(k);
            }
        }
    }

    /**
     * {@code set_update_internal}: adds every item of {@code iterable}. A set or frozenset is merged
     * table to table; an exact dict first grows the table once for all its keys, so both can leave
     * another iteration order than adding the same keys one by one; any other iterable is added
     * item by item as its iterator gives them.
     */
    public void update(long s, long iterable) {
        if (anySet(iterable)) {
            merge(s, iterable);
            return;
        }
        if (space.dictType.checkExact(iterable)) {
            long n = space.dictType.size(iterable);
            if ((memory.getLong(s + FILL) + n) * 5 >= mask(s) * 3) {
                tableResize(s, (size(s) + n) * 2);
            }
            forEachOf(snapshot(iterable), k -> add(s, k));
            return;
        }
        long it = Abstract.getIter(space, iterable);
        try {
            for (long v = Abstract.iterNext(space, it); v != 0; v = Abstract.iterNext(space, it)) {
                try {
                    add(s, v);
                } finally {
                    space.decref(v);
                }
            }
        } finally {
            space.decref(it);
        }
    }

    /**
     * {@code set_merge}: one resize up front when the keys of {@code other} would overfill the
     * table; an empty table of the same size takes the slots as they are (no dummies in
     * {@code other}), an empty table of another size takes them by clean insertion in
     * {@code other}'s slot order, anything else adds them with their stored hashes.
     */
    private void merge(long s, long other) {
        long otherUsed = size(other);
        if (other == s || otherUsed == 0) {
            return;
        }
        if ((memory.getLong(s + FILL) + otherUsed) * 5 >= mask(s) * 3) {
            tableResize(s, (size(s) + otherUsed) * 2);
        }
        long otherTable = table(other);
        long otherMask = mask(other);
        long table = table(s);
        long mask = mask(s);
        if (memory.getLong(s + FILL) == 0) {
            boolean sameSlots = mask == otherMask && memory.getLong(other + FILL) == otherUsed;
            for (long j = 0; j <= otherMask; j++) {
                long k = memory.getLong(otherTable + j * ENTRY);
                long h = memory.getLong(otherTable + j * ENTRY + 8);
                if (k == 0 || k == DUMMY) {
                    continue;
                }
                if (sameSlots) {
                    store(table + j * ENTRY, k, h);
                } else {
                    insertClean(table, mask, space.newRef(k), h);
                }
            }
            memory.putLong(s + FILL, otherUsed);
            memory.putLong(s + USED, otherUsed);
            return;
        }
        long[] keys = new long[(int) otherUsed];
        long[] hashes = new long[(int) otherUsed];
        int n = 0;
        for (long j = 0; j <= otherMask && n < keys.length; j++) {
            long k = memory.getLong(otherTable + j * ENTRY);
            if (k != 0 && k != DUMMY) {
                keys[n] = space.newRef(k);
                hashes[n++] = memory.getLong(otherTable + j * ENTRY + 8);
            }
        }
        try {
            for (int i = 0; i < n; i++) {
                addEntry(s, keys[i], hashes[i]);
            }
        } finally {
            for (int i = 0; i < n; i++) {
                space.decref(keys[i]);
            }
        }
    }

    /**
     * {@code set_difference_update_internal}: {@code s -= other} for any iterable. A set more than
     * eight times larger than {@code s} is first cut down to the keys both have; afterwards a table
     * more than a quarter dummies is rebuilt for the keys left.
     */
    void differenceUpdate(long s, long other) {
        if (s == other) {
            clear(s);
            return;
        }
        if (anySet(other) && (size(other) >> 3) > size(s)) {
            long common = intersection(s, other);
            try {
                forEachOf(snapshot(common), k -> discard(s, k));
            } finally {
                space.decref(common);
            }
        } else {
            forEachOf(snapshot(other), k -> discard(s, k));
        }
        if (memory.getLong(s + FILL) - size(s) > mask(s) / 4) {
            tableResize(s, size(s) > 50_000 ? size(s) * 2 : size(s) * 4);
        }
    }

    /**
     * {@code set_difference}: {@code s - other}, a new set of {@code s}'s base type. Against a set or
     * an exact dict not much smaller than {@code s}, the keys of {@code s} missing from {@code other}
     * are added one by one to an empty set (so the result's table grows as adds grow it); otherwise
     * {@code s} is copied and {@code other}'s keys are removed from the copy.
     */
    long difference(long s, long other) {
        boolean dict = space.dictType.checkExact(other);
        long otherSize = anySet(other) ? size(other) : dict ? space.dictType.size(other) : -1;
        if (otherSize < 0 || (size(s) >> 2) > otherSize) {
            return updatingNew(copyAs(baseOf(s), s), new long[] {other}, this::differenceUpdate);
        }
        long r = baseOf(s).create();
        try {
            forEachOf(snapshot(s), k -> {
                if (!(dict ? space.dictType.contains(other, k) : contains(other, k))) {
                    add(r, k);
                }
            });
        } catch (RuntimeException e) {
            space.decref(r);
            throw e;
        }
        return r;
    }

    /**
     * {@code set_intersection}: a new set (of {@code s}'s base type) of the keys in both. Between
     * sets the smaller one is walked, so its keys are the ones kept, as in CPython.
     */
    long intersection(long s, long other) {
        long r = baseOf(s).create();
        try {
            if (anySet(other)) {
                long walk = size(other) > size(s) ? s : other;
                long probe = walk == s ? other : s;
                forEachOf(snapshot(walk), k -> {
                    if (contains(probe, k)) {
                        add(r, k);
                    }
                });
            } else {
                forEachOf(snapshot(other), k -> {
                    if (contains(s, k)) {
                        add(r, k);
                    }
                });
            }
        } catch (RuntimeException e) {
            space.decref(r);
            throw e;
        }
        return r;
    }

    /** {@code set_intersection_update}: {@code s} keeps only the keys also in {@code other}. */
    void intersectionUpdate(long s, long other) {
        long r = intersection(s, other);
        try {
            long[] keys = snapshot(r);
            clear(s);
            forEachOf(keys, k -> add(s, k));
        } finally {
            space.decref(r);
        }
    }

    /** {@code set_symmetric_difference}: a set built from {@code other}, then updated with {@code s}'s keys. */
    long symmetricDifference(long s, long other) {
        long r = baseOf(s).fromIterable(other);
        try {
            symmetricDifferenceUpdate(r, s);
        } catch (RuntimeException e) {
            space.decref(r);
            throw e;
        }
        return r;
    }

    /** {@code set_symmetric_difference_update}: each distinct key of {@code other} leaves {@code s} if there, joins it otherwise. */
    void symmetricDifferenceUpdate(long s, long other) {
        if (s == other) {
            clear(s);
            return;
        }
        long keys = anySet(other) ? space.newRef(other) : space.setType.fromIterable(other);
        try {
            forEachOf(snapshot(keys), k -> {
                if (!discard(s, k)) {
                    add(s, k);
                }
            });
        } finally {
            space.decref(keys);
        }
    }

    /** {@code set_isdisjoint}: no item of {@code other} is in {@code s}. */
    boolean isDisjoint(long s, long other) {
        if (s == other) {
            return size(s) == 0;
        }
        long walk = anySet(other) && size(other) > size(s) ? s : other;
        long probe = walk == s ? other : s;
        boolean[] disjoint = {true};
        forEachOf(snapshot(walk), k -> {
            if (disjoint[0] && contains(probe, k)) {
                disjoint[0] = false;
            }
        });
        return disjoint[0];
    }

    /** {@code set.pop()}: the key at the finger or the next one after it (wrapping), as {@code set_pop}. New reference. */
    long pop(long s) {
        if (size(s) == 0) {
            throw space.exceptions.keyError("pop from an empty set");
        }
        long table = table(s);
        long mask = mask(s);
        long i = memory.getLong(s + FINGER) & mask;
        for (;;) {
            long k = memory.getLong(table + i * ENTRY);
            if (k != 0 && k != DUMMY) {
                break;
            }
            i = (i + 1) & mask;
        }
        long entry = table + i * ENTRY;
        long key = memory.getLong(entry);
        memory.putLong(entry, DUMMY);
        memory.putLong(entry + 8, -1);
        memory.putLong(s + USED, size(s) - 1);
        memory.putLong(s + FINGER, i + 1);
        return key; // the table's reference goes to the caller
    }

    /** {@code set_or}, {@code set_and}, {@code set_sub}, {@code set_xor}: both operands sets or frozensets; the result has the left one's base type. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (!anySet(v) || !anySet(w)) {
            return space.newNotImplemented();
        }
        return switch (op) {
            case OR -> {
                long r = copyAs(baseOf(v), v);
                yield updatingNew(r, new long[] {w}, this::update);
            }
            case AND -> intersection(v, w);
            case SUBTRACT -> difference(v, w);
            case XOR -> symmetricDifference(v, w);
            default -> space.newNotImplemented();
        };
    }

    /** {@code set_ior} ...: a set updated in place and returned; a frozenset has none (the binary form runs). */
    @Override
    public long inplaceOp(long v, long w, BinaryOp op) {
        if (frozen || !anySet(w)) {
            return space.newNotImplemented();
        }
        switch (op) {
            case OR -> update(v, w);
            case AND -> intersectionUpdate(v, w);
            case SUBTRACT -> differenceUpdate(v, w);
            case XOR -> symmetricDifferenceUpdate(v, w);
            default -> {
                return space.newNotImplemented();
            }
        }
        return space.newRef(v);
    }

    /** {@code set()}: a new empty tracked set. New reference. */
    /** {@code set.__new__}: an empty set; {@code set.__init__} fills it. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (frozen && subtype == this && space.tupleType.size(args) == 1
                && (kwargs == 0 || space.dictType.size(kwargs) == 0)) {
            long same = idempotentFrozenset(space.tupleType.item(args, 0));
            if (same != 0) {
                return same;
            }
        }
        long s;
        if (subtype == this) {
            s = create();
        } else { // make_new_set: the class allocates (tp_alloc), the set's fields start empty
            s = subtype.tpAlloc(0);
            emptyToMinsize(s);
        }
        if (frozen) { // frozenset_new: filled at once, never again
            try {
                fill(s, args, kwargs);
            } catch (RuntimeException e) {
                space.decref(s);
                throw e;
            }
        }
        return s;
    }

    /** {@code set_init}: {@code set(iterable)}. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        if (frozen) {
            return;
        }
        clear(self);
        fill(self, args, kwargs);
    }

    private void fill(long self, long args, long kwargs) {
        Constructors.onlyKeywords(space, kwargs, name);
        Constructors.atMost(space, args, name, 1);
        if (space.tupleType.size(args) > 0) {
            fillFrom(self, space.tupleType.item(args, 0));
        }
    }

    /** {@code set_vectorcall}, {@code frozenset_vectorcall}: {@code set(iterable)} with no argument tuple. */
    @Override
    public boolean hasVectorNew() {
        return true;
    }

    @Override
    public long vectorNew(long args, int nargs, long kwnames) {
        Constructors.noKwnames(space, name, kwnames);
        Constructors.checkPositional(name, nargs, 0, 1);
        if (frozen && nargs == 1) {
            long same = idempotentFrozenset(memory.getLong(args));
            if (same != 0) {
                return same;
            }
        }
        long s = create();
        if (nargs > 0) {
            try {
                fillFrom(s, memory.getLong(args));
            } catch (RuntimeException e) {
                space.decref(s);
                throw e;
            }
        }
        return s;
    }

    /** {@code make_new_frozenset}: {@code frozenset(f)} of an exact frozenset is {@code f} itself (new reference), else 0. */
    private long idempotentFrozenset(long iterable) {
        return space.typeOf(iterable) == this ? space.newRef(iterable) : 0;
    }

    /** {@code set_update_internal} from any iterable. */
    private void fillFrom(long self, long iterable) {
        update(self, iterable);
    }

        public long create() {
        long s = space.newGcObject(this, SIZE, 0);
        emptyToMinsize(s);
        memory.putLong(s + FINGER, 0);
        memory.putLong(s + WEAKLIST, 0);
        space.track(s);
        return s;
    }

    /** {@code set_empty_to_minsize}. */
    private void emptyToMinsize(long s) {
        memory.fill(s + SMALLTABLE, (long) MINSIZE * ENTRY, (byte) 0);
        memory.putLong(s + FILL, 0);
        memory.putLong(s + USED, 0);
        memory.putLong(s + MASK, MINSIZE - 1);
        memory.putLong(s + TABLE, s + SMALLTABLE);
        memory.putLong(s + HASH, -1);
    }

    public long size(long s) {
        return memory.getLong(s + USED);
    }

    @Override
    public long length(long s) {
        return size(s);
    }

    @Override
    public long lengthHint(long s) {
        return size(s);
    }

    @Override
    public boolean isTrue(long s) {
        return size(s) != 0;
    }

    @Override
    public long iter(long s) {
        return space.setIterType.create(s);
    }

    /** The key in slot {@code i} (0 for an unused or dummy slot), for the set iterator; {@code i <= mask}. */
    long keyInSlot(long s, long i) {
        long k = memory.getLong(table(s) + i * ENTRY);
        return k == DUMMY ? 0 : k;
    }

    /** Visits every key in table order with its stored hash ({@code _PySet_NextEntry}; borrowed, the set must not change). */
    void forEachHashed(long s, DictType.HashedKeyVisitor visitor) {
        long table = table(s);
        for (long i = 0, mask = mask(s); i <= mask; i++) {
            long k = memory.getLong(table + i * ENTRY);
            if (k != 0 && k != DUMMY) {
                visitor.accept(k, memory.getLong(table + i * ENTRY + 8));
            }
        }
    }

    /** The last slot index: slots - 1. */
    long lastSlot(long s) {
        return mask(s);
    }

    private long table(long s) {
        return memory.getLong(s + TABLE);
    }

    private long mask(long s) {
        return memory.getLong(s + MASK);
    }

    /** {@code s.add(key)}. Raises TypeError for an unhashable key. */
    public void add(long s, long key) {
        addEntry(s, key, Abstract.hash(space, key));
    }

    /** {@code set_add_entry}: adds {@code key} whose hash is known. */
    private void addEntry(long s, long key, long hash) {
        long table = table(s);
        long mask = mask(s);
        long i = hash & mask;
        long perturb = hash;
        long freeSlot = 0;
        for (;;) {
            long entry = table + i * ENTRY;
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            do {
                long k = memory.getLong(entry);
                long h = memory.getLong(entry + 8);
                if (k == 0 && h == 0) {
                    if (freeSlot != 0) {
                        store(freeSlot, key, hash);
                        memory.putLong(s + USED, size(s) + 1);
                        return;
                    }
                    store(entry, key, hash);
                    long fill = memory.getLong(s + FILL) + 1;
                    memory.putLong(s + FILL, fill);
                    long used = size(s) + 1;
                    memory.putLong(s + USED, used);
                    if (fill * 5 >= mask * 3) {
                        tableResize(s, used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (h == hash) {
                    if (k == key || Abstract.equal(space, k, key)) {
                        return;
                    }
                } else if (h == -1) {
                    freeSlot = entry;
                }
                entry += ENTRY;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    private void store(long entry, long key, long hash) {
        memory.putLong(entry, space.newRef(key));
        memory.putLong(entry + 8, hash);
    }

    /** {@code set_lookkey}: the slot holding {@code key}, or the unused slot that ends its probe. */
    private long lookKey(long s, long key, long hash) {
        long table = table(s);
        long mask = mask(s);
        long i = hash & mask;
        long perturb = hash;
        for (;;) {
            long entry = table + i * ENTRY;
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            do {
                long k = memory.getLong(entry);
                long h = memory.getLong(entry + 8);
                if (k == 0 && h == 0) {
                    return entry;
                }
                if (h == hash && (k == key || Abstract.equal(space, k, key))) {
                    return entry;
                }
                entry += ENTRY;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /** {@code s.discard(key)}: whether it was there. */
    public boolean discard(long s, long key) {
        long entry = lookKey(s, key, Abstract.hash(space, key));
        long old = memory.getLong(entry);
        if (old == 0) {
            return false;
        }
        memory.putLong(entry, DUMMY);
        memory.putLong(entry + 8, -1);
        memory.putLong(s + USED, size(s) - 1);
        space.decref(old);
        return true;
    }

    /** {@code set_discard}'s and {@code set_remove}'s removal: whether {@code key} (or a set key's frozenset) was there. */
    private boolean discardItem(long s, long key) {
        try {
            return discard(s, key);
        } catch (PyException e) {
            return asFrozenKey(key, e, k -> discard(s, k));
        }
    }

    /** {@code key in s} ({@code set_contains}). */
    @Override
    public boolean contains(long s, long key) {
        try {
            return memory.getLong(lookKey(s, key, Abstract.hash(space, key))) != 0;
        } catch (PyException e) {
            return asFrozenKey(key, e, k -> contains(s, k));
        }
    }

    /**
     * {@code set_contains}'s, {@code set_discard}'s and {@code set_remove}'s retry after {@code e}: a
     * set key whose lookup failed with a TypeError (it is unhashable) is looked for as the frozenset
     * of its items; any other error goes on.
     */
    private boolean asFrozenKey(long key, PyException e, java.util.function.LongPredicate lookup) {
        if (!space.setType.check(key) || !Abstract.matches(space, e, "TypeError")) {
            throw e;
        }
        e.release();
        long frozenKey = copyAs(space.frozenSetType, key);
        try {
            return lookup.test(frozenKey);
        } finally {
            space.decref(frozenKey);
        }
    }

    /** {@code set_table_resize}: rebuilds the table at the smallest power of two above {@code minUsed} (at least 8). */
    private void tableResize(long s, long minUsed) {
        long newSize = MINSIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        long oldTable = table(s);
        long oldMask = mask(s);
        long small = s + SMALLTABLE;
        boolean oldMalloced = oldTable != small;
        long[] smallCopy = null;
        long newTable;
        if (newSize == MINSIZE) {
            newTable = small;
            if (oldTable == small) {
                if (memory.getLong(s + FILL) == size(s)) {
                    return; // no dummies to purge
                }
                smallCopy = new long[2 * MINSIZE];
                for (int j = 0; j < 2 * MINSIZE; j++) {
                    smallCopy[j] = memory.getLong(small + 8L * j);
                }
            }
        } else {
            newTable = space.allocate(newSize * ENTRY);
        }
        memory.fill(newTable, newSize * ENTRY, (byte) 0);
        long newMask = newSize - 1;
        memory.putLong(s + MASK, newMask);
        memory.putLong(s + TABLE, newTable);
        memory.putLong(s + FILL, size(s));
        for (long j = 0; j <= oldMask; j++) {
            long k;
            long h;
            if (smallCopy != null) {
                k = smallCopy[(int) (2 * j)];
                h = smallCopy[(int) (2 * j + 1)];
            } else {
                k = memory.getLong(oldTable + j * ENTRY);
                h = memory.getLong(oldTable + j * ENTRY + 8);
            }
            if (k != 0 && k != DUMMY) {
                insertClean(newTable, newMask, k, h);
            }
        }
        if (oldMalloced) {
            space.free(oldTable);
        }
    }

    /** {@code set_insert_clean}: places a key known absent into a table without dummies. */
    private void insertClean(long table, long mask, long key, long hash) {
        long i = hash & mask;
        long perturb = hash;
        for (;;) {
            long entry = table + i * ENTRY;
            if (memory.getLong(entry) == 0) {
                memory.putLong(entry, key);
                memory.putLong(entry + 8, hash);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 0; j < LINEAR_PROBES; j++) {
                    entry += ENTRY;
                    if (memory.getLong(entry) == 0) {
                        memory.putLong(entry, key);
                        memory.putLong(entry + 8, hash);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /** {@code set_clear_internal}: empty first, then release the old keys in table order. */
    @Override
    public void clear(long s) {
        long table = table(s);
        long used = size(s);
        long slots = mask(s) + 1;
        boolean malloced = table != s + SMALLTABLE;
        long[] keys = new long[(int) used];
        int n = 0;
        for (long j = 0; j < slots && n < used; j++) {
            long k = memory.getLong(table + j * ENTRY);
            if (k != 0 && k != DUMMY) {
                keys[n++] = k;
            }
        }
        emptyToMinsize(s);
        for (long k : keys) {
            space.decref(k);
        }
        if (malloced) {
            space.free(table);
        }
    }

    /** Visits the keys in table order. */
    @Override
    public void forEachReferent(long s, LongConsumer visitor) {
        long table = table(s);
        for (long j = 0, slots = mask(s) + 1; j < slots; j++) {
            long k = memory.getLong(table + j * ENTRY);
            if (k != 0 && k != DUMMY) {
                visitor.accept(k);
            }
        }
    }

    /** Names referent number {@code ordinal} of {@link #forEachReferent}: {@code element 'x'} (the element as {@code text} names it). */
    @Override
    public String referentName(long s, int ordinal, java.util.function.LongFunction<String> text) {
        long table = table(s);
        int seen = 0;
        for (long j = 0, slots = mask(s) + 1; j < slots; j++) {
            long k = memory.getLong(table + j * ENTRY);
            if (k != 0 && k != DUMMY && seen++ == ordinal) {
                return "element " + text.apply(k);
            }
        }
        return super.referentName(s, ordinal, text);
    }

    @Override
    public long sizeof(long s) {
        long size = Layout.GC_HEAD + SIZE;
        if (table(s) != s + SMALLTABLE) {
            size += (mask(s) + 1) * ENTRY;
        }
        return size;
    }

    @Override
    protected void relocated(long from, long to) {
        if (table(to) == from + SMALLTABLE) {
            memory.putLong(to + TABLE, to + SMALLTABLE);
        }
    }

    @Override
    public void dealloc(long s) {
        space.untrack(s);
        if (memory.getLong(s + WEAKLIST) != 0) {
            space.clearWeakrefs(s);
        }
        long table = table(s);
        long used = size(s);
        for (long entry = table; used > 0; entry += ENTRY) {
            long k = memory.getLong(entry);
            if (k != 0 && k != DUMMY) {
                used--;
                space.decref(k);
            }
        }
        if (table != s + SMALLTABLE) {
            space.free(table);
        }
        space.typeOf(s).tpFree(s);
    }

    @Override
    protected boolean hashIsNone() {
        return !frozen;
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        java.util.Set<SlotWrappers.Slot> s = adjusted(super.slots(), SlotWrappers.SET_OPERATORS);
        return frozen ? adjusted(s, java.util.List.of(), SlotWrappers.Slot.TP_INIT) : adjusted(s, SlotWrappers.SET_INPLACE);
    }

    @Override
    public long hash(long s) {
        if (!frozen) {
            throw unhashable();
        }
        // frozenset_hash: the shuffled element hashes xor-ed, then mixed with the size
        long[] h = {0};
        forEachReferent(s, k -> h[0] ^= shuffleBits(Abstract.hash(space, k)));
        long hash = h[0];
        hash ^= (size(s) + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /**
     * {@code set_richcompare}: between sets, {@code ==} is equality, {@code <=} and {@code >=} are
     * the subset relations, {@code <} and {@code >} the proper ones.
     */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!anySet(b)) {
            return space.newNotImplemented();
        }
        long na = size(a);
        long nb = size(b);
        boolean r = switch (op) {
            case EQ -> na == nb && isSubset(a, b);
            case NE -> !(na == nb && isSubset(a, b));
            case LE -> isSubset(a, b);
            case GE -> isSubset(b, a);
            case LT -> na < nb && isSubset(a, b);
            case GT -> na > nb && isSubset(b, a);
        };
        return space.newBool(r);
    }

    /** {@code set_issubset}: every key of {@code a} in {@code b}. */
    private boolean isSubset(long a, long b) {
        if (a == b) {
            return true;
        }
        if (size(a) > size(b)) {
            return false;
        }
        long table = table(a);
        for (long j = 0, slots = mask(a) + 1; j < slots; j++) {
            long e = table + j * ENTRY;
            long k = memory.getLong(e);
            if (k != 0 && k != DUMMY
                    && memory.getLong(lookKey(b, k, memory.getLong(e + 8))) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code set_repr}: {@code {1, 2}} in table order for a set, {@code NAME({1, 2})} for a frozenset or
     * any subclass ({@code NAME} is the type's {@code tp_name}), {@code NAME()} when empty and
     * {@code NAME(...)} for a set already being represented on this thread.
     */
    @Override
    public String repr(long s) {
        PyType type = space.typeOf(s);
        if (size(s) == 0) {
            return type.name + "()";
        }
        if (!Abstract.reprEnter(space, s)) {
            return type.name + "(...)";
        }
        try {
            boolean bare = type == space.setType;
            StringBuilder out = new StringBuilder(bare ? "{" : type.name + "({");
            forEachReferent(s, k -> {
                if (out.charAt(out.length() - 1) != '{') {
                    out.append(", ");
                }
                out.append(Abstract.repr(space, k));
            });
            return out.append(bare ? "}" : "})").toString();
        } finally {
            Abstract.reprLeave(space, s);
        }
    }

    @Override
    public int weaklistOffset() {
        return WEAKLIST;
    }

    /** A set owns its table once it outgrew the eight inline entries. */
    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        long table = memory.getLong(o + TABLE);
        long mask = mask(o);
        long used = size(o);
        long fill = memory.getLong(o + FILL);
        if (table != o + SMALLTABLE && !visitor.owned(table, 0)) { // claimed first: a damaged mask must not make it a leak
            return false;
        }
        if (mask < MINSIZE - 1 || ((mask + 1) & mask) != 0 || used < 0 || used > fill || fill > mask
                || (table == o + SMALLTABLE && mask != MINSIZE - 1)) {
            return visitor.damaged("mask " + mask + ", used " + used + " and fill " + fill + " of table "
                    + dev.pyheap.api.Addresses.hex(table) + " are inconsistent");
        }
        return table == o + SMALLTABLE || visitor.owned(table, (mask + 1) * ENTRY);
    }

    @Override
    protected void fillDict() {
        putClassGetItem();
    }

    @Override
    protected java.util.Set<String> coexisting() {
        return java.util.Set.of("__contains__");
    }
}
