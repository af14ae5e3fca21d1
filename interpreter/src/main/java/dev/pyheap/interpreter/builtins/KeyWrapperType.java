package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.StructType;

import java.util.function.LongConsumer;

/**
 * {@code functools.KeyWrapper} (Modules/_functoolsmodule.c's {@code keyobject}), what
 * {@code cmp_to_key(cmp)} returns: called on an object it makes the key of that object, another
 * KeyWrapper holding both; two keys compare as {@code cmp(a, b) <op> 0}.
 * <pre>   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 cmp  +24 object (0 in cmp_to_key's own)   32 bytes</pre>
 * No {@code tp_new} (only {@code cmp_to_key} makes one) and no hash (a rich comparison without one).
 */
final class KeyWrapperType extends StructType {
    static final int CMP = 16, OBJECT = 24, SIZE = 32;

    KeyWrapperType(ObjectSpace space) {
        super(space, "functools.KeyWrapper", null, HAVE_GC, SIZE, 0, 0, "cmp", CMP, "object", OBJECT);
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_CALL, SlotWrappers.Slot.TP_RICHCOMPARE,
                SlotWrappers.Slot.TP_GETATTRO), SlotWrappers.Slot.TP_HASH);
    }

    @Override
    protected boolean ownNew() {
        return false;
    }

    @Override
    protected boolean hashIsNone() {
        return true;
    }

    @Override
    public long hash(long o) {
        throw unhashable();
    }

    /** The member {@code obj}: writable, None while unset. */
    @Override
    protected void fillDict() {
        putInDict("obj", space.getSetDescrType.create(this, "obj", o -> {
            long v = field(o, OBJECT);
            return space.newRef(v == 0 ? space.none : v);
        }, (o, v) -> setField(o, OBJECT, v)));
        putInDict("__doc__", space.newNone());
        putInDict("__module__", space.strType.runtime("functools"));
    }

    /** A tracked key of {@code object} (0 for {@code cmp_to_key}'s own) compared by {@code cmp}. New reference. */
    long create(PyType type, long cmp, long object) {
        long o = space.newGcObject(type, SIZE, 0);
        memory.putLong(o + CMP, space.newRef(cmp));
        memory.putLong(o + OBJECT, object == 0 ? 0 : space.newRef(object));
        space.track(o);
        return o;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code keyobject_call}: {@code K(obj)}, parsed as {@code "O:K"} with the keyword {@code obj}. */
    @Override
    public long callTuple(long o, long args, long kwargs) {
        long object = FunctoolsModule.parse(space, "K", args, kwargs, 1, "obj")[0];
        return create(space.typeOf(o), field(o, CMP), object);
    }

    /** {@code keyobject_richcompare}: {@code cmp(self.obj, other.obj) <op> 0}; the other must be a key of the same type. */
    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if (space.typeOf(b) != space.typeOf(a)) {
            throw new PyException("TypeError", "other argument must be K instance");
        }
        long x = field(a, OBJECT), y = field(b, OBJECT);
        if (x == 0 || y == 0) {
            throw new PyException("AttributeError", "object");
        }
        long res = Abstract.call(space, field(a, CMP), new long[] {x, y});
        long zero = space.newInt(0);
        try {
            return Abstract.richCompare(space, res, zero, op);
        } finally {
            space.decref(zero);
            space.decref(res);
        }
    }

    /** {@code keyobject_traverse}: the type (a heap type in CPython), cmp, object. */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        if (space.typeOf(o) == this) {
            visitor.accept(typeObject());
        }
        forEachReferent(o, visitor);
    }
}
