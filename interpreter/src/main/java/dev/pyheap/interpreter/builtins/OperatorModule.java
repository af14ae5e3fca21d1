package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BinaryOp;
import dev.pyheap.runtime.objects.CompareOp;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.UnaryOp;

/**
 * {@code _operator} (Modules/_operator.c): the operators as functions ({@code add(a, b)} is
 * {@code a + b}, {@code iadd(a, b)} is {@code a += b}, {@code lt(a, b)} is {@code a < b}, ...), the
 * sequence helpers ({@code concat}, {@code contains}, {@code countOf}, {@code indexOf},
 * {@code getitem}, ...), {@code length_hint}, {@code _compare_digest}, {@code call} and the
 * callable types {@code itemgetter} ({@link ItemGetterType}), {@code attrgetter}
 * ({@link AttrGetterType}) and {@code methodcaller} ({@link MethodCallerType}). operator.py keeps
 * its Python definitions and replaces them by these ({@code from _operator import *}), as CPython's.
 * The functions check their arguments as their C ones: Argument Clinic's positional-only
 * parameters ({@code add expected 2 arguments, got 1}) or {@code METH_O}
 * ({@code _operator.neg() takes exactly one argument (2 given)}).
 */
final class OperatorModule {
    private OperatorModule() {
    }

    /** A function of one, two or three operands, all borrowed; a new reference. */
    private interface Operands {
        long apply(long[] operands);
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        long doc = space.strType.runtime("""
                Operator interface.

                This module exports a set of functions implemented in C corresponding
                to the intrinsic operators of Python.  For example, operator.add(x, y)
                is equivalent to the expression x+y.  The function names are those
                used for special methods; variants without leading and trailing
                '__' are also provided for convenience.""");
        SysModule.setItem(space, dict, "__doc__", doc);
        space.decref(doc);
        for (CompareOp op : CompareOp.values()) {
            String name = op.name().toLowerCase(java.util.Locale.ROOT);
            positional(space, module, dict, name, 2, x -> Abstract.richCompare(space, x[0], x[1], op));
        }
        metho(space, module, dict, "not_", o -> space.newBool(Abstract.not(space, o)));
        metho(space, module, dict, "truth", o -> space.newBool(Abstract.isTrue(space, o)));
        positional(space, module, dict, "is_", 2, x -> space.newBool(x[0] == x[1]));
        positional(space, module, dict, "is_not", 2, x -> space.newBool(x[0] != x[1]));
        metho(space, module, dict, "abs", o -> Abstract.unaryOp(space, o, UnaryOp.ABSOLUTE));
        for (BinaryOp op : BinaryOp.values()) {
            if (op == BinaryOp.DIVMOD) {
                continue;
            }
            String stem = op.method.substring(2, op.method.length() - 2);
            String name = stem.equals("and") || stem.equals("or") ? stem + "_" : stem;
            positional(space, module, dict, name, 2, op == BinaryOp.POWER
                    ? x -> Abstract.power(space, x[0], x[1], space.none)
                    : x -> Abstract.binaryOp(space, x[0], x[1], op));
            positional(space, module, dict, "i" + stem, 2, x -> Abstract.inplaceOp(space, x[0], x[1], op));
        }
        metho(space, module, dict, "index", o -> {
            long i = Abstract.numberIndex(space, o);
            try {
                return space.intType.exact(i); // PyNumber_Index: an int subclass's value as an exact int
            } finally {
                space.decref(i);
            }
        });
        metho(space, module, dict, "inv", o -> Abstract.unaryOp(space, o, UnaryOp.INVERT));
        metho(space, module, dict, "invert", o -> Abstract.unaryOp(space, o, UnaryOp.INVERT));
        metho(space, module, dict, "neg", o -> Abstract.unaryOp(space, o, UnaryOp.NEGATIVE));
        metho(space, module, dict, "pos", o -> Abstract.unaryOp(space, o, UnaryOp.POSITIVE));
        positional(space, module, dict, "concat", 2, x -> concat(space, x[0], x[1], false));
        positional(space, module, dict, "iconcat", 2, x -> concat(space, x[0], x[1], true));
        positional(space, module, dict, "contains", 2, x -> space.newBool(Abstract.contains(space, x[0], x[1])));
        positional(space, module, dict, "countOf", 2, x -> space.newInt(search(space, x[0], x[1], false)));
        positional(space, module, dict, "indexOf", 2, x -> space.newInt(search(space, x[0], x[1], true)));
        positional(space, module, dict, "getitem", 2, x -> Abstract.getItem(space, x[0], x[1]));
        positional(space, module, dict, "setitem", 3, x -> {
            Abstract.setItem(space, x[0], x[1], x[2]);
            return space.newNone();
        });
        positional(space, module, dict, "delitem", 2, x -> {
            Abstract.delItem(space, x[0], x[1]);
            return space.newNone();
        });
        SysModule.function(space, module, dict, "length_hint", (self, a, n, kw) -> {
            new CallArgs(space, "_operator.length_hint", a, n, kw).keywords();
            CallArgs c = new CallArgs(space, "length_hint", a, n, 0).range(1, 2);
            long dflt = 0;
            if (n > 1) {
                long d = c.get(1);
                if (!space.typeOf(d).hasFlag(PyType.LONG_SUBCLASS)) {
                    throw new PyException("TypeError", "'" + space.typeOf(d).name + "' object cannot be interpreted as an integer");
                }
                if (!space.intType.fitsLong(d)) {
                    throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
                }
                dflt = space.intType.longValue(d);
            }
            return space.newInt(Abstract.lengthHint(space, c.get(0), dflt));
        });
        positional(space, module, dict, "_compare_digest", 2, x -> space.newBool(compareDigest(space, x[0], x[1])));
        SysModule.function(space, module, dict, "call", (self, a, n, kw) -> {
            if (n < 1) {
                throw new PyException("TypeError", "call expected at least 1 argument, got 0");
            }
            return Abstract.vectorcall(space, space.memory.getLong(a), a + 8, n - 1, kw);
        });
        for (PyType t : new PyType[] {new ItemGetterType(space), new AttrGetterType(space), new MethodCallerType(table)}) {
            space.register(t);
            SysModule.setItem(space, dict, t.name.substring("operator.".length()), t.typeObject());
        }
    }

