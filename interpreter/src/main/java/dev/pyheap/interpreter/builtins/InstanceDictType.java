package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructType;

/**
 * A built-in type whose instances are nothing but their {@code __dict__} (subclassable, GC-capable):
 * {@code types.SimpleNamespace}, and the instances of the classes {@code site} writes in Python
 * ({@code _sitebuiltins._Printer}, {@code _Helper}), whose state lives in their dict as CPython's does.
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 __dict__ (counted; tp_dictoffset)
 * </pre>
 */
abstract sealed class InstanceDictType extends StructType permits NamespaceType, PrinterType, HelperType {
    static final int DICT = 16, SIZE = 24;

    InstanceDictType(ObjectSpace space, String name) {
        super(space, name, null, HAVE_GC | BASETYPE, SIZE, 0, 0, "__dict__", DICT);
    }

    @Override
    protected void fillDict() {
        super.fillDict();
        putInDict("__dict__", dictIsMember()
                ? space.memberDescrType.createAccessor(this, "__dict__", o -> space.newRef(dict(o)), (o, v) -> {
                    throw new dev.pyheap.runtime.PyException("AttributeError", "readonly attribute"); // a READONLY member's message
                })
                : space.getSetDescrType.create(this, "__dict__", o -> space.newRef(dict(o)), null));
    }

    /** Whether the type declares {@code __dict__} as a read-only member ({@code namespace_members}) rather than a getset. */
    protected boolean dictIsMember() {
        return false;
    }

    /** A tracked instance with an empty dict. New reference. */
    protected final long empty() {
        long o = allocateStruct(SIZE);
        memory.putLong(o + DICT, space.dictType.create());
        space.track(o);
        return o;
    }

    /** The instance's dict (borrowed). */
    protected final long dict(long o) {
        return field(o, DICT);
    }

    @Override
    public long dictOffset() {
        return DICT;
    }

    @Override
    protected long instanceAttr(long o, long name) {
        return space.dictType.get(dict(o), name);
    }

    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        setInOwnDict(o, DICT, name, value);
        return true;
    }

    /** The repr as Java text: what {@link #reprObject} makes. */
    @Override
    public String repr(long o) {
        long s = reprObject(o);
        try {
            return space.strType.value(s);
        } finally {
            space.decref(s);
        }
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        long o = empty();
        return subtype == this ? o : subtype.adopt(o);
    }
}
