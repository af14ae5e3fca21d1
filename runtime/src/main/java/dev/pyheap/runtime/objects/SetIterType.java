package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * {@code set_iterator}: {@code iter(s)}, GC-capable and tracked, 64 bytes with the header.
 * <pre>
 *   -16 PyGC_Head
 *   +0  ob_refcnt  +8 ob_type
 *   +16 si_set     the set (counted), 0 once exhausted
 *   +24 si_used    the set's length when the iteration started; -1 once it changed
 *   +32 si_pos     the next slot of the table
 *   +40 len        keys left
 * </pre>
 * Keys come in table order; a set whose length changed raises
 * {@code RuntimeError: Set changed size during iteration} (and keeps raising it).
 */
public final class SetIterType extends PyType {
    static final int SET = 16;
    static final int USED = 24;
    static final int POS = 32;
    static final int LEN = 40;
    static final int SIZE = 48;

    SetIterType(ObjectSpace space) {
        super(space, "set_iterator", null, HAVE_GC | IMMUTABLETYPE, SIZE, 0);
    }

    long create(long s) {
        long it = space.newGcObject(this, SIZE, 0);
        long used = space.setType.size(s);
        memory.putLong(it + SET, space.newRef(s));
        memory.putLong(it + USED, used);
        memory.putLong(it + POS, 0);
        memory.putLong(it + LEN, used);
        space.track(it);
        return it;
    }

    @Override
    public long iter(long it) {
        return space.newRef(it);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public long iterNext(long it) {
        long s = memory.getLong(it + SET);
        if (s == 0) {
            return 0;
        }
        SetType sets = space.setType;
        if (memory.getLong(it + USED) != sets.size(s)) {
            memory.putLong(it + USED, -1); // sticky
            throw new PyException("RuntimeError", "Set changed size during iteration");
        }
        long i = memory.getLong(it + POS);
        long last = sets.lastSlot(s);
        while (i <= last && sets.keyInSlot(s, i) == 0) {
            i++;
        }
        memory.putLong(it + POS, i + 1);
        if (i > last) {
            memory.putLong(it + SET, 0);
            space.decref(s);
            return 0;
        }
        memory.putLong(it + LEN, memory.getLong(it + LEN) - 1);
        return space.newRef(sets.keyInSlot(s, i));
    }

    /** {@code __length_hint__}: the keys left, while the set kept its length. */
    @Override
    public long lengthHint(long it) {
        long s = memory.getLong(it + SET);
        return s != 0 && memory.getLong(it + USED) == space.setType.size(s) ? memory.getLong(it + LEN) : 0;
    }

    @Override
    public void forEachReferent(long it, LongConsumer visitor) {
        long s = memory.getLong(it + SET);
        if (s != 0) {
            visitor.accept(s);
        }
    }

    @Override
    public String referentName(long it, int ordinal, LongFunction<String> text) {
        return ordinal == 0 ? "si_set" : super.referentName(it, ordinal, text);
    }

    @Override
    public void dealloc(long it) {
        space.untrack(it);
        space.xdecref(memory.getLong(it + SET));
        space.freeGcObject(it, 0);
    }

    @Override
    public boolean usesTrashcan() {
        return false;
    }
}