    /** An Argument Clinic function of {@code count} positional-only operands. */
    private static void positional(ObjectSpace space, long module, long dict, String name, int count, Operands body) {
        SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
            new CallArgs(space, "_operator." + name, a, n, kw).keywords();
            CallArgs c = new CallArgs(space, name, a, n, 0).range(count, count);
            long[] operands = new long[count];
            for (int i = 0; i < count; i++) {
                operands[i] = c.get(i);
            }
            return body.apply(operands);
        });
    }

    /** A {@code METH_O} function. */
    private static void metho(ObjectSpace space, long module, long dict, String name, java.util.function.LongUnaryOperator body) {
        SysModule.function(space, module, dict, name, (self, a, n, kw) ->
                body.applyAsLong(new CallArgs(space, "_operator." + name, a, n, kw).exactly(1).get(0)));
    }

    /**
     * {@code PySequence_Concat} / {@code PySequence_InPlaceConcat}: the sequence's (in-place)
     * concatenation, else {@code +} (or {@code +=}) between two sequences, else
     * {@code 'int' object can't be concatenated}.
     */
    private static long concat(ObjectSpace space, long a, long b, boolean inplace) {
        PyType ta = space.typeOf(a);
        long r = inplace ? ta.inplaceConcat(a, b) : 0;
        if (r == 0) {
            r = ta.concat(a, b);
        }
        if (r != 0) {
            return r;
        }
        if (Abstract.sequenceCheck(space, a) && Abstract.sequenceCheck(space, b)) {
            return inplace ? Abstract.inplaceOp(space, a, b, BinaryOp.ADD) : Abstract.binaryOp(space, a, b, BinaryOp.ADD);
        }
        throw new PyException("TypeError", "'" + ta.name + "' object can't be concatenated");
    }

    /**
     * {@code _PySequence_IterSearch}: how many items of {@code seq} equal {@code obj}, or
     * ({@code index}) the position of the first, else {@code ValueError}.
     */
    private static long search(ObjectSpace space, long seq, long obj, boolean index) {
        long it;
        try {
            it = Abstract.getIter(space, seq);
        } catch (PyException e) {
            if (Abstract.matches(space, e, "TypeError")) {
                e.release();
                throw new PyException("TypeError", "argument of type '" + space.typeOf(seq).name + "' is not iterable");
            }
            throw e;
        }
        try {
            long n = 0;
            for (long item = Abstract.iterNext(space, it); item != 0; item = Abstract.iterNext(space, it)) {
                boolean equal;
                try {
                    equal = Abstract.richCompareBool(space, item, obj, CompareOp.EQ);
                } finally {
                    space.decref(item);
                }
                if (equal && index) {
                    return n;
                }
                if (equal || index) {
                    n++;
                }
            }
            if (index) {
                throw new PyException("ValueError", "sequence.index(x): x not in sequence");
            }
            return n;
        } finally {
            space.decref(it);
        }
    }

    /** {@code PyObject_CheckBuffer}. */
    private static boolean hasBuffer(ObjectSpace space, long o) {
        try {
            Abstract.bufferBytes(space, o);
            return true;
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "TypeError")) {
                throw e;
            }
            e.release();
            return false;
        }
    }

    /**
     * {@code _operator__compare_digest_impl}: equality of two ASCII strs or two buffers, in a time
     * that depends on the length of {@code b} only.
     */
    private static boolean compareDigest(ObjectSpace space, long a, long b) {
        byte[] x, y;
        if (space.strType.check(a) && space.strType.check(b)) {
            String sa = space.strType.value(a), sb = space.strType.value(b);
            if (!sa.chars().allMatch(c -> c < 128) || !sb.chars().allMatch(c -> c < 128)) {
                throw new PyException("TypeError", "comparing strings with non-ASCII characters is not supported");
            }
            x = sa.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = sb.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else {
            if (!hasBuffer(space, a) && !hasBuffer(space, b)) {
                throw new PyException("TypeError", "unsupported operand types(s) or combination of types: '"
                        + space.typeOf(a).name + "' and '" + space.typeOf(b).name + "'");
            }
            x = Abstract.bufferBytes(space, a);
            y = Abstract.bufferBytes(space, b);
        }
        // _tscmp: every byte of b is looked at whatever the contents
        byte[] left = x.length == y.length ? x : y;
        int result = x.length == y.length ? 0 : 1;
        for (int i = 0; i < y.length; i++) {
            result |= left[i] ^ y[i];
        }
        return result == 0;
    }
}
