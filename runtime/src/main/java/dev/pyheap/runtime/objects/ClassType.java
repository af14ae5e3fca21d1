package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * A class made at run time ({@code class Person: pass}) and the behaviour of its instances, laid
 * out as CPython 3.11 lays out instances of a heap type with a managed dict.
 *
 * <h2>Instances</h2>
 * <pre>
 *   block ─► -32 dict pointer    0 until __dict__ is asked for (then the values move into it)
 *            -24 values pointer  the attribute values array, 0 once a dict exists
 *            -16 PyGC_Head
 *   id(x) ─►  +0 ob_refcnt  +8 ob_type (this class, counted)  +16 weakref list head
 * </pre>
 * {@code sys.getsizeof} is 56 (basic size 24 + GC header 16 + pre-header 16). Attribute values do
 * not live in a dict object: they live in a values array whose keys are shared by every instance
 * of the class.
 *
 * <h2>Shared keys and values arrays (3.11's split dict without the dict)</h2>
 * The class owns shared keys: a keys block of split kind ({@link DictType}, 768 bytes) holding the
 * attribute names in the order first set on any instance, at most {@link #SHARED_KEYS_MAX_SIZE},
 * with a budget {@code usable} that starts at 30.
 * <pre>
 *  values block:  [ order prefix, P bytes ][ slot 0 ][ slot 1 ] ... [ slot size-1 ]
 *                                          ^ values pointer
 *  values[-1] = P (prefix bytes)   values[-2] = number of set attributes   values[-3 - k] = slot of the k-th set
 * </pre>
 * <ol>
 * <li>Making an instance takes one from {@code usable} (while it is above 1) and sizes the array
 *     at {@code size = nentries + usable} slots, prefix {@code P = round_up(size + 2, 8)}. So the
 *     first instances of a class get room for up to 30 attributes and later ones only for the
 *     names already known plus one: 16 bytes for an empty class, 40 for three attributes, as
 *     tracemalloc measures in CPython.
 * <li>Setting a new name adds it to the keys ({@code nentries++}, {@code usable--}); its slot is
 *     below every existing array's size, because {@code nentries + usable} only ever shrinks.
 * <li>When {@code __dict__} is asked for, or a new name finds the keys full ({@code usable == 0}),
 *     the values array becomes the values of a split dict sharing the class's keys
 *     ({@link DictType#fromInstanceValues}); from then on the dict is used (and may turn into a
 *     combined one, see DictType).
 * </ol>
 * Slots never move: names are only ever added to the shared keys. {@link #slotCache} maps names
 * already found to their slot, so attribute access costs a Java map lookup, as before the keys
 * moved into the heap.
 * Attributes are released in slot order when the instance dies, after its finalizer ran and its
 * weak references were cleared (CPython's {@code subtype_dealloc}).
 *
 * <h2>Attributes through the slots</h2>
 * {@link #lookupAttr} and {@link #setAttr} are {@code PyObject_GenericGetAttr} and
 * {@code PyObject_GenericSetAttr} for a managed dict: {@code __dict__}, then the type's own
 * attributes (none yet: class attributes come with the interpreter, through {@code _PyType_Lookup}),
 * then the instance's values or dict. {@code __del__} is the type's {@code tp_finalize}.
 *
 * <h2>The class object</h2>
 * A heap type object, tracked, of which {@code sys.getsizeof} is 1688: CPython counts the 904
 * bytes of {@code PyHeapTypeObject}, the GC header and the 768 bytes of the shared keys. Here the
 * shared keys are their own block, so the type object itself takes the rest (1688 - 16 - 768).
 * The class holds its name and one reference to its shared keys (which hold the names); it
 * reports the names as its referents. Each instance holds a counted reference to its class, so a
 * class outlives its instances (a materialised {@code __dict__} may outlive it: it holds the
 * shared keys, not the class); when it dies its slot in the space's type table is cleared.
 */
public final class ClassType extends PyType {
    static final int BASIC_SIZE = 24;
    static final int WEAKLIST = 16;
    /** Where a class object keeps the head of the weakrefs to it. */
    static final int CLASS_WEAKLIST = 32;
    /** {@code SHARED_KEYS_MAX_SIZE}: attribute names a class's shared keys can hold. */
    static final int SHARED_KEYS_MAX_SIZE = 30;
    /** Bytes of the type object without its GC header: CPython's getsizeof less the shared keys block. */
    static final int TYPE_OBJECT_SIZE = Layout.HEAP_TYPE_SIZE - DictType.SHARED_KEYS_BYTES;

    /** Java behaviour of {@code __del__}, or null. */
    private final InstanceFinalizer finalizer;
    private long nameStr;
    /** {@code ht_cached_keys}: the shared keys block. */
    private long sharedKeys;
    /** Attribute name to slot, for names found in the shared keys (a cache: slots never move). */
    private final Map<String, Integer> slotCache = new HashMap<>();

    /** A class's {@code __del__} in Java: called with the GIL held, the instance alive (borrowed). */
    @FunctionalInterface
    public interface InstanceFinalizer {
        void finalize(long self);
    }

    private ClassType(ObjectSpace space, String name, InstanceFinalizer finalizer) {
        super(space, name, null, HEAPTYPE | BASETYPE | HAVE_GC | MANAGED_DICT, BASIC_SIZE, 0);
        this.finalizer = finalizer;
    }

    /** {@code class name: ...} ({@code type_new}): a new class object. New reference to its type object. */
    public static ClassType create(ObjectSpace space, String name, InstanceFinalizer finalizer) {
        ClassType c = space.register(new ClassType(space, name, finalizer));
        long t;
        try {
            c.sharedKeys = space.dictType.newSharedKeys();
        } catch (RuntimeException e) {
            space.unregister(c);
            throw e;
        }
        try {
            t = space.newGcObject(space.typeType, TYPE_OBJECT_SIZE, 0);
        } catch (RuntimeException e) {
            space.dictType.keysDecref(c.sharedKeys);
            space.unregister(c);
            throw e;
        }
        space.memory.fill(t + Layout.OB_SIZE, TYPE_OBJECT_SIZE - Layout.OB_SIZE, (byte) 0);
        space.memory.putInt(t + Layout.TYPE_INDEX, c.index());
        c.bind(c.index(), t);
        c.nameStr = space.strType.literal(name);
        space.memory.putLong(t + Layout.TYPE_NAME, c.nameStr);
        space.track(t);
        return c;
    }

    // ------------------------------------------------------------------ instances

    /** {@code C()} ({@code type_call} with the default {@code __new__} and {@code __init__}): no arguments. */
    @Override
    public long newInstance(long[] args) {
        if (args.length != 0) {
            throw new PyException("TypeError", name + "() takes no arguments");
        }
        return instantiate();
    }

    /** {@code C()}: a new tracked instance with no attributes. New reference. */
    long instantiate() {
        DictType dicts = space.dictType;
        dicts.sharedKeysReserve(sharedKeys);
        long values = dicts.newValues(dicts.sharedKeysUsableSize(sharedKeys));
        long o;
        try {
            o = space.newGcObject(this, BASIC_SIZE, Layout.PRE_HEADER);
        } catch (RuntimeException e) {
            dicts.freeValues(values);
            throw e;
        }
        memory.putLong(o + WEAKLIST, 0);
        memory.putLong(o + Layout.DICT_PTR, 0);
        memory.putLong(o + Layout.VALUES_PTR, values);
        space.incref(typeObject());
        space.track(o);
        return o;
    }

    private long values(long o) {
        return memory.getLong(o + Layout.VALUES_PTR);
    }

    private long dict(long o) {
        return memory.getLong(o + Layout.DICT_PTR);
    }

    @Override
    public int preHeader() {
        return Layout.PRE_HEADER;
    }

    /** {@code getattr(o, name)} ({@code PyObject_GenericGetAttr}): a new reference, or 0 when there is none. */
    @Override
    public long lookupAttr(long o, String attribute) {
        if ("__dict__".equals(attribute)) {
            return space.newRef(materializeDict(o));
        }
        long dict = dict(o);
        if (dict != 0) {
            long v = space.dictType.getItemString(dict, attribute);
            return v == 0 ? 0 : space.newRef(v);
        }
        int ix = slotOf(attribute);
        long v = ix < 0 ? 0 : memory.getLong(values(o) + 8L * ix);
        return v == 0 ? 0 : space.newRef(v);
    }

    /**
     * {@code setattr(o, name, v)} ({@code PyObject_GenericSetAttr}), {@code del o.name} when
     * {@code v} is 0. The name is interned, as CPython interns attribute names.
     */
    @Override
    public void setAttr(long o, String attribute, long v) {
        if ("__dict__".equals(attribute)) {
            setDict(o, v);
            return;
        }
        if (v == 0) {
            delAttr(o, attribute);
            return;
        }
        long dict = dict(o);
        if (dict == 0) {
            int ix = slotOf(attribute);
            if (ix < 0) {
                ix = space.dictType.sharedKeysInsert(sharedKeys, attribute);
                if (ix >= 0) {
                    slotCache.put(attribute, ix);
                }
            }
            if (ix >= 0) {
                long values = values(o);
                long at = values + 8L * ix;
                long old = memory.getLong(at);
                memory.putLong(at, space.newRef(v));
                if (old == 0) {
                    space.dictType.valuesAddToOrder(values, ix);
                } else {
                    space.decref(old);
                }
                return;
            }
            dict = materializeDict(o);
        }
        long key = space.strType.literalName(attribute);
        try {
            space.dictType.setItem(dict, key, v);
        } finally {
            space.decref(key);
        }
    }

    /** {@code o.__dict__ = d} ({@code subtype_setdict}): the instance's dict is replaced. */
    private void setDict(long o, long v) {
        if (v == 0) {
            throw new PyException("TypeError", "cannot delete __dict__");
        }
        if (!space.dictType.check(v)) {
            throw new PyException("TypeError", "__dict__ must be set to a dictionary, not a '" + space.typeOf(v).name + "'");
        }
        long old = materializeDict(o);
        memory.putLong(o + Layout.DICT_PTR, space.newRef(v));
        space.decref(old);
    }

    /** {@code delattr(o, name)}. */
    private void delAttr(long o, String attribute) {
        long dict = dict(o);
        if (dict != 0) {
            if (!space.dictType.delItemString(dict, attribute)) {
                throw attributeError(o, attribute);
            }
            return;
        }
        int ix = slotOf(attribute);
        long values = values(o);
        long old = ix < 0 ? 0 : memory.getLong(values + 8L * ix);
        if (old == 0) {
            throw attributeError(o, attribute);
        }
        memory.putLong(values + 8L * ix, 0);
        space.dictType.valuesDeleteFromOrder(values, ix);
        space.decref(old);
    }

    /** The slot of {@code name} in the shared keys, or -1. */
    private int slotOf(String attribute) {
        Integer cached = slotCache.get(attribute);
        if (cached != null) {
            return cached;
        }
        int ix = space.dictType.sharedKeysIndex(sharedKeys, attribute);
        if (ix >= 0) {
            slotCache.put(attribute, ix);
        }
        return ix;
    }

    /** The class's shared keys block (borrowed). */
    long sharedKeys() {
        return sharedKeys;
    }

    /**
     * {@code o.__dict__}: the instance's dict, made on first request as a split dict that takes
     * over the values array and shares the class's keys ({@code make_dict_from_instance_attributes}).
     * Borrowed.
     */
    long materializeDict(long o) {
        long dict = dict(o);
        if (dict != 0) {
            return dict;
        }
        dict = space.dictType.fromInstanceValues(sharedKeys, values(o));
        memory.putLong(o + Layout.DICT_PTR, dict);
        memory.putLong(o + Layout.VALUES_PTR, 0);
        return dict;
    }

    /**
     * Frees the values array, then releases the values in slot order. Only the slots up to the
     * last one set are copied out first, so an instance without attributes costs no Java array.
     */
    private void releaseValues(long values) {
        int held = (int) space.dictType.sharedKeysCount(sharedKeys);
        while (held > 0 && memory.getLong(values + 8L * (held - 1)) == 0) {
            held--;
        }
        if (held == 0) {
            space.dictType.freeValues(values);
            return;
        }
        long[] slots = new long[held];
        for (int ix = 0; ix < held; ix++) {
            slots[ix] = memory.getLong(values + 8L * ix);
        }
        space.dictType.freeValues(values);
        for (long v : slots) {
            space.xdecref(v);
        }
    }

    /** The names set on {@code o}, in the order they were set. */
    List<String> attributeNames(long o) {
        long dict = dict(o);
        List<String> names = new ArrayList<>();
        if (dict != 0) {
            space.dictType.forEach(dict, (k, v) -> names.add(space.strType.value(k)));
            return names;
        }
        long values = values(o);
        DictType dicts = space.dictType;
        for (int k = 0, n = dicts.valuesOrderCount(values); k < n; k++) {
            names.add(space.strType.value(dicts.sharedKey(sharedKeys, dicts.valuesOrderAt(values, k))));
        }
        return names;
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long values = values(o);
        if (values != 0) {
            for (int ix = 0, n = (int) space.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
                long v = memory.getLong(values + 8L * ix);
                if (v != 0) {
                    visitor.accept(v);
                }
            }
        }
        long dict = dict(o);
        if (dict != 0) {
            visitor.accept(dict);
        }
        visitor.accept(typeObject());
    }

    @Override
    public String referentName(long o, int ordinal, LongFunction<String> text) {
        int seen = 0;
        long values = values(o);
        if (values != 0) {
            for (int ix = 0, n = (int) space.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
                if (memory.getLong(values + 8L * ix) != 0 && seen++ == ordinal) {
                    return "attribute ." + space.dictType.sharedKeyName(sharedKeys, ix);
                }
            }
        }
        if (dict(o) != 0 && seen++ == ordinal) {
            return "__dict__";
        }
        return seen == ordinal ? "__class__" : super.referentName(o, ordinal, text);
    }

    /**
     * The values array, while the instance has no dict: its prefix byte says where the block
     * starts, and the traversal reads as many slots as the shared keys hold names.
     */
    @Override
    public boolean forEachOwnedBlock(long o, OwnedBlockVisitor visitor) {
        long values = values(o);
        if (values == 0) {
            return true;
        }
        if (!visitor.readable(values - 1, 1)) {
            return visitor.damaged("values pointer " + dev.pyheap.api.Addresses.hex(values) + " is not in an allocated block");
        }
        int prefix = memory.getByte(values - 1) & 0xFF;
        return visitor.owned(values - prefix, prefix + 8 * space.dictType.sharedKeysCount(sharedKeys));
    }

    @Override
    public void clear(long o) {
        long values = values(o);
        if (values != 0) {
            for (int ix = 0, n = (int) space.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
                long at = values + 8L * ix;
                long v = memory.getLong(at);
                if (v != 0) {
                    memory.putLong(at, 0);
                    space.decref(v);
                }
            }
            memory.putByte(values - 2, (byte) 0);
        }
        long dict = dict(o);
        if (dict != 0) {
            memory.putLong(o + Layout.DICT_PTR, 0);
            space.decref(dict);
        }
    }

    @Override
    public boolean hasFinalizer() {
        return finalizer != null;
    }

    @Override
    public void finalize(long o) {
        if (finalizer != null) {
            finalizer.finalize(o);
        }
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        if (finalizer != null) {
            // As CPython's subtype_dealloc: __del__ runs with the object tracked, so a collection
            // it triggers sees the object (and what only it holds) as live; a resurrected object
            // stays tracked.
            space.track(o);
            if (!space.callFinalizerFromDealloc(o)) {
                return; // resurrected
            }
            space.untrack(o);
        }
        if (memory.getLong(o + WEAKLIST) != 0) {
            space.clearWeakrefs(o);
        }
        long values = values(o);
        if (values != 0) {
            memory.putLong(o + Layout.VALUES_PTR, 0);
            releaseValues(values);
        }
        long dict = dict(o);
        if (dict != 0) {
            memory.putLong(o + Layout.DICT_PTR, 0);
            space.decref(dict);
        }
        space.freeGcObject(o, Layout.PRE_HEADER);
        space.decref(typeObject());
    }

    @Override
    public int weaklistOffset() {
        return WEAKLIST;
    }

    // ------------------------------------------------------------------ the class object (TypeType's slots for it)

    void forEachClassReferent(LongConsumer visitor) {
        visitor.accept(nameStr);
        space.dictType.forEachSharedKey(sharedKeys, visitor);
    }

    /** Names the references {@link #forEachClassReferent} visits, for messages. */
    String classReferentName(int ordinal) {
        return ordinal == 0 ? "__name__" : ordinal <= space.dictType.sharedKeysCount(sharedKeys)
                ? "shared key '" + space.dictType.sharedKeyName(sharedKeys, ordinal - 1) + "'" : "referent #" + ordinal;
    }

    /** The shared keys block, whose header is read once the visitor confirmed it, then claimed whole. */
    boolean forEachClassOwnedBlock(OwnedBlockVisitor visitor) {
        return space.dictType.forEachSharedKeysBlock(sharedKeys, visitor);
    }

    void deallocClass() {
        long t = typeObject();
        space.untrack(t);
        if (memory.getLong(t + CLASS_WEAKLIST) != 0) {
            space.clearWeakrefs(t);
        }
        long name = nameStr;
        long keys = sharedKeys;
        sharedKeys = 0;
        space.unregister(this);
        space.freeGcObject(t, 0);
        space.decref(name);
        space.dictType.keysDecref(keys); // the names go with the last holder of the keys
    }

    @Override
    public String toString() {
        return "<class '__main__." + name + "'>";
    }
}
