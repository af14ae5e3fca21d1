package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructType;

/**
 * What the iterator types of Modules/itertoolsmodule.c share: a GC-capable struct of counted
 * pointers (declared once, in the order the C {@code *_traverse} visits them, so that
 * {@code gc.get_referents} answers as CPython's does), {@code PyObject_SelfIter} as
 * {@code tp_iter}, and the argument checks their {@code tp_new}s make ({@code _PyArg_NoKeywords},
 * {@code _PyArg_CheckPositional}, {@code PyArg_ParseTupleAndKeywords}). Each type's class says
 * its layout; the types are static in 3.11, so an exact instance's traversal does not visit its
 * type.
 */
abstract class IterToolType extends StructType {
    /** {@code ob_item} of a tuple: a result tuple refilled in place when its only holder is the iterator. */
    static final int TUPLE_ITEMS = 24;

    IterToolType(ObjectSpace space, String name, int flags, long basicSize, int weaklist, Object... fields) {
        super(space, "itertools." + name, null, HAVE_GC | flags, basicSize, 0, weaklist, fields);
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    /** A zeroed untracked instance of this type's basic size; the caller fills it and tracks it. */
    final long allocate() {
        return allocateStruct(basicSize());
    }

    /** The short name ({@code _PyType_Name}): what the messages and reprs say. */
    final String shortName() {
        return name.substring(name.indexOf('.') + 1);
    }

    /**
     * Argument Clinic's keyword refusal: for the exact type, or a subclass that keeps the type's
     * {@code tp_init}, keywords are an error ({@code cycle() takes no keyword arguments}).
     */
    final void noKeywords(PyType subtype, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) != 0
                && (subtype == this || subtype.lookup("__init__") == lookup("__init__"))) {
            throw new PyException("TypeError", shortName() + "() takes no keyword arguments");
        }
    }

    /** {@code _PyArg_NoKeywords} for the exact type only (islice, chain: hand-written {@code tp_new}s). */
    final void noKeywordsExact(PyType subtype, long kwargs) {
        if (subtype == this && kwargs != 0 && space.dictType.size(kwargs) != 0) {
            throw new PyException("TypeError", shortName() + "() takes no keyword arguments");
        }
    }

    /** {@code _PyArg_CheckPositional}: {@code cycle expected 1 argument, got 0}. The positionals, borrowed. */
    final long[] positional(long args, int min, int max) {
        int n = (int) space.tupleType.size(args);
        if (n < min || n > max) {
            int bound = n < min ? min : max;
            String which = min == max ? "" : n < min ? "at least " : "at most ";
            throw new PyException("TypeError", shortName() + " expected " + which + bound + " argument"
                    + (bound == 1 ? "" : "s") + ", got " + n);
        }
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            p[i] = space.tupleType.item(args, i);
        }
        return p;
    }

    /** {@code PyArg_ParseTuple}'s count check of a {@code __setstate__} tuple: {@code function takes exactly 2 arguments (1 given)}. */
    final void parseTupleCount(long state, int min, int max) {
        long n = space.tupleType.size(state);
        if (n < min || n > max) {
            int bound = n < min ? min : max;
            String which = min == max ? "exactly" : n < min ? "at least" : "at most";
            throw new PyException("TypeError", "function takes " + which + " " + bound + " argument"
                    + (bound == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    /** {@code PyArg_ParseTupleAndKeywords} with {@code required} leading parameters named {@code names}. */
    final long[] keywords(long args, long kwargs, int required, String... names) {
        return FunctoolsModule.parse(space, shortName(), args, kwargs, required, names);
    }

    /** {@code PyObject_GetIter}: a new reference. */
    final long getIter(long iterable) {
        return Abstract.getIter(space, iterable);
    }

    /** A new tuple taking over the references in {@code items}. */
    final long steal(long... items) {
        return space.tupleType.createStealing(items);
    }

    /** A new reference to {@code o}, for {@link #steal}. */
    final long ref(long o) {
        return space.newRef(o);
    }

    /** A new reference to the type of {@code o} (a subclass's instance reduces to its class). */
    final long typeRef(long o) {
        return space.newRef(space.typeOf(o).typeObject());
    }

    /** {@code PyTuple_SET_ITEM} of a new reference to {@code v} in a tuple only the iterator holds, releasing the old item. */
    final void replaceItem(long tuple, long i, long v) {
        long at = tuple + TUPLE_ITEMS + 8 * i;
        long old = memory.getLong(at);
        memory.putLong(at, space.newRef(v));
        space.decref(old);
    }

    /** The result tuple reused ({@code Py_REFCNT(result) == 1}) or copied; retracked as {@code recycleOrCreate} does. */
    final long ownResult(long o, int resultField, int n) {
        long result = field(o, resultField);
        if (space.refcount(result) > 1) {
            long copy = space.tupleType.fromArray(result + TUPLE_ITEMS, n);
            putField(o, resultField, copy);
            return copy;
        }
        if (n > 0 && !space.isTracked(result)) {
            space.track(result);
        }
        return result;
    }

    /** A {@code Py_ssize_t} array of {@code n} entries ({@code PyMem_New}), the block's address. */
    final long newIndices(long n) {
        return space.allocate(Math.max(8, 8 * n));
    }

    /** {@code PyObject_IsTrue} of a new reference, which it releases. */
    final boolean truthAndRelease(long v) {
        try {
            return Abstract.isTrue(space, v);
        } finally {
            space.decref(v);
        }
    }
}
