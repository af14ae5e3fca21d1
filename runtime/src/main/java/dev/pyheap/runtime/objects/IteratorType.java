package dev.pyheap.runtime.objects;

import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * What the iterator types share ({@code PyObject_SelfIter} and the rest): an iterator is its own
 * iterator, holds one counted reference to what it iterates over (at {@link #held}, 0 once
 * exhausted, when it lets go of it), is GC-capable and tracked, has no {@code tp_clear} (the
 * container's breaks a cycle through it, as in CPython) and deallocates without the trashcan.
 */
public abstract class IteratorType extends PyType {
    /** Offset of the reference to what the iterator iterates over. */
    private final int held;
    /** That field's name in CPython ({@code it_seq}, {@code di_dict}, ...), for messages. */
    private final String heldName;

    IteratorType(ObjectSpace space, String name, long basicSize, int held, String heldName) {
        super(space, name, null, HAVE_GC | IMMUTABLETYPE, basicSize, 0);
        this.held = held;
        this.heldName = heldName;
        defineMethod("__length_hint__", (self, args) -> {
            Args.none(name + ".__length_hint__", args);
            return space.newInt(Math.max(0, lengthHint(self)));
        });
    }

    /**
     * Adds {@code __reduce__} as {@code setiter_reduce} and {@code dictiter_reduce} make it:
     * {@code (iter, (list,))}, the list holding what a copy of the iterator, in the same state,
     * still gives (the iterator itself does not move; a container whose size changed raises as
     * the iteration would).
     */
    final void defineReduceByCopy() {
        defineMethod("__reduce__", (self, args) -> {
            Args.none(name + ".__reduce__", args);
            long copy = space.newGcObject(this, basicSize(), 0);
            memory.copy(self + Layout.OBJECT_HEAD, copy + Layout.OBJECT_HEAD, basicSize() - Layout.OBJECT_HEAD);
            for (long held : new long[] {container(copy), ownedResult(copy)}) {
                if (held != 0) {
                    space.incref(held);
                }
            }
            space.track(copy);
            long list = space.listType.create();
            try {
                space.listType.extend(list, copy);
                long callArgs = space.tupleType.create(list);
                try {
                    return space.tupleType.create(space.moduleType.builtin("iter"), callArgs);
                } finally {
                    space.decref(callArgs);
                }
            } finally {
                space.decref(list);
                space.decref(copy);
            }
        });
    }

    /** A new untracked iterator over {@code container} (counted); the caller sets its other fields, then tracks it. */
    final long newIterator(long container) {
        long it = space.newGcObject(this, basicSize(), 0);
        memory.putLong(it + held, space.newRef(container));
        return it;
    }

    /** What the iterator iterates over (borrowed), or 0 once exhausted. */
    final long container(long it) {
        return memory.getLong(it + held);
    }

    /** Exhausted: lets go of the container ({@code it->it_seq = NULL; Py_DECREF(seq)}). */
    final void exhaust(long it) {
        long c = container(it);
        memory.putLong(it + held, 0);
        space.decref(c);
    }

    @Override
    public final boolean isIterator() {
        return true;
    }

    /**
     * A second reference the iterator owns besides its container, 0 for none (the items iterator's
     * recycled result tuple, {@code di_result}); visited and released with the container.
     */
    long ownedResult(long it) {
        return 0;
    }

    @Override
    public final void forEachReferent(long it, LongConsumer visitor) {
        long c = container(it);
        if (c != 0) {
            visitor.accept(c);
        }
        long r = ownedResult(it);
        if (r != 0) {
            visitor.accept(r);
        }
    }

    @Override
    public final String referentName(long it, int ordinal, LongFunction<String> text) {
        if (ordinal == 0 && container(it) != 0) {
            return heldName;
        }
        return ownedResult(it) != 0 && ordinal == (container(it) != 0 ? 1 : 0) ? "di_result" : super.referentName(it, ordinal, text);
    }

    @Override
    public final void dealloc(long it) {
        space.untrack(it);
        space.xdecref(container(it));
        space.xdecref(ownedResult(it));
        space.typeOf(it).tpFree(it);
    }

    @Override
    public final boolean usesTrashcan() {
        return false;
    }
}
