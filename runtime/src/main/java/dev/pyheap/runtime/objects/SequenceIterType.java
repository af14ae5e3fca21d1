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
 */
public final class SequenceIterType extends IteratorType {
    static final int INDEX = 16;
    static final int SEQ = 24;
    static final int SIZE = 32;

    SequenceIterType(ObjectSpace space, String name) {
        super(space, name, SIZE, SEQ, "it_seq");
    }

    /** {@code iter(seq)}: a new tracked iterator holding {@code seq}. New reference. */
    long create(long seq) {
        long it = newIterator(seq);
        memory.putLong(it + INDEX, 0);
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
        PyType type = space.typeOf(seq);
        if (i < type.length(seq)) {
            memory.putLong(it + INDEX, i + 1);
            return type.sequenceItem(seq, i);
        }
        exhaust(it);
        return 0;
    }

    /** {@code __length_hint__}: the items left. */
    @Override
    public long lengthHint(long it) {
        long seq = container(it);
        return seq == 0 ? 0 : Math.max(0, space.typeOf(seq).length(seq) - memory.getLong(it + INDEX));
    }
}
