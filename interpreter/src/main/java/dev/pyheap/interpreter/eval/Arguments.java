package dev.pyheap.interpreter.eval;

import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.FunctionType;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * Python/ceval.c's {@code initialize_locals}: binds a call's arguments (the vectorcall layout:
 * positionals, then the values of {@code kwnames}) to the new frame's parameters, with the
 * defaults, {@code *args}, {@code **kwargs} and CPython's TypeErrors, word for word.
 */
final class Arguments {
    private Arguments() {
    }

    /**
     * Fills {@code f}'s parameters. With {@code steal} the arguments' references move into the frame
     * (an inlined call from the value stack); otherwise each is a new reference.
     */
    static void bind(Interpreter interp, Frame f, long func, long args, long nargs, long kwnames, boolean steal) {
        if (!f.code.standsForC) {
            bindPython(interp, f, func, args, nargs, kwnames, steal);
            return;
        }
        try {
            bindPython(interp, f, func, args, nargs, kwnames, steal);
        } catch (PyException e) {
            PyException c = asC(interp.space, f.code, func, nargs, kwnames);
            if (c == null) {
                throw e;
            }
            e.release();
            throw c;
        }
    }

    private static void bindPython(Interpreter interp, Frame f, long func, long args, long nargs, long kwnames, boolean steal) {
        ObjectSpace space = interp.space;
        CodeInfo co = f.code;
        int argcount = co.argcount;
        int total = co.argcount + co.kwonlyargcount;
        boolean varargs = (co.flags & Code.CO_VARARGS) != 0;
        boolean varkw = (co.flags & Code.CO_VARKEYWORDS) != 0;
        int nkw = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
        long kwdict = 0;
        try {
            if (varkw) {
                kwdict = space.dictType.create();
                f.put(total + (varargs ? 1 : 0), kwdict);
            }
            int n = (int) Math.min(nargs, argcount);
            for (int i = 0; i < n; i++) {
                f.put(i, take(space, args, i, steal));
            }
            if (varargs) {
                long[] extra = new long[(int) Math.max(0, nargs - argcount)];
                for (int i = 0; i < extra.length; i++) {
                    extra[i] = space.memory.getLong(args + 8L * (argcount + i));
                }
                f.put(total, space.tupleType.create(extra));
            }
            for (int k = 0; k < nkw; k++) {
                long name = space.tupleType.item(kwnames, k);
                long value = space.memory.getLong(args + 8L * (nargs + k));
                int idx = indexOf(space, co, name);
                if (idx < co.posonlyargcount || idx >= total) {
                    if (kwdict == 0) {
                        PyException posonly = positionalOnlyAsKeywords(space, co, func, kwnames, nkw);
                        if (posonly != null) {
                            throw posonly;
                        }
                        throw new PyException("TypeError", qualname(space, func) + "() got an unexpected keyword argument '"
                                + space.strType.value(name) + "'");
                    }
                    space.dictType.setItem(kwdict, name, value);
                    continue;
                }
                if (f.get(idx) != 0) {
                    throw new PyException("TypeError", qualname(space, func) + "() got multiple values for argument '"
                            + space.strType.value(name) + "'");
                }
                f.put(idx, space.newRef(value));
            }
            if (!varargs && nargs > argcount) { // after the keywords, as initialize_locals checks it
                int kwonlyGiven = 0;
                for (int i = argcount; i < total; i++) {
                    if (f.get(i) != 0) {
                        kwonlyGiven++;
                    }
                }
                throw tooManyPositional(space, f, func, qualname(space, func), (int) nargs, kwonlyGiven);
            }
            // defaults for the positionals
            if (nargs < argcount) {
                long defaults = space.functionType.field(func, FunctionType.DEFAULTS);
                int ndef = defaults == 0 ? 0 : (int) space.tupleType.size(defaults);
                int firstDefault = argcount - ndef;
                List<String> missing = new ArrayList<>();
                for (int i = (int) nargs; i < argcount; i++) {
                    if (f.get(i) == 0) {
                        if (i >= firstDefault) {
                            f.put(i, space.newRef(space.tupleType.item(defaults, i - firstDefault)));
                        } else {
                            missing.add(co.localsplusNames[i]);
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    throw missing(qualname(space, func), missing, "positional");
                }
            }
            if (co.kwonlyargcount > 0) {
                long kwdefaults = space.functionType.field(func, FunctionType.KWDEFAULTS);
                List<String> missing = new ArrayList<>();
                for (int i = argcount; i < total; i++) {
                    if (f.get(i) != 0) {
                        continue;
                    }
                    long d = kwdefaults == 0 ? 0 : space.dictType.getItemString(kwdefaults, co.localsplusNames[i]);
                    if (d != 0) {
                        f.put(i, space.newRef(d));
                    } else {
                        missing.add(co.localsplusNames[i]);
                    }
                }
                if (!missing.isEmpty()) {
                    throw missing(qualname(space, func), missing, "keyword-only");
                }
            }
        } finally {
            if (steal) { // the caller's references to its arguments end here (moved, as CPython moves them)
                for (int i = 0; i < nargs + nkw; i++) {
                    space.xdecref(space.memory.getLong(args + 8L * i));
                    space.memory.putLong(args + 8L * i, 0);
                }
            }
        }
    }

    private static long take(ObjectSpace space, long args, int i, boolean steal) {
        return space.newRef(space.memory.getLong(args + 8L * i));
    }

    private static int indexOf(ObjectSpace space, CodeInfo co, long name) {
        String s = space.strType.value(name);
        int total = co.argcount + co.kwonlyargcount;
        for (int i = 0; i < total; i++) {
            if (co.localsplusNames[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The error CPython's C function gives for a call that a library function standing for it
     * ({@link CodeInfo#standsForC}) refused, derived from the Python signature (which mirrors the C
     * one: positional-only parameters where CPython's are), or null to keep the Python message
     * (a signature with {@code **kwargs}, or with {@code *args} unless it refuses keywords, whose C
     * functions word their own counts). A
     * method's {@code self} is not counted, as a C method's is not; {@code __init__} and
     * {@code __new__} speak for the class, as its {@code tp_new} does.
     * <ul>
     *   <li>only positional parameters: keywords refused ({@code _operator.add() takes no keyword
     *       arguments}), one required parameter as {@code METH_O} ({@code _heapq.heapify() takes exactly
     *       one argument (0 given)}), else {@code _PyArg_CheckPositional} ({@code add expected 2
     *       arguments, got 1});
     *   <li>otherwise Argument Clinic's {@code _PyArg_UnpackKeywords}, in its order of checks.
     * </ul>
     * Only the arguments' count and keyword names are read: a stolen argument vector is already cleared.
     */
    private static PyException asC(ObjectSpace space, CodeInfo co, long func, long nargs, long kwnames) {
        boolean varargs = (co.flags & Code.CO_VARARGS) != 0;
        if ((co.flags & Code.CO_VARKEYWORDS) != 0 || varargs && (kwnames == 0 || co.kwonlyargcount > 0)) {
            return null;
        }
        String qualname = qualname(space, func);
        String[] names = java.util.Arrays.copyOf(co.localsplusNames, co.argcount + co.kwonlyargcount);
        int posonly = co.posonlyargcount;
        int argcount = co.argcount;
        long defaults = space.functionType.field(func, FunctionType.DEFAULTS);
        int required = argcount - (defaults == 0 ? 0 : (int) space.tupleType.size(defaults));
        int given = (int) nargs;
        int dot = qualname.lastIndexOf('.');
        String name = space.strType.value(space.functionType.field(func, FunctionType.NAME)); // ml_name, not co_name
        String owner = null;
        boolean constructor = false; // tp_new's _PyArg_NoKeywords names the type alone
        if (dot > 0 && !qualname.endsWith(">." + name) && argcount > 0) { // a method: self is not an argument
            owner = qualname.substring(0, dot);
            names = java.util.Arrays.copyOfRange(names, 1, names.length);
            posonly = Math.max(0, posonly - 1);
            argcount--;
            required = Math.max(0, required - 1);
            given = Math.max(0, given - 1);
            if (name.equals("__init__") || name.equals("__new__")) {
                name = owner.substring(owner.lastIndexOf('.') + 1);
                owner = null;
                constructor = true;
            }
        }
        int nkw = kwnames == 0 ? 0 : (int) space.tupleType.size(kwnames);
        List<String> keywords = new ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            keywords.add(space.strType.value(space.tupleType.item(kwnames, k)));
        }
        if (varargs && posonly < argcount) {
            return null; // keywords may name its parameters: not a keyword-less C function
        }
        if (posonly == argcount && names.length == argcount) {
            String cModule = constructor || "builtins".equals(co.cModule) ? null : co.cModule;
            if (nkw > 0) {
                String who = owner != null ? owner + "." + name : cModule != null ? cModule + "." + name : name;
                return new PyException("TypeError", who + "() takes no keyword arguments");
            }
            if (argcount == 1 && required == 1) {
                String who = owner != null ? owner + "." + name : cModule != null ? cModule + "." + name : name;
                return new PyException("TypeError", who + "() takes exactly one argument (" + given + " given)");
            }
            if (given < required || given > argcount) {
                boolean few = given < required;
                int bound = few ? required : argcount;
                return new PyException("TypeError", name + " expected " + (required == argcount ? "" : few ? "at least " : "at most ")
                        + bound + " argument" + (bound == 1 ? "" : "s") + ", got " + given);
            }
            return null;
        }
        return CallArguments.clinicError(name, posonly, required, argcount, names, given, keywords);
    }

    /** The function's {@code __qualname__}, which the errors name (read only when one is raised). */
    private static String qualname(ObjectSpace space, long func) {
        return space.strType.value(space.functionType.field(func, FunctionType.QUALNAME));
    }

    /**
     * {@code positional_only_passed_as_keyword}, checked when a keyword finds no parameter that may be
     * named: the positional-only parameters that any keyword names, in the parameters' order, joined
     * with ", " inside one pair of quotes; null when there are none (the keyword is then unexpected).
     */
    private static PyException positionalOnlyAsKeywords(ObjectSpace space, CodeInfo co, long func, long kwnames, int nkw) {
        StringBuilder names = new StringBuilder();
        for (int p = 0; p < co.posonlyargcount; p++) {
            for (int k = 0; k < nkw; k++) {
                if (space.strType.value(space.tupleType.item(kwnames, k)).equals(co.localsplusNames[p])) {
                    names.append(names.isEmpty() ? "" : ", ").append(co.localsplusNames[p]);
                    break;
                }
            }
        }
        return names.isEmpty() ? null : new PyException("TypeError", qualname(space, func)
                + "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
    }

    private static PyException tooManyPositional(ObjectSpace space, Frame f, long func, String qualname, int given,
            int kwonlyGiven) {
        CodeInfo co = f.code;
        long defaults = space.functionType.field(func, FunctionType.DEFAULTS);
        int ndef = defaults == 0 ? 0 : (int) space.tupleType.size(defaults);
        String sig;
        boolean plural;
        if (ndef > 0) {
            sig = "from " + (co.argcount - ndef) + " to " + co.argcount;
            plural = true;
        } else {
            sig = String.valueOf(co.argcount);
            plural = co.argcount != 1;
        }
        String kwonly = "";
        if (kwonlyGiven > 0) {
            kwonly = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return new PyException("TypeError", qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + (kwonlyGiven > 0 ? kwonly : "") + (given == 1 && kwonlyGiven == 0 ? " was" : " were") + " given");
    }

    private static PyException missing(String qualname, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return new PyException("TypeError", qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }
}
