package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code method_descriptor} ({@code PyMethodDescr_Type}, Objects/descrobject.c): a method of a
 * built-in type's method table in the type's namespace, {@code list.append}. 72 bytes as CPython's
 * {@code sys.getsizeof} ({@code d_method} at +40, the vectorcall pointer at +48). Called with the
 * receiver first ({@code list.append(l, 1)}, and {@code l.append(1)} through {@code LOAD_METHOD}
 * without binding, {@link PyType#METHOD_DESCRIPTOR}); bound through {@code __get__} it becomes a
 * {@code builtin_function_or_method} whose {@code __self__} is the receiver.
 *
 * <p>Each method has CPython's calling convention, its {@code ml_flags}: recorded from CPython 3.11.7
 * for the built-in types' methods into the resource {@code method-flags.txt}
 * (interpreter/src/test/python/record_method_flags.py, keyed {@code tp_name.method}), else what the
 * Java method takes ({@link PyMethod.Varargs}: {@code METH_VARARGS}, {@link PyMethod.WithKeywords}:
 * {@code METH_FASTCALL | METH_KEYWORDS}, else {@code METH_FASTCALL}). It decides which calls count a
 * level of the recursion depth ({@link #specializedCallChecksRecursion}).
 */
public final class MethodDescrType extends DescrType {
    // ml_flags bits, CPython 3.11's values
    public static final int METH_VARARGS = 0x1, METH_KEYWORDS = 0x2, METH_NOARGS = 0x4, METH_O = 0x8, METH_FASTCALL = 0x80,
            METH_METHOD = 0x200;

    private record Entry(String name, PyMethod method, int flags, BuiltinFunctionType.Def bound) {
    }

    /** The recorded {@code ml_flags}, read once per JVM with the first method descriptor. */
    private static final class RecordedFlags {
        static final Map<String, Integer> FLAGS = read();

        private static Map<String, Integer> read() {
            return readFlags(MethodDescrType.class.getResourceAsStream("method-flags.txt"), "the runtime's resource method-flags.txt");
        }
    }

    /**
     * A recording of {@code ml_flags}, one {@code name TAB flags} a line (flags in decimal), as
     * interpreter/src/test/python/record_method_flags.py writes them; {@code in} is closed.
     */
    public static Map<String, Integer> readFlags(InputStream in, String what) {
        if (in == null) {
            throw new IllegalStateException(what + " is missing");
        }
        Map<String, Integer> flags = new HashMap<>(2048);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    flags.put(line.substring(0, tab), Integer.parseInt(line, tab + 1, line.length(), 10));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(flags);
    }

    private final List<Entry> table = new ArrayList<>();

    MethodDescrType(ObjectSpace space) {
        super(space, "method_descriptor", METHOD_DESCRIPTOR | HAVE_VECTORCALL, 56);
        defineReduce();
    }

    /**
     * How the errors name a method: by its {@code __qualname__}, as {@code _PyObject_FunctionStr} does,
     * whose type part is the type's {@code __qualname__} ({@code deque.append}, not the {@code tp_name}
     * {@code collections.deque}).
     */
    private static String shown(PyType owner, String methodName) {
        return owner.name.substring(owner.name.lastIndexOf('.') + 1) + "." + methodName;
    }

    /** {@code PyDescr_NewMethod}: the descriptor of {@code method} of {@code owner}. New reference. */
    long create(PyType owner, String methodName, PyMethod method) {
        String qualified = owner.name + "." + methodName;
        int ix = table.size();
        int flags = RecordedFlags.FLAGS.getOrDefault(qualified, method instanceof PyMethod.Varargs v
                ? METH_VARARGS | (v.inner() instanceof PyMethod.WithKeywords ? METH_KEYWORDS : 0)
                : method instanceof PyMethod.WithKeywords ? METH_FASTCALL | METH_KEYWORDS : METH_FASTCALL);
        // bound, it is a builtin method that counts a level in its own call unless it is METH_FASTCALL
        String shown = shown(owner, methodName);
        table.add(new Entry(methodName, method, flags, new BuiltinFunctionType.Def(methodName,
                (self, args, nargs, kwnames) -> invoke(shown, method, flags, self, args, (int) nargs, kwnames), null,
                (flags & METH_FASTCALL) == 0)));
        return newDescr(owner, methodName, ix);
    }

    /**
     * Whether a call of descriptor {@code d} by 3.11's specialized {@code PRECALL} counts a level of
     * the recursion depth: {@code PRECALL_NO_KW_METHOD_DESCRIPTOR_O} and {@code _NOARGS} do
     * ({@code _Py_EnterRecursiveCallTstate}), {@code PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST} and
     * {@code PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS} call the C function without it; a call
     * the specializer refuses (keywords given, {@code METH_VARARGS}, {@code METH_METHOD}) goes the
     * generic way, whose {@code method_enter_call} counts.
     */
    public boolean specializedCallChecksRecursion(long d, boolean keywords) {
        int flags = table.get(tableIndex(d)).flags;
        return keywords || (flags & (METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_METHOD)) != METH_FASTCALL;
    }

    private long invoke(String qualified, PyMethod method, int flags, long self, long args, int nargs, long kwnames) {
        if (method instanceof PyMethod.Varargs v) {
            CallArguments packed = new CallArguments(space, qualified, args, nargs, kwnames);
            long tuple = packed.tuple();
            long kwargs = packed.kwargsDict();
            try {
                return invoke(qualified, v.inner(), flags, self, args, nargs, kwnames);
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
        // the recorded convention's count, before the method's own parsing (method_vectorcall_NOARGS, _O)
        if ((flags & METH_NOARGS) != 0 && nargs != 0) {
            throw new PyException("TypeError", qualified + "() takes no arguments (" + nargs + " given)");
        }
        if ((flags & METH_O) != 0 && nargs != 1) {
            throw new PyException("TypeError", qualified + "() takes exactly one argument (" + nargs + " given)");
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
                return kw.call(self, new CallArguments(space, shown(owner(d), e.name), 0, 0, 0));
            }
            ArgumentArea area = space.arguments();
            long mark = area.mark();
            try {
                return kw.call(self, new CallArguments(space, shown(owner(d), e.name), area.push(args), args.length, 0));
            } finally {
                area.release(mark);
            }
        }
        return method.call(self, args);
    }

    /**
     * {@code method_vectorcall_*}: {@code list.append(l, x)}, the receiver first, one level of the
     * recursion depth counted around it ({@code method_enter_call}).
     */
    @Override
    public long call(long d, long args, long nargsf, long kwnames) {
        RecursionDepth depth = Abstract.enterRecursiveCall(space, Abstract.IN_CALL);
        try {
            return callUnchecked(d, args, nargsf, kwnames);
        } finally {
            Abstract.leaveRecursiveCall(depth);
        }
    }

    /** {@link #call} without the recursion check, as the specialized instructions that skip it call the method. */
    public long callUnchecked(long d, long args, long nargsf, long kwnames) {
        int n = Abstract.nargs(nargsf);
        Entry e = table.get(tableIndex(d));
        if (n < 1) {
            throw new PyException("TypeError", "unbound method " + shown(owner(d), e.name) + "() needs an argument");
        }
        long self = memory.getLong(args);
        check(d, self);
        return invoke(shown(owner(d), e.name), e.method, e.flags, self, args + 8, n - 1, kwnames);
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
