package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.DictType;
import dev.pyheap.runtime.objects.Layout;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * {@code collections.OrderedDict} (Objects/odictobject.c's {@code PyODictObject}): a dict plus a
 * doubly linked list of nodes that holds the order, so that {@code move_to_end} and
 * {@code popitem(last=False)} need not rebuild the dict.
 *
 * <h2>Layout</h2>
 * <pre>
 *   dict's fields (+0 .. +48)
 *   +48 od_first  +56 od_last            (nodes; 0 when empty)
 *   +64 od_fast_nodes  +72 od_fast_nodes_size   (PyMem array of the dict's table size)
 *   +80 od_resize_sentinel (the table size the array was made for)
 *   +88 od_state (bumped when a node is added or removed: iterators notice)
 *   +96 od_inst_dict  +104 od_weakreflist                              (112 bytes)
 *
 *   node (32 bytes, PyMem_Malloc): +0 key (owned)  +8 hash  +16 next  +24 prev
 * </pre>
 * <ol>
 * <li>Setting a new key inserts it in the dict, then links a new node at the end; when the dict's
 *     table has another size than {@code od_fast_nodes}, the array is reallocated to it.
 * <li>Deleting a key deletes it from the dict, then unlinks and frees its node.
 * <li>{@code sys.getsizeof} is the dict's, plus the 64 bytes of fields, plus 8 per fast-node slot,
 *     plus 32 per node: 128 for an empty OrderedDict, 408 for three str keys.
 * </ol>
 * The node of a key is found by walking the list (CPython indexes {@code od_fast_nodes} by the
 * key's slot in the dict's table); the array is kept at CPython's size, so sizes and PyMem use are
 * the same.
 */
final class OrderedDictType extends PyType {
    private static final int FIRST = DictType.SIZE, LAST = FIRST + 8, FAST_NODES = LAST + 8, FAST_SIZE = FAST_NODES + 8,
            SENTINEL = FAST_SIZE + 8, STATE = SENTINEL + 8, INST_DICT = STATE + 8, WEAKLIST = INST_DICT + 8,
            SIZE = WEAKLIST + 8;
    private static final int KEY = 0, HASH = 8, NEXT = 16, PREV = 24, NODE_SIZE = 32;

    private final DictType dict;
    final OdictIterType iterType;

    OrderedDictType(ObjectSpace space) {
        super(space, "collections.OrderedDict", space.dictType, BASETYPE | HAVE_GC | DICT_SUBCLASS | MAPPING, SIZE, 0);
        this.dict = space.dictType;
        iterType = space.register(new OdictIterType(space, this));
        defineMethod("move_to_end", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("key", "last").range(0, 2);
            long key = required(a, 0, "key", "move_to_end");
            long last = a.either(1, "last");
            moveToEnd(self, key, last == 0 || Abstract.isTrue(space, last));
            return space.newNone();
        });
        defineMethod("popitem", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("last").range(0, 1);
            long last = a.either(0, "last");
            return popitem(self, last == 0 || Abstract.isTrue(space, last));
        });
        defineMethod("pop", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("key", "default").range(0, 2);
            long key = required(a, 0, "key", "pop");
            long dflt = a.either(1, "default");
            if (!dict.contains(self, key)) {
                if (dflt != 0) {
                    return space.newRef(dflt);
                }
                throw new PyException("KeyError", Abstract.repr(space, key));
            }
            long value = dict.getItem(self, key);
            try {
                setItem(self, key, 0);
            } catch (RuntimeException e) {
                space.decref(value);
                throw e;
            }
            return value;
        });
        defineMethod("setdefault", (PyMethod.WithKeywords) (self, a) -> {
            a.keywords("key", "default").range(0, 2);
            long key = required(a, 0, "key", "setdefault");
            long d = a.either(1, "default");
            if (d == 0) {
                d = space.none;
            }
            if (dict.contains(self, key)) {
                return Abstract.getItem(space, self, key);
            }
            Abstract.setItem(space, self, key, d);
            return space.newRef(d);
        });
        defineMethod("update", (PyMethod.WithKeywords) (self, a) -> {
            if (a.nargs > 1) {
                throw new PyException("TypeError", "update() takes at most 1 positional argument (" + a.nargs + " given)");
            }
            long kwargs = a.keywordCount() == 0 ? 0 : a.kwargsDict();
            try {
                update(self, a.optional(0), kwargs);
            } finally {
                space.xdecref(kwargs);
            }
            return space.newNone();
        });
        defineMethod("clear", (self, args) -> {
            Args.none("clear", args);
            clear(self);
            return space.newNone();
        });
        defineMethod("copy", (self, args) -> {
            Args.none("copy", args);
            long copy = Abstract.call(space, space.typeOf(self).typeObject());
            try {
                for (long node = memory.getLong(self + FIRST); node != 0; node = memory.getLong(node + NEXT)) {
                    long key = memory.getLong(node + KEY);
                    long value = dict.getItem(self, key);
                    try {
                        Abstract.setItem(space, copy, key, value);
                    } finally {
                        space.decref(value);
                    }
                }
            } catch (RuntimeException e) {
                space.decref(copy);
                throw e;
            }
            return copy;
        });
        defineMethod("__reversed__", (self, args) -> {
            Args.none("__reversed__", args);
            return iterType.create(self, OdictIterType.KEYS, true);
        });
        defineMethod("__sizeof__", (self, args) -> {
            Args.none("__sizeof__", args);
            return space.newInt(sizeof(self) - Layout.GC_HEAD);
        });
        // odict_reduce: (type, (), instance dict or None, None, iter(self.items()))
        defineMethod("__reduce__", (self, args) -> {
            Args.none("__reduce__", args);
            long empty = space.tupleType.create();
            long it = iterType.create(self, OdictIterType.ITEMS, false);
            try {
                return space.tupleType.create(space.typeOf(self).typeObject(), empty, space.none, space.none, it);
            } finally {
                space.decref(empty);
                space.decref(it);
            }
        });
    }

    @Override
    protected java.util.List<String> slotWrappers() {
        return java.util.List.of("__repr__", "__init__", "__iter__", "__setitem__", "__delitem__", "__eq__", "__ne__",
                "__or__", "__ror__", "__ior__");
    }

    /** A required positional-or-keyword parameter, with Argument Clinic's message when missing. */
    private static long required(CallArguments a, int i, String name, String function) {
        long v = a.either(i, name);
        if (v == 0) {
            throw new PyException("TypeError", function + "() missing required argument '" + name + "' (pos " + (i + 1) + ")");
        }
        return v;
    }

    // ---------------------------------------------------------------- the list

    private long state(long o) {
        return memory.getLong(o + STATE);
    }

    private void bump(long o) {
        memory.putLong(o + STATE, state(o) + 1);
    }

    long first(long o) {
        return memory.getLong(o + FIRST);
    }

    long last(long o) {
        return memory.getLong(o + LAST);
    }

    static int nextOffset(boolean reversed) {
        return reversed ? PREV : NEXT;
    }

    /** The node of {@code key}, or 0 ({@code _odict_find_node}). */
    long findNode(long o, long key) {
        long hash = Abstract.hash(space, key);
        for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
            long k = memory.getLong(node + KEY);
            if (k == key || memory.getLong(node + HASH) == hash && Abstract.richCompareBool(space, k, key, CompareOp.EQ)) {
                return node;
            }
        }
        return 0;
    }

    /** {@code _odict_add_new_node}: a node for {@code key} linked at the end. */
    private void addNode(long o, long key) {
        long node = space.allocate(NODE_SIZE);
        memory.putLong(node + KEY, space.newRef(key));
        memory.putLong(node + HASH, Abstract.hash(space, key));
        memory.putLong(node + NEXT, 0);
        long last = last(o);
        memory.putLong(node + PREV, last);
        if (last == 0) {
            memory.putLong(o + FIRST, node);
        } else {
            memory.putLong(last + NEXT, node);
        }
        memory.putLong(o + LAST, node);
        bump(o);
    }

    private void unlink(long o, long node) {
        long prev = memory.getLong(node + PREV), next = memory.getLong(node + NEXT);
        memory.putLong(prev == 0 ? o + FIRST : prev + NEXT, next);
        memory.putLong(next == 0 ? o + LAST : next + PREV, prev);
    }

    /** {@code _odict_clear_node}: unlinks and frees {@code node}, releasing its key. */
    private void removeNode(long o, long node) {
        unlink(o, node);
        long key = memory.getLong(node + KEY);
        space.free(node);
        bump(o);
        space.decref(key);
    }

    /** {@code _odict_resize}: {@code od_fast_nodes} follows the dict's table size. */
    private void resizeFastNodes(long o) {
        long size = dict.keysTableSize(o);
        if (size == memory.getLong(o + FAST_SIZE)) {
            return;
        }
        long old = memory.getLong(o + FAST_NODES);
        long fast = space.allocate(8 * size);
        for (long i = 0; i < size; i++) {
            memory.putLong(fast + 8 * i, 0);
        }
        memory.putLong(o + FAST_NODES, fast);
        memory.putLong(o + FAST_SIZE, size);
        memory.putLong(o + SENTINEL, size);
        if (old != 0) {
            space.free(old);
        }
    }

    /** Frees every node and the fast-node array ({@code _odict_clear_nodes}). */
    private void clearNodes(long o) {
        long fast = memory.getLong(o + FAST_NODES);
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
            long key = memory.getLong(node + KEY);
            space.free(node);
            space.decref(key);
            node = next;
        }
    }

    // ---------------------------------------------------------------- the operations

    private void moveToEnd(long o, long key, boolean last) {
        long node = findNode(o, key);
        if (node == 0) {
            throw new PyException("KeyError", Abstract.repr(space, key));
        }
        if (last ? node == last(o) : node == first(o)) {
            return;
        }
        unlink(o, node);
        if (last) {
            long tail = last(o);
            memory.putLong(node + PREV, tail);
            memory.putLong(node + NEXT, 0);
            memory.putLong(tail + NEXT, node);
            memory.putLong(o + LAST, node);
        } else {
            long head = first(o);
            memory.putLong(node + NEXT, head);
            memory.putLong(node + PREV, 0);
            memory.putLong(head + PREV, node);
            memory.putLong(o + FIRST, node);
        }
    }

    private long popitem(long o, boolean last) {
        long node = last ? last(o) : first(o);
        if (node == 0) {
            throw new PyException("KeyError", "dictionary is empty");
        }
        long key = space.newRef(memory.getLong(node + KEY));
        try {
            long value = dict.getItem(o, key);
            try {
                setItem(o, key, 0);
                return space.tupleType.create(key, value);
            } finally {
                space.decref(value);
            }
        } finally {
            space.decref(key);
        }
    }

    /**
     * {@code mutablemapping_update}: a dict's items, else the keys() of an object that has them,
     * else items(), else an iterable of pairs; then the keywords. Each goes through
     * {@code self[key] = value}, so a subclass's {@code __setitem__} sees them.
     */
    private void update(long self, long other, long kwargs) {
        if (other != 0) {
            long pairs;
            if (space.typeOf(other).isSubtypeOf(dict) && space.typeOf(other) == dict) {
                pairs = Abstract.callMethod(space, other, "items", PyType.NO_ARGS);
            } else if (Abstract.hasAttr(space, other, "keys")) {
                long keys = Abstract.callMethod(space, other, "keys", PyType.NO_ARGS);
                long it = 0;
                try {
                    it = Abstract.getIter(space, keys);
                    for (long k = Abstract.iterNext(space, it); k != 0; k = Abstract.iterNext(space, it)) {
                        long v = 0;
                        try {
                            v = Abstract.getItem(space, other, k);
                            Abstract.setItem(space, self, k, v);
                        } finally {
                            space.xdecref(v);
                            space.decref(k);
                        }
                    }
                } finally {
                    space.xdecref(it);
                    space.decref(keys);
                }
                pairs = 0;
            } else if (Abstract.hasAttr(space, other, "items")) {
                pairs = Abstract.callMethod(space, other, "items", PyType.NO_ARGS);
            } else {
                pairs = space.newRef(other);
            }
            if (pairs != 0) {
                try {
                    setPairs(self, pairs);
                } finally {
                    space.decref(pairs);
                }
            }
        }
        if (kwargs != 0 && dict.size(kwargs) > 0) {
            long items = Abstract.callMethod(space, kwargs, "items", PyType.NO_ARGS);
            try {
                setPairs(self, items);
            } finally {
                space.decref(items);
            }
        }
    }

    private void setPairs(long self, long pairs) {
        long it = Abstract.getIter(space, pairs);
        try {
            for (long pair = Abstract.iterNext(space, it); pair != 0; pair = Abstract.iterNext(space, it)) {
                long list = 0;
                try {
                    list = Abstract.sequenceList(space, pair);
                    if (space.listType.size(list) != 2) {
                        throw new PyException("ValueError", "need 2 items per pair");
                    }
                    Abstract.setItem(space, self, space.listType.item(list, 0), space.listType.item(list, 1));
                } finally {
                    space.xdecref(list);
                    space.decref(pair);
                }
            }
        } finally {
            space.decref(it);
        }
    }

    // ---------------------------------------------------------------- construction

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long o = dict.createSubtype(this, SIZE); // a subclass adopts it (ClassType.tpNew)
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

    // ---------------------------------------------------------------- dict's slots, with the list

    @Override
    public long getItem(long o, long key) {
        return dict.getItem(o, key);
    }

    /** {@code PyODict_SetItem} / {@code PyODict_DelItem}. */
    @Override
    public void setItem(long o, long key, long value) {
        if (value == 0) {
            long node = findNode(o, key);
            dict.setItem(o, key, 0);
            if (node != 0) {
                removeNode(o, node);
            }
            return;
        }
        boolean had = dict.contains(o, key);
        dict.setItem(o, key, value);
        if (!had) {
            addNode(o, key);
            resizeFastNodes(o);
        }
    }

    @Override
    public long length(long o) {
        return dict.length(o);
    }

    @Override
    public boolean isTrue(long o) {
        return dict.isTrue(o);
    }

    @Override
    public boolean contains(long o, long key) {
        return dict.contains(o, key);
    }

    @Override
    public long iter(long o) {
        return iterType.create(o, OdictIterType.KEYS, false);
    }

    /** {@code odict_richcompare}: two OrderedDicts are equal when their items are, in the same order. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && space.typeOf(b).isSubtypeOf(this)) {
            long res = dict.richCompare(a, b, CompareOp.EQ);
            if (res == space.trueObject) {
                space.decref(res);
                boolean same = sameOrder(a, b);
                return space.newBool(same == (op == CompareOp.EQ));
            }
            if (op == CompareOp.NE && res == space.falseObject) {
                space.decref(res);
                return space.newBool(true);
            }
            return res;
        }
        return dict.richCompare(a, b, op);
    }

    private boolean sameOrder(long a, long b) {
        long na = first(a), nb = first(b);
        while (na != 0 && nb != 0) {
            if (!Abstract.richCompareBool(space, memory.getLong(na + KEY), memory.getLong(nb + KEY), CompareOp.EQ)) {
                return false;
            }
            na = memory.getLong(na + NEXT);
            nb = memory.getLong(nb + NEXT);
        }
        return na == 0 && nb == 0;
    }

    @Override
    public long hash(long o) {
        return dict.hash(o);
    }

    /** {@code odict_or}: {@code type(od)(left)} updated with {@code right}. */
    @Override
    public long binaryOp(long v, long w, BinaryOp op) {
        if (op != BinaryOp.OR) {
            return dict.binaryOp(v, w, op);
        }
        boolean left = space.typeOf(v).isSubtypeOf(this);
        long other = left ? w : v;
        if (!space.typeOf(other).isSubtypeOf(dict)) {
            return space.newNotImplemented();
        }
        long result = Abstract.call(space, (left ? space.typeOf(v) : space.typeOf(w)).typeObject(), new long[] {v});
        try {
            update(result, w, 0);
        } catch (RuntimeException e) {
            space.decref(result);
            throw e;
        }
        return result;
    }

    @Override
    public long inplaceOp(long v, long w, BinaryOp op) {
        if (op != BinaryOp.OR) {
            return dict.inplaceOp(v, w, op);
        }
        update(v, w, 0);
        return space.newRef(v);
    }

    /** {@code odict_repr} (3.11): {@code OrderedDict([(key, value), ...])}, or {@code OrderedDict()}. */
    @Override
    public String repr(long o) {
        String typeName = space.typeOf(o).name;
        typeName = typeName.substring(typeName.lastIndexOf('.') + 1);
        if (first(o) == 0) {
            return typeName + "()";
        }
        if (!Abstract.reprEnter(space, o)) {
            return "...";
        }
        try {
            List<String> items = new ArrayList<>();
            for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
                long key = memory.getLong(node + KEY);
                long value = dict.getItem(o, key);
                try {
                    items.add("(" + Abstract.repr(space, key) + ", " + Abstract.repr(space, value) + ")");
                } finally {
                    space.decref(value);
                }
            }
            return typeName + "([" + String.join(", ", items) + "])";
        } finally {
            Abstract.reprLeave(space, o);
        }
    }

    /** {@code odict_sizeof}: the dict's, the extra fields, the fast-node array and the nodes. */
    @Override
    public long sizeof(long o) {
        long n = 0;
        for (long node = first(o); node != 0; node = memory.getLong(node + NEXT)) {
            n++;
        }
        return dict.sizeof(o) + (SIZE - DictType.SIZE) + 8 * memory.getLong(o + FAST_SIZE) + NODE_SIZE * n;
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void traverse(long o, LongConsumer visitor) {
        dict.traverse(o, visitor);
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        dict.forEachReferent(o, visitor);
    }

    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        long fast = memory.getLong(o + FAST_NODES);
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

    @Override
    public void clear(long o) {
        clearNodes(o);
        bump(o);
        dict.clear(o);
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        clearNodes(o);
        dict.dealloc(o);
    }

    /** A node's key (borrowed). */
    long key(long node) {
        return memory.getLong(node + KEY);
    }

    long next(long node, boolean reversed) {
        return memory.getLong(node + nextOffset(reversed));
    }

    long stateOf(long o) {
        return state(o);
    }

    DictType dictType() {
        return dict;
    }
}
