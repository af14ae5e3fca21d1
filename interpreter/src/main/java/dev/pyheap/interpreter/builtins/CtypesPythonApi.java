package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BufferItems;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ctypes.pythonapi}: the C API functions of this heap's runtime, dispatched in Java. CPython's
 * {@code pythonapi} is the interpreter's own shared object opened with {@code dlopen}; here there
 * is no libpython to open, so a symbol of {@code pythonapi} is an entry of this table and a call to
 * it runs the runtime's operation directly (no native code: it works in checked memory too).
 *
 * <p>Arguments arrive as ctypes converts them (an object as its address, {@code py_object}'s
 * value; a {@code char *} as the address of the bytes; an integer as itself) and the result leaves
 * as the C function's: an address for {@code PyObject *} (a new or a borrowed reference, as the C
 * API documents), an integer, a double. As in CPython, a new reference given back through
 * {@code restype = py_object} is counted once more by ctypes and never released.
 */
final class CtypesPythonApi {
    /** One C API function: its parameter kinds ({@code O} object, {@code n} integer, {@code s} char*, {@code d} double) and body. */
    private record Function(String params, Body body) {
    }

    @FunctionalInterface
    private interface Body {
        /** The C result as a new Python object: an int (address or integer), a float, or None for void. */
        long call(Args a);
    }

    private final ObjectSpace space;
    private final List<String> names;
    private final Map<String, Function> functions = new LinkedHashMap<>();

    CtypesPythonApi(ObjectSpace space) {
        this.space = space;
        define();
        names = List.copyOf(functions.keySet());
    }

    /** The raw arguments of one call, read by the function's parameter kinds. */
    private final class Args {
        private final long tuple;

        Args(long tuple) {
            this.tuple = tuple;
        }

        private long raw(int i) {
            return space.tupleType.item(tuple, i);
        }

        /** Argument {@code i} as an object (borrowed); NULL and addresses of no live object are refused. */
        long object(int i) {
            long p = CtypesModule.address(space, raw(i));
            if (p == 0) {
                throw new PyException("SystemError", "NULL object passed to the C API");
            }
            if (!CtypesModule.isLiveObject(space, p)) {
                throw new PyException("ValueError", "ctypes: 0x" + Long.toHexString(p)
                        + " is not the address of a live object of this heap");
            }
            return p;
        }

        long integer(int i) {
            long v = raw(i);
            return space.floatType.check(v) ? (long) space.floatType.value(v) : space.intType.bigValue(v).longValue();
        }

        double real(int i) {
            long v = raw(i);
            return space.floatType.check(v) ? space.floatType.value(v) : space.intType.bigValue(v).doubleValue();
        }

        /** A {@code char *} argument as Java text (the bytes decoded as UTF-8, as the C API does). */
        String text(int i) {
            long p = CtypesModule.address(space, raw(i));
            if (p == 0) {
                throw new PyException("SystemError", "NULL string passed to the C API");
            }
            long b = CtypesModule.string(space, p, false);
            try {
                return new String(space.bytesType.value(b), java.nio.charset.StandardCharsets.UTF_8);
            } finally {
                space.decref(b);
            }
        }
    }

    private long address(long o) {
        return space.intType.createFromBig(new BigInteger(Long.toUnsignedString(o)));
    }

    /** A new reference returned by address (the caller owns it, as the C API's "new reference"). */
    private long newRef(long o) {
        return address(o);
    }

    /** A borrowed reference returned by address. */
    private long borrowed(long o) {
        return o == 0 ? space.newInt(0) : address(o);
    }

    private long integer(long v) {
        return space.newInt(v);
    }

