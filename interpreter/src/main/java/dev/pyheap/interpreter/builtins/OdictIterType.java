package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.StructType;

/**
 * {@code odict_iterator} (Objects/odictobject.c's {@code odictiterobject}): walks an OrderedDict's
 * list by key, giving keys, values or (key, value) pairs, forwards or reversed; what
 * {@code iter(od)}, {@code reversed(od)} and the views' iterators are. GC-capable, 80 bytes with
 * the header.
 * <pre>
 *   +16 kind (int: 1 reversed, 2 keys, 4 values)  +24 di_odict (counted; 0 once done)
 *   +32 di_size  +40 di_state  +48 di_current (the next key, counted)  +56 di_result (items: the recycled tuple)
 * </pre>
 * It keeps the next key, not the next node, and finds that key's node at each step. A node added
 * or removed since the iterator was made (the OrderedDict's {@code od_state} moved, which
 * {@code move_to_end} does too) ends the iteration with RuntimeError "OrderedDict mutated during
 * iteration"; a changed length with the same state, "OrderedDict changed size during iteration"
 * (and again at every later step); a next key no longer there, KeyError.
 */
final class OdictIterType extends StructType {
    static final int REVERSED = 1, KEYS = 2, VALUES = 4, ITEMS = KEYS | VALUES;
    private static final int KIND = 16, ODICT = 24, DI_SIZE = 32, DI_STATE = 40, CURRENT = 48, RESULT = 56, SIZE = 64;
    private final OrderedDictType odicts;

    OdictIterType(ObjectSpace space, OrderedDictType odicts) {
        super(space, "odict_iterator", null, HAVE_GC, SIZE, 0, 0, "di_odict", ODICT, "di_current", CURRENT, "di_result", RESULT);
        this.odicts = odicts;
    }

    /** {@code odictiter_new}: an iterator of {@code kind} (with {@link #REVERSED} or not) over {@code od}. New reference. */
    long create(long od, int kind, boolean reversed) {
        long it = allocateStruct(SIZE);
        long node = reversed ? odicts.last(od) : odicts.first(od);
        memory.putLong(it + KIND, kind | (reversed ? REVERSED : 0));
        memory.putLong(it + RESULT, (kind & ITEMS) == ITEMS ? space.tupleType.create(space.none, space.none) : 0);
        memory.putLong(it + CURRENT, node == 0 ? 0 : space.newRef(odicts.key(node)));
        memory.putLong(it + DI_SIZE, odicts.length(od));
        memory.putLong(it + DI_STATE, odicts.state(od));
        memory.putLong(it + ODICT, space.newRef(od));
        space.track(it);
        return it;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    private int kind(long it) {
        return (int) memory.getLong(it + KIND);
    }

    /** {@code odictiter_nextkey}: the next key (a new reference) or 0 at the end. */
    private long nextKey(long it) {
        long od = memory.getLong(it + ODICT);
        if (od == 0) {
            return 0;
        }
        long key = memory.getLong(it + CURRENT);
        if (key == 0) {
            putField(it, ODICT, 0);
            return 0;
        }
        if (odicts.state(od) != memory.getLong(it + DI_STATE)) {
            putField(it, ODICT, 0);
            throw new PyException("RuntimeError", "OrderedDict mutated during iteration");
        }
        if (memory.getLong(it + DI_SIZE) != odicts.length(od)) {
            memory.putLong(it + DI_SIZE, -1); // sticky
            throw new PyException("RuntimeError", "OrderedDict changed size during iteration");
        }
        long node = odicts.findNode(od, key);
        if (node == 0) {
            PyException gone = space.exceptions.setObject("KeyError", key);
            putField(it, CURRENT, 0);
            throw gone;
        }
        node = odicts.next(node, (kind(it) & REVERSED) != 0);
        memory.putLong(it + CURRENT, node == 0 ? 0 : space.newRef(odicts.key(node)));
        return key;
    }

    /** {@code odictiter_iternext}: a key, a value (from the dict, no {@code __missing__}) or an item in the recycled tuple. */
    @Override
    public long iterNext(long it) {
        long key = nextKey(it);
        int kind = kind(it);
        if (key == 0 || (kind & VALUES) == 0) {
            return key;
        }
        long value = odicts.value(memory.getLong(it + ODICT), key);
        if (value == 0) {
            PyException gone = space.exceptions.setObject("KeyError", key);
            space.decref(key);
            putField(it, CURRENT, 0);
            putField(it, ODICT, 0);
            throw gone;
        }
        if ((kind & KEYS) == 0) {
            space.decref(key);
            return space.newRef(value);
        }
        return space.tupleType.recycleOrCreate(memory.getLong(it + RESULT), key, space.newRef(value));
    }

    /** No {@code tp_clear}: the iterator changes nothing it holds; the OrderedDict's clear breaks a cycle through it. */
    @Override
    public void clear(long it) {
    }

    /** {@code odictiter_dealloc}: untracked, the OrderedDict, the next key and the result tuple released, then freed. */
    @Override
    public void dealloc(long it) {
        space.untrack(it);
        super.clear(it);
        space.typeOf(it).tpFree(it);
    }

    @Override
    public boolean usesTrashcan() {
        return false;
    }
}
