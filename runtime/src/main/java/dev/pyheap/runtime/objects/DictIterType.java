package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;


/**
 * {@code dict_keyiterator}, {@code dict_valueiterator}, {@code dict_itemiterator}: {@code iter(d)},
 * {@code iter(d.values())}, {@code iter(d.items())}; and their reverse twins
 * {@code dict_reversekeyiterator}, {@code dict_reversevalueiterator}, {@code dict_reverseitemiterator}
 * ({@code reversed(d)}, {@code reversed(d.values())}, {@code reversed(d.items())}), which walk the
 * entries from the last one down ({@code dictreviter_iternext}). GC-capable and tracked, 72 bytes
 * with the header.
 * <pre>
 *   -16 PyGC_Head
 *   +0  ob_refcnt  +8 ob_type
 *   +16 di_dict    the dict (counted), 0 once exhausted
 *   +24 di_used    the dict's length when the iteration started; -1 once it changed
 *   +32 di_pos     the next entry position (a split table: the next place in its insertion order);
 *                  a reverse iterator starts at the last one and counts down
 *   +40 di_result  the items iterator's result tuple (counted), 0 for the others
 *   +48 len        keys left
 * </pre>
 * As {@code dictiter_iternextkey}: a dict whose length changed raises
 * {@code RuntimeError: dictionary changed size during iteration} (and keeps raising it); one that
 * changed keys but not its length raises {@code dictionary keys changed during iteration} when a
 * key turns up after {@code len} reached 0. The items iterator makes its {@code (None, None)}
 * result tuple with itself and hands it out again, refilled, whenever the caller let go of the
 * previous one ({@code dictiter_iternextitem}: {@code for k, v in d.items()} allocates no tuple per
 * entry). A reverse iterator checks only the length ({@code dictreviter_iternext} has no
 * "keys changed" test).
 */
public final class DictIterType extends IteratorType {
    static final int DICT = 16;
    static final int USED = 24;
    static final int POS = 32;
    static final int RESULT = 40;
    static final int LEN = 48;
    static final int SIZE = 56;

    /** What an iterator yields. */
    enum Kind { KEY, VALUE, ITEM }

    private final Kind kind;
    private final boolean reversed;

    DictIterType(ObjectSpace space, Kind kind, boolean reversed) {
        super(space, "dict_" + (reversed ? "reverse" : "") + kind.name().toLowerCase() + "iterator", SIZE, DICT, "di_dict");
        this.kind = kind;
        this.reversed = reversed;
        defineReduceByCopy();
    }

    /** The reverse iterators leave {@code tp_getattro} to {@code object}'s; the forward ones set it. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return reversed ? adjusted(super.slots(), java.util.List.of(), SlotWrappers.Slot.TP_GETATTRO) : super.slots();
    }

    long create(long d) {
        long it = newIterator(d);
        long used = space.dictType.size(d);
        memory.putLong(it + USED, used);
        memory.putLong(it + POS, reversed ? space.dictType.lastPosition(d) : 0);
        memory.putLong(it + RESULT, kind == Kind.ITEM ? space.tupleType.create(space.none, space.none) : 0);
        memory.putLong(it + LEN, used);
        space.track(it);
        return it;
    }

    @Override
    public long iterNext(long it) {
        long d = container(it);
        if (d == 0) {
            return 0;
        }
        DictType dicts = space.dictType;
        if (memory.getLong(it + USED) != dicts.size(d)) {
            memory.putLong(it + USED, -1); // sticky
            throw new PyException("RuntimeError", "dictionary changed size during iteration");
        }
        long pos = reversed ? dicts.previousPosition(d, memory.getLong(it + POS)) : dicts.nextPosition(d, memory.getLong(it + POS));
        if (pos < 0) {
            exhaust(it);
            return 0;
        }
        long left = memory.getLong(it + LEN);
        if (left == 0 && !reversed) {
            exhaust(it);
            throw new PyException("RuntimeError", "dictionary keys changed during iteration");
        }
        memory.putLong(it + POS, reversed ? pos - 1 : pos + 1);
        memory.putLong(it + LEN, left - 1);
        return switch (kind) {
            case KEY -> space.newRef(dicts.keyAt(d, pos));
            case VALUE -> space.newRef(dicts.valueAtPosition(d, pos));
            case ITEM -> item(it, dicts.keyAt(d, pos), dicts.valueAtPosition(d, pos));
        };
    }

    /** The result tuple refilled when only the iterator holds it, else a new one. A new reference. */
    private long item(long it, long key, long value) {
        return space.tupleType.recycleOrCreate(memory.getLong(it + RESULT), space.newRef(key), space.newRef(value));
    }

    @Override
    long ownedResult(long it) {
        return memory.getLong(it + RESULT);
    }

    /** {@code __length_hint__}: the keys left, while the dict kept its length. */
    @Override
    public long lengthHint(long it) {
        long d = container(it);
        return d != 0 && memory.getLong(it + USED) == space.dictType.size(d) ? memory.getLong(it + LEN) : 0;
    }
}
