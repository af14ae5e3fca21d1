package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code staticmethod} and {@code classmethod} (Objects/funcobject.c): a callable wrapped so that
 * found on a class it is not bound to the instance ({@code sm_descr_get}: the callable itself) or is
 * bound to the class ({@code cm_descr_get}: a method of the type). 48 bytes as CPython's
 * {@code sys.getsizeof}: the callable at +16, a {@code __dict__} at +24 (made when first needed). In
 * 3.10 and later a staticmethod is callable itself, and {@code staticmethod(f)} / {@code classmethod(f)}
 * copy {@code f}'s {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} and
 * {@code __annotations__} into that {@code __dict__} ({@code functools_wraps} in {@code sm_init} /
 * {@code cm_init}): so each decorated method owns a tracked dict, and reading the function's
 * {@code __annotations__} gives it its (empty, untracked) annotations dict, as in CPython. The wrappers
 * the runtime makes itself ({@code PyClassMethod_New}) copy nothing.
 */
public final class CallableWrapperType extends StructType {
    static final int CALLABLE = 16, DICT = 24;
    private final boolean classMethod;

    CallableWrapperType(ObjectSpace space, String name) {
        super(space, name, null, HAVE_GC | BASETYPE, 32, 0, 0, "callable", CALLABLE, "dict", DICT);
        this.classMethod = name.equals("classmethod");
    }

    /** {@code staticmethod(f)} / {@code classmethod(f)}. New reference. */
    public long create(long callable) {
        long o = allocateStruct(32);
        setField(o, CALLABLE, callable);
        space.track(o);
        return o;
    }

    /** The wrapped callable (borrowed). */
    public long callable(long o) {
        return field(o, CALLABLE);
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (kwargs != 0 && space.dictType.size(kwargs) > 0) {
            throw new PyException("TypeError", name + "() takes no keyword arguments");
        }
        long n = space.tupleType.size(args);
        if (n != 1) {
            throw new PyException("TypeError", name + " expected 1 argument, got " + n);
        }
        long callable = space.tupleType.item(args, 0);
        long o = create(callable);
        if (subtype != this) {
            o = subtype.adopt(o);
        }
        try {
            wraps(o, callable);
        } catch (RuntimeException e) {
            space.decref(o);
            throw e;
        }
        return o;
    }

    /** {@code functools_wraps}: the callable's attributes that it has, set on the wrapper. */
    private void wraps(long o, long callable) {
        for (String attribute : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            long v = Abstract.lookupAttr(space, callable, attribute);
            if (v != 0) {
                try {
                    Abstract.setAttr(space, o, attribute, v);
                } finally {
                    space.decref(v);
                }
            }
        }
    }

    /** {@code tp_dictoffset}: the wrapper's own {@code __dict__}. */
    @Override
    public long dictOffset() {
        return DICT;
    }

    @Override
    protected long instanceAttr(long o, long name) {
        long dict = field(o, DICT);
        return dict == 0 ? 0 : space.dictType.get(dict, name);
    }

    @Override
    protected boolean setInstanceAttr(long o, long name, long value) {
        setInOwnDict(o, DICT, name, value);
        return true;
    }

    @Override
    public boolean hasDescrGet() {
        return true;
    }

    @Override
    public long descrGet(long o, long obj, long type) {
        long f = field(o, CALLABLE);
        if (!classMethod) {
            return space.newRef(f);
        }
        if (type == 0) {
            type = space.memory.getLong(obj + Layout.OB_TYPE);
        }
        // cm_descr_get (3.9-3.12): a wrapped object with __get__ is bound through it, with the
        // class as both instance and owner, so classmethod(property(...)) gives the property's value
        PyType ft = space.typeOf(f);
        if (ft.hasDescrGet()) {
            return ft.descrGet(f, type, type);
        }
        return space.methodType.create(f, type);
    }

    @Override
    public boolean isCallable() {
        return !classMethod;
    }

    @Override
    public long call(long o, long args, long nargsf, long kwnames) {
        if (classMethod) {
            throw notCallable();
        }
        return Abstract.vectorcall(space, field(o, CALLABLE), args, nargsf, kwnames);
    }

    @Override
    public long lookupAttr(long o, long name) {
        StrType str = space.strType;
        if (str.contentEquals(name, "__func__") || str.contentEquals(name, "__wrapped__")) {
            return space.newRef(field(o, CALLABLE));
        }
        if (str.contentEquals(name, "__isabstractmethod__")) { // cm_get___isabstractmethod__
            return Abstract.isAbstract(space, field(o, CALLABLE)) ? space.newTrue() : space.newFalse();
        }
        if (str.contentEquals(name, "__dict__")) {
            if (field(o, DICT) == 0) {
                memory.putLong(o + DICT, space.dictType.create());
            }
            return space.newRef(field(o, DICT));
        }
        return genericLookupAttr(o, name);
    }

    @Override
    public String repr(long o) {
        return "<" + name + "(" + Abstract.repr(space, field(o, CALLABLE)) + ")>";
    }

    /** {@code cm_init} / {@code sm_init}, the descriptor's {@code __get__}; only a staticmethod is callable (3.10's {@code sm_call}). */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        java.util.Set<SlotWrappers.Slot> s = adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_INIT), SlotWrappers.Slot.TP_GETATTRO);
        return classMethod ? adjusted(s, java.util.List.of(), SlotWrappers.Slot.TP_CALL) : s;
    }

    /** {@code cm_memberlist} / {@code sm_memberlist} and the {@code __isabstractmethod__} getset. */
    @Override
    protected void fillDict() {
        putMembers("__func__", "__wrapped__");
        putGetSets("__isabstractmethod__", "__dict__"); // cm_getsetlist: __dict__ by PyObject_GenericGetDict
    }
}
