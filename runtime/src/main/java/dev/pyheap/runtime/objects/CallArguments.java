package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * The arguments of a vectorcall as the runtime's constructors and methods read them
 * ({@code Python/getargs.c}, Argument Clinic's parsers): positionals by index, keywords by name,
 * CPython's TypeErrors for a wrong count or an unexpected keyword. All borrowed.
 */
public final class CallArguments {
    private final ObjectSpace space;
    private final String function;
    private final long args;
    /** Positional arguments. */
    public final int nargs;
    private final long kwnames;
    private final int nkw;

    public CallArguments(ObjectSpace space, String function, long args, long nargsf, long kwnames) {
        this.space = space;
        this.function = function;
        this.args = args;
        this.nargs = Abstract.nargs(nargsf);
        this.kwnames = kwnames;
        this.nkw = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
    }

    /** Positional {@code i} (borrowed). */
    public long get(int i) {
        return space.memory.getLong(args + 8L * i);
    }

    /** Positional {@code i}, or 0 when fewer were given. */
    public long optional(int i) {
        return i < nargs ? get(i) : 0;
    }

    /** Positional {@code i}, else the keyword {@code name}, else 0 (a positional-or-keyword parameter). */
    public long either(int i, String name) {
        if (i < nargs) {
            if (keyword(name) != 0) {
                throw new PyException("TypeError", "argument for " + function.substring(function.lastIndexOf('.') + 1)
                        + "() given by name ('" + name
                        + "') and position (" + (i + 1) + ")");
            }
            return get(i);
        }
        return keyword(name);
    }

    /** Keyword arguments given. */
    /** The function's name its messages use. */
    public String function() {
        return function;
    }

    public int keywordCount() {
        return nkw;
    }

    /** The keyword argument {@code name}, or 0. */
    public long keyword(String name) {
        for (int k = 0; k < nkw; k++) {
            if (space.strType.contentEquals(space.tupleType.item(kwnames, k), name)) {
                return space.memory.getLong(args + 8L * (nargs + k));
            }
        }
        return 0;
    }

    /** Refuses keywords not in {@code allowed}: {@code 'x' is an invalid keyword argument for f()}, {@code f() takes no keyword arguments}. */
    public CallArguments keywords(String... allowed) {
        for (int k = 0; k < nkw; k++) {
            long name = space.tupleType.item(kwnames, k);
            boolean ok = false;
            for (String a : allowed) {
                ok |= space.strType.contentEquals(name, a);
            }
            if (!ok) {
                if (allowed.length == 0) {
                    throw new PyException("TypeError", function + "() takes no keyword arguments");
                }
                throw invalidKeyword(space.strType.value(name), function);
            }
        }
        return this;
    }

    /**
     * Refuses any keyword, naming the method as its descriptor does ({@code method_check_args}):
     * {@code dict.fromkeys() takes no keyword arguments}.
     */
    public CallArguments noKeywords(String qualifiedName) {
        if (nkw > 0) {
            throw new PyException("TypeError", qualifiedName + "() takes no keyword arguments");
        }
        return this;
    }

    /**
     * {@code getargs.c}'s error for a keyword a C function does not take (CPython 3.11 has no other
     * wording for C functions): {@code 'x' is an invalid keyword argument for f()}, named by the bare
     * function name as Argument Clinic's {@code fname} is.
     */
    public static PyException invalidKeyword(String keyword, String function) {
        return new PyException("TypeError", "'" + keyword + "' is an invalid keyword argument for "
                + function.substring(function.lastIndexOf('.') + 1) + "()");
    }

    /**
     * Between {@code min} and {@code max} positionals ({@code _PyArg_CheckPositional}'s and
     * {@code PyArg_UnpackTuple}'s messages, which name the function alone:
     * {@code update expected at most 1 argument, got 2}).
     */
    public CallArguments range(int min, int max) {
        String function = this.function.substring(this.function.lastIndexOf('.') + 1);
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

    /**
     * Argument Clinic's parser for positional-or-keyword parameters ({@code _PyArg_UnpackKeywords}
     * without positional-only or keyword-only ones): see {@link #clinic}.
     */
    public long[] unpack(int required, String... names) {
        return clinic(0, required, names.length, names);
    }

    /**
     * Argument Clinic's parser, {@code _PyArg_UnpackKeywords}: {@code names} are all the parameters
     * in order, the first {@code posonly} positional-only, those from {@code maxpos} on
     * keyword-only, the first {@code minpos} required. Returns each parameter's argument
     * (borrowed) or 0 when not given. The checks come in CPython's order, so a call wrong in two
     * ways gets CPython's message: the total count ({@code split() takes at most 2 arguments
     * (3 given)}), too many or too few positionals ({@code sort() takes no positional arguments},
     * {@code translate() takes at least 1 positional argument (0 given)}), a required parameter
     * missing ({@code from_bytes() missing required argument 'bytes' (pos 1)}), one given twice
     * ({@code argument for split() given by name ('sep') and position (1)}), an unknown keyword
     * ({@code 'x' is an invalid keyword argument for split()}); named by the bare function name as
     * Argument Clinic's {@code fname} is.
     */
    public long[] clinic(int posonly, int minpos, int maxpos, String... names) {
        int maxargs = names.length;
        long[] values = new long[maxargs];
        if (nkw == 0 && minpos <= nargs && nargs <= maxpos) {
            for (int i = 0; i < nargs; i++) {
                values[i] = get(i);
            }
            return values;
        }
        java.util.List<String> keywords = new java.util.ArrayList<>(nkw);
        for (int k = 0; k < nkw; k++) {
            keywords.add(space.strType.value(space.tupleType.item(kwnames, k)));
        }
        PyException refused = clinicError(function, posonly, minpos, maxpos, names, nargs, keywords);
        if (refused != null) {
            throw refused;
        }
        for (int i = 0; i < nargs; i++) {
            values[i] = get(i);
        }
        for (int i = Math.max(nargs, posonly); i < maxargs; i++) {
            values[i] = keyword(names[i]);
        }
        return values;
    }

    /**
     * {@code _PyArg_UnpackKeywords}' checks of a call to {@code function} (named by its bare name) made
     * with {@code nargs} positionals and {@code keywords} by name, in CPython's order (see
     * {@link #clinic}): the error, or null when the call fits. Reads names and counts only, so a
     * caller whose argument values are gone may still word the error.
     */
    public static PyException clinicError(String function, int posonly, int minpos, int maxpos, String[] names, int nargs,
            java.util.List<String> keywords) {
        String fname = function.substring(function.lastIndexOf('.') + 1);
        int maxargs = names.length;
        int nkw = keywords.size();
        if (nargs + nkw > maxargs) {
            return new PyException("TypeError", fname + "() takes at most " + maxargs + " " + (nargs == 0 ? "keyword " : "")
                    + "argument" + (maxargs == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        if (nargs > maxpos) {
            return new PyException("TypeError", maxpos == 0 ? fname + "() takes no positional arguments"
                    : fname + "() takes " + (minpos < maxpos ? "at most " : "exactly ") + maxpos + " positional argument"
                    + (maxpos == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        int minPositionalOnly = Math.min(posonly, minpos); // the others are reported missing by name below
        if (nargs < minPositionalOnly) {
            return new PyException("TypeError", fname + "() takes " + (minPositionalOnly < maxpos ? "at least " : "exactly ")
                    + minPositionalOnly + " positional argument" + (minPositionalOnly == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        for (int i = Math.max(nargs, posonly); i < minpos; i++) {
            if (!keywords.contains(names[i])) {
                return new PyException("TypeError", fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        for (int i = posonly; i < nargs; i++) {
            if (keywords.contains(names[i])) {
                return new PyException("TypeError", "argument for " + fname + "() given by name ('" + names[i]
                        + "') and position (" + (i + 1) + ")");
            }
        }
        java.util.List<String> keywordNames = java.util.Arrays.asList(names).subList(posonly, maxargs);
        for (String k : keywords) {
            if (!keywordNames.contains(k)) {
                return invalidKeyword(k, fname);
            }
        }
        return null;
    }

    /**
     * {@code _PyArg_BadArgument}: Argument Clinic's error for an argument of the wrong type,
     * {@code encode() argument 'encoding' must be str, not None}; {@code parameter} is
     * {@code "argument 'name'"} for a parameter that can be given by name, {@code "argument 1"}
     * for a positional-only one. None is named {@code None}, anything else by its type's name.
     */
    public static PyException badArgument(ObjectSpace space, String function, String parameter, String expected, long arg) {
        return new PyException("TypeError", function.substring(function.lastIndexOf('.') + 1) + "() " + parameter + " must be "
                + expected + ", not " + (arg == space.none ? "None" : space.typeOf(arg).name));
    }

    /** The positionals as a Java array (borrowed references). */
    public long[] positionals() {
        long[] a = new long[nargs];
        for (int i = 0; i < nargs; i++) {
            a[i] = get(i);
        }
        return a;
    }

    /** The positionals from {@code from} on. */
    public long[] positionalsFrom(int from) {
        long[] a = new long[Math.max(0, nargs - from)];
        for (int i = from; i < nargs; i++) {
            a[i - from] = get(i);
        }
        return a;
    }

    /** The address of the argument vector. */
    public long address() {
        return args;
    }

    /** The keyword names tuple, or 0. */
    public long kwnames() {
        return kwnames;
    }

    /** The positionals as a new tuple. */
    public long tuple() {
        return space.tupleType.create(positionals());
    }

    /** The keyword arguments as a new dict, or 0 when there are none. */
    public long kwargsDict() {
        if (nkw == 0) {
            return 0;
        }
        long d = space.dictType.create();
        for (int k = 0; k < nkw; k++) {
            space.dictType.setItem(d, space.tupleType.item(kwnames, k), space.memory.getLong(args + 8L * (nargs + k)));
        }
        return d;
    }
}
