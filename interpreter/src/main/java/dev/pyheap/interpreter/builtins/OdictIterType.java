package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;

import java.util.function.LongConsumer;

/**
 * {@code odict_iterator} (Objects/odictobject.c's {@code odictiterobject}): walks an OrderedDict's
 * nodes by key, giving keys, values or (key, value) pairs, forwards or reversed.
 * <pre>   +16 di_odict (owned; 0 once exhausted)  +24 di_current (the next key, owned)
 *   +32 di_size  +40 di_state  +48 kind</pre>
 * A node added or removed since the iterator was made (the dict's {@code od_state} moved) is a
 * RuntimeError "OrderedDict mutated during iteration"; a changed size without that, "OrderedDict
 * changed size during iteration".
 */
final class OdictIterType extends PyType {
    static final int KEYS = 1, VALUES = 2, ITEMS = 3, REVERSED = 4;
    private static final int ODICT = 16, CURRENT = 24, DI_SIZE = 32, DI_STATE = 40, KIND = 48, SIZE = 56;
    private final OrderedDictType odicts;

    OdictIterType(ObjectSpace space, OrderedDictType odicts) {
        super(space, "odict_iterator", null, HAVE_GC, SIZE, 0);
        this.odicts = odicts;
    }

    long create(long od, int kind, boolean reversed) {
        long it = space.newGcObject(this, SIZE, 0);
        long node = reversed ? odicts.last(od) : odicts.first(od);
        memory.putLong(it + ODICT, space.newRef(od));
        memory.putLong(it + CURRENT, node == 0 ? 0 : space.newRef(odicts.key(node)));
        memory.putLong(it + DI_SIZE, odicts.length(od));
        memory.putLong(it + DI_STATE, odicts.stateOf(od));
        memory.putLong(it + KIND, kind | (reversed ? REVERSED : 0));
        space.track(it);
        return it;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    /** {@code odictiter_nextkey} and {@code odictiter_iternext}. */
    @Override
    public long iterNext(long it) {
        long od = memory.getLong(it + ODICT);
        long key = memory.getLong(it + CURRENT);
        if (od == 0) {
            return 0;
        }
        if (key == 0) {
            memory.putLong(it + ODICT, 0);
            space.decref(od);
            return 0;
        }
        if (odicts.stateOf(od) != memory.getLong(it + DI_STATE)) {
            throw new PyException("RuntimeError", "OrderedDict mutated during iteration");
        }
        if (memory.getLong(it + DI_SIZE) != odicts.length(od)) {
            memory.putLong(it + DI_SIZE, -1);
            throw new PyException("RuntimeError", "OrderedDict changed size during iteration");
        }
        int kind = (int) memory.getLong(it + KIND);
        long node = odicts.findNode(od, key);
        if (node == 0) {
            throw new PyException("KeyError", dev.pyheap.runtime.objects.Abstract.repr(space, key));
        }
        long next = odicts.next(node, (kind & REVERSED) != 0);
        memory.putLong(it + CURRENT, next == 0 ? 0 : space.newRef(odicts.key(next)));
        switch (kind & ITEMS) {
            case KEYS:
                return key;
            case VALUES:
                try {
                    return odicts.dictType().getItem(od, key);
                } finally {
                    space.decref(key);
                }
            default:
                try {
                    long value = odicts.dictType().getItem(od, key);
                    try {
                        return space.tupleType.create(key, value);
                    } finally {
                        space.decref(value);
                    }
                } finally {
                    space.decref(key);
                }
        }
    }

    @Override
    public void forEachReferent(long o, LongConsumer visitor) {
        long od = memory.getLong(o + ODICT), key = memory.getLong(o + CURRENT);
        if (od != 0) {
            visitor.accept(od);
        }
        if (key != 0) {
            visitor.accept(key);
        }
    }

    @Override
    public void dealloc(long o) {
        space.untrack(o);
        long od = memory.getLong(o + ODICT), key = memory.getLong(o + CURRENT);
        space.freeGcObject(o, 0);
        space.xdecref(od);
        space.xdecref(key);
    }
}
