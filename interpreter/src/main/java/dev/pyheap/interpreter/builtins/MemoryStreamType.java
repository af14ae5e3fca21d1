package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructType;

import java.util.function.LongConsumer;

/**
 * What {@code io.BytesIO} and {@code io.StringIO} share (Modules/_io/bytesio.c and stringio.c repeat
 * it): a GC-capable, subclassable struct whose only container is its {@code __dict__} (at the
 * offset the type's {@link #dictOffset} names), read-only as {@code _io._IOBase}'s getset makes it,
 * traversed and cleared alone; a base taken from the library's {@code _io} classes for CPython's
 * MRO; and {@code __setstate__}'s last item, a dict merged into the instance's.
 */
abstract class MemoryStreamType extends StructType {
    MemoryStreamType(ObjectSpace space, String name, long basicSize, int weaklist, Object... fields) {
        super(space, name, null, HAVE_GC | BASETYPE, basicSize, 0, weaklist, fields);
        traversesSelectively();
    }

    private int dictField() {
        return (int) dictOffset();
    }

    /**
     * {@code __dict__} in the type's namespace: CPython's is {@code _IOBase}'s getset
     * ({@code PyObject_GenericGetDict}, read-only); the library's {@code _IOBase} is a class whose
     * descriptor serves its own instances only, so the type has its own.
     */
    protected final void putDictGetSet() {
        putInDict("__dict__", space.getSetDescrType.create(this, "__dict__", o -> space.newRef(ownDict(o, dictField())), (o, v) -> {
            throw new PyException("AttributeError", "attribute '__dict__' of '_io._IOBase' objects is not writable");
        }));
    }

    /** {@code _io._memory_types}: the library's base class becomes this type's base, as in CPython's MRO. */
    void adoptBase(PyType base) {
        setPythonBase(base);
    }

    /** The end of the interpreter that gave the base: object is the base again (see {@code PyType.clearPythonBase}). */
    void releaseLibrary() {
        clearPythonBase();
    }

    @Override
    protected long instanceAttr(long o, long name) {
        long d = field(o, dictField());
        return d == 0 ? 0 : space.dictType.get(d, name);
    }

    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        setInOwnDict(o, dictField(), name, value);
        return true;
    }

    /** {@code bytesio_traverse}, {@code stringio_traverse}: the {@code __dict__} only. */
    @Override
    public void traverse(long o, LongConsumer visitor) {
        long d = field(o, dictField());
        if (d != 0) {
            visitor.accept(d);
        }
    }

    /** {@code bytesio_clear}, {@code stringio_clear}: the {@code __dict__}. */
    @Override
    public void clear(long o) {
        setField(o, dictField(), 0);
    }

    /**
     * {@code __setstate__}'s dict item ({@code ordinal}: its place in the state tuple, for the
     * message): None leaves the instance's dict alone, a dict is merged into it (or becomes it).
     */
    protected final void restoreDict(long o, long dict, String ordinal) {
        if (dict == space.none) {
            return;
        }
        if (!space.dictType.check(dict)) {
            throw new PyException("TypeError", ordinal + " item of state should be a dict, got a " + space.typeOf(dict).name);
        }
        long own = field(o, dictField());
        if (own != 0) {
            space.dictType.merge(own, dict);
        } else {
            setField(o, dictField(), dict);
        }
    }
}
