package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.compiler.Analysis;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.compiler.Future;
import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BaseExceptionType;
import dev.pyheap.runtime.objects.CallArguments;
import dev.pyheap.runtime.objects.CodeType;
import dev.pyheap.runtime.objects.FunctionType;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * The builtins that compile or run code (Python/bltinmodule.c): {@code exec}, {@code eval} of
 * strings and code objects, and {@code __build_class__}, which runs a class body in a new namespace
 * and calls the metaclass ({@code type(name, bases, namespace)} by default).
 */
final class CoreFunctions {
    /** {@code PyCF_ONLY_AST}: compile() returns the tree. */
    static final int PY_CF_ONLY_AST = 0x400;
    /**
     * {@code PyCF_DONT_IMPLY_DEDENT} and {@code PyCF_ALLOW_INCOMPLETE_INPUT}, which codeop passes: a
     * block still open at the end is not closed, and input that ends too soon is "incomplete input".
     */
    static final int PY_CF_DONT_IMPLY_DEDENT = 0x200, PY_CF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    /** {@code PyCF_MASK_OBSOLETE}: CO_NESTED, accepted and ignored. */
    static final int PY_CF_MASK_OBSOLETE = 0x10;
    /** {@code PyCF_COMPILE_MASK}: ONLY_AST, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, DONT_IMPLY_DEDENT, ALLOW_INCOMPLETE_INPUT. */
    static final int PY_CF_COMPILE_MASK = PY_CF_ONLY_AST | 0x1000 | 0x2000 | PY_CF_DONT_IMPLY_DEDENT
            | PY_CF_ALLOW_INCOMPLETE_INPUT;

    private CoreFunctions() {
    }

