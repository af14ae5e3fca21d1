package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

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
 * <h2>The class object</h2>
 * A heap type object, tracked, of which {@code sys.getsizeof} is 1688: CPython counts the 904
 * bytes of {@code PyHeapTypeObject}, the GC header and the 768 bytes of the shared keys. Here the
 * shared keys are their own block, so the type object itself takes the rest (1688 - 16 - 768).
 * The class holds its name and one reference to its shared keys (which hold the names); it
 * reports the names as its referents. Each instance holds a counted reference to its class, so a
 * class outlives its instances (a materialised {@code __dict__} may outlive it: it holds the
 * shared keys, not the class); when it dies its slot in the interpreter's type table is cleared.
 */
public final class ClassType extends PyType {
    public static final int BASIC_SIZE = 24;
    public static final int WEAKLIST = 16;
    /** Where a class object keeps the head of the weakrefs to it. */
    public static final int CLASS_WEAKLIST = 32;
    /** {@code SHARED_KEYS_MAX_SIZE}: attribute names a class's shared keys can hold. */
    public static final int SHARED_KEYS_MAX_SIZE = 30;
    /** Bytes of the type object without its GC header: CPython's getsizeof less the shared keys block. */
    public static final int TYPE_OBJECT_SIZE = Layout.HEAP_TYPE_SIZE - DictType.SHARED_KEYS_BYTES;

    /** Java behaviour of {@code __del__}, or null. */
    public final InstanceFinalizer finalizer;
    private long nameStr;
    /** {@code ht_cached_keys}: the shared keys block. */
    private long sharedKeys;
    /** Attribute name to slot, for names found in the shared keys (a cache: slots never move). */
    private final Map<String, Integer> slotCache = new HashMap<>();

    /** Called with the GIL held when an instance's refcount reaches zero, before anything is released. */
    @FunctionalInterface
    public interface InstanceFinalizer {
        void finalize(long self);
    }

    private ClassType(ObjectSpace interp, String name, InstanceFinalizer finalizer) {
        super(interp, name, true);
        this.finalizer = finalizer;
    }

    /** {@code class name: ...}: a new class object. New reference. */
    public static ClassType create(ObjectSpace interp, String name, InstanceFinalizer finalizer) {
        ClassType c = interp.register(new ClassType(interp, name, finalizer));
        long t;
        try {
            c.sharedKeys = interp.dictType.newSharedKeys();
        } catch (RuntimeException e) {
            interp.unregister(c);
            throw e;
        }
        try {
            t = interp.newGcObject(interp.typeType, TYPE_OBJECT_SIZE, 0);
        } catch (RuntimeException e) {
            interp.dictType.keysDecref(c.sharedKeys);
            interp.unregister(c);
            throw e;
        }
        interp.memory.fill(t + Layout.OB_SIZE, TYPE_OBJECT_SIZE - Layout.OB_SIZE, (byte) 0);
        interp.memory.putInt(t + Layout.TYPE_INDEX, c.index());
        c.bind(c.index(), t);
        c.nameStr = interp.strType.literal(name);
        interp.memory.putLong(t + Layout.TYPE_NAME, c.nameStr);
        interp.track(t);
        return c;
    }

    // ------------------------------------------------------------------ instances

    /** {@code C()}: a new tracked instance with no attributes. New reference. */
    public long instantiate() {
        DictType dicts = interp.dictType;
        dicts.sharedKeysReserve(sharedKeys);
        long values = dicts.newValues(dicts.sharedKeysUsableSize(sharedKeys));
        long o;
        try {
            o = interp.newGcObject(this, BASIC_SIZE, Layout.PRE_HEADER);
        } catch (RuntimeException e) {
            dicts.freeValues(values);
            throw e;
        }
        memory.putLong(o + WEAKLIST, 0);
        memory.putLong(o + Layout.DICT_PTR, 0);
        memory.putLong(o + Layout.VALUES_PTR, values);
        interp.incref(typeObject());
        interp.track(o);
        return o;
    }

    private long values(long o) {
        return memory.getLong(o + Layout.VALUES_PTR);
    }

    private long dict(long o) {
        return memory.getLong(o + Layout.DICT_PTR);
    }

    /** {@code getattr(o, name)}: a new reference. */
    public long getAttr(long o, String name) {
        if ("__dict__".equals(name)) {
            return interp.newRef(materializeDict(o));
        }
        long dict = dict(o);
        if (dict != 0) {
            long v = interp.dictType.getItemString(dict, name);
            if (v == 0) {
                throw noAttribute(name);
            }
            return interp.newRef(v);
        }
        int ix = slotOf(name);
        long v = ix < 0 ? 0 : memory.getLong(values(o) + 8L * ix);
        if (v == 0) {
            throw noAttribute(name);
        }
        return interp.newRef(v);
    }

