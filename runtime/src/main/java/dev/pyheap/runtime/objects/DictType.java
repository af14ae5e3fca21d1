package dev.pyheap.runtime.objects;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.alloc.MallocStatsReport;
import dev.pyheap.runtime.PyException;
import dev.pyheap.api.gc.mechanism.GcHeader;

import java.util.function.LongConsumer;

/**
 * {@code dict}: CPython 3.11's compact, ordered hash table ({@code Objects/dictobject.c}), in
 * allocator memory.
 *
 * <h2>Layout</h2>
 * <pre>
 *  dict object (GC, 48 bytes)                 keys block (PyDictKeysObject, PyObject_Malloc)
 *   -16 PyGC_Head                              +0  dk_refcnt            holders: 1, or 1 + split dicts
 *   +0  ob_refcnt   +8 ob_type                 +8  dk_log2_size         table of 2**n index slots
 *   +16 ma_used     live entries (len)         +9  dk_log2_index_bytes  bytes of the index table, log2
 *   +24 ma_version_tag                         +10 dk_kind              0 general, 1 unicode, 2 split
 *   +32 ma_keys  ─────────────────────────────► +12 dk_version           0 (never handed out)
 *   +40 ma_values  0, or a split table's       +16 dk_usable            entries left before a resize
 *                  values array                +24 dk_nentries          entries used (deleted included)
 *                                              +32 dk_indices[2**n]     1, 2, 4 or 8 bytes each
 *                                              ... entries[usable fraction of 2**n]
 *                                                  unicode / split: (key, value)        16 bytes
 *                                                  general:         (hash, key, value)  24 bytes
 * </pre>
 * An index slot holds an entry number, {@link #DKIX_EMPTY} (-1, never used) or {@link #DKIX_DUMMY}
 * (-2, deleted). Entries are appended in insertion order, so iterating them is iterating the dict.
 * A table of 2**n slots has {@code USABLE_FRACTION = 2 * 2**n / 3} entries; the smallest has 8
 * slots (5 entries). A unicode table (every key exactly a str) stores no hashes: a str caches its
 * own. <b>The empty dict has no keys block</b>: {@code ma_keys == 0} stands for CPython's static
 * {@code Py_EMPTY_KEYS}, so {@code {}} costs only its 64 bytes, as {@code sys.getsizeof({})} says.
 *
 * <h2>Lookup ({@code _Py_dict_lookup})</h2>
 * <ol>
 * <li>{@code i = hash & mask}, {@code perturb = hash} (unsigned).
 * <li>Index EMPTY: the key is absent. An entry number: the entry matches when its key is the same
 *     object, or its hash equals and the keys compare equal (str against str by content). DUMMY:
 *     go on.
 * <li>{@code perturb >>>= 5; i = (i * 5 + perturb + 1) & mask}, back to 2. The table always has
 *     an EMPTY slot (entries stop at two thirds), so the probe ends.
 * </ol>
 *
 * <h2>Insertion ({@code insertdict})</h2>
 * <ol>
 * <li>Empty dict: a new 8-slot table, unicode when the key is a str ({@code insert_to_emptydict}).
 * <li>A non-str key into a unicode or split table: resize first, to a general table.
 * <li>Look the key up. Then MAINTAIN_TRACKING: an untracked dict becomes tracked when the key or
 *     the value may be tracked ({@link ObjectSpace#mayBeTracked}).
 * <li>Found: the value is replaced (the new one stored before the old one is released); the
 *     stored key stays, the caller's key is not kept.
 * <li>Absent: if {@code dk_usable == 0}, {@code insertion_resize}. The entry goes to
 *     {@code entries[dk_nentries]}, its number into the first EMPTY or DUMMY slot of the probe;
 *     {@code dk_usable--}, {@code dk_nentries++}, {@code ma_used++}.
 * </ol>
 * {@code insertion_resize} makes a table of {@code calculate_log2_keysize(GROWTH_RATE)} with
 * {@code GROWTH_RATE = ma_used * 3}: {@code log2 = bit_length(((n | 8) - 1) | 7)}. That is the
 * smallest power of two above {@code n} for {@code n >= 8}, and 16 for every {@code n} of 1..7
 * (CPython's bit trick, visible: {@code {'a': 1}} plus an int key is 352 bytes, a 16-slot table).
 * Live entries are copied in order, deleted ones dropped, the index rebuilt; the old block is
 * freed without touching the references it moved. Sizes by number of str keys: 0 → 64,
 * 1-5 → 184, 6-10 → 272, 11-21 → 464, 22-42 → 832; int keys: 1-5 → 224, 6-10 → 352.
 *
 * <h2>Deletion ({@code delitem_common})</h2>
 * The slot becomes DUMMY and the entry is zeroed; the key is released, then the value.
 * {@code dk_usable} is not given back: deleting and re-adding in a full table resizes it
 * (to {@code used * 3}), which purges the dummies. Nothing ever shrinks a table but
 * {@link #clear}, which returns the dict to no keys block at all.
 *
 * <h2>Split tables (instance {@code __dict__})</h2>
 * A class owns shared keys: a keys block of kind split, 64 slots, whose entries hold only keys
 * (attribute names, at most {@link ClassType#SHARED_KEYS_MAX_SIZE}); {@code dk_usable} starts at
 * 30 and each new instance takes one while it is above 1 ({@code init_inline_values}). Each
 * instance keeps its values in a values array of {@code nentries + usable} slots (ClassType):
 * <pre>
 *  values block:  [ order prefix, P bytes ][ slot 0 ][ slot 1 ] ... ; values pointer → slot 0
 *  values[-1] = P   values[-2] = number of values set   values[-3 - k] = slot of the k-th set
 * </pre>
 * When {@code __dict__} is asked for, the instance's values array becomes {@code ma_values} of a
 * dict whose {@code ma_keys} are the class's shared keys ({@code dk_refcnt + 1}). Such a dict
 * iterates in the prefix's order; a new str key goes into the shared keys while they have room;
 * deleting keeps it split (the slot is emptied, the prefix loses it). A non-str key, or a new key
 * when the shared keys are full, converts it to a combined table. {@code sys.getsizeof} of a
 * split dict is {@code 64 + 8 * (nentries + usable)} of the shared keys as they are now (288
 * for three attributes, 296 while only one instance exists), plus the keys block only when the
 * dict holds it alone (its class died).
 *
 * <h2>GC tracking</h2>
 * A new dict is untracked; MAINTAIN_TRACKING (above) tracks it. A full collection calls
 * {@link #untrackIfAtomic}, which untracks a dict none of whose keys (general tables) or values
 * may be tracked ({@code _PyDict_MaybeUntrack}).
 *
 * <h2>Free lists and deallocation</h2>
 * Up to 80 dead dicts ({@code PyDict_MAXFREELIST}) are kept, header included, and revived without
 * moving the collector's count; up to 80 dead 8-slot unicode keys blocks too (the only size and
 * kind CPython 3.11 recycles). A full collection frees both. Deallocation untracks, then releases
 * a combined table's entries in insertion order (key, then value, per entry:
 * {@code free_keys_object}) or a split table's values in slot order, then frees (or recycles) the
 * keys block and the dict.
 *
 * <h2>Referents</h2>
 * Per entry, the value then the key: for GC-capable referents that is exactly
 * {@code dict_traverse} (a unicode table's keys are str, which the collectors skip). A split dict
 * reports its values; its keys belong to the shared keys block, which its class reports while it
 * lives, and the dict only when it holds the block alone.
 */
public final class DictType extends PyType {
    /** The slot structs CPython's static type declares: dict_as_number (|), dict_as_sequence (in), dict_as_mapping. */
    @Override
    protected int ownSlotStructs() {
        return AS_NUMBER | AS_SEQUENCE | AS_MAPPING;
    }

    static final int MA_USED = 16;
    static final int MA_VERSION_TAG = 24;
    static final int MA_KEYS = 32;
    static final int MA_VALUES = 40;
    /** {@code sizeof(PyDictObject)}: {@code getsizeof({})} is this plus the GC header, 64. */
    public static final int SIZE = 48;

    static final int DK_REFCNT = 0;
    static final int DK_LOG2_SIZE = 8;
    static final int DK_LOG2_INDEX_BYTES = 9;
    static final int DK_KIND = 10;
    static final int DK_VERSION = 12;
    static final int DK_USABLE = 16;
    static final int DK_NENTRIES = 24;
    static final int DK_INDICES = 32;

    static final int KIND_GENERAL = 0;
    static final int KIND_UNICODE = 1;
    static final int KIND_SPLIT = 2;

    static final long DKIX_EMPTY = -1;
    static final long DKIX_DUMMY = -2;

    /** {@code PyDict_LOG_MINSIZE}: 8 slots. */
    static final int LOG2_MINSIZE = 3;
    static final int MINSIZE = 1 << LOG2_MINSIZE;
    static final int PERTURB_SHIFT = 5;
    /** {@code PyDict_MAXFREELIST}, for dicts and for keys blocks. */
    static final int FREE_LIST_SIZE = 80;
    /** {@code NEXT_LOG2_SHARED_KEYS_MAX_SIZE}: shared keys have 64 slots. */
    static final int SHARED_KEYS_LOG2_SIZE = 6;
    /** Bytes of a shared keys block: header, 64 one-byte slots, 42 unicode entries. */
    static final int SHARED_KEYS_BYTES = DK_INDICES + (1 << SHARED_KEYS_LOG2_SIZE)
            + (int) usableFraction(1 << SHARED_KEYS_LOG2_SIZE) * 16;

