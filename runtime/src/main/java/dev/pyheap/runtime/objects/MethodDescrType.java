package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code method_descriptor} ({@code PyMethodDescr_Type}, Objects/descrobject.c): a method of a
 * built-in type's method table in the type's namespace, {@code list.append}. 72 bytes as CPython's
 * {@code sys.getsizeof} ({@code d_method} at +40, the vectorcall pointer at +48). Called with the
 * receiver first ({@code list.append(l, 1)}, and {@code l.append(1)} through {@code LOAD_METHOD}
 * without binding, {@link PyType#METHOD_DESCRIPTOR}); bound through {@code __get__} it becomes a
 * {@code builtin_function_or_method} whose {@code __self__} is the receiver.
 */
public final class MethodDescrType extends DescrType {
    private record Entry(String name, PyMethod method, BuiltinFunctionType.Def bound) {
    }

    private final List<Entry> table = new ArrayList<>();

    MethodDescrType(ObjectSpace space) {
        super(space, "method_descriptor", METHOD_DESCRIPTOR | HAVE_VECTORCALL, 56);
    }

    /** {@code PyDescr_NewMethod}: the descriptor of {@code method} of {@code owner}. New reference. */
    long create(PyType owner, String methodName, PyMethod method) {
        String qualified = owner.name + "." + methodName;
        int ix = table.size();
        table.add(new Entry(methodName, method, new BuiltinFunctionType.Def(methodName,
                (self, args, nargs, kwnames) -> invoke(qualified, method, self, args, (int) nargs, kwnames), null)));
        return newDescr(owner, methodName, ix);
    }

    private long invoke(String qualified, PyMethod method, long self, long args, int nargs, long kwnames) {
        if (method instanceof PyMethod.Varargs v) {
            CallArguments packed = new CallArguments(space, qualified, args, nargs, kwnames);
            long tuple = packed.tuple();
            long kwargs = packed.kwargsDict();
            try {
                return invoke(qualified, v.inner(), self, args, nargs, kwnames);
            } finally {
                space.xdecref(kwargs);
                space.decref(tuple);
            }
        }
        if (method instanceof PyMethod.WithKeywords kw) {
            return kw.call(self, new CallArguments(space, qualified, args, nargs, kwnames));
        }
        if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
            throw new PyException("TypeError", qualified + "() takes no keyword arguments");
        }
        long[] a = new long[nargs];
        for (int i = 0; i < nargs; i++) {
            a[i] = memory.getLong(args + 8L * i);
        }
        return method.call(self, a);
    }

    /**
     * The descriptor of a method written in Java for a class defined in Python ({@code owner} may be a
     * heap type): the library's io classes take their hot methods this way, as CPython's are C methods.
     * New reference.
     */
    public long createFor(PyType owner, String methodName, PyMethod method) {
        return create(owner, methodName, method);
    }

    /** {@code PyMethodDescr_Check}. */
    public boolean check(long o) {
        return space.typeOf(o) == this;
    }

    /**
     * Calls the method of descriptor {@code d} on {@code self} with arguments Java holds, without a
     * vector in heap memory (what {@code PyObject_CallMethod} of a C method amounts to): no
     * allocation, so a call from Java still works when the heap is at its limit.
     */
    long callJava(long d, long self, long[] args) {
        check(d, self);
        Entry e = table.get(tableIndex(d));
        PyMethod method = e.method instanceof PyMethod.Varargs v ? v.inner() : e.method;
        if (method instanceof PyMethod.WithKeywords kw) {
            if (args.length == 0) {
                return kw.call(self, new CallArguments(space, owner(d).name + "." + e.name, 0, 0, 0));
            }
            ArgumentArea area = space.arguments();
            long mark = area.mark();
            try {
                return kw.call(self, new CallArguments(space, owner(d).name + "." + e.name, area.push(args), args.length, 0));
            } finally {
                area.release(mark);
            }
        }
        return method.call(self, args);
    }

    /** {@code method_vectorcall_*}: {@code list.append(l, x)}, the receiver first. */
    @Override
    public long call(long d, long args, long nargsf, long kwnames) {
        int n = Abstract.nargs(nargsf);
        Entry e = table.get(tableIndex(d));
        if (n < 1) {
            throw new PyException("TypeError", "unbound method " + owner(d).name + "." + e.name + "() needs an argument");
        }
        long self = memory.getLong(args);
        check(d, self);
        return invoke(owner(d).name + "." + e.name, e.method, self, args + 8, n - 1, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code method_get}: the descriptor itself through the type, a bound builtin method through an instance. */
    @Override
    public long descrGet(long d, long obj, long type) {
        if (obj == 0) {
            return space.newRef(d);
        }
        check(d, obj);
        return space.builtinFunctionType.create(table.get(tableIndex(d)).bound, obj, 0);
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
