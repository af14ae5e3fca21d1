package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.SlotWrappers;
import dev.pyheap.runtime.objects.StructType;

import java.util.function.LongConsumer;

/**
 * {@code operator.itemgetter} (Modules/_operator.c's {@code itemgetterobject}):
 * {@code itemgetter(k)(x)} is {@code x[k]}, {@code itemgetter(k1, k2)(x)} is {@code (x[k1], x[k2])}.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type
 *   +16 nitems  +24 item (the one key, or the tuple of keys)  +32 index  +40 vectorcall   48 bytes
 * </pre>
 * {@code index} is the one key when it is a non-negative int that fits: an exact list or tuple long
 * enough is then read without the subscript protocol; -1 otherwise.
 */
final class ItemGetterType extends StructType {
    static final int NITEMS = 16, ITEM = 24, INDEX = 32, VECTORCALL = 40, SIZE = 48;

    ItemGetterType(ObjectSpace space) {
        super(space, "operator.itemgetter", null, HAVE_GC | HAVE_VECTORCALL, SIZE, 0, 0, "item", ITEM);
        defineMethod("__reduce__", (self, a) -> {
            dev.pyheap.runtime.objects.Args.none("__reduce__", a);
            long nitems = memory.getLong(self + NITEMS);
            return nitems == 1 ? reduceFields(self, ITEM)
                    : space.tupleType.create(space.typeOf(self).typeObject(), field(self, ITEM));
        });
    }

    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_CALL, SlotWrappers.Slot.TP_REPR,
                SlotWrappers.Slot.TP_GETATTRO));
    }

    @Override
    protected boolean ownNew() {
        return true;
    }

    @Override
    protected void fillDict() {
        putMembers("__vectorcalloffset__");
        putInDict("__doc__", space.strType.runtime("itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"));
        putInDict("__module__", space.strType.runtime("operator"));
    }

    /** {@code itemgetter_new}: no keywords, at least one key. */
    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", "itemgetter() takes no keyword arguments");
        }
        long n = space.tupleType.size(args);
        if (n == 0) {
            throw new PyException("TypeError", "itemgetter expected 1 argument, got 0");
        }
        long item = n == 1 ? space.tupleType.item(args, 0) : args;
        long index = -1;
        if (n == 1 && space.intType.checkExact(item) && space.intType.fitsLong(item) && space.intType.longValue(item) >= 0) {
            index = space.intType.longValue(item);
        }
        long o = space.newGcObject(this, SIZE, 0);
        memory.putLong(o + NITEMS, n);
        memory.putLong(o + ITEM, space.newRef(item));
        memory.putLong(o + INDEX, index);
        memory.putLong(o + VECTORCALL, 0);
        space.track(o);
        return o;
    }

    /** The read-only member {@code __vectorcalloffset__}, then the generic lookup. */
    @Override
    public long lookupAttr(long o, long name) {
        if (space.strType.contentEquals(name, "__vectorcalloffset__")) {
            return space.newInt(VECTORCALL);
        }
        return genericLookupAttr(o, name);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code itemgetter_vectorcall}: one positional argument, no keywords. */
    @Override
    public long call(long o, long args, long nargsf, long kwnames) {
        if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
            throw new PyException("TypeError", "itemgetter() takes no keyword arguments");
        }
        int n = Abstract.nargs(nargsf);
        if (n != 1) {
            throw new PyException("TypeError", "itemgetter expected 1 argument, got " + n);
        }
        long obj = memory.getLong(args);
        long item = field(o, ITEM);
        if (memory.getLong(o + NITEMS) == 1) {
            long index = memory.getLong(o + INDEX);
            if (index >= 0) {
                if (space.tupleType.checkExact(obj) && index < space.tupleType.size(obj)) {
                    return space.newRef(space.tupleType.item(obj, index));
                }
                if (space.listType.checkExact(obj) && index < space.listType.size(obj)) {
                    return space.newRef(space.listType.item(obj, index));
                }
            }
            return Abstract.getItem(space, obj, item);
        }
        int nitems = (int) space.tupleType.size(item);
        long[] values = new long[nitems];
        try {
            for (int i = 0; i < nitems; i++) {
                values[i] = Abstract.getItem(space, obj, space.tupleType.item(item, i));
            }
            return space.tupleType.create(values);
        } finally {
            for (long v : values) {
                space.xdecref(v);
            }
        }
    }

    @Override
    public long callTuple(long o, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", "itemgetter() takes no keyword arguments");
        }
        return Abstract.call(space, o, args, 0);
    }

    /** {@code itemgetter_repr}: {@code operator.itemgetter(1)}, {@code operator.itemgetter(1, 2)}. */
    @Override
    public String repr(long o) {
        String type = space.typeOf(o).name;
        if (!Abstract.reprEnter(space, o)) {
            return type + "(...)";
        }
        try {
            String items = Abstract.repr(space, field(o, ITEM));
            return memory.getLong(o + NITEMS) == 1 ? type + "(" + items + ")" : type + items;
        } finally {
            Abstract.reprLeave(space, o);
        }
    }

    /** {@code itemgetter_traverse}: the type (a heap type in CPython), then the keys. */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        visitor.accept(typeObject());
        forEachReferent(o, visitor);
    }
}