    public final FreeList freeList = new FreeList(FREE_LIST_SIZE);
    final FreeList keysFreeList = new FreeList(FREE_LIST_SIZE);
    private final StrType str;
    /** CPython's {@code _pydict_global_version}, per heap. */
    private long lastVersion;

    /** Called for each key and value, in insertion order. */
    @FunctionalInterface
    public interface EntryVisitor {
        void accept(long key, long value);
    }

    DictType(ObjectSpace space) {
        super(space, "dict", null, BASETYPE | MAPPING | DICT_SUBCLASS | HAVE_GC | MATCH_SELF, SIZE, 0);
        this.str = space.strType;
        untracksWhenAtomic();
        traversesSelectively();
        // dict_methods list these two with METH_COEXIST: method descriptors rather than slot wrappers
        defineMethod("__getitem__", (self, args) -> getItem(self, Args.one("dict.__getitem__", args)));
        defineSizeof(); // dict___sizeof__: the keys and values the dict owns count
        defineMethod("__reversed__", (self, args) -> {
            Args.none("dict.__reversed__", args);
            return space.dictRevKeyIterType.create(self);
        });
        defineMethod("__contains__", (self, args) -> space.newBool(contains(self, Args.one("dict.__contains__", args))));
        defineMethod("get", (self, args) -> {
            Args.range("get", args, 1, 2);
            long v = get(self, args[0]);
            return space.newRef(v != 0 ? v : args.length > 1 ? args[1] : space.none);
        });
        defineMethod("pop", (self, args) -> {
            Args.range("pop", args, 1, 2);
            long v = pop(self, args[0]);
            if (v != 0) {
                return v;
            }
            if (args.length > 1) {
                return space.newRef(args[1]);
            }
            throw space.exceptions.keyError(args[0]);
        });
        defineMethod("setdefault", (self, args) -> {
            Args.range("setdefault", args, 1, 2);
            long v = get(self, args[0]);
            if (v == 0) {
                v = args.length > 1 ? args[1] : space.none;
                setItem(self, args[0], v);
            }
            return space.newRef(v);
        });
        defineMethod("clear", (self, args) -> {
            Args.none("dict.clear", args);
            clear(self);
            return space.newNone();
        });
        defineMethod("keys", (self, args) -> {
            Args.none("dict.keys", args);
            return space.dictKeysType.create(self);
        });
        defineMethod("values", (self, args) -> {
            Args.none("dict.values", args);
            return space.dictValuesType.create(self);
        });
        defineMethod("items", (self, args) -> {
            Args.none("dict.items", args);
            return space.dictItemsType.create(self);
        });
        defineMethod("update", (PyMethod.WithKeywords) (self, a) -> {
            a.range(0, 1);
            if (a.nargs > 0) {
                update(self, a.get(0));
            }
            long kw = a.kwargsDict();
            if (kw != 0) {
                try {
                    update(self, kw);
                } finally {
                    space.decref(kw);
                }
            }
            return space.newNone();
        });
        defineMethod("copy", (self, args) -> {
            Args.none("dict.copy", args);
            return copy(self);
        });
        defineMethod("popitem", (self, args) -> {
            Args.none("dict.popitem", args);
            if (size(self) == 0) {
                throw space.exceptions.keyError("popitem(): dictionary is empty");
            }
            return popLast(self);
        });
    }

    /** {@code PyDict_Check}. */
    public boolean check(long o) {
        return space.typeOf(o).hasFlag(DICT_SUBCLASS);
    }

    /** {@code PyDict_CheckExact}. */
    public boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    // ------------------------------------------------------------------ the dict object