    private void define() {
        functions.put("Py_IncRef", new Function("o", a -> {
            long p = CtypesModule.address(space, a.raw(0));
            if (p != 0) {
                space.incref(a.object(0));
            }
            return space.newNone();
        }));
        functions.put("Py_DecRef", new Function("o", a -> {
            long p = CtypesModule.address(space, a.raw(0));
            if (p != 0) {
                space.decref(a.object(0));
            }
            return space.newNone();
        }));
        functions.put("PyLong_AsLong", new Function("O", a -> integer(asLong(a.object(0)))));
        functions.put("PyLong_AsSsize_t", new Function("O", a -> integer(asLong(a.object(0)))));
        functions.put("PyLong_FromLong", new Function("n", a -> newRef(space.newInt(a.integer(0)))));
        functions.put("PyLong_FromSsize_t", new Function("n", a -> newRef(space.newInt(a.integer(0)))));
        functions.put("PyFloat_FromDouble", new Function("d", a -> newRef(space.floatType.create(a.real(0)))));
        functions.put("PyFloat_AsDouble", new Function("O", a -> space.floatType.create(BufferItems.asDouble(space, a.object(0)))));
        functions.put("PyObject_Repr", new Function("O", a -> newRef(Abstract.reprObject(space, a.object(0)))));
        functions.put("PyObject_Str", new Function("O", a -> newRef(Abstract.strObject(space, a.object(0)))));
        functions.put("PyObject_Type", new Function("O", a -> newRef(space.newRef(space.typeOf(a.object(0)).typeObject()))));
        functions.put("PyObject_Length", new Function("O", a -> integer(Abstract.length(space, a.object(0)))));
        functions.put("PyObject_Size", new Function("O", a -> integer(Abstract.length(space, a.object(0)))));
        functions.put("PyObject_Hash", new Function("O", a -> integer(Abstract.hash(space, a.object(0)))));
        functions.put("PyObject_IsTrue", new Function("O", a -> integer(Abstract.isTrue(space, a.object(0)) ? 1 : 0)));
        functions.put("PyCallable_Check", new Function("O", a -> integer(Abstract.isCallable(space, a.object(0)) ? 1 : 0)));
        functions.put("PyObject_GetAttrString", new Function("Os", a -> newRef(Abstract.getAttr(space, a.object(0), a.text(1)))));
        functions.put("PyObject_SetAttrString", new Function("OsO", a -> {
            Abstract.setAttr(space, a.object(0), a.text(1), a.object(2));
            return integer(0);
        }));
        functions.put("PyObject_GetItem", new Function("OO", a -> newRef(Abstract.getItem(space, a.object(0), a.object(1)))));
        functions.put("PyList_Size", new Function("O", a -> integer(space.listType.size(checked(a.object(0), "list")))));
        functions.put("PyList_GetItem", new Function("On", a -> {
            long list = checked(a.object(0), "list");
            long i = a.integer(1);
            if (i < 0 || i >= space.listType.size(list)) {
                throw new PyException("IndexError", "list index out of range");
            }
            return borrowed(space.listType.item(list, i));
        }));
        functions.put("PyList_Append", new Function("OO", a -> {
            space.listType.append(checked(a.object(0), "list"), a.object(1));
            return integer(0);
        }));
        functions.put("PyTuple_Size", new Function("O", a -> integer(space.tupleType.size(checked(a.object(0), "tuple")))));
        functions.put("PyTuple_GetItem", new Function("On", a -> {
            long t = checked(a.object(0), "tuple");
            long i = a.integer(1);
            if (i < 0 || i >= space.tupleType.size(t)) {
                throw new PyException("IndexError", "tuple index out of range");
            }
            return borrowed(space.tupleType.item(t, i));
        }));
        functions.put("PyDict_Size", new Function("O", a -> integer(space.dictType.size(checked(a.object(0), "dict")))));
        functions.put("PyDict_GetItem", new Function("OO", a -> {
            long d = checked(a.object(0), "dict");
            try {
                return borrowed(space.dictType.get(d, a.object(1)));
            } catch (PyException e) {
                // PyDict_GetItem hides errors: a failed lookup is NULL
                e.release();
                return borrowed(0);
            }
        }));
        functions.put("PyDict_SetItem", new Function("OOO", a -> {
            space.dictType.setItem(checked(a.object(0), "dict"), a.object(1), a.object(2));
            return integer(0);
        }));
        functions.put("PyUnicode_FromString", new Function("s", a -> newRef(space.strType.create(a.text(0)))));
        functions.put("PyBytes_FromString", new Function("s", a -> {
            long p = CtypesModule.address(space, a.raw(0));
            return newRef(CtypesModule.string(space, p, false));
        }));
    }

    /** PyLong_AsLong: {@code __index__}, then the C long's range. */
    private long asLong(long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            BigInteger v = space.intType.bigValue(i);
            if (v.bitLength() > 63) {
                throw new PyException("OverflowError", "Python int too large to convert to C long");
            }
            return v.longValue();
        } finally {
            space.decref(i);
        }
    }

    /** The C API's check of a concrete type: CPython raises SystemError "bad argument to internal function". */
    private long checked(long o, String type) {
        String actual = space.typeOf(o).name;
        boolean ok = switch (type) {
            case "list" -> space.listType.check(o);
            case "tuple" -> space.tupleType.check(o);
            default -> space.dictType.check(o);
        };
        if (!ok) {
            throw new PyException("SystemError", "bad argument to internal function (" + type + " expected, got " + actual + ")");
        }
        return o;
    }

    void fill(long module, long dict) {
        // _pyapi_lookup(name): the function's number, or AttributeError as dlsym's
        SysModule.function(space, module, dict, "_pyapi_lookup", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_pyapi_lookup", a, n, kw).exactly(2);
            String name = space.strType.value(c.get(0));
            int i = names.indexOf(name);
            if (i < 0) {
                throw new PyException("AttributeError", space.strType.value(c.get(1)) + ": undefined symbol: " + name);
            }
            return space.newInt(i + 1);
        });
        // _pyapi_call(number, values): the C result (see Body)
        SysModule.function(space, module, dict, "_pyapi_call", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_pyapi_call", a, n, kw).exactly(2);
            long number = space.intType.bigValue(c.get(0)).longValue();
            if (number < 1 || number > names.size()) {
                throw new PyException("ValueError", "ctypes: no such C API function");
            }
            Function f = functions.get(names.get((int) number - 1));
            long values = c.get(1);
            if (space.tupleType.size(values) < f.params().length()) {
                throw new PyException("TypeError", "ctypes: " + names.get((int) number - 1) + " takes "
                        + f.params().length() + " argument(s)");
            }
            return f.body().call(new Args(values));
        });
    }
}
