package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * The arguments of a call in the vectorcall layout, read as Python/getargs.c and the Argument
 * Clinic parsers read them: positionals by index, keywords by name, CPython's TypeErrors for the
 * wrong count or an unexpected keyword. All borrowed.
 */
final class CallArgs {
    private final ObjectSpace space;
    private final String function;
    private final long args;
    final int nargs;
    private final long kwnames;
    private final int nkw;

    CallArgs(ObjectSpace space, String function, long args, long nargs, long kwnames) {
        this.space = space;
        this.function = function;
        this.args = args;
        this.nargs = (int) nargs;
        this.kwnames = kwnames;
        this.nkw = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
    }

    long get(int i) {
        return space.memory.getLong(args + 8L * i);
    }

    /** The keyword arguments other than {@code skipped} as a new dict, or 0 when there are none. */
    long keywordsExcept(String skipped) {
        long d = 0;
        for (int k = 0; k < nkw; k++) {
            long key = space.tupleType.item(kwnames, k);
            if (!space.strType.value(key).equals(skipped)) {
                if (d == 0) {
                    d = space.dictType.create();
                }
                space.dictType.setItem(d, key, space.memory.getLong(args + 8L * (nargs + k)));
            }
        }
        return d;
    }

    /** The keyword argument {@code name}, or 0. */
    long keyword(String name) {
        for (int k = 0; k < nkw; k++) {
            if (space.strType.value(space.tupleType.item(kwnames, k)).equals(name)) {
                return space.memory.getLong(args + 8L * (nargs + k));
            }
        }
        return 0;
    }

    /** Refuses keywords not in {@code allowed}: {@code 'x' is an invalid keyword argument for print()} / {@code len() takes no keyword arguments}. */
    CallArgs keywords(String... allowed) {
        for (int k = 0; k < nkw; k++) {
            String name = space.strType.value(space.tupleType.item(kwnames, k));
            boolean ok = false;
            for (String a : allowed) {
                ok |= a.equals(name);
            }
            if (!ok) {
                if (allowed.length == 0) {
                    throw new PyException("TypeError", function + "() takes no keyword arguments");
                }
                throw CallArguments.invalidKeyword(name, function);
            }
        }
        return this;
    }

    /** Exactly {@code n} positionals: CPython's {@code len() takes exactly one argument (2 given)}, {@code f() takes no arguments (1 given)}. */
    CallArgs exactly(int n) {
        keywords();
        if (nargs != n) {
            if (n == 1) {
                throw new PyException("TypeError", function + "() takes exactly one argument (" + nargs + " given)");
            }
            if (n == 0) { // METH_NOARGS
                throw new PyException("TypeError", function + "() takes no arguments (" + nargs + " given)");
            }
            throw new PyException("TypeError", function + " expected " + n + " arguments, got " + nargs);
        }
        return this;
    }

    /** Between {@code min} and {@code max} positionals ({@code _PyArg_CheckPositional}). */
    CallArgs range(int min, int max) {
        if (nargs < min) {
            throw new PyException("TypeError", function + " expected " + (min == max ? "" : "at least ") + min
                    + " argument" + (min == 1 ? "" : "s") + ", got " + nargs);
        }
        if (nargs > max) {
            throw new PyException("TypeError", function + " expected " + (min == max ? "" : "at most ") + max
                    + " argument" + (max == 1 ? "" : "s") + ", got " + nargs);
        }
        return this;
    }

    /** Between {@code min} and {@code max} positionals as {@code PyArg_ParseTuple} counts them ({@code strftime() takes at least 1 argument (0 given)}). */
    CallArgs parseTuple(int min, int max) {
        dev.pyheap.runtime.objects.Args.parseTuple(function, nargs, min, max);
        return this;
    }

    /** A data argument of the compression engines: bytes or bytearray (their Python modules turn other buffers into bytes first). */
    static byte[] bytesOrBytearray(ObjectSpace space, long o) {
        if (space.bytesType.check(o)) {
            return space.bytesType.value(o);
        }
        if (space.byteArrayType.check(o)) {
            return space.byteArrayType.value(o);
        }
        throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(o).name + "'");
    }
}
