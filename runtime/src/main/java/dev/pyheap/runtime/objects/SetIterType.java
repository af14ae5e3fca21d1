package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;


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
public final class SetIterType extends IteratorType {
    static final int SET = 16;
    static final int USED = 24;
    static final int POS = 32;
    static final int LEN = 40;
    static final int SIZE = 48;

    SetIterType(ObjectSpace space) {
        super(space, "set_iterator", SIZE, SET, "si_set");
        defineReduceByCopy();
    }

    long create(long s) {
        long it = newIterator(s);
        long used = space.setType.size(s);
        memory.putLong(it + USED, used);
        memory.putLong(it + POS, 0);
        memory.putLong(it + LEN, used);
        space.track(it);
        return it;
    }

    @Override
    public long iterNext(long it) {
        long s = container(it);
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
            exhaust(it);
            return 0;
        }
        memory.putLong(it + LEN, memory.getLong(it + LEN) - 1);
        return space.newRef(sets.keyInSlot(s, i));
    }

    /** {@code __length_hint__}: the keys left, while the set kept its length. */
    @Override
    public long lengthHint(long it) {
        long s = container(it);
        return s != 0 && memory.getLong(it + USED) == space.setType.size(s) ? memory.getLong(it + LEN) : 0;
    }
}
