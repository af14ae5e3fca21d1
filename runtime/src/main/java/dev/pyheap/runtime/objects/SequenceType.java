package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.state.*;
import dev.pyheap.runtime.gc.*;
import dev.pyheap.runtime.modules.*;
import dev.pyheap.runtime.sanity.*;
import dev.pyheap.runtime.inject.*;

/** What {@code list} and {@code tuple} share: items by index, compared and searched item by item. */
public abstract class SequenceType extends PyType {

    public SequenceType(ObjectSpace interp, String name, boolean gc) {
        super(interp, name, gc);
    }

    public abstract long size(long o);

    /** The item at a normalised index (borrowed). */
    public abstract long item(long o, long i);

    /** {@code a == b}: same type, same length, equal items in order. */
    @Override
    public boolean equal(long a, long b) {
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
    public boolean contains(long o, long v) {
        for (long i = 0, n = size(o); i < n; i++) {
            if (interp.equal(item(o, i), v)) {
                return true;
            }
        }
        return false;
    }
}