    /** {@code hasattr(o, name)}. */
    public boolean hasAttr(long o, String name) {
        if ("__dict__".equals(name)) {
            return true;
        }
        long dict = dict(o);
        if (dict != 0) {
            return interp.dictType.getItemString(dict, name) != 0;
        }
        int ix = slotOf(name);
        return ix >= 0 && memory.getLong(values(o) + 8L * ix) != 0;
    }

    /** {@code setattr(o, name, v)}: the name is interned, as CPython interns attribute names. */
    public void setAttr(long o, String name, long v) {
        if ("__dict__".equals(name)) {
            throw new PyException("TypeError", "__dict__ must be set to a dictionary, not a '"
                    + interp.typeOf(v).name + "'");
        }
        long dict = dict(o);
        if (dict == 0) {
            int ix = slotOf(name);
            if (ix < 0) {
                ix = interp.dictType.sharedKeysInsert(sharedKeys, name);
                if (ix >= 0) {
                    slotCache.put(name, ix);
                }
            }
            if (ix >= 0) {
                long values = values(o);
                long at = values + 8L * ix;
                long old = memory.getLong(at);
                memory.putLong(at, interp.newRef(v));
                if (old == 0) {
                    interp.dictType.valuesAddToOrder(values, ix);
                } else {
                    interp.decref(old);
                }
                return;
            }
            dict = materializeDict(o);
        }
        long key = interp.strType.literalName(name);
        try {
            interp.dictType.setItem(dict, key, v);
        } finally {
            interp.decref(key);
        }
    }

    /** {@code delattr(o, name)}. */
    public void delAttr(long o, String name) {
        long dict = dict(o);
        if (dict != 0) {
            if (!interp.dictType.delItemString(dict, name)) {
                throw noAttribute(name);
            }
            return;
        }
        int ix = slotOf(name);
        long values = values(o);
        long old = ix < 0 ? 0 : memory.getLong(values + 8L * ix);
        if (old == 0) {
            throw noAttribute(name);
        }
        memory.putLong(values + 8L * ix, 0);
        interp.dictType.valuesDeleteFromOrder(values, ix);
        interp.decref(old);
    }

    /** The slot of {@code name} in the shared keys, or -1. */
    private int slotOf(String name) {
        Integer cached = slotCache.get(name);
        if (cached != null) {
            return cached;
        }
        int ix = interp.dictType.sharedKeysIndex(sharedKeys, name);
        if (ix >= 0) {
            slotCache.put(name, ix);
        }
        return ix;
    }

    /** The class's shared keys block (borrowed). */
    public long sharedKeys() {
        return sharedKeys;
    }

    /**
     * {@code o.__dict__}: the instance's dict, made on first request as a split dict that takes
     * over the values array and shares the class's keys ({@code make_dict_from_instance_attributes}).
     * Borrowed.
     */
    public long materializeDict(long o) {
        long dict = dict(o);
        if (dict != 0) {
            return dict;
        }
        dict = interp.dictType.fromInstanceValues(sharedKeys, values(o));
        memory.putLong(o + Layout.DICT_PTR, dict);
        memory.putLong(o + Layout.VALUES_PTR, 0);
        return dict;
    }

    /**
     * Frees the values array, then releases the values in slot order. Only the slots up to the
     * last one set are copied out first, so an instance without attributes costs no Java array.
     */
    private void releaseValues(long values) {
        int held = (int) interp.dictType.sharedKeysCount(sharedKeys);
        while (held > 0 && memory.getLong(values + 8L * (held - 1)) == 0) {
            held--;
        }
        if (held == 0) {
            interp.dictType.freeValues(values);
            return;
        }
        long[] slots = new long[held];
        for (int ix = 0; ix < held; ix++) {
            slots[ix] = memory.getLong(values + 8L * ix);
        }
        interp.dictType.freeValues(values);
        for (long v : slots) {
            interp.xdecref(v);
        }
    }

    /** The names set on {@code o}, in the order they were set. */
    public List<String> attributeNames(long o) {
        long dict = dict(o);
        List<String> names = new ArrayList<>();
        if (dict != 0) {
            interp.dictType.forEach(dict, (k, v) -> names.add(interp.strType.value(k)));
            return names;
        }
        long values = values(o);
        DictType dicts = interp.dictType;
        for (int k = 0, n = dicts.valuesOrderCount(values); k < n; k++) {
            names.add(interp.strType.value(dicts.sharedKey(sharedKeys, dicts.valuesOrderAt(values, k))));
        }
        return names;
    }