    /** {@code {}}: a new empty, untracked dict. New reference. */
    /**
     * {@code dict_new}: an empty dict, a subclass's allocated by the class ({@code tp_alloc}: its
     * fields zero are the empty keys; tracked, as CPython keeps only exact dicts untracked);
     * {@code dict.__init__} fills it.
     */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (subtype == this) {
            return genericAlloc();
        }
        long d = subtype.tpAlloc(0);
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        return d;
    }

    /** {@code dict_vectorcall}: {@code dict(mapping_or_pairs, **kwargs)} with no argument tuple or keyword dict. */
    @Override
    public boolean hasVectorNew() {
        return true;
    }

    @Override
    public long vectorNew(long args, int nargs, long kwnames) {
        Constructors.checkPositional("dict", nargs, 0, 1);
        long d = genericAlloc();
        try {
            if (nargs == 1) {
                update(d, memory.getLong(args));
            }
            long nk = kwnames == 0 ? 0 : space.tupleType.size(kwnames);
            for (int i = 0; i < nk; i++) {
                setItem(d, space.tupleType.item(kwnames, i), memory.getLong(args + 8L * (nargs + i)));
            }
        } catch (RuntimeException e) {
            space.decref(d);
            throw e;
        }
        return d;
    }

    /** {@code dict_init}: {@code dict(mapping_or_pairs, **kwargs)} ({@code dict_update_arg}, then the keywords). */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        Constructors.atMost(space, args, "dict", 1);
        if (space.tupleType.size(args) > 0) {
            update(self, space.tupleType.item(args, 0));
        }
        if (kwargs != 0) {
            merge(self, kwargs);
        }
    }

    /**
     * {@code dict.fromkeys(iterable, value=None)}, a class method: {@code cls()} filled with each
     * item of {@code iterable} mapped to {@code value} ({@code PyObject_SetItem}, so a subclass's
     * {@code __setitem__} runs).
     */
    @Override
    protected void fillDict() {
        putClassGetItem();
        putClassMethod("fromkeys", (self, args, nargs, kwnames) -> {
            CallArguments a = new CallArguments(space, "fromkeys", args, nargs, kwnames).noKeywords("dict.fromkeys");
            if (nargs < 2 || nargs > 3) { // the class, then the arguments
                throw new PyException("TypeError", "fromkeys expected " + (nargs < 2 ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + (nargs - 1));
            }
            return fromKeys(a.get(0), a.get(1), nargs > 2 ? a.get(2) : space.none);
        });
    }

    /**
     * {@code _PyDict_FromKeys}: {@code cls()} (a plain dict made directly when {@code cls} is dict)
     * with each item of {@code iterable} set to {@code value} through {@code PyObject_SetItem}. New reference.
     * When {@code cls()} gave an empty exact dict and {@code iterable} is an exact dict, set or
     * frozenset, the table is first sized for it ({@code dictresize} to {@code estimate_log2_keysize}
     * of its length: str keys only for a dict source whose table is, never for a set's, so a set of
     * strs gives the general 24-byte entries) and its keys go in with their stored hashes (no
     * {@code __hash__} call).
     */
    public long fromKeys(long cls, long iterable, long value) {
        long d = cls == typeObject() ? create() : Abstract.call(space, cls);
        if (checkExact(d) && size(d) == 0) {
            boolean fromDict = checkExact(iterable);
            if (fromDict || space.setType.checkExact(iterable) || space.frozenSetType.checkExact(iterable)) {
                long n = fromDict ? size(iterable) : space.setType.size(iterable);
                long sourceKeys = fromDict ? keysOf(iterable) : 0;
                boolean unicode = fromDict && (sourceKeys == 0 || kind(sourceKeys) != KIND_GENERAL);
                presize(d, calculateLog2KeySize((n * 3 + 1) / 2), unicode);
                if (fromDict) {
                    forEachHashed(iterable, (k, hash) -> insert(d, k, hash, value));
                } else {
                    space.setType.forEachHashed(iterable, (k, hash) -> insert(d, k, hash, value));
                }
                return d;
            }
        }
        try {
            long it = Abstract.getIter(space, iterable);
            try {
                for (long k = Abstract.iterNext(space, it); k != 0; k = Abstract.iterNext(space, it)) {
                    try {
                        Abstract.setItem(space, d, k, value);
                    } finally {
                        space.decref(k);
                    }
                }
            } finally {
                space.decref(it);
            }
        } catch (RuntimeException e) {
            space.decref(d);
            throw e;
        }
        return d;
    }

    /**
     * {@code PyDict_Copy}: a split dict (an instance's) is copied split, sharing its keys, with a
     * values array of the keys' usable size (never from the free list); a compact enough combined
     * table is cloned whole (its keys block copied, so the copy has the original's table size);
     * otherwise a new dict merged from it.
     */
    public long copy(long o) {
        if (size(o) == 0) {
            return create();
        }
        long keys = keysOf(o);
        long values = valuesOf(o);
        if (values != 0) {
            long size = sharedKeysUsableSize(keys);
            long newValues = newValues(size);
            long d = genericAlloc();
            int prefix = memory.getByte(newValues - 1) & 0xFF;
            // The insertion order, addressed back from the values as CPython's memcpy does: an
            // older instance's array was made when the keys' usable size was larger, so its
            // prefix may be longer than the copy's.
            memory.copy(values - prefix, newValues - prefix, prefix - 1);
            for (long i = 0; i < size; i++) {
                long v = memory.getLong(values + 8 * i);
                memory.putLong(newValues + 8 * i, v == 0 ? 0 : space.newRef(v));
            }
            memory.putLong(d + MA_KEYS, keys);
            memory.putLong(d + MA_VALUES, newValues);
            memory.putLong(d + MA_USED, size(o));
            keysIncref(keys);
            if (GcHeader.isTracked(memory, o)) {
                space.track(d);
            }
            return d;
        }
        if (space.typeOf(o) == this && valuesOf(o) == 0 && kind(keys) != KIND_SPLIT && size(o) >= nentries(keys) * 2 / 3) {
            long d = newDict(cloneKeys(keys), 0, size(o));
            if (GcHeader.isTracked(memory, o)) {
                space.track(d);
            }
            return d;
        }
        long d = create();
        try {
            merge(d, o);
        } catch (RuntimeException e) {
            space.decref(d);
            throw e;
        }
        return d;
    }

    /**
     * {@code dict_merge(a, b, override=1)} for a dict {@code b}: into an empty {@code a}, a clean
     * combined table ({@code b} never deleted from, and small or more than half full) is cloned;
     * otherwise {@code a} is resized once for both dicts' entries ({@code estimate_log2_keysize})
     * when its table cannot take {@code b}'s, and {@code b}'s items are inserted in order.
     */
    public void merge(long a, long b) {
        if (a == b || size(b) == 0) {
            return;
        }
        long okeys = keysOf(b);
        if (size(a) == 0 && valuesOf(b) == 0 && kind(okeys) != KIND_SPLIT && size(b) == nentries(okeys)
                && (log2Size(okeys) == LOG2_MINSIZE || usableFraction((1L << log2Size(okeys)) / 2) < size(b))) {
            long old = keysOf(a);
            long oldValues = valuesOf(a);
            memory.putLong(a + MA_KEYS, cloneKeys(okeys));
            memory.putLong(a + MA_VALUES, 0);
            memory.putLong(a + MA_USED, size(b));
            memory.putLong(a + MA_VERSION_TAG, nextVersion());
            if (oldValues != 0) {
                freeValues(oldValues);
            }
            keysDecref(old);
            if (GcHeader.isTracked(memory, b) && !GcHeader.isTracked(memory, a)) {
                space.track(a);
            }
            return;
        }
        long akeys = keysOf(a);
        long slots = akeys == 0 ? 1 : 1L << log2Size(akeys);
        if (usableFraction(slots) < size(b)) {
            int log2 = calculateLog2KeySize(((size(a) + size(b)) * 3 + 1) / 2);
            boolean unicode = kind(okeys) != KIND_GENERAL;
            if (akeys == 0) {
                memory.putLong(a + MA_KEYS, newKeys(log2, unicode));
                memory.putLong(a + MA_VALUES, 0);
            } else {
                resize(a, log2, unicode);
            }
        }
        forEach(b, (k, v) -> setItem(a, k, v));
    }

    /** {@code clone_combined_dict_keys}: a copy of a combined keys block, holding new references to its keys and values. */
    private long cloneKeys(long keys) {
        int kind = kind(keys);
        long clone = newKeys(log2Size(keys), kind == KIND_UNICODE);
        memory.copy(keys, clone, keysSize(keys));
        memory.putLong(clone + DK_REFCNT, 1);
        for (long i = 0, n = nentries(keys); i < n; i++) {
            long e = entry(clone, kind, i);
            long key = memory.getLong(e + keyOffset(kind));
            if (key != 0) { // a deleted entry is zeroed
                space.incref(key);
                space.incref(memory.getLong(e + valueOffset(kind)));
            }
        }
        return clone;
    }

    /** {@code dict_or}: {@code a | b} of two dicts, a new dict; {@code dict_ior}: {@code a |= b} with anything {@code update} takes. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (op != BinaryOp.OR || !check(v) || !check(w)) {
            return space.newNotImplemented();
        }
        long d = copy(v);
        try {
            update(d, w);
        } catch (RuntimeException e) {
            space.decref(d);
            throw e;
        }
        return d;
    }

    @Override
    public long inplaceOp(long v, long w, BinaryOp op) {
        if (op != BinaryOp.OR) {
            return space.newNotImplemented();
        }
        update(v, w);
        return space.newRef(v);
    }

    /**
     * {@code dict.update(other)} ({@code dict_update_arg}): a dict's items, a mapping's
     * {@code keys()}, or an iterable of pairs. As {@code dict_merge}, a dict is read from its own
     * table only while its type keeps dict's {@code __iter__}; a subclass overriding it is a mapping
     * like any other (its {@code keys()}, then {@code __getitem__}).
     */
    public void update(long self, long other) {
        if (check(other) && space.typeOf(other).lookup("__iter__") == lookup("__iter__")) {
            merge(self, other);
            return;
        }
        if (Abstract.hasAttr(space, other, "keys")) {
            long keys = Abstract.mappingKeys(space, other);
            try {
                for (int i = 0, n = (int) space.listType.size(keys); i < n; i++) {
                    long k = space.listType.item(keys, i);
                    long v = Abstract.getItem(space, other, k);
                    try {
                        setItem(self, k, v);
                    } finally {
                        space.decref(v);
                    }
                }
            } finally {
                space.decref(keys);
            }
            return;
        }
        long it = Abstract.getIter(space, other);
        try {
            int index = 0;
            for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it), index++) {
                try {
                    long pair;
                    try {
                        pair = Abstract.sequenceTuple(space, item);
                    } catch (PyException e) {
                        if (!e.pythonType().equals("TypeError")) {
                            throw e;
                        }
                        e.release();
                        throw new PyException("TypeError", "cannot convert dictionary update sequence element #" + index
                                + " to a sequence");
                    }
                    try {
                        long n = space.tupleType.size(pair);
                        if (n != 2) {
                            throw new PyException("ValueError", "dictionary update sequence element #" + index
                                    + " has length " + n + "; 2 is required");
                        }
                        setItem(self, space.tupleType.item(pair, 0), space.tupleType.item(pair, 1));
                    } finally {
                        space.decref(pair);
                    }
                } finally {
                    space.decref(item);
                }
            }
        } finally {
            space.decref(it);
        }
    }

        public long create() {
        return newDict(0, 0, 0);
    }

    /**
     * An empty dict of a built-in subtype of dict whose instances are {@code size} bytes (dict's
     * fields first, the subtype's after them, zeroed): its {@code tp_alloc}. Never from the free
     * list, which holds plain dicts. Untracked; new reference.
     */
    public long createSubtype(PyType type, long size) {
        long d = space.newGcObject(type, size, 0);
        memory.fill(d + Layout.OBJECT_HEAD, size - Layout.OBJECT_HEAD, (byte) 0);
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        return d;
    }

    /** {@code dict_new} for dict itself: {@code PyType_GenericAlloc}, never from the free list ({@code dict()}); untracked, empty. */
    private long genericAlloc() {
        long d = space.newGcObject(this, SIZE, 0);
        memory.putLong(d + MA_USED, 0);
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        memory.putLong(d + MA_KEYS, 0);
        memory.putLong(d + MA_VALUES, 0);
        return d;
    }

    /** {@code new_dict}: from the free list when it has one (header cleared, not counted). */
    private long newDict(long keys, long values, long used) {
        long d = freeList.poll();
        if (d != 0) {
            space.reviveGcObject(d);
        } else {
            d = space.newGcObject(this, SIZE, 0);
        }
        memory.putLong(d + MA_USED, used);
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        memory.putLong(d + MA_KEYS, keys);
        memory.putLong(d + MA_VALUES, values);
        return d;
    }

    private long nextVersion() {
        return ++lastVersion;
    }

    /**
     * {@code ma_version_tag}: changes with every change of {@code d}'s items and is never the same
     * for two dicts of the heap, so an unchanged tag means the same dict with the same contents
     * (what {@code LOAD_GLOBAL}'s inline cache checks, as 3.10's opcache did).
     */
    public long versionTag(long d) {
        return memory.getLong(d + MA_VERSION_TAG);
    }

    private long keysOf(long d) {
        return memory.getLong(d + MA_KEYS);
    }

    private long valuesOf(long d) {
        return memory.getLong(d + MA_VALUES);
    }

    public long size(long d) {
        return memory.getLong(d + MA_USED);
    }

    @Override
    public long length(long d) {
        return size(d);
    }

    @Override
    public long lengthHint(long d) {
        return size(d);
    }

    @Override
    public boolean isTrue(long d) {
        return size(d) != 0;
    }

    /** {@code d[key]} ({@code dict_subscript}): a new reference; KeyError when absent. */
    @Override
    public long getItem(long d, long key) {
        long v = get(d, key);
        if (v == 0) {
            // dict_subscript: a subclass's __missing__ answers for an absent key
            if (space.typeOf(d) != this && space.typeOf(d).lookup("__missing__") != 0) {
                return Abstract.callMethod(space, d, "__missing__", new long[] {key});
            }
            throw space.exceptions.keyError(key);
        }
        return space.newRef(v);
    }

    /** {@code key in d}. */
    @Override
    public boolean contains(long d, long key) {
        return get(d, key) != 0;
    }

    /** {@code iter(d)}: its keys. */
    @Override
    public long iter(long d) {
        return space.dictKeyIterType.create(d);
    }

    /**
     * {@code PyDict_GetItemWithError}: {@code d[key]}, borrowed, or 0 when absent. Raises
     * TypeError for an unhashable key.
     */
    public long get(long d, long key) {
        long hash = Abstract.hash(space, key);
        long keys = keysOf(d);
        if (keys == 0) {
            return 0;
        }
        long ix = lookup(d, key, hash);
        return ix < 0 ? 0 : valueAt(d, keysOf(d), ix);
    }

    /** {@code PyDict_SetItemString}: {@code d[key] = value}, the key interned first; {@code value} borrowed. */
    public void setItemString(long d, String key, long value) {
        long k = space.strType.literalName(key);
        try {
            setItem(d, k, value);
        } finally {
            space.decref(k);
        }
    }

    /** {@code d[name]} for a str key given as Java text, without making a str: borrowed or 0. */
    public long getItemString(long d, String key) {
        long keys = keysOf(d);
        if (keys == 0) {
            return 0;
        }
        long ix = lookupText(keys, key, str.hashText(key));
        return ix < 0 ? 0 : valueAt(d, keys, ix);
    }

    /**
     * {@code d[key] = value} ({@code PyDict_SetItem}): takes new references to both (the stored key
     * stays if present); {@code value} 0 is {@code del d[key]}, KeyError when absent.
     */
    @Override
    public void setItem(long d, long key, long value) {
        if (value == 0) {
            if (!delItem(d, key)) {
                throw space.exceptions.keyError(key);
            }
            return;
        }
        insert(d, key, Abstract.hash(space, key), value);
    }

    /** {@code del d[key]}: false when absent. */
    public boolean delItem(long d, long key) {
        long hash = Abstract.hash(space, key);
        long keys = keysOf(d);
        if (keys == 0) {
            return false;
        }
        long ix = lookup(d, key, hash);
        return ix >= 0 && delete(d, keysOf(d), ix, hash);
    }

    /** {@code del d[name]} for a str key given as Java text: false when absent. */
    public boolean delItemString(long d, String key) {
        long keys = keysOf(d);
        if (keys == 0) {
            return false;
        }
        long hash = str.hashText(key);
        return delete(d, keys, lookupText(keys, key, hash), hash);
    }

    private boolean delete(long d, long keys, long ix, long hash) {
        long old = ix < 0 ? 0 : valueAt(d, keys, ix);
        if (old == 0) {
            return false;
        }
        deleteEntry(d, keys, hash, ix);
        space.decref(old);
        return true;
    }

    /**
     * {@code d.pop(key)}: the value (reference passed to the caller) or 0 when absent. An empty
     * dict answers before hashing, as CPython's ({@code {}.pop([])} is a KeyError, not a TypeError).
     */
    public long pop(long d, long key) {
        if (size(d) == 0) {
            return 0;
        }
        long hash = Abstract.hash(space, key);
        long ix = lookup(d, key, hash);
        long keys = keysOf(d);
        long old = ix < 0 ? 0 : valueAt(d, keys, ix);
        if (old == 0) {
            return 0;
        }
        deleteEntry(d, keys, hash, ix);
        return old;
    }

    /**
     * {@code dict_popitem} of a non-empty dict: a split table becomes combined first (same size);
     * the last live entry is emptied, its slot becomes DUMMY and {@code dk_nentries} drops to its
     * number, so the entries after it are free again (a later insert appends there, and a copy
     * may clone the table). The (key, value) tuple takes over both references.
     */
    private long popLast(long d) {
        long keys = keysOf(d);
        if (valuesOf(d) != 0) {
            resize(d, log2Size(keys), true);
            keys = keysOf(d);
        }
        memory.putInt(keys + DK_VERSION, 0);
        int kind = kind(keys);
        long i = nentries(keys) - 1;
        while (i >= 0 && entryValue(keys, kind, i) == 0) {
            i--;
        }
        long key = entryKey(keys, kind, i);
        long value = entryValue(keys, kind, i);
        long hash = entryHash(keys, kind, i);
        setIndex(keys, lookupSlotOf(keys, hash, i), DKIX_DUMMY);
        memory.fill(entry(keys, kind, i), entrySize(kind), (byte) 0);
        memory.putLong(keys + DK_NENTRIES, i);
        memory.putLong(d + MA_USED, size(d) - 1);
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        return space.tupleType.createStealing(key, value);
    }

    /**
     * {@code d.clear()}, also the dict's {@code tp_clear}: the dict is emptied to no keys block
     * first, then the old table's references are released (combined: entries in order, key then
     * value; split: values in slot order).
     */
    @Override
    public void clear(long d) {
        long keys = keysOf(d);
        long values = valuesOf(d);
        if (keys == 0) {
            return;
        }
        memory.putLong(d + MA_KEYS, 0);
        memory.putLong(d + MA_VALUES, 0);
        memory.putLong(d + MA_USED, 0);
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        if (values != 0) {
            for (long i = 0, n = nentries(keys); i < n; i++) {
                long v = memory.getLong(values + 8 * i);
                if (v != 0) {
                    memory.putLong(values + 8 * i, 0);
                    space.decref(v);
                }
            }
            freeValues(values);
        }
        keysDecref(keys);
    }

    /** Visits every entry in insertion order (borrowed references; the dict must not change meanwhile). */
    public void forEach(long d, EntryVisitor visitor) {
        long keys = keysOf(d);
        if (keys == 0) {
            return;
        }
        long values = valuesOf(d);
        if (values != 0) {
            for (int k = 0, n = valuesOrderCount(values); k < n; k++) {
                int ix = valuesOrderAt(values, k);
                visitor.accept(entryKey(keys, ix), memory.getLong(values + 8L * ix));
            }
            return;
        }
        int kind = kind(keys);
        for (long i = 0, n = nentries(keys); i < n; i++) {
            long v = entryValue(keys, kind, i);
            if (v != 0) {
                visitor.accept(entryKey(keys, kind, i), v);
            }
        }
    }

    /** A key and its stored hash, for insertion without calling {@code __hash__} again. */
    @FunctionalInterface
    interface HashedKeyVisitor {
        void accept(long key, long hash);
    }

    /** Visits every key in insertion order with its stored hash (borrowed; the dict must not change meanwhile). */
    private void forEachHashed(long d, HashedKeyVisitor visitor) {
        long keys = keysOf(d);
        if (keys == 0) {
            return;
        }
        long values = valuesOf(d);
        if (values != 0) {
            for (int k = 0, n = valuesOrderCount(values); k < n; k++) {
                int ix = valuesOrderAt(values, k);
                visitor.accept(entryKey(keys, ix), entryHash(keys, kind(keys), ix));
            }
            return;
        }
        int kind = kind(keys);
        for (long i = 0, n = nentries(keys); i < n; i++) {
            if (entryValue(keys, kind, i) != 0) {
                visitor.accept(entryKey(keys, kind, i), entryHash(keys, kind, i));
            }
        }
    }

    /** {@code dictresize} of an empty dict to 2**log2 slots, str keys only when {@code unicode}. */
    private void presize(long d, int log2, boolean unicode) {
        if (keysOf(d) == 0) {
            memory.putLong(d + MA_KEYS, newKeys(log2, unicode));
            memory.putLong(d + MA_VALUES, 0);
        } else {
            resize(d, log2, unicode);
        }
    }

    /** {@code PyDict_Items}: a new list of {@code d}'s (key, value) tuples, in order. */
    public long itemsList(long d) {
        long list = space.listType.create();
        try {
            forEach(d, (k, v) -> {
                long t = space.tupleType.create(k, v);
                try {
                    space.listType.append(list, t);
                } finally {
                    space.decref(t);
                }
            });
        } catch (RuntimeException e) {
            space.decref(list);
            throw e;
        }
        return list;
    }

    /**
     * {@code DK_SIZE(mp->ma_keys)}: the slots of {@code d}'s hash table; 8 while it has no keys
     * block ({@code Py_EMPTY_KEYS} has {@code dk_log2_size} 3).
     */
    public long keysTableSize(long d) {
        long keys = keysOf(d);
        return 1L << (keys == 0 ? LOG2_MINSIZE : log2Size(keys));
    }

    /**
     * {@code mp->ma_keys}: the address of {@code d}'s keys block, 0 while it has none. A resize
     * (or a clear) puts another block there: what {@code OrderedDict}'s {@code od_resize_sentinel}
     * compares to know that its fast-node table no longer mirrors the entries.
     */
    public long keysBlock(long d) {
        return keysOf(d);
    }

    /**
     * {@code _odict_get_index_raw}: the entry number of {@code key} (whose hash is {@code hash})
     * in {@code d}'s combined table, or {@code dk_nentries}, the number the key would get if it
     * were added now, when it is absent. Always below {@link #keysTableSize}.
     */
    public long entryIndex(long d, long key, long hash) {
        long keys = keysOf(d);
        if (keys == 0) {
            return 0;
        }
        long ix = lookup(d, key, hash);
        keys = keysOf(d);
        return ix != DKIX_EMPTY ? ix : keys == 0 ? 0 : nentries(keys);
    }

    /** {@code dict.__sizeof__} plus the GC header ({@code _PyDict_SizeOf}). */
    @Override
    public long sizeof(long d) {
        long size = Layout.GC_HEAD + SIZE;
        long keys = keysOf(d);
        if (keys == 0) {
            return size;
        }
        if (valuesOf(d) != 0) {
            size += 8 * (nentries(keys) + usable(keys));
        }
        if (memory.getLong(keys + DK_REFCNT) == 1) {
            size += keysSize(keys);
        }
        return size;
    }

    @Override
    public void forEachReferent(long d, LongConsumer visitor) {
        long keys = keysOf(d);
        if (keys == 0) {
            return;
        }
        long n = nentries(keys);
        long values = valuesOf(d);
        if (values != 0) {
            for (long i = 0; i < n; i++) {
                long v = memory.getLong(values + 8 * i);
                if (v != 0) {
                    visitor.accept(v);
                }
            }
            if (memory.getLong(keys + DK_REFCNT) == 1) {
                forEachSharedKey(keys, visitor);
            }
            return;
        }
        int kind = kind(keys);
        for (long i = 0; i < n; i++) {
            long v = entryValue(keys, kind, i);
            if (v != 0) {
                visitor.accept(v);
                visitor.accept(entryKey(keys, kind, i));
            }
        }
    }

    /**
     * Names referent number {@code ordinal} of {@link #forEachReferent}: {@code value ['key']} for a
     * value (the key's repr), {@code key 'key'} for a key.
     */
    @Override
    public String referentName(long d, int ordinal, java.util.function.LongFunction<String> text) {
        long keys = keysOf(d);
        if (keys == 0) {
            return super.referentName(d, ordinal, text);
        }
        long n = nentries(keys);
        long values = valuesOf(d);
        int seen = 0;
        if (values != 0) {
            for (long i = 0; i < n; i++) {
                if (memory.getLong(values + 8 * i) != 0 && seen++ == ordinal) {
                    return "value [" + text.apply(sharedKey(keys, i)) + "]";
                }
            }
            for (long i = 0; i < n; i++) {
                if (seen++ == ordinal) {
                    return "key " + text.apply(sharedKey(keys, i));
                }
            }
            return super.referentName(d, ordinal, text);
        }
        int kind = kind(keys);
        for (long i = 0; i < n; i++) {
            if (entryValue(keys, kind, i) != 0) {
                if (seen++ == ordinal) {
                    return "value [" + text.apply(entryKey(keys, kind, i)) + "]";
                }
                if (seen++ == ordinal) {
                    return "key " + text.apply(entryKey(keys, kind, i));
                }
            }
        }
        return super.referentName(d, ordinal, text);
    }


    /** 3.11's {@code dict_traverse}: a str-keyed (or split) table visits only its values. */
    @Override
    public void traverse(long d, LongConsumer visitor) {
        long keys = keysOf(d);
        if (keys == 0) {
            return;
        }
        long n = nentries(keys);
        long values = valuesOf(d);
        if (values != 0) {
            for (long i = 0; i < n; i++) {
                long v = memory.getLong(values + 8 * i);
                if (v != 0) {
                    visitor.accept(v);
                }
            }
            return;
        }
        int kind = kind(keys);
        for (long i = 0; i < n; i++) {
            long v = entryValue(keys, kind, i);
            if (v != 0) {
                visitor.accept(v);
                if (kind == KIND_GENERAL) {
                    visitor.accept(entryKey(keys, kind, i));
                }
            }
        }
    }

    @Override
    public void dealloc(long d) {
        space.untrack(d);
        long keys = keysOf(d);
        long values = valuesOf(d);
        memory.putLong(d + MA_KEYS, 0);
        memory.putLong(d + MA_VALUES, 0);
        memory.putLong(d + MA_USED, 0);
        if (values != 0) {
            for (long i = 0, n = nentries(keys); i < n; i++) {
                space.xdecref(memory.getLong(values + 8 * i));
            }
            freeValues(values);
        }
        keysDecref(keys);
        // only plain dicts go to the free list (a built-in subtype's instance is larger)
        if (space.typeOf(d) != this || !freeList.offer(d)) {
            space.typeOf(d).tpFree(d);
        }
    }

    /**
     * A dict owns its values array (split) and its keys block; a split dict shares the class's
     * keys and owns them only once it is their last holder (the class died first). Each header is
     * read only once the visitor confirmed it is there; each block is claimed with what the
     * traversal reads of it: the entries up to {@code dk_nentries} (which must fit the table) and,
     * for a split dict, that many value slots.
     */
    @Override
    public boolean forEachOwnedBlock(long d, OwnedBlockVisitor visitor) {
        long keys = keysOf(d);
        long values = valuesOf(d);
        if (keys == 0) {
            return values == 0 || visitor.damaged("ma_values " + Addresses.hex(values) + " without ma_keys");
        }
        if (!visitor.readable(keys, DK_INDICES)) {
            return visitor.damaged("ma_keys " + Addresses.hex(keys) + " is not in an allocated block");
        }
        int log2 = log2Size(keys);
        int log2Bytes = memory.getByte(keys + DK_LOG2_INDEX_BYTES);
        int kind = kind(keys);
        long n = nentries(keys);
        if (log2 < LOG2_MINSIZE || log2 > 48 || log2Bytes < log2 || log2Bytes > log2 + 3 || kind < KIND_GENERAL
                || kind > KIND_SPLIT || n < 0 || n > usableFraction(1L << log2)) {
            return visitor.damaged("keys block " + Addresses.hex(keys) + " has dk_log2_size " + log2 + ", dk_log2_index_bytes "
                    + log2Bytes + ", dk_kind " + kind + " and dk_nentries " + n);
        }
        if (values != 0) {
            if (!visitor.readable(values - 1, 1)) {
                return visitor.damaged("ma_values " + Addresses.hex(values) + " is not in an allocated block");
            }
            int prefix = memory.getByte(values - 1) & 0xFF;
            if (!visitor.owned(values - prefix, prefix + 8 * n)) {
                return false;
            }
        }
        if (values == 0 || memory.getLong(keys + DK_REFCNT) == 1) {
            return visitor.owned(keys, keysSize(keys));
        }
        return true;
    }

    @Override
    public void forEachFreeListEntry(LongConsumer visitor) {
        freeList.forEach(visitor);
    }

    @Override
    public void forEachFreeListBlock(LongConsumer blockVisitor) {
        keysFreeList.forEach(blockVisitor);
    }

    int freeListSize() {
        return freeList.size();
    }

    /**
     * Puts {@code n} fresh 8-slot unicode key tables on the keys free list (as far as it has room): the
     * tables dead dicts of a start-up this runtime did not run would have left there.
     */
    public void stockKeysFreeList(int n) {
        long[] made = new long[n];
        for (int i = 0; i < n; i++) { // all made first: making one takes from the free list
            made[i] = newKeys(LOG2_MINSIZE, true);
        }
        for (long keys : made) {
            recycleOrFree(keys);
        }
    }

    /** Keys blocks kept on the keys free list. */
    int keysFreeListSize() {
        return keysFreeList.size();
    }

    /**
     * {@code untrack_dicts}' test for one dict ({@code _PyDict_MaybeUntrack}, full collections
     * only, after untrack_tuples): a tracked dict none of whose keys or values could be part of a
     * cycle.
     */
    @Override
    public boolean isAtomic(long d, boolean dicts) {
        if (!dicts || !GcHeader.isTracked(memory, d)) {
            return false;
        }
        long keys = keysOf(d);
        if (keys != 0) {
            long n = nentries(keys);
            long values = valuesOf(d);
            int kind = kind(keys);
            for (long i = 0; i < n; i++) {
                long v = values != 0 ? memory.getLong(values + 8 * i) : entryValue(keys, kind, i);
                if (v == 0) {
                    continue;
                }
                if (space.mayBeTracked(v)
                        || (kind == KIND_GENERAL && space.mayBeTracked(entryKey(keys, kind, i)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Frees the dicts (and key tables) kept on the free lists. */
    @Override
    public void clearFreeList() {
        freeList.drain(d -> space.freeGcObject(d, 0));
        keysFreeList.drain(space::free);
    }

    @Override
    public void debugMallocStats(StringBuilder out) {
        MallocStatsReport.freeListLine(out, "free PyDictObject", freeList.size(), SIZE);
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    protected java.util.Set<String> coexisting() {
        return java.util.Set.of("__getitem__", "__contains__"); // METH_COEXIST: dict.__getitem__ is a method
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.NB_OR, SlotWrappers.Slot.NB_INPLACE_OR));
    }

    @Override
    public long hash(long d) {
        throw unhashable();
    }

    /** {@code dict_richcompare}: {@code ==} and {@code !=} between dicts; the orderings are not implemented. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (!check(b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return space.newNotImplemented();
        }
        return space.newBool(dictEqual(a, b) == (op == CompareOp.EQ));
    }

    /** {@code dict_equal}: same length, and every key of {@code a} is in {@code b} with an equal value. */
    private boolean dictEqual(long a, long b) {
        if (a == b) {
            return true;
        }
        if (size(a) != size(b)) {
            return false;
        }
        // a's table is read again at each entry and the entry's key and value held while b is
        // searched and the values compared: either __eq__ may change both dicts
        for (long i = 0; ; i++) {
            long keys = keysOf(a);
            if (keys == 0 || i >= nentries(keys)) {
                return true;
            }
            long values = valuesOf(a);
            int kind = kind(keys);
            long aValue = values != 0 ? memory.getLong(values + 8 * i) : entryValue(keys, kind, i);
            if (aValue == 0) {
                continue;
            }
            long key = entryKey(keys, kind, i);
            long hash = kind == KIND_GENERAL ? memory.getLong(entry(keys, kind, i)) : str.hash(key);
            space.incref(aValue);
            space.incref(key);
            long bValue = 0;
            try {
                long ix = lookup(b, key, hash);
                bValue = ix < 0 ? 0 : valueAt(b, keysOf(b), ix);
                if (bValue == 0) {
                    return false;
                }
                space.incref(bValue);
                if (!Abstract.equal(space, aValue, bValue)) {
                    return false;
                }
            } finally {
                if (bValue != 0) {
                    space.decref(bValue);
                }
                space.decref(key);
                space.decref(aValue);
            }
        }
    }

    // ------------------------------------------------------------------ iteration

    /**
     * {@code dictiter_iternextkey}'s scan: the first position at or after {@code pos} that holds an
     * entry (a split table: the position in its insertion order), or -1 past the last.
     */
    long nextPosition(long d, long pos) {
        long keys = keysOf(d);
        if (keys == 0) {
            return -1;
        }
        long values = valuesOf(d);
        if (values != 0) {
            return pos < valuesOrderCount(values) ? pos : -1;
        }
        int kind = kind(keys);
        for (long i = pos, n = nentries(keys); i < n; i++) {
            if (entryValue(keys, kind, i) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last position at or before {@code pos} holding an entry, or -1 ({@code dictreviter_iternext}'s walk back). */
    long previousPosition(long d, long pos) {
        long keys = keysOf(d);
        if (keys == 0 || pos < 0) {
            return -1;
        }
        if (valuesOf(d) != 0) {
            return pos;
        }
        int kind = kind(keys);
        for (long i = pos; i >= 0; i--) {
            if (entryValue(keys, kind, i) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where a reversed iteration starts: the last used position ({@code ma_used - 1} for a split table, else {@code dk_nentries - 1}). */
    long lastPosition(long d) {
        long keys = keysOf(d);
        if (keys == 0) {
            return -1;
        }
        return valuesOf(d) != 0 ? size(d) - 1 : nentries(keys) - 1;
    }

    /** The key at a position {@link #nextPosition} returned (borrowed). */
    long keyAt(long d, long pos) {
        long keys = keysOf(d);
        long values = valuesOf(d);
        return values != 0 ? entryKey(keys, valuesOrderAt(values, (int) pos)) : entryKey(keys, pos);
    }

    /** The value at a position {@link #nextPosition} returned (borrowed). */
    long valueAtPosition(long d, long pos) {
        long keys = keysOf(d);
        long values = valuesOf(d);
        return values != 0 ? memory.getLong(values + 8L * valuesOrderAt(values, (int) pos)) : entryValue(keys, kind(keys), pos);
    }

    /** {@code {'a': 1, 2: [3]}}, in insertion order; {@code {...}} for a dict inside itself. */
    @Override
    public String repr(long d) {
        if (!Abstract.reprEnter(space, d)) {
            return "{...}";
        }
        try {
            // forEach's order, without its visitor: a frame fewer per nesting level of a deep repr
            StringBuilder s = new StringBuilder("{");
            long keys = keysOf(d);
            long values = valuesOf(d);
            if (values != 0) {
                for (int k = 0, n = valuesOrderCount(values); k < n; k++) {
                    int ix = valuesOrderAt(values, k);
                    appendItem(s, entryKey(keys, ix), memory.getLong(values + 8L * ix));
                }
            } else if (keys != 0) {
                int kind = kind(keys);
                for (long i = 0, n = nentries(keys); i < n; i++) {
                    long v = entryValue(keys, kind, i);
                    if (v != 0) {
                        appendItem(s, entryKey(keys, kind, i), v);
                    }
                }
            }
            return s.append('}').toString();
        } finally {
            Abstract.reprLeave(space, d);
        }
    }

    private void appendItem(StringBuilder s, long key, long value) {
        if (s.length() > 1) {
            s.append(", ");
        }
        s.append(Abstract.repr(space, key)).append(": ").append(Abstract.repr(space, value));
    }

    // ------------------------------------------------------------------ insertion and deletion

    private void insert(long d, long key, long hash, long value) {
        long keys = keysOf(d);
        if (keys == 0) {
            insertToEmpty(d, key, hash, value);
            return;
        }
        if (kind(keys) != KIND_GENERAL && !str.isExact(key)) {
            insertionResize(d, false);
            keys = keysOf(d);
        }
        long ix = lookup(d, key, hash);
        if (keysOf(d) != keys) { // a key's __eq__ changed the table: insert into the one there is now
            keys = keysOf(d);
            if (keys == 0) {
                insertToEmpty(d, key, hash, value);
                return;
            }
            if (kind(keys) != KIND_GENERAL && !str.isExact(key)) {
                insertionResize(d, false);
                keys = keysOf(d);
            }
        }
        maintainTracking(d, key, value);
        long values = valuesOf(d);
        if (ix == DKIX_EMPTY) {
            memory.putInt(keys + DK_VERSION, 0);
            if (usable(keys) <= 0) {
                insertionResize(d, true);
                keys = keysOf(d);
                values = 0;
            }
            int kind = kind(keys);
            long n = nentries(keys);
            setIndex(keys, findEmptySlot(keys, hash), n);
            long e = entry(keys, kind, n);
            space.incref(key);
            space.incref(value);
            if (kind == KIND_GENERAL) {
                memory.putLong(e, hash);
                memory.putLong(e + 8, key);
                memory.putLong(e + 16, value);
            } else {
                memory.putLong(e, key);
                if (values != 0) {
                    valuesAddToOrder(values, (int) n);
                    memory.putLong(values + 8 * n, value);
                } else {
                    memory.putLong(e + 8, value);
                }
            }
            memory.putLong(d + MA_USED, size(d) + 1);
            memory.putLong(d + MA_VERSION_TAG, nextVersion());
            memory.putLong(keys + DK_USABLE, usable(keys) - 1);
            memory.putLong(keys + DK_NENTRIES, n + 1);
            return;
        }
        long old = valueAt(d, keys, ix);
        if (old == value) {
            return;
        }
        space.incref(value);
        if (values != 0) {
            memory.putLong(values + 8 * ix, value);
            if (old == 0) {
                valuesAddToOrder(values, (int) ix);
                memory.putLong(d + MA_USED, size(d) + 1);
            }
        } else {
            int kind = kind(keys);
            memory.putLong(entry(keys, kind, ix) + valueOffset(kind), value);
        }
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        space.xdecref(old);
    }

    /** {@code insert_to_emptydict}: an 8-slot table, unicode when the first key is a str. */
    private void insertToEmpty(long d, long key, long hash, long value) {
        boolean unicode = str.isExact(key);
        long keys = newKeys(LOG2_MINSIZE, unicode);
        memory.putLong(d + MA_KEYS, keys);
        memory.putLong(d + MA_VALUES, 0);
        maintainTracking(d, key, value);
        setIndex(keys, hash & (MINSIZE - 1), 0);
        long e = entry(keys, unicode ? KIND_UNICODE : KIND_GENERAL, 0);
        space.incref(key);
        space.incref(value);
        if (unicode) {
            memory.putLong(e, key);
            memory.putLong(e + 8, value);
        } else {
            memory.putLong(e, hash);
            memory.putLong(e + 8, key);
            memory.putLong(e + 16, value);
        }
        memory.putLong(d + MA_USED, size(d) + 1);
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        memory.putLong(keys + DK_USABLE, usable(keys) - 1);
        memory.putLong(keys + DK_NENTRIES, 1);
    }

    /** {@code MAINTAIN_TRACKING}. */
    private void maintainTracking(long d, long key, long value) {
        if (!GcHeader.isTracked(memory, d) && (space.mayBeTracked(key) || space.mayBeTracked(value))) {
            space.track(d);
        }
    }

    /**
     * {@code delitem_common}: empties entry {@code ix}, releasing the key of a combined table; the
     * value's reference is left to the caller (released by del, returned by pop).
     */
    private void deleteEntry(long d, long keys, long hash, long ix) {
        long slot = lookupSlotOf(keys, hash, ix);
        memory.putLong(d + MA_USED, size(d) - 1);
        memory.putLong(d + MA_VERSION_TAG, nextVersion());
        long values = valuesOf(d);
        if (values != 0) {
            memory.putLong(values + 8 * ix, 0);
            valuesDeleteFromOrder(values, (int) ix);
            return;
        }
        memory.putInt(keys + DK_VERSION, 0);
        setIndex(keys, slot, DKIX_DUMMY);
        int kind = kind(keys);
        long e = entry(keys, kind, ix);
        long oldKey = memory.getLong(e + keyOffset(kind));
        memory.fill(e, entrySize(kind), (byte) 0);
        space.decref(oldKey);
    }

    /** {@code insertion_resize}: a table for {@code used * 3} entries (see the class comment). */
    private void insertionResize(long d, boolean unicode) {
        resize(d, calculateLog2KeySize(3 * size(d)), unicode);
    }

    /** {@code calculate_log2_keysize}. */
    static int calculateLog2KeySize(long minSize) {
        return 64 - Long.numberOfLeadingZeros(((minSize | MINSIZE) - 1) | (MINSIZE - 1));
    }

    /**
     * {@code dictresize}: moves the live entries, in order, into a new table of 2**log2 slots
     * (unicode only if asked and the old one is). A split table becomes combined: its keys are
     * taken with new references, its values moved, the shared keys released and the values
     * array freed. A combined table's references move as they are and its block is freed (or
     * recycled).
     */
    private void resize(long d, int log2, boolean unicode) {
        long oldKeys = keysOf(d);
        long oldValues = valuesOf(d);
        int oldKind = kind(oldKeys);
        if (oldKind == KIND_GENERAL) {
            unicode = false;
        }
        long newKeys = newKeys(log2, unicode);
        int newKind = kind(newKeys);
        long used = size(d);
        if (oldValues != 0) {
            for (int i = 0; i < used; i++) {
                int ix = valuesOrderAt(oldValues, i);
                long key = entryKey(oldKeys, KIND_SPLIT, ix);
                space.incref(key);
                putEntry(newKeys, newKind, i, key, memory.getLong(oldValues + 8L * ix));
            }
        } else {
            long i = 0;
            for (long j = 0, n = nentries(oldKeys); j < n; j++) {
                long v = entryValue(oldKeys, oldKind, j);
                if (v == 0) {
                    continue;
                }
                long key = entryKey(oldKeys, oldKind, j);
                if (oldKind == KIND_GENERAL) {
                    memory.copy(entry(oldKeys, oldKind, j), entry(newKeys, newKind, i), 24);
                } else {
                    putEntry(newKeys, newKind, i, key, v);
                }
                i++;
            }
        }
        for (long i = 0; i < used; i++) {
            setIndex(newKeys, findEmptySlot(newKeys, entryHash(newKeys, newKind, i)), i);
        }
        memory.putLong(newKeys + DK_USABLE, usable(newKeys) - used);
        memory.putLong(newKeys + DK_NENTRIES, used);
        memory.putLong(d + MA_KEYS, newKeys);
        memory.putLong(d + MA_VALUES, 0);
        if (oldValues != 0) {
            keysDecref(oldKeys);
            freeValues(oldValues);
        } else {
            recycleOrFree(oldKeys);
        }
    }

    private void putEntry(long keys, int kind, long i, long key, long value) {
        long e = entry(keys, kind, i);
        if (kind == KIND_GENERAL) {
            memory.putLong(e, str.hash(key));
            memory.putLong(e + 8, key);
            memory.putLong(e + 16, value);
        } else {
            memory.putLong(e, key);
            memory.putLong(e + 8, value);
        }
    }

    // ------------------------------------------------------------------ probing

    /**
     * {@code _Py_dict_lookup}: the entry number of {@code key} in {@code d}'s table (read again by
     * the caller: it may not be the one there was), or {@link #DKIX_EMPTY}. A key compared by its
     * {@code __eq__} is held during the call, and when the call replaced the dict's table or the
     * entry's key the search starts again on the table there is now, as CPython's does: the old
     * table or key may be gone.
     */
    private long lookup(long d, long key, long hash) {
        restart:
        for (;;) {
            long keys = keysOf(d);
            if (keys == 0) {
                return DKIX_EMPTY;
            }
            int kind = kind(keys);
            boolean strKey = kind != KIND_GENERAL && str.isExact(key);
            long mask = mask(keys);
            long i = hash & mask;
            long perturb = hash;
            for (;;) {
                long ix = getIndex(keys, i);
                if (ix >= 0) {
                    long e = entry(keys, kind, ix);
                    long keyAt = kind == KIND_GENERAL ? e + 8 : e;
                    long k = memory.getLong(keyAt);
                    if (k == key) {
                        return ix;
                    }
                    long entryHash = kind == KIND_GENERAL ? memory.getLong(e) : str.hash(k);
                    if (entryHash == hash) {
                        if (strKey) { // a str-keyed table holds exact strs only: no Python code runs
                            if (str.equal(k, key)) {
                                return ix;
                            }
                        } else {
                            space.incref(k);
                            boolean equal;
                            try {
                                equal = Abstract.equal(space, k, key);
                            } finally {
                                space.decref(k);
                            }
                            if (keysOf(d) != keys || memory.getLong(keyAt) != k) {
                                continue restart;
                            }
                            if (equal) {
                                return ix;
                            }
                        }
                    }
                } else if (ix == DKIX_EMPTY) {
                    return DKIX_EMPTY;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + perturb + 1) & mask;
            }
        }
    }

    /**
     * {@link #lookup} in a class's shared keys, whose keys are exact strs (no dict to start again
     * from); a name of a str subclass is compared by its {@code __eq__}.
     */
    private long lookupInKeys(long keys, long name, long hash) {
        boolean exact = str.isExact(name);
        long mask = mask(keys);
        long i = hash & mask;
        long perturb = hash;
        for (;;) {
            long ix = getIndex(keys, i);
            if (ix >= 0) {
                long k = entryKey(keys, kind(keys), ix);
                if (k == name || (str.hash(k) == hash && (exact ? str.equal(k, name) : Abstract.equal(space, k, name)))) {
                    return ix;
                }
            } else if (ix == DKIX_EMPTY) {
                return DKIX_EMPTY;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** {@link #lookup} for a str key given as Java text ({@code hash} from {@link StrType#hashText}). */
    private long lookupText(long keys, String text, long hash) {
        int kind = kind(keys);
        long mask = mask(keys);
        long i = hash & mask;
        long perturb = hash;
        for (;;) {
            long ix = getIndex(keys, i);
            if (ix >= 0) {
                long e = entry(keys, kind, ix);
                if (kind == KIND_GENERAL) {
                    long k = memory.getLong(e + 8);
                    if (memory.getLong(e) == hash && str.isExact(k) && str.contentEquals(k, text)) {
                        return ix;
                    }
                } else {
                    long k = memory.getLong(e);
                    if (str.hash(k) == hash && str.contentEquals(k, text)) {
                        return ix;
                    }
                }
            } else if (ix == DKIX_EMPTY) {
                return DKIX_EMPTY;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** {@code find_empty_slot}: the first EMPTY or DUMMY slot of {@code hash}'s probe sequence. */
    private long findEmptySlot(long keys, long hash) {
        long mask = mask(keys);
        long i = hash & mask;
        long perturb = hash;
        while (getIndex(keys, i) >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    /** {@code lookdict_index}: the slot holding entry number {@code ix}. */
    private long lookupSlotOf(long keys, long hash, long ix) {
        long mask = mask(keys);
        long i = hash & mask;
        long perturb = hash;
        for (;;) {
            long found = getIndex(keys, i);
            if (found == ix) {
                return i;
            }
            if (found == DKIX_EMPTY) {
                throw new HeapCorruptionError("dict keys block at " + dev.pyheap.api.Addresses.hex(keys)
                        + " has no slot for entry " + ix, keys);
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    // ------------------------------------------------------------------ keys blocks

    /** {@code USABLE_FRACTION}: entries a table of {@code n} slots holds. */
    static long usableFraction(long n) {
        return (n << 1) / 3;
    }

    private static long entrySize(int kind) {
        return kind == KIND_GENERAL ? 24 : 16;
    }

    private static int keyOffset(int kind) {
        return kind == KIND_GENERAL ? 8 : 0;
    }

    private static int valueOffset(int kind) {
        return kind == KIND_GENERAL ? 16 : 8;
    }

    /** {@code new_keys_object}: refcount 1, all slots EMPTY, entries zeroed. */
    private long newKeys(int log2, boolean unicode) {
        long usable = usableFraction(1L << log2);
        int log2Bytes = log2 < 8 ? log2 : log2 < 16 ? log2 + 1 : log2 < 32 ? log2 + 2 : log2 + 3;
        long entryBytes = entrySize(unicode ? KIND_UNICODE : KIND_GENERAL) * usable;
        long keys = log2 == LOG2_MINSIZE && unicode ? keysFreeList.poll() : 0;
        if (keys == 0) {
            keys = space.allocate(DK_INDICES + (1L << log2Bytes) + entryBytes);
        }
        memory.putLong(keys + DK_REFCNT, 1);
        memory.putByte(keys + DK_LOG2_SIZE, (byte) log2);
        memory.putByte(keys + DK_LOG2_INDEX_BYTES, (byte) log2Bytes);
        memory.putByte(keys + DK_KIND, (byte) (unicode ? KIND_UNICODE : KIND_GENERAL));
        memory.putByte(keys + DK_KIND + 1, (byte) 0);
        memory.putInt(keys + DK_VERSION, 0);
        memory.putLong(keys + DK_USABLE, usable);
        memory.putLong(keys + DK_NENTRIES, 0);
        memory.fill(keys + DK_INDICES, 1L << log2Bytes, (byte) 0xFF);
        memory.fill(keys + DK_INDICES + (1L << log2Bytes), entryBytes, (byte) 0);
        return keys;
    }

    /** {@code _PyDict_KeysSize}. */
    private long keysSize(long keys) {
        return DK_INDICES + (1L << memory.getByte(keys + DK_LOG2_INDEX_BYTES))
                + usableFraction(1L << log2Size(keys)) * entrySize(kind(keys));
    }

    private void keysIncref(long keys) {
        memory.putLong(keys + DK_REFCNT, memory.getLong(keys + DK_REFCNT) + 1);
    }

    /** {@code dictkeys_decref}: the last holder releases the entries in order ({@code free_keys_object}). */
    void keysDecref(long keys) {
        if (keys == 0) {
            return;
        }
        long count = memory.getLong(keys + DK_REFCNT) - 1;
        memory.putLong(keys + DK_REFCNT, count);
        if (count > 0) {
            return;
        }
        int kind = kind(keys);
        for (long i = 0, n = nentries(keys); i < n; i++) {
            long e = entry(keys, kind, i);
            space.xdecref(memory.getLong(e + keyOffset(kind)));
            space.xdecref(memory.getLong(e + valueOffset(kind)));
        }
        recycleOrFree(keys);
    }

    /** An 8-slot unicode block goes to the keys free list while it has room; any other is freed. */
    private void recycleOrFree(long keys) {
        if (log2Size(keys) == LOG2_MINSIZE && kind(keys) == KIND_UNICODE && keysFreeList.offer(keys)) {
            return;
        }
        space.free(keys);
    }

    private int log2Size(long keys) {
        return memory.getByte(keys + DK_LOG2_SIZE);
    }

    private long mask(long keys) {
        return (1L << log2Size(keys)) - 1;
    }

    private int kind(long keys) {
        return memory.getByte(keys + DK_KIND);
    }

    private long usable(long keys) {
        return memory.getLong(keys + DK_USABLE);
    }

    private long nentries(long keys) {
        return memory.getLong(keys + DK_NENTRIES);
    }

    private long entry(long keys, int kind, long ix) {
        return keys + DK_INDICES + (1L << memory.getByte(keys + DK_LOG2_INDEX_BYTES)) + ix * entrySize(kind);
    }

    private long entryKey(long keys, long ix) {
        return entryKey(keys, kind(keys), ix);
    }

    private long entryKey(long keys, int kind, long ix) {
        return memory.getLong(entry(keys, kind, ix) + keyOffset(kind));
    }

    private long entryValue(long keys, int kind, long ix) {
        return memory.getLong(entry(keys, kind, ix) + valueOffset(kind));
    }

    private long entryHash(long keys, int kind, long ix) {
        long e = entry(keys, kind, ix);
        return kind == KIND_GENERAL ? memory.getLong(e) : str.hash(memory.getLong(e));
    }

    /** The value of entry {@code ix} of {@code d} (0 for a split table's slot this dict has not set). */
    private long valueAt(long d, long keys, long ix) {
        long values = valuesOf(d);
        return values != 0 ? memory.getLong(values + 8 * ix) : entryValue(keys, kind(keys), ix);
    }

    /** {@code dictkeys_get_index}: slots are signed 1, 2, 4 or 8 bytes by table size. */
    private long getIndex(long keys, long i) {
        int log2 = log2Size(keys);
        long base = keys + DK_INDICES;
        if (log2 < 8) {
            return memory.getByte(base + i);
        } else if (log2 < 16) {
            return memory.getShort(base + 2 * i);
        } else if (log2 < 32) {
            return memory.getInt(base + 4 * i);
        }
        return memory.getLong(base + 8 * i);
    }

    private void setIndex(long keys, long i, long ix) {
        int log2 = log2Size(keys);
        long base = keys + DK_INDICES;
        if (log2 < 8) {
            memory.putByte(base + i, (byte) ix);
        } else if (log2 < 16) {
            memory.putShort(base + 2 * i, (short) ix);
        } else if (log2 < 32) {
            memory.putInt(base + 4 * i, (int) ix);
        } else {
            memory.putLong(base + 8 * i, ix);
        }
    }

    // ------------------------------------------------------------------ shared keys (classes)

    /**
     * {@code _PyDict_NewKeysForClass}: a class's shared keys, 64 slots of kind split, with
     * {@code dk_usable} set to 30 (one is taken before each new instance). The class holds the
     * one reference.
     */
    long newSharedKeys() {
        long keys = newKeys(SHARED_KEYS_LOG2_SIZE, true);
        memory.putLong(keys + DK_USABLE, ClassType.SHARED_KEYS_MAX_SIZE);
        memory.putByte(keys + DK_KIND, (byte) KIND_SPLIT);
        return keys;
    }

    /** The slot of attribute {@code name} in shared keys, or -1. */
    int sharedKeysIndex(long keys, String name) {
        long ix = lookupText(keys, name, str.hashText(name));
        return (int) ix;
    }

    /** The slot of attribute {@code name} (a str) in shared keys, or -1. */
    int sharedKeysIndex(long keys, long name) {
        return (int) lookupInKeys(keys, name, str.hash(name));
    }

    /**
     * {@code insert_into_dictkeys} for a heap str name: its slot, added (the keys take a reference
     * to the interned name) when absent and the keys have room; -1 when they are full.
     */
    int sharedKeysInsert(long keys, long name) {
        long hash = str.hash(name);
        long ix = lookupInKeys(keys, name, hash);
        if (ix >= 0) {
            return (int) ix;
        }
        if (usable(keys) <= 0) {
            return -1;
        }
        long key = str.intern(space.newRef(name));
        memory.putInt(keys + DK_VERSION, 0);
        long n = nentries(keys);
        setIndex(keys, findEmptySlot(keys, hash), n);
        memory.putLong(entry(keys, KIND_SPLIT, n), key);
        memory.putLong(keys + DK_USABLE, usable(keys) - 1);
        memory.putLong(keys + DK_NENTRIES, n + 1);
        return (int) n;
    }

    /**
     * {@code insert_into_dictkeys}: the slot of {@code name}, added (as an interned str held by
     * the keys) when absent and the keys have room; -1 when they are full.
     */
    int sharedKeysInsert(long keys, String name) {
        long hash = str.hashText(name);
        long ix = lookupText(keys, name, hash);
        if (ix >= 0) {
            return (int) ix;
        }
        if (usable(keys) <= 0) {
            return -1;
        }
        boolean made = !space.interned.containsKey(name);
        long key = str.literalName(name);
        if (made) {
            space.attributeNamesMade.add(key);
        }
        str.hash(key);
        memory.putInt(keys + DK_VERSION, 0);
        long n = nentries(keys);
        setIndex(keys, findEmptySlot(keys, hash), n);
        memory.putLong(entry(keys, KIND_SPLIT, n), key);
        memory.putLong(keys + DK_USABLE, usable(keys) - 1);
        memory.putLong(keys + DK_NENTRIES, n + 1);
        return (int) n;
    }

    /** {@code init_inline_values}' first step: a new instance takes one from {@code dk_usable} while it is above 1. */
    void sharedKeysReserve(long keys) {
        long usable = usable(keys);
        if (usable > 1) {
            memory.putLong(keys + DK_USABLE, usable - 1);
        }
    }

    /** {@code shared_keys_usable_size}: {@code nentries + usable}, the slots a new values array needs. */
    long sharedKeysUsableSize(long keys) {
        return nentries(keys) + usable(keys);
    }

    /** Attribute names in the shared keys. */
    long sharedKeysCount(long keys) {
        return nentries(keys);
    }

    /** The name in slot {@code ix} (borrowed str). */
    long sharedKey(long keys, long ix) {
        return entryKey(keys, KIND_SPLIT, ix);
    }

    /** Visits the names the shared keys hold (counted references of the block). */
    /** The text of shared key number {@code ix}, for messages. */
    String sharedKeyName(long keys, int ix) {
        return space.strType.value(entryKey(keys, KIND_SPLIT, ix));
    }

    /**
     * For the sanity checker: a class's shared keys block, its header read once the visitor
     * confirmed it, then claimed with everything the class's traversal reads ({@code dk_nentries}
     * names).
     */
    boolean forEachSharedKeysBlock(long keys, OwnedBlockVisitor visitor) {
        if (!visitor.readable(keys, DK_INDICES)) {
            return visitor.damaged("shared keys " + Addresses.hex(keys) + " are not in an allocated block");
        }
        long n = nentries(keys);
        if (log2Size(keys) != SHARED_KEYS_LOG2_SIZE || kind(keys) != KIND_SPLIT || n < 0
                || n > usableFraction(1L << SHARED_KEYS_LOG2_SIZE)) {
            return visitor.damaged("shared keys " + Addresses.hex(keys) + " have dk_log2_size " + log2Size(keys) + ", dk_kind "
                    + kind(keys) + " and dk_nentries " + n);
        }
        return visitor.owned(keys, SHARED_KEYS_BYTES);
    }

    void forEachSharedKey(long keys, LongConsumer visitor) {
        for (long i = 0, n = nentries(keys); i < n; i++) {
            visitor.accept(entryKey(keys, KIND_SPLIT, i));
        }
    }

    /**
     * {@code make_dict_from_instance_attributes}: a split dict taking over an instance's values
     * array, sharing {@code keys} (one more holder), tracked when a value may be tracked. New
     * reference.
     */
    long fromInstanceValues(long keys, long values) {
        long used = 0;
        boolean track = false;
        for (long i = 0, n = sharedKeysUsableSize(keys); i < n; i++) {
            long v = memory.getLong(values + 8 * i);
            if (v != 0) {
                used++;
                track |= space.mayBeTracked(v);
            }
        }
        long d = newDict(keys, values, used);
        keysIncref(keys);
        if (track) {
            space.track(d);
        }
        return d;
    }

    // ------------------------------------------------------------------ values arrays

    /** {@code new_values}: an array of {@code size} empty slots after its order prefix; returns the slots' address. */
    long newValues(long size) {
        int prefix = Layout.align8((int) size + 2);
        long block = space.allocate(prefix + 8 * size);
        long values = block + prefix;
        // Word stores only, each byte written once (every instance of a class with a managed dict
        // makes one of these): the prefix's last word holds the order's count (0, at values - 2)
        // and the prefix's size (at values - 1), little-endian as Memory is; then the empty slots.
        for (long at = block; at < values - 8; at += 8) {
            memory.putLong(at, 0);
        }
        memory.putLong(values - 8, (long) prefix << 56);
        for (long at = values, end = values + 8 * size; at < end; at += 8) {
            memory.putLong(at, 0);
        }
        return values;
    }

    /** {@code free_values}. */
    void freeValues(long values) {
        space.free(valuesBlock(values));
    }

    /** The allocator block of a values array. */
    long valuesBlock(long values) {
        return values - (memory.getByte(values - 1) & 0xFF);
    }

    /** How many slots are set. */
    int valuesOrderCount(long values) {
        return memory.getByte(values - 2) & 0xFF;
    }

    /** The slot set {@code k}-th. */
    int valuesOrderAt(long values, int k) {
        return memory.getByte(values - 3 - k) & 0xFF;
    }

    /** {@code _PyDictValues_AddToInsertionOrder}. */
    void valuesAddToOrder(long values, int ix) {
        int count = valuesOrderCount(values);
        memory.putByte(values - 3 - count, (byte) ix);
        memory.putByte(values - 2, (byte) (count + 1));
    }

    /** {@code delete_index_from_values}: removes slot {@code ix} from the order, closing the gap. */
    void valuesDeleteFromOrder(long values, int ix) {
        int count = valuesOrderCount(values);
        int k = 0;
        while (valuesOrderAt(values, k) != ix) {
            k++;
        }
        for (; k < count - 1; k++) {
            memory.putByte(values - 3 - k, memory.getByte(values - 4 - k));
        }
        memory.putByte(values - 2, (byte) (count - 1));
    }
}
