package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in exception hierarchy of CPython 3.11 (Objects/exceptions.c's static types and
 * {@code _PyExc_InitTypes}), registered in the space in hierarchy order, found by name (the
 * {@link PyException}s raised by Java code name their type), and the normalization of such an
 * error into an exception object ({@code _PyErr_NormalizeException}: an instance of the named type
 * with {@code args == (message,)}).
 */
public final class Exceptions {
    private final ObjectSpace space;
    private final Map<String, BaseExceptionType> byName = new LinkedHashMap<>();

    Exceptions(ObjectSpace space) {
        this.space = space;
        BaseExceptionType base = add("BaseException", null);
        add("SystemExit", base, "code");
        add("KeyboardInterrupt", base);
        add("GeneratorExit", base);
        BaseExceptionType exc = add("Exception", base);
        ExceptionGroupType baseGroup = space.register(new ExceptionGroupType(space, base));
        byName.put(baseGroup.name, baseGroup);
        ExceptionGroupType group = space.register(new ExceptionGroupType(space, baseGroup, exc));
        byName.put(group.name, group);
        add("StopIteration", exc, "value");
        add("StopAsyncIteration", exc);
        BaseExceptionType arith = add("ArithmeticError", exc);
        add("FloatingPointError", arith);
        add("OverflowError", arith);
        add("ZeroDivisionError", arith);
        add("AssertionError", exc);
        add("AttributeError", exc, "name", "obj");
        add("BufferError", exc);
        add("EOFError", exc);
        BaseExceptionType imp = add("ImportError", exc, "msg", "name", "path");
        add("ModuleNotFoundError", imp);
        BaseExceptionType lookup = add("LookupError", exc);
        add("IndexError", lookup);
        add("KeyError", lookup);
        add("MemoryError", exc);
        BaseExceptionType name = add("NameError", exc, "name");
        add("UnboundLocalError", name);
        BaseExceptionType os = add("OSError", exc, "errno", "strerror", "filename", "filename2", "written");
        for (String n : List.of("BlockingIOError", "ChildProcessError", "FileExistsError", "FileNotFoundError",
                "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
                "ProcessLookupError", "TimeoutError")) {
            add(n, os);
        }
        BaseExceptionType conn = add("ConnectionError", os);
        for (String n : List.of("BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
                "ConnectionResetError")) {
            add(n, conn);
        }
        add("ReferenceError", exc);
        BaseExceptionType runtime = add("RuntimeError", exc);
        add("NotImplementedError", runtime);
        add("RecursionError", runtime);
        BaseExceptionType syntax = add("SyntaxError", exc, "msg", "filename", "lineno", "offset", "text",
                "end_lineno", "end_offset", "print_file_and_line");
        BaseExceptionType indent = add("IndentationError", syntax);
        add("TabError", indent);
        add("SystemError", exc);
        add("TypeError", exc);
        BaseExceptionType value = add("ValueError", exc);
        // UnicodeError is BaseException's layout (72); its three subclasses are PyUnicodeErrorObject (112)
        BaseExceptionType unicode = add("UnicodeError", value);
        for (String n : List.of("UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError")) {
            add(n, unicode, "encoding", "object", "start", "end", "reason");
        }
        BaseExceptionType warning = add("Warning", exc);
        for (String n : List.of("DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning",
                "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "EncodingWarning",
                "ResourceWarning")) {
            add(n, warning);
        }
    }

    private BaseExceptionType add(String name, BaseExceptionType base, String... fields) {
        List<String> extra = new java.util.ArrayList<>();
        if (base != null) {
            for (int off = BaseExceptionType.EXTRA; off < base.basicSize(); off += 8) {
                extra.add(null);
            }
            // inherited fields keep their offsets
            BaseExceptionType b = base;
            for (int i = 0; i < extra.size(); i++) {
                extra.set(i, b.extraName(i));
            }
        }
        extra.addAll(List.of(fields));
        BaseExceptionType t = space.register(new BaseExceptionType(space, name, base, extra));
        byName.put(name, t);
        return t;
    }

    /** The exception type named {@code name}, or null. */
    public BaseExceptionType byName(String name) {
        return byName.get(name);
    }

    /**
     * {@code _PyErr_SetKeyError}: a KeyError whose args are {@code (key,)}, the key object itself (a
     * tuple key too), as dict and set lookups raise it. The error owns its exception object, which
     * holds the key: a Java caller that catches it and does not rethrow it releases it.
     */
    public PyException keyError(long key) {
        return raised(byName("KeyError"), space.tupleType.create(key));
    }

    /** {@code PyErr_SetString(PyExc_KeyError, text)}: a KeyError whose one argument is the str {@code text}. */
    public PyException keyError(String text) {
        long s = space.strType.runtime(text);
        try {
            return keyError(s);
        } finally {
            space.decref(s);
        }
    }