    /** The values array of {@code o} (0 once it has a dict), for the sanity checker. */
    public long valuesBlock(long o) {
        long values = values(o);
        return values == 0 ? 0 : interp.dictType.valuesBlock(values);
    }

    private PyException noAttribute(String attribute) {
        return new PyException("AttributeError", "'" + name + "' object has no attribute '" + attribute + "'");
    }

    @Override
    public long sizeof(long o) {
        return BASIC_SIZE + Layout.GC_HEAD + Layout.PRE_HEADER;
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long values = values(o);
        if (values != 0) {
            for (int ix = 0, n = (int) interp.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
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
    public String referentName(long o, int ordinal) {
        int seen = 0;
        long values = values(o);
        if (values != 0) {
            for (int ix = 0, n = (int) interp.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
                if (memory.getLong(values + 8L * ix) != 0 && seen++ == ordinal) {
                    return "attribute ." + interp.dictType.sharedKeyName(sharedKeys, ix);
                }
            }
        }
        if (dict(o) != 0 && seen++ == ordinal) {
            return "__dict__";
        }
        return seen == ordinal ? "__class__" : super.referentName(o, ordinal);
    }

    /** The values array, while the instance has no dict. */
    @Override
    public void forEachOwnedBlock(long o, LongConsumer blockVisitor) {
        long block = valuesBlock(o);
        if (block != 0) {
            blockVisitor.accept(block);
        }
    }

    /** The block starts at the managed-dict pre-header, before the GC header. */
    @Override
    public long blockOf(long o) {
        return o - Layout.GC_HEAD - Layout.PRE_HEADER;
    }

    @Override
    public void clear(long o) {
        long values = values(o);
        if (values != 0) {
            for (int ix = 0, n = (int) interp.dictType.sharedKeysCount(sharedKeys); ix < n; ix++) {
                long at = values + 8L * ix;
                long v = memory.getLong(at);
                if (v != 0) {
                    memory.putLong(at, 0);
                    interp.decref(v);
                }
            }
            memory.putByte(values - 2, (byte) 0);
        }
        long dict = dict(o);
        if (dict != 0) {
            memory.putLong(o + Layout.DICT_PTR, 0);
            interp.decref(dict);
        }
    }

    @Override
    public void dealloc(long o) {
        interp.untrack(o);
        if (finalizer != null) {
            // As CPython's subtype_dealloc: __del__ runs with the object tracked, so a collection
            // it triggers sees the object (and what only it holds) as live; a resurrected object
            // stays tracked.
            interp.track(o);
            if (!interp.callFinalizerFromDealloc(o, finalizer)) {
                return; // resurrected
            }
            interp.untrack(o);
        }
        if (memory.getLong(o + WEAKLIST) != 0) {
            interp.clearWeakrefs(o);
        }
        long values = values(o);
        if (values != 0) {
            memory.putLong(o + Layout.VALUES_PTR, 0);
            releaseValues(values);
        }
        long dict = dict(o);
        if (dict != 0) {
            memory.putLong(o + Layout.DICT_PTR, 0);
            interp.decref(dict);
        }
        interp.freeGcObject(o, Layout.PRE_HEADER);
        interp.decref(typeObject());
    }

    @Override
    public int weaklistOffset() {
        return WEAKLIST;
    }

    // ------------------------------------------------------------------ the class object

    public void forEachClassReferent(LongConsumer visitor) {
        visitor.accept(nameStr);
        interp.dictType.forEachSharedKey(sharedKeys, visitor);
    }

    /** Names the references {@link #forEachClassReferent} visits, for messages. */
    public String classReferentName(int ordinal) {
        return ordinal == 0 ? "__name__" : ordinal <= interp.dictType.sharedKeysCount(sharedKeys)
                ? "shared key '" + interp.dictType.sharedKeyName(sharedKeys, ordinal - 1) + "'" : "referent #" + ordinal;
    }

    public void clearClass() {
        // A class holds only strings (atoms): nothing of a cycle to break.
    }

    public void deallocClass() {
        long t = typeObject();
        interp.untrack(t);
        if (memory.getLong(t + CLASS_WEAKLIST) != 0) {
            interp.clearWeakrefs(t);
        }
        long name = nameStr;
        long keys = sharedKeys;
        sharedKeys = 0;
        interp.unregister(this);
        interp.freeGcObject(t, 0);
        interp.decref(name);
        interp.dictType.keysDecref(keys); // the names go with the last holder of the keys

    }

    @Override
    public String repr(long o) {
        return "<" + name + " object at " + dev.pyheap.api.Addresses.hex(o) + ">";
    }

    @Override
    public String toString() {
        return "<class '__main__." + name + "'>";
    }
}
