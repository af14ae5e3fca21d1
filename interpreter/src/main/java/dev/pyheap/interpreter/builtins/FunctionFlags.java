package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.BuiltinFunctionType;
import dev.pyheap.runtime.objects.MethodDescrType;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.Map;

import static dev.pyheap.runtime.objects.MethodDescrType.METH_FASTCALL;
import static dev.pyheap.runtime.objects.MethodDescrType.METH_KEYWORDS;
import static dev.pyheap.runtime.objects.MethodDescrType.METH_NOARGS;
import static dev.pyheap.runtime.objects.MethodDescrType.METH_O;
import static dev.pyheap.runtime.objects.MethodDescrType.METH_VARARGS;

/**
 * The calling conventions ({@code ml_flags}) of the functions CPython 3.11.7 writes in C for its
 * modules, recorded into the resource {@code function-flags.txt}
 * (interpreter/src/test/python/record_method_flags.py, keyed {@code module.function}). A module
 * function written in Java with the name of one of them is called as CPython calls that one
 * ({@code cfunction_vectorcall_NOARGS}, {@code _O}, {@code _FASTCALL}, {@code cfunction_call}): a call
 * the convention cannot carry is refused before the body sees it, named as
 * {@code _PyObject_FunctionStr} names the function ({@code math.sqrt() takes no keyword
 * arguments}, {@code time.time() takes no arguments (1 given)}, {@code math.fabs() takes exactly one
 * argument (2 given)}), or by its bare name for {@code METH_VARARGS} ({@code log() takes no keyword
 * arguments}). The convention also decides whether a specialized call counts a level of the
 * recursion depth (every one but {@code METH_FASTCALL}'s). A function without a record (the
 * interpreter's own) parses all its arguments itself.
 */
final class FunctionFlags {
    private FunctionFlags() {
    }

    private static final class Recorded {
        static final Map<String, Integer> FLAGS = read();

        private static Map<String, Integer> read() {
            return MethodDescrType.readFlags(FunctionFlags.class.getResourceAsStream("function-flags.txt"),
                    "the interpreter's resource function-flags.txt");
        }
    }

    /** The recorded flags of {@code module.name}, or -1 when CPython has no such C function. */
    static int of(String module, String name) {
        return module == null ? -1 : Recorded.FLAGS.getOrDefault(module + "." + name, -1);
    }

    /**
     * The definition of {@code module.name}, with its convention's checks before {@code body}
     * and its recursion check ({@code len}'s specialized instruction calls the slot directly: it
     * counts no level).
     */
    static BuiltinFunctionType.Def def(ObjectSpace space, String module, String name, BuiltinFunctionType.Body body) {
        int flags = of(module, name);
        if (flags < 0) {
            return new BuiltinFunctionType.Def(name, body, null, false);
        }
        boolean checksRecursion = (flags & METH_FASTCALL) == 0 && !(module.equals("builtins") && name.equals("len"));
        if ((flags & METH_KEYWORDS) != 0) {
            return new BuiltinFunctionType.Def(name, body, null, checksRecursion);
        }
        String functionStr = module.equals("builtins") ? name + "()" : module + "." + name + "()";
        String refusesKeywords = ((flags & METH_VARARGS) != 0 ? name + "()" : functionStr) + " takes no keyword arguments";
        int exactly = (flags & METH_NOARGS) != 0 ? 0 : (flags & METH_O) != 0 ? 1 : -1;
        BuiltinFunctionType.Body checked = (self, args, nargs, kwnames) -> {
            if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
                throw new PyException("TypeError", refusesKeywords);
            }
            if (exactly >= 0 && nargs != exactly) {
                throw new PyException("TypeError", functionStr + (exactly == 0 ? " takes no arguments (" : " takes exactly one argument (")
                        + nargs + " given)");
            }
            return body.call(self, args, nargs, kwnames);
        };
        return new BuiltinFunctionType.Def(name, checked, null, checksRecursion);
    }
}
