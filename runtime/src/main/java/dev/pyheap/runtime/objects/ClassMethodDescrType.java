package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code classmethod_descriptor} ({@code PyClassMethodDescr_Type}, Objects/descrobject.c): a
 * {@code METH_CLASS} entry of a built-in type's method table, {@code dict.fromkeys},
 * {@code int.from_bytes}. Same layout as {@link MethodDescrType}'s. Looked up on the type or an
 * instance it binds to the class ({@code classmethod_get}: a {@code builtin_function_or_method}
 * whose {@code __self__} is the class, which must be a subtype of the owner); called directly, its
 * first argument is that class.
 */
public final class ClassMethodDescrType extends DescrType {
    /** The body, which receives the class as its first argument, and the definition of the bound method. */
    private record Entry(BuiltinFunctionType.Body body, BuiltinFunctionType.Def bound) {
    }

    private final List<Entry> table = new ArrayList<>();

    ClassMethodDescrType(ObjectSpace space) {
        super(space, "classmethod_descriptor", HAVE_VECTORCALL, 56);
    }

    /**
     * {@code PyDescr_NewClassMethod}: {@code body} receives the class as its {@code self} and as its
     * first argument. New reference.
     */
    long create(PyType owner, String methodName, BuiltinFunctionType.Body body) {
        int ix = table.size();
        table.add(new Entry(body, new BuiltinFunctionType.Def(methodName,
                (cls, args, nargs, kwnames) -> callBound(body, cls, args, Abstract.nargs(nargs), kwnames), null)));
        return newDescr(owner, methodName, ix);
    }

    /** The bound method's call: the arguments (and the keywords' values) after the class. */
    private long callBound(BuiltinFunctionType.Body body, long cls, long args, int nargs, long kwnames) {
        int total = nargs + (kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames));
        long[] rest = new long[total];
        for (int i = 0; i < total; i++) {
            rest[i] = memory.getLong(args + 8L * i);
        }
        ArgumentArea area = space.arguments();
        long mark = area.mark();
        try {
            return body.call(cls, area.push(cls, rest), nargs + 1, kwnames);
        } finally {
            area.release(mark);
        }
    }

    /** {@code classmethod_get}: the method bound to {@code type} (to {@code obj}'s type when {@code type} is 0). */
    @Override
    public long descrGet(long d, long obj, long type) {
        if (type == 0) {
            if (obj == 0) {
                throw new PyException("TypeError", "descriptor '" + descrName(d) + "' for type '" + owner(d).name
                        + "' needs either an object or a type");
            }
            type = space.typeOf(obj).typeObject();
        }
        if (!space.typeType.check(type)) {
            throw new PyException("TypeError", "descriptor '" + descrName(d) + "' for type '" + owner(d).name
                    + "' needs a type, not a '" + space.typeOf(type).name + "' as arg 2");
        }
        checkSubtype(d, type);
        return space.builtinFunctionType.create(table.get(tableIndex(d)).bound(), type, 0);
    }

    private void checkSubtype(long d, long type) {
        PyType cls = space.typeType.described(type);
        if (!cls.isSubtypeOf(owner(d))) {
            throw new PyException("TypeError", "descriptor '" + descrName(d) + "' requires a subtype of '"
                    + owner(d).name + "' but received '" + cls.name + "'");
        }
    }

    /** {@code classmethoddescr_call}: {@code dict.__dict__['fromkeys'](dict, keys)}, the class first. */
    @Override
    public long call(long d, long args, long nargsf, long kwnames) {
        int n = Abstract.nargs(nargsf);
        if (n < 1) {
            throw new PyException("TypeError", "descriptor '" + descrName(d) + "' of '" + owner(d).name
                    + "' object needs an argument");
        }
        long cls = memory.getLong(args);
        if (!space.typeType.check(cls)) {
            throw new PyException("TypeError", "descriptor '" + descrName(d) + "' for type '" + owner(d).name
                    + "' needs a type, not a '" + space.typeOf(cls).name + "' as arg 2");
        }
        checkSubtype(d, cls);
        return table.get(tableIndex(d)).body().call(cls, args, n, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    protected boolean hasTextSignature() {
        return true;
    }

    @Override
    public String repr(long d) {
        return describe(d, "method");
    }
}
