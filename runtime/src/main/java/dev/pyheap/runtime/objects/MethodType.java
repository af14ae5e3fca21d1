package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code method} ({@code PyMethodObject}, Objects/classobject.c): a function bound to an instance,
 * what {@code f = obj.meth} makes (while {@code obj.meth()} makes none: {@code LOAD_METHOD}).
 * 64 bytes as CPython's {@code sys.getsizeof}:
 * <pre>
 *   -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 im_func  +24 im_self  +32 im_weakreflist  +40 vectorcall
 * </pre>
 * Calling it calls the function with {@code self} in front of the arguments ({@code method_vectorcall}:
 * in the slot before them when the caller allows it, {@code PY_VECTORCALL_ARGUMENTS_OFFSET}, else in
 * a copy on the argument area).
 */
public final class MethodType extends StructType {
    static final int FUNC = 16, SELF = 24, WEAKLIST = 32;

    MethodType(ObjectSpace space) {
        super(space, "method", null, HAVE_GC | HAVE_VECTORCALL | IMMUTABLETYPE, 48, 0, WEAKLIST,
                "im_func", FUNC, "im_self", SELF);
        // method_reduce: getattr(obj, name) rebuilds it, so a bound method pickles (multiprocessing's targets)
        defineMethod("__reduce__", (self, args) -> {
            Args.none("method.__reduce__", args);
            long name = Abstract.getAttr(space, field(self, FUNC), "__name__");
            try {
                return ObjectReduce.byGetattr(space, field(self, SELF), name);
            } finally {
                space.decref(name);
            }
        });
    }

    /** {@code PyMethod_New(func, self)}: both borrowed. New reference. */
    public long create(long func, long self) {
        long m = allocateStruct(48);
        setField(m, FUNC, func);
        setField(m, SELF, self);
        space.track(m);
        return m;
    }

    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /** {@code PyMethod_GET_FUNCTION}: borrowed. */
    public long function(long m) {
        return field(m, FUNC);
    }

    /** {@code PyMethod_GET_SELF}: borrowed. */
    public long self(long m) {
        return field(m, SELF);
    }

    @Override
    public long tpNew(PyType subtype, long args, long kwargs) {
        if (space.tupleType.size(args) != 2) {
            throw new PyException("TypeError", "method expected 2 arguments, got " + space.tupleType.size(args));
        }
        long func = space.tupleType.item(args, 0);
        if (!Abstract.isCallable(space, func)) {
            throw new PyException("TypeError", "first argument must be callable");
        }
        long self = space.tupleType.item(args, 1);
        if (self == space.none) {
            throw new PyException("TypeError", "instance must not be None");
        }
        return create(func, self);
    }

    @Override
    public long call(long m, long args, long nargsf, long kwnames) {
        long func = field(m, FUNC);
        long self = field(m, SELF);
        int n = Abstract.nargs(nargsf);
        if ((nargsf & Abstract.ARGUMENTS_OFFSET) != 0) {
            long slot = args - 8;
            long saved = memory.getLong(slot);
            memory.putLong(slot, self);
            try {
                return Abstract.vectorcall(space, func, slot, n + 1, kwnames);
            } finally {
                memory.putLong(slot, saved);
            }
        }
        int total = n + (kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames));
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        try {
            long at = area.reserve(total + 1);
            memory.putLong(at, self);
            if (total > 0) {
                memory.copy(args, at + 8, 8L * total);
            }
            return Abstract.vectorcall(space, func, at, n + 1, kwnames);
        } finally {
            area.release(mark);
        }
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public long lookupAttr(long m, long name) {
        StrType str = space.strType;
        if (str.contentEquals(name, "__func__")) {
            return space.newRef(field(m, FUNC));
        }
        if (str.contentEquals(name, "__self__")) {
            return space.newRef(field(m, SELF));
        }
        if (str.contentEquals(name, "__doc__")) {
            return Abstract.lookupAttr(space, field(m, FUNC), name); // method_get_doc: the function's docstring
        }
        long v = genericLookupAttr(m, name);
        return v != 0 ? v : Abstract.lookupAttr(space, field(m, FUNC), name); // method_getattro: the function's attributes
    }

    @Override
    public long richCompare(long a, long b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !check(b)) {
            return space.newNotImplemented();
        }
        boolean eq = field(a, SELF) == field(b, SELF) && Abstract.equal(space, field(a, FUNC), field(b, FUNC));
        return space.newBool(op == CompareOp.EQ ? eq : !eq);
    }

    @Override
    public long hash(long m) {
        long h = Hashing.pointer(field(m, SELF)) ^ Abstract.hash(space, field(m, FUNC));
        return h == -1 ? -2 : h;
    }

    @Override
    public String repr(long m) {
        long func = field(m, FUNC);
        long q = Abstract.lookupAttr(space, func, "__qualname__");
        if (q == 0) {
            q = Abstract.lookupAttr(space, func, "__name__");
        }
        String name;
        try {
            name = q != 0 && space.strType.check(q) ? space.strType.value(q) : "?";
        } finally {
            space.xdecref(q);
        }
        return "<bound method " + name + " of " + Abstract.repr(space, field(m, SELF)) + ">";
    }

    /** {@code method_getattro}, and the generic {@code tp_setattro} a bound method sets. */
    @Override
    protected java.util.Set<SlotWrappers.Slot> slots() {
        return adjusted(super.slots(), java.util.List.of(SlotWrappers.Slot.TP_SETATTRO));
    }

    /** {@code method_memberlist}: the function and the object it is bound to. */
    @Override
    protected void fillDict() {
        putMembers("__func__", "__self__");
    }
}