    static void define(ModuleTable table) {
        ObjectSpace space = table.space();
        Interpreter interp = table.interpreter();
        Builtins b = table.builtins();
        b.function("exec", (self, a, n, kw) -> {
            long[] v = new CallArguments(space, "exec", a, n, kw).clinic(3, 1, 3, "source", "globals", "locals", "closure");
            space.decref(run(table, v[0], v[1], v[2], v[3] == space.none ? 0 : v[3], PythonParser.Mode.EXEC, "exec"));
            return space.newNone();
        });
        b.function("eval", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "eval", a, n, kw).keywords().range(1, 3); // eval(source, globals=None, locals=None, /)
            return run(table, c.get(0), n > 1 ? c.get(1) : 0, n > 2 ? c.get(2) : 0, 0, PythonParser.Mode.EVAL, "eval");
        });
        b.function("compile", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "compile", a, n, kw)
                    .keywords("source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version").range(0, 6);
            long source = n > 0 ? c.get(0) : c.keyword("source");
            long filename = n > 1 ? c.get(1) : c.keyword("filename");
            long mode = n > 2 ? c.get(2) : c.keyword("mode");
            String[] names = {"source", "filename", "mode"};
            long[] given = {source, filename, mode};
            for (int i = 0; i < 3; i++) {
                if (given[i] == 0) {
                    throw new PyException("TypeError", "compile() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                }
            }
            if (!space.strType.check(mode)) {
                throw new PyException("TypeError", "compile() argument 'mode' must be str, not " + space.typeOf(mode).name);
            }
            PythonParser.Mode m = switch (space.strType.value(mode)) {
                case "exec" -> PythonParser.Mode.EXEC;
                case "eval" -> PythonParser.Mode.EVAL;
                case "single" -> PythonParser.Mode.SINGLE;
                default -> throw new PyException("ValueError", "compile() mode must be 'exec', 'eval' or 'single'");
            };
            long flags = n > 3 ? c.get(3) : c.keyword("flags");
            long dontInherit = n > 4 ? c.get(4) : c.keyword("dont_inherit");
            long optimize = n > 5 ? c.get(5) : c.keyword("optimize");
            int cfFlags = flags == 0 ? 0 : (int) Abstract.index(space, flags);
            if ((cfFlags & ~(Future.CO_FUTURE_MASK | PY_CF_MASK_OBSOLETE | PY_CF_COMPILE_MASK)) != 0) {
                throw new PyException("ValueError", "compile(): unrecognised flags");
            }
            int futureFlags = cfFlags & Future.CO_FUTURE_MASK;
            if (dontInherit == 0 || !Abstract.isTrue(space, dontInherit)) {
                futureFlags |= interp.currentFutureFlags();
            }
            boolean onlyAst = (cfFlags & PY_CF_ONLY_AST) != 0;
            boolean text = space.strType.check(source) || space.bytesType.check(source);
            if (onlyAst || !text && !space.codeType.check(source) && space.dictType.getItemString(table.modules(), "_ast") != 0) {
                // a tree asked for or given: the node classes are the library's _ast module's
                long[] args = {source, filename, mode, 0, 0};
                args[3] = flags == 0 ? space.newInt(0) : space.newRef(flags);
                args[4] = optimize == 0 ? space.newInt(-1) : space.newRef(optimize);
                try {
                    return Abstract.callMethod(space, table.importModule("_ast"), "_compile", args);
                } catch (PyException e) {
                    // compile() is C in CPython: the library's frames are not in the traceback
                    long exc = space.exceptions.normalize(e);
                    space.exceptions.base().setField(exc, BaseExceptionType.TRACEBACK, 0);
                    throw e;
                } finally {
                    space.decref(args[3]);
                    space.decref(args[4]);
                }
            }
            String file = space.strType.check(filename) ? space.strType.value(filename) : Abstract.str(space, filename);
            String sourceText = sourceText(space, source, "compile", m, file);
            boolean offsetsInBytes = offsetsInBytes(space, source);
            if ((cfFlags & (PY_CF_DONT_IMPLY_DEDENT | PY_CF_ALLOW_INCOMPLETE_INPUT)) != 0) {
                // codeop's question: whole as it stands? (then compiled as usual below)
                try {
                    PythonParser.parseAllowingIncomplete(sourceText, file, m);
                } catch (PythonSyntaxError e) {
                    throw SyntaxErrors.toPython(table.space(), offsetsInBytes ? e.inUtf8Offsets() : e);
                }
            }
            try (Interpreter.Loaded loaded = interp.load(compileSource(table, sourceText, file, m, futureFlags,
                    offsetsInBytes), false)) {
                return space.newRef(loaded.code());
            }
        });
        b.function("__build_class__", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "__build_class__", a, n, kw);
            if (n < 2) {
                throw new PyException("TypeError", "__build_class__: not enough arguments");
            }
            long func = c.get(0);
            long name = c.get(1);
            if (!space.functionType.check(func)) {
                throw new PyException("TypeError", "__build_class__: func must be a function");
            }
            if (!space.strType.check(name)) {
                throw new PyException("TypeError", "__build_class__: name is not a string");
            }
            long[] origItems = new long[(int) n - 2];
            for (int i = 2; i < n; i++) {
                origItems[i - 2] = c.get(i);
            }
            long origBases = space.tupleType.create(origItems);
            long bases;
            try {
                bases = updateBases(space, origItems, origBases);
            } catch (RuntimeException e) {
                space.decref(origBases);
                throw e;
            }
            long[] baseItems = new long[(int) space.tupleType.size(bases)];
            for (int i = 0; i < baseItems.length; i++) {
                baseItems[i] = space.tupleType.item(bases, i);
            }
            long meta = c.keyword("metaclass");
            try {
                boolean isClass;
                if (meta == 0) {
                    meta = baseItems.length == 0 ? space.typeType.typeObject()
                            : space.typeOf(baseItems[0]).typeObject();
                    isClass = true;
                } else {
                    isClass = space.typeType.check(meta);
                }
                if (isClass) {
                    meta = calculateMetaclass(space, meta, baseItems);
                }
                long mkw = c.keywordsExcept("metaclass"); // class C(Base, tag=1): for __prepare__ and __init_subclass__
                try {
                    long ns = prepare(space, interp, meta, isClass, name, bases, mkw);
                    try {
                        long cell = interp.runWithLocals(func, ns);
                        try {
                            if (bases != origBases) {
                                long key = space.strType.literalName("__orig_bases__");
                                try {
                                    Abstract.setItem(space, ns, key, origBases);
                                } finally {
                                    space.decref(key);
                                }
                            }
                            long cls = callDict(space, interp, meta, new long[] {name, bases, ns}, mkw);
                            checkClassCell(space, cell, cls, name);
                            return cls;
                        } finally {
                            space.decref(cell);
                        }
                    } finally {
                        space.decref(ns);
                    }
                } finally {
                    space.xdecref(mkw);
                }
            } finally {
                space.decref(bases);
                space.decref(origBases);
            }
        });
    }

    /**
     * {@code _PyType_CalculateMetaclass}: the most derived of {@code meta} and the bases' metaclasses
     * (borrowed); a TypeError when neither of two is a subclass of the other.
     */
    private static long calculateMetaclass(ObjectSpace space, long meta, long[] bases) {
        dev.pyheap.runtime.objects.PyType winner = space.typeType.described(meta);
        for (long base : bases) {
            dev.pyheap.runtime.objects.PyType t = space.typeOf(base);
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (!t.isSubtypeOf(winner)) {
                throw new PyException("TypeError", "metaclass conflict: the metaclass of a derived class must be a "
                        + "(non-strict) subclass of the metaclasses of all its bases");
            }
            winner = t;
        }
        return winner.typeObject();
    }

    /** The class namespace: {@code meta.__prepare__(name, bases, **mkw)} when the metaclass has one, else a new dict. A new reference. */
    private static long prepare(ObjectSpace space, Interpreter interp, long meta, boolean isClass, long name, long bases,
            long mkw) {
        long prep = Abstract.lookupAttr(space, meta, "__prepare__");
        if (prep == 0) {
            return space.dictType.create();
        }
        long ns;
        try {
            ns = callDict(space, interp, prep, new long[] {name, bases}, mkw);
        } finally {
            space.decref(prep);
        }
        if (space.typeOf(ns).lookup("__getitem__") == 0) {
            String who = isClass ? space.typeType.described(meta).name : "<metaclass>";
            String got = space.typeOf(ns).name;
            space.decref(ns);
            throw new PyException("TypeError", who + ".__prepare__() must return a mapping, not " + got);
        }
        return ns;
    }

    /**
     * {@code PyObject_VectorcallDict}: {@code callable(*args, **mkw)}, a vector call (no tuple) when
     * there are no keywords, as {@code __build_class__} calls {@code __prepare__} and the metaclass.
     */
    private static long callDict(ObjectSpace space, Interpreter interp, long callable, long[] args, long mkw) {
        if (mkw == 0 || space.dictType.size(mkw) == 0) {
            return Abstract.call(space, callable, args);
        }
        long tuple = space.tupleType.create(args);
        try {
            return interp.call(callable, tuple, mkw);
        } finally {
            space.decref(tuple);
        }
    }

    /** The class body's {@code __class__} cell must hold the class {@code type.__new__} made from its {@code __classcell__}. */
    private static void checkClassCell(ObjectSpace space, long cell, long cls, long name) {
        if (!space.typeType.check(cls) || !space.cellType.check(cell)) {
            return;
        }
        long inCell = space.cellType.get(cell);
        if (inCell == cls) {
            return;
        }
        String message = inCell == 0
                ? "__class__ not set defining " + Abstract.repr(space, name) + " as " + Abstract.repr(space, cls)
                        + ". Was __classcell__ propagated to type.__new__?"
                : "__class__ set to " + Abstract.repr(space, inCell) + " defining " + Abstract.repr(space, name) + " as "
                        + Abstract.repr(space, cls);
        space.decref(cls);
        throw new PyException(inCell == 0 ? "RuntimeError" : "TypeError", message);
    }

    /**
     * {@code update_bases}: each base that is not a class but has {@code __mro_entries__}
     * ({@code class C(list[int])}) is replaced by the classes that method returns. A new reference:
     * {@code bases} itself (one more reference) when nothing was replaced.
     */
    private static long updateBases(ObjectSpace space, long[] items, long bases) {
        java.util.List<Long> updated = null;
        java.util.List<Long> owned = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < items.length; i++) {
                long base = items[i];
                long entries = space.typeType.check(base) ? 0 : Abstract.lookupAttr(space, base, "__mro_entries__");
                if (entries == 0) {
                    if (updated != null) {
                        updated.add(base);
                    }
                    continue;
                }
                long result;
                try {
                    result = Abstract.call(space, entries, new long[] {bases});
                } finally {
                    space.decref(entries);
                }
                owned.add(result);
                if (!space.tupleType.check(result)) {
                    throw new PyException("TypeError", "__mro_entries__ must return a tuple");
                }
                if (updated == null) {
                    updated = new java.util.ArrayList<>();
                    for (int j = 0; j < i; j++) {
                        updated.add(items[j]);
                    }
                }
                for (int j = 0; j < space.tupleType.size(result); j++) {
                    updated.add(space.tupleType.item(result, j));
                }
            }
            if (updated == null) {
                return space.newRef(bases);
            }
            return space.tupleType.create(updated.stream().mapToLong(Long::longValue).toArray());
        } finally {
            for (long o : owned) {
                space.decref(o);
            }
        }
    }

    /**
     * exec's and eval's body ({@code builtin_exec_impl}, {@code builtin_eval_impl}): {@code source}
     * run in {@code globals} and {@code locals} (0 or None: the caller's); a code object with free
     * variables only through exec's {@code closure}, one cell per free variable.
     */
    private static long run(ModuleTable table, long source, long globals, long locals, long closure, PythonParser.Mode mode,
            String who) {
        ObjectSpace space = table.space();
        Interpreter interp = table.interpreter();
        boolean noGlobals = globals == 0 || globals == space.none;
        boolean noLocals = locals == 0 || locals == space.none;
        if (mode == PythonParser.Mode.EVAL) { // eval checks its arguments before it picks the caller's
            if (!noLocals && !isMapping(space, locals)) {
                throw new PyException("TypeError", "locals must be a mapping");
            }
            if (!noGlobals && !space.dictType.check(globals)) {
                throw new PyException("TypeError", isMapping(space, globals)
                        ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
            }
        }
        if (noGlobals) {
            globals = interp.currentGlobals();
            if (noLocals) {
                locals = interp.currentLocals();
            }
        } else if (noLocals) {
            locals = globals;
        }
        if (!space.dictType.check(globals)) {
            throw new PyException("TypeError", who + "() globals must be a dict, not " + space.typeOf(globals).name);
        }
        if (!isMapping(space, locals)) {
            throw new PyException("TypeError", "locals must be a mapping or None, not " + space.typeOf(locals).name);
        }
        if (space.dictType.getItemString(globals, "__builtins__") == 0) {
            // PyEval_GetBuiltins: the running frame's builtins dict, not the module
            SysModule.setItem(space, globals, "__builtins__", interp.currentBuiltins());
        }
        if (space.codeType.check(source)) {
            int nfree = space.codeType.intField(source, CodeType.NFREEVARS);
            if (mode == PythonParser.Mode.EVAL && nfree > 0) {
                throw new PyException("TypeError", "code object passed to eval() may not contain free variables");
            }
            if (mode == PythonParser.Mode.EXEC && !closureFits(space, closure, nfree)) {
                throw new PyException("TypeError", "code object requires a closure of exactly length " + nfree);
            }
            return interp.evalCode(source, globals, locals, closure);
        }
        if (closure != 0) {
            throw new PyException("TypeError", "closure can only be used when source is a code object");
        }
        Code code = compileSource(table, sourceText(space, source, who, mode, "<string>"), "<string>", mode,
                interp.currentFutureFlags(), offsetsInBytes(space, source));
        try (Interpreter.Loaded loaded = interp.load(code, true)) { // exec's arena lives while the code runs
            return interp.evalCode(loaded.code(), globals, locals);
        }
    }

    /** {@code PyMapping_Check}: the type has a subscript (lists and strs too). */
    private static boolean isMapping(ObjectSpace space, long o) {
        return space.typeOf(o).lookup("__getitem__") != 0;
    }

    /** exec's check of a code object's closure: none for a code without free variables, else a tuple of that many cells. */
    private static boolean closureFits(ObjectSpace space, long closure, int nfree) {
        if (closure == 0) {
            return nfree == 0;
        }
        if (!space.tupleType.check(closure) || space.tupleType.size(closure) != nfree) {
            return false;
        }
        for (int i = 0; i < nfree; i++) {
            if (!space.cellType.check(space.tupleType.item(closure, i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of a str or bytes source ({@code source_as_string}; bytes decoded as their coding
     * cookie says, errors reported as from {@code filename}); eval's leading spaces and tabs go.
     */
    static String sourceText(ObjectSpace space, long source, String who, PythonParser.Mode mode, String filename) {
        String text;
        if (space.strType.check(source)) {
            space.strType.asUtf8(source); // PyUnicode_AsUTF8AndSize: the parser reads UTF-8, kept in the str
            text = space.strType.value(source);
        } else if (space.bytesType.check(source)) {
            byte[] bytes = space.bytesType.value(source);
            for (byte b : bytes) {
                if (b == 0) {
                    throw new PyException("SyntaxError", "source code string cannot contain null bytes");
                }
            }
            text = SyntaxErrors.decodeSource(space, bytes, filename);
        } else {
            throw new PyException("TypeError", who + "() arg 1 must be a string, bytes or " + (who.equals("compile") ? "AST" : "code") + " object");
        }
        if (text.indexOf('\0') >= 0) {
            throw new PyException("SyntaxError", "source code string cannot contain null bytes");
        }
        if (!who.equals("eval")) {
            return text; // compile() leaves an indented first line to the parser: IndentationError
        }
        int start = 0; // builtin_eval_impl skips leading spaces and tabs only
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        return text.substring(start);
    }

    /** Whether {@code source} is bytes whose parser errors CPython reports in byte offsets ({@link PythonParser#offsetsInBytes}). */
    private static boolean offsetsInBytes(ObjectSpace space, long source) {
        return space.bytesType.check(source) && PythonParser.offsetsInBytes(space.bytesType.value(source));
    }

    /**
     * Parses and compiles {@code text} as {@code filename} (its warnings issued): CPython's SyntaxError when it is not Python
     * (the parser's in byte offsets when {@code offsetsInBytes}).
     */
    private static Code compileSource(ModuleTable table, String text, String filename, PythonParser.Mode mode,
            int futureFlags, boolean offsetsInBytes) {
        try {
            List<CompileWarning> warnings = new ArrayList<>();
            dev.pyheap.interpreter.ast.Mod mod;
            try {
                mod = PythonParser.parse(text, filename, mode, warnings);
            } catch (PythonSyntaxError e) {
                throw offsetsInBytes ? e.inUtf8Offsets() : e;
            }
            Code code = Analysis.compile(mod, filename, 0, futureFlags, warnings);
            table.warnCompile(warnings);
            return code;
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.toPython(table.space(), e);
        }
    }

    static boolean isFunction(ObjectSpace space, long f) {
        return space.functionType.check(f) && space.functionType.field(f, FunctionType.CODE) != 0;
    }

    static long hashOf(ObjectSpace space, long o) {
        return Abstract.hash(space, o);
    }
}
