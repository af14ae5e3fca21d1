package dev.pyheap.runtime.internal;

/** What {@code list} and {@code tuple} share: items by index, compared and searched item by item. */
abstract class SequenceType extends PyType {

    SequenceType(Interpreter interp, String name, boolean gc) {
        super(interp, name, gc);
    }

    abstract long size(long o);

    /** The item at a normalised index (borrowed). */
    abstract long item(long o, long i);

    /** {@code a == b}: same type, same length, equal items in order. */
    @Override
    boolean equal(long a, long b) {
        if (a == b) {
            return true;
        }
        if (interp.typeOf(b) != this || size(a) != size(b)) {
            return false;
        }
        for (long i = 0, n = size(a); i < n; i++) {
            if (!interp.equal(item(a, i), item(b, i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code v in o}. */
    boolean contains(long o, long v) {
        for (long i = 0, n = size(o); i < n; i++) {
            if (interp.equal(item(o, i), v)) {
                return true;
            }
        }
        return false;
    }
}