    /**
     * {@code PyErr_SetObject(type, value)} for the built-in exception type {@code typeName}: a tuple
     * {@code value} is the arguments themselves ({@code OrderedDict().pop((1, 2))} raises
     * {@code KeyError(1, 2)}), any other value the one argument.
     */
    public PyException setObject(String typeName, long value) {
        long args = space.tupleType.check(value) ? space.newRef(value) : space.tupleType.create(value);
        return raised(byName(typeName), args);
    }

    /** An error owning a new instance of {@code type} made with {@code args} (stolen). */
    private PyException raised(BaseExceptionType type, long args) {
        return new PyException(type.name, "", type.create(args, true), space::decref);
    }

    /** Every built-in exception type, base classes first. */
    public Iterable<BaseExceptionType> all() {
        return byName.values();
    }

    /** {@code BaseExceptionGroup}, which splits groups and runs {@code except*}'s steps. */
    public ExceptionGroupType groups() {
        return (ExceptionGroupType) byName.get("BaseExceptionGroup");
    }

    /** {@code BaseException}. */
    public BaseExceptionType base() {
        return byName.get("BaseException");
    }

    /**
     * {@code _PyGen_FetchStopIterationValue} for a caught StopIteration: its {@code value} (None
     * when it has none), a new reference; {@code e} is released.
     */
    public long stopIterationValue(PyException e) {
        long exc = normalize(e);
        BaseExceptionType st = byName("StopIteration");
        long v = st.check(exc) ? st.field(exc, st.offsetOf("value")) : 0;
        v = space.newRef(v == 0 ? space.none : v);
        e.release();
        return v;
    }

    /** Whether the exception instance {@code exc} is a {@code typeName} (a built-in exception type's name). */
    public boolean isInstance(long exc, String typeName) {
        BaseExceptionType t = byName(typeName);
        return t != null && space.typeOf(exc).isSubtypeOf(t);
    }

    /** Whether {@code o} is an exception instance ({@code PyExceptionInstance_Check}). */
    public boolean isException(long o) {
        return space.typeOf(o).isSubtypeOf(base());
    }

    /**
     * {@code _PyErr_NormalizeException}: gives {@code e} its exception object when it has none: an
     * instance of the type it names (RuntimeError for an unknown name), with {@code args} {@code (message,)},
     * or {@code ()} for an empty message. Returns the exception object (borrowed from {@code e}).
     */
    public long normalize(PyException e) {
        long exc = e.exception();
        if (exc != 0) {
            return exc;
        }
        BaseExceptionType type = byName(e.pythonType());
        if (type == null) {
            type = byName("RuntimeError");
        }
        long args;
        if (e.pythonMessage().isEmpty()) {
            args = space.tupleType.create();
        } else {
            long msg = space.strType.runtime(e.pythonMessage());
            args = space.tupleType.create(msg);
            space.decref(msg);
        }
        exc = type.create(args, true);
        e.attach(exc, space::decref);
        return exc;
    }

    /**
     * {@code set_attribute_error_context}: an AttributeError from looking up {@code name} on
     * {@code o} is made now and gets {@code name} and {@code obj} (which the traceback's "Did you
     * mean" reads), unless it already has either. Returns {@code e}. Called where Python code looks
     * attributes up (the evaluator, {@code getattr}), not by {@link Abstract#getAttr} itself, so an
     * embedder's failed lookup stays a plain error that owns no heap object.
     */
    public PyException attributeErrorContext(PyException e, long o, long name) {
        BaseExceptionType attributeError = byName("AttributeError");
        long exc = e.exception();
        PyType type = exc != 0 ? space.typeOf(exc) : byName(e.pythonType());
        if (type == null || !type.isSubtypeOf(attributeError)) {
            return e;
        }
        exc = normalize(e);
        int nameAt = attributeError.offsetOf("name"), objAt = attributeError.offsetOf("obj");
        long oldName = attributeError.field(exc, nameAt), oldObj = attributeError.field(exc, objAt);
        if ((oldName == 0 || oldName == space.none) && (oldObj == 0 || oldObj == space.none)) {
            attributeError.setField(exc, nameAt, name);
            attributeError.setField(exc, objAt, o);
        }
        return e;
    }

    /**
     * {@code _PyErr_FormatFromCause}: a new error {@code typeName(message)} whose {@code __cause__}
     * and {@code __context__} are {@code cause}'s exception object, which this takes over ({@code cause}
     * is released).
     */
    public PyException fromCause(PyException cause, String typeName, String message) {
        long c = normalize(cause);
        space.incref(c);
        cause.release();
        PyException e = new PyException(typeName, message);
        long exc = normalize(e);
        BaseExceptionType b = base();
        b.setField(exc, BaseExceptionType.CONTEXT, c);
        b.putField(exc, BaseExceptionType.CAUSE, c);
        space.memory.putByte(exc + BaseExceptionType.SUPPRESS_CONTEXT, (byte) 1);
        return e;
    }
}
