package dev.pyheap.runtime.objects;

import dev.pyheap.api.Memory;
import dev.pyheap.runtime.AttributeCache;

/**
 * One call site's inline cache for one attribute name (specialize.c's {@code LOAD_ATTR_INSTANCE_VALUE}
 * and {@code STORE_ATTR_INSTANCE_VALUE}, see {@link AttributeSite}), for Java callers that read or
 * write the same name again and again.
 * <pre>
 *   get(o) / set(o, v):
 *     1. Py_TYPE(o) == key and key's version tag == version  -> the value slot index of the analysis
 *        (get: the slot's value, a new reference; set: only when the class has no __setattr__,
 *        and nothing at all when the slot holds v already: the new reference and the old one's
 *        release would cancel)
 *     2. the values are gone (a dict materialised), the slot is empty, or step 1 failed
 *        -> the generic PyObject_GetAttr / SetAttr, then the type is analysed again (fill)
 * </pre>
 * The cache keeps the type's address and version tag, never a reference: a class that dies or
 * changes has a new tag (tags are never reused), so a stale entry only misses. Not thread-safe, as
 * every operation of a heap it runs under the GIL.
 */
public final class InstanceAttributeCache implements AttributeCache {
    /** {@code ob_type} and the values pointer, from the start of an instance's block (its dict pointer). */
    private static final long TYPE_IN_BLOCK = Layout.OB_TYPE - Layout.DICT_PTR;
    private static final long VALUES_IN_BLOCK = Layout.VALUES_PTR - Layout.DICT_PTR;
    private final ObjectSpace space;
    private final String name;
    /** The type object analysed, 0 when the cache is empty. */
    private long key;
    /** Its version tag when analysed. */
    private long version;
    /**
     * {@link #key} when a store may take the cached path (the class has no {@code __setattr__} of its
     * own), else 0: one compare guards a store, as one guards a load.
     */
    private long storeKey;
    /** Its behaviour: a class, the only kind of type whose instances keep inline values (a final class: direct calls). */
    private ClassType type;
    /** The name's slot in the instances' values. */
    private int index;
    /** Its byte offset in the values array ({@code 8 * index}). */
    private long offset;

    public InstanceAttributeCache(ObjectSpace space, String name) {
        this.space = space;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /** Whether this cache was made for {@code s}'s heap. */
    public boolean belongsTo(ObjectSpace s) {
        return s == space;
    }

    /**
     * {@code o.name}: a new reference; AttributeError (or whatever the lookup raises) as {@code PyException}.
     *
     * @param s this cache's heap ({@link #belongsTo} said so), as the caller holds it: every access
     *     goes through {@code s.memory}, the field the caller's next access (the value's decref)
     *     reads, so the JIT loads it and checks its class once for both
     */
    public long get(ObjectSpace s, long o) {
        // LOAD_ATTR_INSTANCE_VALUE's reads and no more: the type word, the tag, the values pointer,
        // the slot, the value's refcount. Addresses masked (Memory.ADDRESS_BITS) so that no access
        // has a bounds check; the object through its block (the pre-header's start): every offset
        // from there is positive.
        Memory m = s.memory;
        long block = (o + Layout.DICT_PTR) & Memory.ADDRESS_BITS;
        if (m.getLong(block + TYPE_IN_BLOCK) == key && type.versionTag == version) {
            long values = m.getLong(block + VALUES_IN_BLOCK);
            if (values != 0) { // 0 once a dict holds the attributes (ClassType's class comment)
                long v = m.getLong((values + offset) & Memory.ADDRESS_BITS) & Memory.ADDRESS_BITS;
                if (v != 0) {
                    m.putLong(v, m.getLong(v) + 1);
                    return v;
                }
            }
        }
        long v = Abstract.getAttr(space, o, name);
        fill(o);
        return v;
    }

    /** {@code o.name = v}: {@code o} takes its own reference to {@code v}; {@code s} as {@link #get}'s. */
    public void set(ObjectSpace s, long o, long v) {
        Memory m = s.memory;
        long block = (o + Layout.DICT_PTR) & Memory.ADDRESS_BITS;
        if (v != 0 && m.getLong(block + TYPE_IN_BLOCK) == storeKey && type.versionTag == version) {
            long values = m.getLong(block + VALUES_IN_BLOCK);
            if (values != 0) {
                long at = (values + offset) & Memory.ADDRESS_BITS;
                long old = m.getLong(at);
                if (old == v) {
                    // o holds v already: its reference would be taken and the old one released, the
                    // count going up and down again on one word, each step waiting on the last.
                    return;
                }
                long nv = v & Memory.ADDRESS_BITS;
                m.putLong(nv, m.getLong(nv) + 1);
                m.putLong(at, v);
                if (old == 0) {
                    space.dictType.valuesAddToOrder(values, index);
                } else {
                    long oa = old & Memory.ADDRESS_BITS;
                    long count = m.getLong(oa);
                    if (count > 1) {
                        m.putLong(oa, count - 1);
                    } else {
                        space.decref(old); // the last reference: deallocation (and its checks) as everywhere
                    }
                }
                return;
            }
        }
        Abstract.setAttr(space, o, name, v);
        fill(o);
    }

    /** Analyses {@code o}'s type for the name ({@code _Py_Specialize_LoadAttr}); empties the cache when the access is not cacheable. */
    private void fill(long o) {
        key = 0;
        storeKey = 0;
        type = null;
        PyType t = space.typeOf(o);
        long tag = t.assignVersionTag();
        if (tag == 0) {
            return;
        }
        long n = space.strType.literalName(name);
        AttributeSite site;
        try {
            site = t.attributeSite(n);
        } finally {
            space.decref(n);
        }
        ClassType c = t.valuesClass();
        if (site == null || !site.noClassAttribute() || site.valueIndex() < 0 || c == null) {
            return;
        }
        key = space.memory.getLong(o + Layout.OB_TYPE);
        storeKey = site.plainSetAttr() ? key : 0;
        version = tag;
        type = c;
        index = site.valueIndex();
        offset = 8L * index;
    }
}
