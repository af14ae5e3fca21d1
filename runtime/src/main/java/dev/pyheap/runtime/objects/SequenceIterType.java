package dev.pyheap.runtime.objects;

/**
 * The iterators of the sequences: {@code list_iterator}, {@code tuple_iterator},
 * {@code str_ascii_iterator}, {@code str_iterator} and {@code bytes_iterator}, one registration
 * each (CPython has a type for each, with this one layout), GC-capable and tracked, 48 bytes with
 * the header.
 * <pre>
 *   -16 PyGC_Head
 *   +0  ob_refcnt  +8 ob_type
 *   +16 it_index   the next index
 *   +24 it_seq     the sequence (counted), 0 once the iterator is exhausted
 * </pre>
 * {@code next} gives the sequence's item at {@code it_index} while it is below the sequence's
 * current length ({@code sq_item}, so a list that grows meanwhile yields its new items); past it the
 * iterator drops its sequence and stays exhausted, returning 0 without an exception.
 *
 * <p>{@code list_reverseiterator} ({@code reversed(list)}, through {@code list.__reversed__}) has the
 * same layout and walks down: it starts at the last index and yields while {@code 0 <= it_index <
 * len} (a list that shrank meanwhile ends it), as {@code listreviter_next}.
 */
public final class SequenceIterType extends IteratorType {
    static final int INDEX = 16;
    static final int SEQ = 24;
    static final int SIZE = 32;

    private final boolean reverse;
    /**
     * The list or tuple type whose instances (and subclasses' instances) this iterator walks by
     * their size and item slots directly, as {@code listiter_next} and {@code tupleiter_next} do
     * (a subclass's {@code __len__} and {@code __getitem__} are not asked); null for the others.
     */
    private final SequenceType items;
    /**
     * The built-in type whose length and items the others read (str, bytes, bytearray): its own
     * slots, never a subclass's {@code __len__} or {@code __getitem__}, as {@code unicodeiter_next},
     * {@code striter_next} (bytes) and {@code bytearrayiter_next} read the object's data directly.
     */
    private final PyType base;
    /** The empty sequence an exhausted iterator's {@code __reduce__} names (a new reference each call). */
    private final java.util.function.LongSupplier emptySequence;

    SequenceIterType(ObjectSpace space, String name, PyType base, java.util.function.LongSupplier emptySequence) {
        super(space, name, SIZE, SEQ, "it_seq");
        this.reverse = false;
        this.items = null;
        this.base = base;
        this.emptySequence = emptySequence;
        definePickling();
    }

    SequenceIterType(ObjectSpace space, String name, boolean reverse, SequenceType items,
            java.util.function.LongSupplier emptySequence) {
        super(space, name, SIZE, SEQ, "it_seq");
        this.reverse = reverse;
        this.items = items;
        this.base = items;
        this.emptySequence = emptySequence;
        definePickling();
    }

    private void definePickling() {
        defineMethod("__reduce__", (self, args) -> {
            Args.none(name + ".__reduce__", args);
            return reduce(self);
        });
        defineMethod("__setstate__", (self, args) -> {
            setState(self, Args.one(name + ".__setstate__", args));
            return space.newNone();
        });
    }

    private long seqLength(long seq) {
        return items != null ? items.size(seq) : base.length(seq);
    }

    private long reduce(long it) {
        long seq = container(it);
        long callable = space.moduleType.builtin(seq != 0 && reverse ? "reversed" : "iter");
        if (seq != 0) {
            long index = space.newInt(memory.getLong(it + INDEX));
            long args = space.tupleType.create(seq);
            try {
                return space.tupleType.create(callable, args, index);
            } finally {
                space.decref(args);
                space.decref(index);
            }
        }
        long empty = emptySequence.getAsLong();
        long args = 0;
        try {
            args = space.tupleType.create(empty);
            return space.tupleType.create(callable, args);
        } finally {
            space.decref(empty);
            space.xdecref(args);
        }
    }

    private void setState(long it, long state) {
        if (!space.intType.check(state)) {
            throw new dev.pyheap.runtime.PyException("TypeError", "an integer is required");
        }
        long index = space.intType.asSsize(state);
        long seq = container(it);
        if (seq == 0) {
            return;
        }
        long n = seqLength(seq);
        long low = reverse ? -1 : 0;
        long high = reverse ? n - 1 : n;
        memory.putLong(it + INDEX, Math.max(low, Math.min(high, index)));
    }

    /** {@code iter(seq)} (or {@code reversed(seq)}): a new tracked iterator holding {@code seq}. New reference. */
    long create(long seq) {
        long it = newIterator(seq);
        memory.putLong(it + INDEX, reverse ? (items != null ? items.size(seq) : base.length(seq)) - 1 : 0);
        space.track(it);
        return it;
    }

    @Override
    public long iterNext(long it) {
        long seq = container(it);
        if (seq == 0) {
            return 0;
        }
        long i = memory.getLong(it + INDEX);
        if (items != null) {
            if (i >= 0 && i < items.size(seq)) {
                memory.putLong(it + INDEX, reverse ? i - 1 : i + 1);
                return space.newRef(items.item(seq, i));
            }
            exhaust(it);
            return 0;
        }
        if (i >= 0 && i < base.length(seq)) {
            memory.putLong(it + INDEX, reverse ? i - 1 : i + 1);
            return base.sequenceItem(seq, i);
        }
        exhaust(it);
        return 0;
    }

    /** {@code __length_hint__}: the items left. */
    @Override
    public long lengthHint(long it) {
        long seq = container(it);
        if (seq == 0) {
            return 0;
        }
        long i = memory.getLong(it + INDEX);
        long n = items != null ? items.size(seq) : base.length(seq);
        if (reverse) {
            return i >= 0 && i < n ? i + 1 : 0;
        }
        return Math.max(0, n - i);
    }
}
