package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.Memory;

import java.util.function.LongConsumer;

/**
 * The Java behaviour of one type: what CPython keeps in a type object's slots ({@code tp_basicsize},
 * {@code tp_traverse}, {@code tp_clear}, {@code tp_dealloc}, {@code tp_hash}, {@code tp_richcompare},
 * {@code tp_weaklistoffset}, {@code tp_finalize}). The type object in the heap carries this
 * behaviour's {@link #index()} (see {@link Layout#TYPE_INDEX}); {@link ObjectSpace#typeOf} maps an
 * object to its behaviour with two loads and an array access.
 *
 * <p>Subclasses are the built-in types and {@link ClassType} (one behaviour per class statement).
 * Every method runs with the GIL held.
 */
public abstract class PyType {
    public final ObjectSpace interp;
    public final Memory memory;
    public final String name;
    /** {@code Py_TPFLAGS_HAVE_GC}: instances carry a GC header and may be tracked. */
    public final boolean gc;
    private int index = -1;
    private long typeObject;

    public PyType(ObjectSpace interp, String name, boolean gc) {
        this.interp = interp;
        this.memory = interp.memory;
        this.name = name;
        this.gc = gc;
    }

    /** Called once by the interpreter when the type object exists in the heap. */
    public final void bind(int index, long typeObject) {
        this.index = index;
        this.typeObject = typeObject;
    }

    public final int index() {
        return index;
    }

    /** The address of this type's type object. */
    public final long typeObject() {
        return typeObject;
    }

    /** {@code sys.getsizeof(o)}: {@code __sizeof__} plus the GC header (and pre-header) when there is one. */
    public abstract long sizeof(long o);

    /**
     * Visits every object {@code o} holds a counted reference to, GC-capable or not, in CPython's
     * {@code tp_traverse} order. The collectors see only the GC-capable ones (the binding filters).
     */
    public void forEachReferent(long o, LongConsumer visitor) {
    }

    /**
     * What CPython's {@code tp_traverse} visits, which {@code gc.get_referents} reports: by default
     * every counted reference; a type whose traverse skips references that can never be part of a
     * cycle (a dict's str keys) overrides it.
     */
    public void forEachTraversed(long o, LongConsumer visitor) {
        forEachReferent(o, visitor);
    }

    /**
     * Visits references {@code o} holds without counting them (a weakref's referent). The sanity
     * checker checks that they point to live objects; they take no part in refcounts.
     */
    public void forEachUncountedReferent(long o, LongConsumer visitor) {
    }

    /**
     * Names, for messages, the reference that {@link #forEachReferent} visits as number
     * {@code ordinal} (from 0): {@code [3]} for a list item, {@code .name} for an attribute.
     */
    public String referentName(long o, int ordinal) {
        return "referent #" + ordinal;
    }

    /**
     * Visits the allocator blocks {@code o} owns besides its own (a list's item array, an
     * instance's values array, a dict's key table), for the sanity checker: each must be
     * allocated and owned by nothing else. The default owns none.
     */
    public void forEachOwnedBlock(long o, LongConsumer blockVisitor) {
    }

    /** Visits the dead objects this type keeps on its free lists (each still has its {@code ob_type}). */
    public void forEachFreeListEntry(LongConsumer visitor) {
    }

    /**
     * Visits the blocks this type keeps for reuse that are not objects (3.11's free list of dict
     * key tables), for the sanity checker: each is allocated and owned by that free list alone.
     */
    public void forEachFreeListBlock(LongConsumer blockVisitor) {
    }

    /** Whether {@code o} is preceded by a GC header: every instance of a GC type, the static type objects aside. */
    public boolean hasGcHeader(long o) {
        return gc;
    }

    /** The address of the allocator block holding {@code o}: before its GC header and any pre-header. */
    public long blockOf(long o) {
        return hasGcHeader(o) ? o - Layout.GC_HEAD : o;
    }

    /** CPython's {@code tp_clear}: drops the references that can take part in cycles. */
    public void clear(long o) {
    }

    /**
     * The refcount of {@code o} reached zero: release what it holds and free its memory (or put
     * it on a free list). Reached only through {@link ObjectSpace#dealloc}, which handles depth.
     */
    public abstract void dealloc(long o);

    /** {@code hash(o)}; the default is CPython's pointer hash. */
    public long hash(long o) {
        return Hashing.pointer(o);
    }

    /**
     * {@code a == b} for {@code a} of this type; {@code b} may be of any type. The default is
     * identity, as {@code object.__eq__}.
     */
    public boolean equal(long a, long b) {
        return a == b;
    }

    /** Whether instances can be hashed ({@code list}, {@code dict}, {@code set} cannot). */
    public boolean hashable() {
        return true;
    }

    /** Offset of the weakref list head from the object, or 0 when instances cannot be weakly referenced. */
    public int weaklistOffset() {
        return 0;
    }

    /** Whether deallocation passes through the trashcan (containers that can nest deeply). */
    public boolean usesTrashcan() {
        return gc;
    }

    /** {@code repr(o)} for messages and debug output. */
    public String repr(long o) {
        return "<" + name + " object at " + Addresses.hex(o) + ">";
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
