package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.DictType;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * {@code collections.OrderedDict} (Objects/odictobject.c's {@code PyODictObject}): a dict plus a
 * doubly linked list of nodes that holds the order, so that {@code move_to_end} and
 * {@code popitem(last=False)} need not rebuild the dict.
 *
 * <h2>Layout</h2>
 * <pre>
 *   dict's fields (+0 .. +48)
 *   +48 od_first  +56 od_last                  the list's ends (nodes; 0 when empty)
 *   +64 od_fast_nodes  +72 od_fast_nodes_size  PyMem array of node pointers, one per slot of the dict's table
 *   +80 od_resize_sentinel                     the dict's keys block the array was made for
 *   +88 od_state                               bumped whenever the list changes: iterators notice
 *   +96 od_inst_dict  +104 od_weakreflist      tp_dictoffset 96, tp_weaklistoffset 104   (112 bytes)
 *
 *   node (32 bytes, PyMem_Malloc): +0 key (counted)  +8 hash  +16 next  +24 prev
 * </pre>
 *
 * <h2>Finding a key's node in O(1) ({@code _odict_get_index}, {@code _odict_find_node})</h2>
 * {@code od_fast_nodes[i]} is the node of the key in entry {@code i} of the dict's table (entries
 * keep their numbers until the dict resizes).
 * <ol>
 * <li>If the dict's keys block is not the sentinel, or the array is not the table's size, the
 *     dict resized (or was cleared) since: {@code _odict_resize} makes a new array of
 *     {@code DK_SIZE} slots and files each node of the list under its key's entry number.
 * <li>The key's entry number is the dict's lookup ({@link DictType#entryIndex}), with the hash
 *     the node keeps; an absent key gets {@code dk_nentries}, where no node is.
 * </ol>
 * Setting a new key inserts it in the dict first, then files a node at the end of the list under
 * its entry; deleting clears the node first (its slot emptied, unlinked, its key released, freed),
 * then deletes from the dict. {@code sys.getsizeof} is the dict's, plus the 64 bytes of fields,
 * plus 8 per fast-node slot, plus 32 per item: 128 for an empty OrderedDict, 408 for three str keys.
 *
 * <h2>Collection</h2>
 * Always tracked (as any dict subclass). Traversal visits the instance dict, the nodes' keys and
 * the dict's entries ({@code odict_traverse}), so a key held by a node is no outside reference.
 */
final class OrderedDictType extends DictSubtype {
    private static final int FIRST = DictType.SIZE, LAST = FIRST + 8, FAST_NODES = LAST + 8, FAST_SIZE = FAST_NODES + 8,
            SENTINEL = FAST_SIZE + 8, STATE = SENTINEL + 8, INST_DICT = STATE + 8, WEAKLIST = INST_DICT + 8,
            SIZE = WEAKLIST + 8;
    private static final int KEY = 0, HASH = 8, NEXT = 16, PREV = 24, NODE_SIZE = 32;

    final OdictIterType iterType;
    private final OdictViewType keysType, valuesType, itemsType;

    OrderedDictType(ObjectSpace space) {
        super(space, "collections.OrderedDict", SIZE);
        iterType = space.register(new OdictIterType(space, this));
        keysType = space.register(new OdictViewType(space, "odict_keys", space.dictKeysType, iterType, OdictIterType.KEYS));
        valuesType = space.register(new OdictViewType(space, "odict_values", space.dictValuesType, iterType, OdictIterType.VALUES));
        itemsType = space.register(new OdictViewType(space, "odict_items", space.dictItemsType, iterType, OdictIterType.ITEMS));
        defineMethod("move_to_end", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "key", "last");
            moveToEnd(self, p[0], p[1] == 0 || Abstract.isTrue(space, p[1]));
            return space.newNone();
        });
        defineMethod("popitem", (PyMethod.WithKeywords) (self, a) -> {
            long last = a.unpack(0, "last")[0];
            return popitem(self, last == 0 || Abstract.isTrue(space, last));
        });
        defineMethod("pop", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "key", "default");
            return pop(self, p[0], Abstract.hash(space, p[0]), p[1]);
        });
        defineMethod("setdefault", (PyMethod.WithKeywords) (self, a) -> {
            long[] p = a.unpack(1, "key", "default");
            return setdefault(self, p[0], p[1] == 0 ? space.none : p[1]);
        });
        defineMethod("update", (PyMethod.WithKeywords) (self, a) -> {
            if (a.nargs > 1) {
                throw new PyException("TypeError", "update() takes at most 1 positional argument (" + a.nargs + " given)");
            }
            long kwargs = a.kwargsDict();
            try {
                update(self, a.optional(0), kwargs);
            } finally {
                space.xdecref(kwargs);
            }
            return space.newNone();
        });
        defineMethod("clear", (self, args) -> {
            Args.none("OrderedDict.clear", args);
            dict.clear(self);
            clearNodes(self);
            return space.newNone();
        });
        defineMethod("copy", (self, args) -> {
            Args.none("OrderedDict.copy", args);
            return copy(self);
        });
        defineMethod("keys", (self, args) -> {
            Args.none("OrderedDict.keys", args);
            return keysType.create(self);
        });
        defineMethod("values", (self, args) -> {
            Args.none("OrderedDict.values", args);
            return valuesType.create(self);
        });
        defineMethod("items", (self, args) -> {
            Args.none("OrderedDict.items", args);
            return itemsType.create(self);
        });
        defineMethod("__reversed__", (self, args) -> {
            Args.none("OrderedDict.__reversed__", args);
            return iterType.create(self, OdictIterType.KEYS, true);
        });
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("OrderedDict.__sizeof__", args);
            return space.newInt(sizeof(self) - Layout.GC_HEAD);
        });
        defineMethod("__reduce__", (self, args) -> {
            Args.none("OrderedDict.__reduce__", args);
            return reduce(self);
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return java.util.EnumSet.of(SlotWrappers.Slot.TP_REPR, SlotWrappers.Slot.TP_RICHCOMPARE, SlotWrappers.Slot.TP_ITER,
                SlotWrappers.Slot.TP_INIT, SlotWrappers.Slot.MP_ASS_SUBSCRIPT, SlotWrappers.Slot.NB_OR,
                SlotWrappers.Slot.NB_INPLACE_OR);
    }

    /** {@code OrderedDict.fromkeys(iterable, value=None)} (a class method taking keywords) and {@code __dict__}. */
    @Override
    protected void fillDict() {
        putClassMethod("fromkeys", (self, args, nargs, kwnames) -> {
            long cls = space.memory.getLong(args);
            long[] p = new CallArguments(space, "fromkeys", args + 8, Abstract.nargs(nargs) - 1, kwnames).unpack(1, "iterable", "value");
            return dict.fromKeys(cls, p[0], p[1] == 0 ? space.none : p[1]);
        });
        putInDict("__dict__", space.getSetDescrType.create(this, "__dict__", o -> space.newRef(ownDict(o, INST_DICT)),
                (o, v) -> setOwnDict(o, INST_DICT, v)));
    }

    /** {@code PyODict_CheckExact}. */
    private boolean checkExact(long o) {
        return space.typeOf(o) == this;
    }

    // ---------------------------------------------------------------- the list

    long first(long o) {
        return memory.getLong(o + FIRST);
    }

    long last(long o) {
        return memory.getLong(o + LAST);
    }

    /** A node's key (borrowed). */
    long key(long node) {
        return memory.getLong(node + KEY);
    }

    /** The node after {@code node} in the iteration's direction, or 0. */
    long next(long node, boolean reversed) {
        return memory.getLong(node + (reversed ? PREV : NEXT));
    }

    /** {@code od_state}. */
    long state(long o) {
        return memory.getLong(o + STATE);
    }

    private void bump(long o) {
        memory.putLong(o + STATE, state(o) + 1);
    }

    private long fastNodes(long o) {
        return memory.getLong(o + FAST_NODES);
    }

    /** {@code _odict_resize}: a fast-node array of the dict's table size, each node filed under its key's entry. */
    private void resize(long o) {
        long size = dict.keysTableSize(o);
        long fast = space.allocate(8 * size);
        memory.fill(fast, 8 * size, (byte) 0);
        try {
            for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
                memory.putLong(fast + 8 * dict.entryIndex(o, key(node), memory.getLong(node + HASH)), node);
            }
        } catch (RuntimeException e) {
            space.free(fast);
            throw e;
        }
        long old = fastNodes(o);
        memory.putLong(o + FAST_NODES, fast);
        memory.putLong(o + FAST_SIZE, size);
        memory.putLong(o + SENTINEL, dict.keysBlock(o));
        if (old != 0) {
            space.free(old);
        }
    }

    /** {@code _odict_get_index}: the fast-node slot of {@code key}, the array first brought in line with the dict's table. */
    private long index(long o, long key, long hash) {
        if (memory.getLong(o + SENTINEL) != dict.keysBlock(o) || memory.getLong(o + FAST_SIZE) != dict.keysTableSize(o)) {
            resize(o);
        }
        return dict.entryIndex(o, key, hash);
    }

    /** The address of {@code key}'s slot in the fast-node array. */
    private long slot(long o, long key, long hash) {
        long i = index(o, key, hash);
        return fastNodes(o) + 8 * i;
    }

    /** {@code _odict_find_node_hash}: the node of {@code key}, or 0. */
    private long findNode(long o, long key, long hash) {
        return first(o) == 0 ? 0 : memory.getLong(slot(o, key, hash));
    }

    /** {@code _odict_find_node}. */
    long findNode(long o, long key) {
        return first(o) == 0 ? 0 : findNode(o, key, Abstract.hash(space, key));
    }

    private void addHead(long o, long node) {
        long head = first(o);
        memory.putLong(node + PREV, 0);
        memory.putLong(node + NEXT, head);
        memory.putLong(head == 0 ? o + LAST : head + PREV, node);
        memory.putLong(o + FIRST, node);
        bump(o);
    }

    private void addTail(long o, long node) {
        long tail = last(o);
        memory.putLong(node + PREV, tail);
        memory.putLong(node + NEXT, 0);
        memory.putLong(tail == 0 ? o + FIRST : tail + NEXT, node);
        memory.putLong(o + LAST, node);
        bump(o);
    }

    /** {@code _odict_remove_node}: unlinks {@code node}. */
    private void removeNode(long o, long node) {
        long prev = memory.getLong(node + PREV), next = memory.getLong(node + NEXT);
        memory.putLong(prev == 0 ? o + FIRST : prev + NEXT, next);
        memory.putLong(next == 0 ? o + LAST : next + PREV, prev);
        memory.putLong(node + PREV, 0);
        memory.putLong(node + NEXT, 0);
        bump(o);
    }

    /** {@code _odict_add_new_node}: a node for {@code key} (now in the dict) at the end, unless it has one. */
    private void addNewNode(long o, long key, long hash) {
        long slot = slot(o, key, hash);
        if (memory.getLong(slot) != 0) {
            return;
        }
        long node = space.allocate(NODE_SIZE);
        memory.putLong(node + KEY, space.newRef(key));
        memory.putLong(node + HASH, hash);
        addTail(o, node);
        memory.putLong(slot, node);
    }

    /** {@code _odict_clear_node}: the node of {@code key} ({@code node} when known) unfiled, unlinked and freed. */
    private void clearNode(long o, long node, long key, long hash) {
        if (first(o) == 0) {
            return;
        }
        long slot = slot(o, key, hash);
        if (node == 0) {
            node = memory.getLong(slot);
            if (node == 0) {
                return;
            }
        }
        memory.putLong(slot, 0);
        removeNode(o, node);
        freeNode(node);
    }

    /** {@code _odictnode_DEALLOC}: the key released, then the node freed. */
    private void freeNode(long node) {
        long key = key(node);
        space.decref(key);
        space.free(node);
    }

    /** {@code _odict_clear_nodes}: frees the fast-node array and every node (the state is not bumped). */
    private void clearNodes(long o) {
        long fast = fastNodes(o);
        memory.putLong(o + FAST_NODES, 0);
        memory.putLong(o + FAST_SIZE, 0);
        memory.putLong(o + SENTINEL, 0);
        if (fast != 0) {
            space.free(fast);
        }
        long node = first(o);
        memory.putLong(o + FIRST, 0);
        memory.putLong(o + LAST, 0);
        while (node != 0) {
            long next = memory.getLong(node + NEXT);
            freeNode(node);
            node = next;
        }
    }

    // ---------------------------------------------------------------- the operations

    /** {@code _PyODict_SetItem_KnownHash}: into the dict, then a node for a new key (the dict's insert undone if that fails). */
    private void setItem(long o, long key, long value, long hash) {
        dict.setItem(o, key, value);
        try {
            addNewNode(o, key, hash);
        } catch (RuntimeException e) {
            dict.delItem(o, key);
            throw e;
        }
    }

    /** {@code OrderedDict_move_to_end_impl}: the last (or first) node is left alone when it holds {@code key} itself. */
    private void moveToEnd(long o, long key, boolean last) {
        if (first(o) == 0) {
            throw space.exceptions.setObject("KeyError", key);
        }
        long end = last ? last(o) : first(o);
        if (key(end) == key) {
            return;
        }
        long node = findNode(o, key);
        if (node == 0) {
            throw space.exceptions.setObject("KeyError", key);
        }
        if (node != end) {
            removeNode(o, node);
            if (last) {
                addTail(o, node);
            } else {
                addHead(o, node);
            }
        }
    }

    /**
     * {@code _odict_popkey_hash}: the node cleared first (no resize can move it meanwhile), then the
     * value taken from the dict; {@code dflt} (or KeyError) when absent. New reference.
     */
    private long pop(long o, long key, long hash, long dflt) {
        long node = findNode(o, key, hash);
        if (node != 0) {
            clearNode(o, node, key, hash);
            long value = dict.pop(o, key);
            if (value != 0) {
                return value;
            }
        }
        if (dflt != 0) {
            return space.newRef(dflt);
        }
        throw space.exceptions.setObject("KeyError", key);
    }

    /** {@code OrderedDict_popitem_impl}: {@code (key, value)} of the last (or first) node. */
    private long popitem(long o, boolean last) {
        long node = last ? last(o) : first(o);
        if (node == 0) {
            throw space.exceptions.keyError("dictionary is empty");
        }
        long key = space.newRef(key(node));
        try {
            long value = pop(o, key, memory.getLong(node + HASH), 0);
            try {
                return space.tupleType.create(key, value);
            } finally {
                space.decref(value);
            }
        } finally {
            space.decref(key);
        }
    }

    /** {@code OrderedDict_setdefault_impl}: the dict directly for an OrderedDict, the subscript protocol for a subclass. */
    private long setdefault(long o, long key, long dflt) {
        if (checkExact(o)) {
            long v = dict.get(o, key);
            if (v != 0) {
                return space.newRef(v);
            }
            setItem(o, key, dflt);
            return space.newRef(dflt);
        }
        if (Abstract.contains(space, o, key)) {
            return Abstract.getItem(space, o, key);
        }
        Abstract.setItem(space, o, key, dflt);
        return space.newRef(dflt);
    }

    /** {@code odict_copy}: the items in order into {@code type(od)()} (the subscript protocol for a subclass). */
    private long copy(long o) {
        boolean exact = checkExact(o);
        long copy = exact ? tpNew(this, 0, 0) : Abstract.call(space, space.typeOf(o).typeObject());
        try {
            for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
                long key = key(node);
                if (exact) {
                    long value = dict.get(o, key);
                    if (value == 0) {
                        throw space.exceptions.setObject("KeyError", key);
                    }
                    setItem(copy, key, value, memory.getLong(node + HASH));
                } else {
                    copyItem(copy, o, key);
                }
            }
        } catch (RuntimeException e) {
            space.decref(copy);
            throw e;
        }
        return copy;
    }

    /** {@code dst[key] = src[key]}, through both objects' subscript slots. */
    private void copyItem(long dst, long src, long key) {
        long value = Abstract.getItem(space, src, key);
        try {
            Abstract.setItem(space, dst, key, value);
        } finally {
            space.decref(value);
        }
    }

    /** {@code odict_reduce}: {@code (type(od), (), od.__getstate__(), None, iter(od.items()))}. */
    private long reduce(long o) {
        long state = 0, args = 0, items = 0, it = 0;
        try {
            state = Abstract.callMethod(space, o, "__getstate__", NO_ARGS);
            args = space.tupleType.create();
            items = Abstract.callMethod(space, o, "items", NO_ARGS);
            it = Abstract.getIter(space, items);
            return space.tupleType.create(space.typeOf(o).typeObject(), args, state, space.none, it);
        } finally {
            space.xdecref(state);
            space.xdecref(args);
            space.xdecref(items);
            space.xdecref(it);
        }
    }

    /** {@code mutablemapping_update}: the positional argument ({@code mutablemapping_update_arg}), then the keywords' items. */
    private void update(long self, long other, long kwargs) {
        if (other != 0) {
            updateArg(self, other);
        }
        if (kwargs != 0 && dict.size(kwargs) > 0) {
            addPairs(self, dict.itemsList(kwargs));
        }
    }

    /**
     * {@code mutablemapping_update_arg}: a dict's items; else the {@code keys()} of an object that
     * has them, each key's value by subscript; else its {@code items()}; else pairs. Each goes
     * through {@code self[key] = value}, so a subclass's {@code __setitem__} sees them.
     */
    private void updateArg(long self, long arg) {
        if (dict.checkExact(arg)) {
            addPairs(self, dict.itemsList(arg));
            return;
        }
        long keysMethod = Abstract.lookupAttr(space, arg, "keys");
        if (keysMethod != 0) {
            long keys;
            try {
                keys = Abstract.call(space, keysMethod);
            } finally {
                space.decref(keysMethod);
            }
            long it;
            try {
                it = Abstract.getIter(space, keys);
            } finally {
                space.decref(keys);
            }
            try {
                for (long k = Abstract.iterNext(space, it); k != 0; k = Abstract.iterNext(space, it)) {
                    try {
                        copyItem(self, arg, k);
                    } finally {
                        space.decref(k);
                    }
                }
            } finally {
                space.decref(it);
            }
            return;
        }
        long itemsMethod = Abstract.lookupAttr(space, arg, "items");
        if (itemsMethod != 0) {
            long items;
            try {
                items = Abstract.call(space, itemsMethod);
            } finally {
                space.decref(itemsMethod);
            }
            addPairs(self, items);
            return;
        }
        addPairs(self, space.newRef(arg));
    }

    /** {@code mutablemapping_add_pairs}: {@code self[k] = v} for each 2-item iterable of {@code pairs} (a reference this call releases). */
    private void addPairs(long self, long pairs) {
        long it;
        try {
            it = Abstract.getIter(space, pairs);
        } finally {
            space.decref(pairs);
        }
        try {
            for (long pair = Abstract.iterNext(space, it); pair != 0; pair = Abstract.iterNext(space, it)) {
                long pairIt = 0, key = 0, value = 0;
                try {
                    pairIt = Abstract.getIter(space, pair);
                    key = Abstract.iterNext(space, pairIt);
                    if (key == 0) {
                        throw new PyException("ValueError", "need more than 0 values to unpack");
                    }
                    value = Abstract.iterNext(space, pairIt);
                    if (value == 0) {
                        throw new PyException("ValueError", "need more than 1 value to unpack");
                    }
                    long unexpected = Abstract.iterNext(space, pairIt);
                    if (unexpected != 0) {
                        space.decref(unexpected);
                        throw new PyException("ValueError", "too many values to unpack (expected 2)");
                    }
                    Abstract.setItem(space, self, key, value);
                } finally {
                    space.decref(pair);
                    space.xdecref(pairIt);
                    space.xdecref(key);
                    space.xdecref(value);
                }
            }
        } finally {
            space.decref(it);
        }
    }

    // ---------------------------------------------------------------- construction

    /** {@code dict_new} (OrderedDict has no {@code tp_new} of its own): tracked, as every dict subclass's instance. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (subtype != this) {
            return dict.tpNew(subtype, args, kwargs);
        }
        long o = dict.createSubtype(this, SIZE);
        space.track(o);
        return o;
    }

    /** {@code odict_init}: at most one positional argument, then the keywords, as {@code update}. */
    @Override
    public void tpInit(long self, long args, long kwargs) {
        int n = (int) space.tupleType.size(args);
        if (n > 1) {
            throw new PyException("TypeError", "expected at most 1 arguments, got " + n);
        }
        update(self, n == 0 ? 0 : space.tupleType.item(args, 0), kwargs);
    }

    @Override
    public boolean isCallable() {
        return false;
    }

    @Override
    public long dictOffset() {
        return INST_DICT;
    }

    @Override
    public int weaklistOffset() {
        return WEAKLIST;
    }

    @Override
    protected long instanceAttr(long o, long name) {
        long d = memory.getLong(o + INST_DICT);
        return d == 0 ? 0 : dict.get(d, name);
    }

    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        setInOwnDict(o, INST_DICT, name, value);
        return true;
    }

    // ---------------------------------------------------------------- dict's slots, with the list


    /** {@code odict_mp_ass_sub}: {@code PyODict_SetItem}, or ({@code value} 0) {@code PyODict_DelItem}. */
    @Override
    public void setItem(long o, long key, long value) {
        long hash = Abstract.hash(space, key);
        if (value != 0) {
            setItem(o, key, value, hash);
            return;
        }
        clearNode(o, 0, key, hash);
        dict.setItem(o, key, 0);
    }





    @Override
    public long iter(long o) {
        return iterType.create(o, OdictIterType.KEYS, false);
    }

    /** {@code odict_richcompare}: equal OrderedDicts hold equal keys in the same order; against a dict, dict's answer. */
    @Override
    public long richCompare(long v, long w, CompareOp op) {
        if (!space.typeOf(v).isSubtypeOf(this) || !dict.check(w) || op != CompareOp.EQ && op != CompareOp.NE) {
            return space.newNotImplemented();
        }
        long cmp = dict.richCompare(v, w, op);
        if (!space.typeOf(w).isSubtypeOf(this) || cmp == (op == CompareOp.EQ ? space.falseObject : space.trueObject)) {
            return cmp;
        }
        space.decref(cmp);
        return space.newBool(keysEqual(v, w) == (op == CompareOp.EQ));
    }

    /** {@code _odict_keys_equal}. */
    private boolean keysEqual(long a, long b) {
        long na = first(a), nb = first(b);
        while (na != 0 && nb != 0) {
            if (!Abstract.richCompareBool(space, key(na), key(nb), CompareOp.EQ)) {
                return false;
            }
            na = memory.getLong(na + NEXT);
            nb = memory.getLong(nb + NEXT);
        }
        return na == 0 && nb == 0;
    }



    /** {@code odict_or}: {@code type(od)(left)} updated with {@code right}, when the other operand is a dict. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (op != BinaryOp.OR) {
            return space.newNotImplemented();
        }
        boolean left = space.typeOf(v).isSubtypeOf(this);
        if (!dict.check(left ? w : v)) {
            return space.newNotImplemented();
        }
        long result = Abstract.call(space, (left ? space.typeOf(v) : space.typeOf(w)).typeObject(), new long[] {v});
        try {
            updateArg(result, w);
        } catch (RuntimeException e) {
            space.decref(result);
            throw e;
        }
        return result;
    }

    /** {@code odict_inplace_or}: {@code mutablemapping_update_arg}, any argument {@code update} takes. */
    @Override
    public long inplaceOp(long v, long w, BinaryOp op) {
        if (op != BinaryOp.OR) {
            return space.newNotImplemented();
        }
        updateArg(v, w);
        return space.newRef(v);
    }

    /** {@code odict_repr} (3.11): {@code OrderedDict([(key, value), ...])}, or {@code OrderedDict()}; a subclass's through its {@code items()}. */
    @Override
    public String repr(long o) {
        String typeName = space.typeOf(o).name;
        typeName = typeName.substring(typeName.lastIndexOf('.') + 1);
        if (dict.size(o) == 0) {
            return typeName + "()";
        }
        if (!Abstract.reprEnter(space, o)) {
            return "...";
        }
        long pieces = 0;
        try {
            if (checkExact(o)) {
                pieces = space.listType.create();
                for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
                    long key = key(node);
                    long value = dict.get(o, key);
                    if (value == 0) {
                        throw space.exceptions.setObject("KeyError", key);
                    }
                    long pair = space.tupleType.create(key, value);
                    try {
                        space.listType.append(pieces, pair);
                    } finally {
                        space.decref(pair);
                    }
                }
            } else {
                long items = Abstract.callMethod(space, o, "items", NO_ARGS);
                try {
                    pieces = Abstract.sequenceList(space, items);
                } finally {
                    space.decref(items);
                }
            }
            return typeName + "(" + Abstract.repr(space, pieces) + ")";
        } finally {
            space.xdecref(pieces);
            Abstract.reprLeave(space, o);
        }
    }

    /** {@code odict_sizeof} plus the GC header: the dict's, the fields, the fast-node array and a node per item. */
    @Override
    public long sizeof(long o) {
        long nodes = first(o) == 0 ? 0 : NODE_SIZE * dict.size(o);
        return dict.sizeof(o) + (SIZE - DictType.SIZE) + 8 * memory.getLong(o + FAST_SIZE) + nodes;
    }

    // ---------------------------------------------------------------- lifecycle

    /** {@code odict_traverse}: the instance dict, the nodes' keys, then the dict's entries. */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        visitOwn(o, visitor);
        dict.traverse(o, visitor);
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        visitOwn(o, visitor);
        dict.forEachReferent(o, visitor);
    }

    private void visitOwn(long o, LongConsumer visitor) {
        long instDict = memory.getLong(o + INST_DICT);
        if (instDict != 0) {
            visitor.accept(instDict);
        }
        for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
            visitor.accept(key(node));
        }
    }

    @Override
    public String referentName(long o, int ordinal, LongFunction<String> text) {
        int seen = 0;
        if (memory.getLong(o + INST_DICT) != 0 && seen++ == ordinal) {
            return "__dict__";
        }
        for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
            if (seen++ == ordinal) {
                return "node key " + text.apply(key(node));
            }
        }
        return dict.referentName(o, ordinal - seen, text);
    }

    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        long fast = fastNodes(o);
        if (fast != 0 && !visitor.owned(fast, 8 * memory.getLong(o + FAST_SIZE))) {
            return false;
        }
        for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
            if (!visitor.owned(node, NODE_SIZE)) {
                return false;
            }
        }
        return dict.forEachOwnedBlock(o, visitor);
    }

    /** {@code odict_tp_clear}: the instance dict, the dict's entries, then the nodes. */
    @Override
    public void clear(long o) {
        long instDict = memory.getLong(o + INST_DICT);
        memory.putLong(o + INST_DICT, 0);
        space.xdecref(instDict);
        dict.clear(o);
        clearNodes(o);
    }

    /** {@code odict_dealloc}: the instance dict, the weakrefs, the nodes, then dict's deallocation. */
    @Override
    public void dealloc(long o) {
        space.untrack(o);
        long instDict = memory.getLong(o + INST_DICT);
        memory.putLong(o + INST_DICT, 0);
        space.xdecref(instDict);
        if (memory.getLong(o + WEAKLIST) != 0) {
            space.clearWeakrefs(o);
        }
        clearNodes(o);
        dict.dealloc(o);
    }

    /** The dict part's value for {@code key} (borrowed), or 0: {@code PyODict_GetItem}. */
    long value(long o, long key) {
        return dict.get(o, key);
    }
}
