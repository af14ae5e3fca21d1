package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * Argument-count checks of built-in methods, with the messages CPython 3.11 gives for each calling
 * convention: {@code METH_O} and {@code METH_NOARGS} name the method as {@code type.name()},
 * Argument Clinic's {@code _PyArg_CheckPositional} names it alone.
 */
public final class Args {
    private Args() {
    }

    /** {@code METH_O}: {@code list.append() takes exactly one argument (0 given)}. */
    public static long one(String qualifiedName, long[] args) {
        if (args.length != 1) {
            throw new PyException("TypeError", qualifiedName + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** {@code METH_NOARGS}: {@code list.clear() takes no arguments (1 given)}. */
    public static void none(String qualifiedName, long[] args) {
        if (args.length != 0) {
            throw new PyException("TypeError", qualifiedName + "() takes no arguments (" + args.length + " given)");
        }
    }

    /**
     * {@code _PyArg_CheckPositional(name, n, min, max)}: {@code pop expected at most 1 argument, got 2},
     * {@code get expected at least 1 argument, got 0}, {@code insert expected 2 arguments, got 1}.
     */
    public static void range(String name, long[] args, int min, int max) {
        int n = args.length;
        if (n < min) {
            throw new PyException("TypeError", name + " expected " + (min == max ? "" : "at least ") + plural(min) + ", got " + n);
        }
        if (n > max) {
            throw new PyException("TypeError", name + " expected " + (min == max ? "" : "at most ") + plural(max) + ", got " + n);
        }
    }

    /**
     * {@code PyArg_ParseTuple}'s count check for a format with optional arguments
     * ({@code "O|OO:count"}): {@code count() takes at least 1 argument (0 given)},
     * {@code find() takes at most 3 arguments (4 given)}.
     */
    public static void parseTuple(String name, long[] args, int min, int max) {
        parseTuple(name, args.length, min, max);
    }

    /** {@code PyArg_ParseTuple}'s count check of {@code n} arguments (see above). */
    public static void parseTuple(String name, int n, int min, int max) {
        if (n < min || n > max) {
            int bound = n < min ? min : max;
            throw new PyException("TypeError", name + "() takes " + (min == max ? "exactly" : n < min ? "at least" : "at most")
                    + " " + plural(bound) + " (" + n + " given)");
        }
    }

    /**
     * A C {@code int} argument ({@code _PyLong_AsInt}, Argument Clinic's {@code int} and
     * {@code bool(accept={int})}): an int or an object with {@code __index__} whose value fits,
     * else CPython's TypeError or OverflowError.
     */
    public static int cInt(ObjectSpace space, long o) {
        long i = Abstract.numberIndex(space, o);
        try {
            if (!space.intType.fitsLong(i) || space.intType.longValue(i) != (int) space.intType.longValue(i)) {
                throw new PyException("OverflowError", "Python int too large to convert to C int");
            }
            return (int) space.intType.longValue(i);
        } finally {
            space.decref(i);
        }
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }
}
