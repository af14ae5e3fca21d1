package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BuiltinFunctionType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.ThreadContext;
import dev.pyheap.runtime.objects.StructSeqType;

/**
 * The {@code sys} module as programs see it (Python/sysmodule.c): {@code getrefcount},
 * {@code getsizeof}, {@code intern}, the recursion limit, the switch interval,
 * {@code getallocatedblocks}, {@code _debugmallocstats}, {@code exit}, {@code exc_info}, and the
 * constants. The numbers come from the heap itself, as the runtime's {@code PySys} facade computes
 * them, without a handle in between (a handle would be one more reference).
 */
final class SysModule {
    private SysModule() {
    }

    static void setItem(ObjectSpace space, long dict, String key, long value) {
        long k = space.strType.literalName(key);
        try {
            space.dictType.setItem(dict, k, value);
        } finally {
            space.decref(k);
        }
    }

    static void setText(ObjectSpace space, long dict, String key, String value) {
        long v = space.strType.runtime(value);
        try {
            setItem(space, dict, key, v);
        } finally {
            space.decref(v);
        }
    }

    static void setInt(ObjectSpace space, long dict, String key, long value) {
        long v = space.newInt(value);
        try {
            setItem(space, dict, key, v);
        } finally {
            space.decref(v);
        }
    }

    /** The definition of module function {@code name}, with its C counterpart's calling convention ({@link FunctionFlags}). */
    static BuiltinFunctionType.Def def(ObjectSpace space, long dict, String name, BuiltinFunctionType.Body body) {
        long moduleName = dict == 0 ? 0 : space.dictType.getItemString(dict, "__name__");
        return FunctionFlags.def(space, moduleName == 0 || !space.strType.check(moduleName) ? null
                : space.strType.value(moduleName), name, body);
    }

    static void function(ObjectSpace space, long module, long dict, String name, BuiltinFunctionType.Body body) {
        long f = space.builtinFunctionType.createInModule(def(space, dict, name, body), module);
        try {
            setItem(space, dict, name, f);
        } finally {
            space.decref(f);
        }
    }

    /** A module function whose {@code __self__} is {@code self} rather than the module (named {@code moduleName}). */
    static void function(ObjectSpace space, long self, long moduleName, long dict, String name, BuiltinFunctionType.Body body) {
        long f = space.builtinFunctionType.create(def(space, dict, name, body), self, moduleName);
        try {
            setItem(space, dict, name, f);
        } finally {
            space.decref(f);
        }
    }

    /**
     * {@code sys.displayhook(o)} (sysmodule.c's sys_displayhook): nothing for None; otherwise
     * {@code builtins._} is None while {@code repr(o)} and a newline go to {@code sys.stdout}, then
     * {@code builtins._} is {@code o}.
     */
    private static void displayhook(ModuleTable table, long sysDict, long o) {
        ObjectSpace space = table.space();
        if (o == space.none) {
            return;
        }
        long builtinsDict = table.builtins().dict();
        setItem(space, builtinsDict, "_", space.none);
        long out = space.dictType.getItemString(sysDict, "stdout");
        if (out == 0 || out == space.none) {
            throw new PyException("RuntimeError", "lost sys.stdout");
        }
        space.incref(out);
        try {
            table.builtins().write(out, Abstract.repr(space, o));
            table.builtins().write(out, "\n");
        } finally {
            space.decref(out);
        }
        setItem(space, builtinsDict, "_", o);
    }

    /**
     * {@code sys.breakpointhook(*args, **kws)} (sysmodule.c's sys_breakpointhook): calls the function
     * {@code $PYTHONBREAKPOINT} names ({@code module.attr}, or a builtin without a dot), by default
     * {@code pdb.set_trace}; {@code 0} turns breakpoints off. A name that cannot be imported or found is
     * a RuntimeWarning and no call. Being built in, it adds no Python frame: the hook's caller is
     * {@code breakpoint()}'s. The variable is read from {@code os.environ} once os is imported (its
     * changes are the process environment's), else from the environment the process started with.
     */
    private static long breakpointhook(ObjectSpace space, long args, long nargs, long kwnames) {
        String spec = environmentVariable(space, "PYTHONBREAKPOINT");
        if (spec == null || spec.isEmpty()) {
            spec = "pdb.set_trace";
        } else if (spec.equals("0")) {
            return space.newNone();
        }
        int dot = spec.lastIndexOf('.');
        if (dot == 0) {
            return unimportableBreakpoint(space, spec);
        }
        long module;
        try {
            module = space.frameEvaluator.importModule(dot < 0 ? "builtins" : spec.substring(0, dot));
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "ImportError")) {
                throw e;
            }
            e.release();
            return unimportableBreakpoint(space, spec);
        }
        long hook;
        try {
            hook = Abstract.getAttr(space, module, spec.substring(dot + 1));
        } catch (PyException e) {
            if (!Abstract.matches(space, e, "AttributeError")) {
                throw e;
            }
            e.release();
            return unimportableBreakpoint(space, spec);
        } finally {
            space.decref(module);
        }
        try {
            return Abstract.vectorcall(space, hook, args, nargs, kwnames);
        } finally {
            space.decref(hook);
        }
    }

    private static long unimportableBreakpoint(ObjectSpace space, String spec) {
        space.warn("RuntimeWarning", "Ignoring unimportable $PYTHONBREAKPOINT: \"" + spec + "\"", 1);
        return space.newNone();
    }

    /** {@code name}'s value in the environment ({@code os.environ} if os is loaded), or null. */
    private static String environmentVariable(ObjectSpace space, String name) {
        long sys = space.frameEvaluator.importModule("sys");
        long environ = 0;
        try {
            long modules = Abstract.getAttr(space, sys, "modules");
            try {
                long os = space.dictType.getItemString(modules, "os"); // borrowed
                if (os != 0) {
                    environ = Abstract.getAttr(space, os, "environ");
                } else {
                    long posix = space.frameEvaluator.importModule("posix");
                    try {
                        environ = Abstract.getAttr(space, posix, "environ");
                    } finally {
                        space.decref(posix);
                    }
                }
            } finally {
                space.decref(modules);
            }
            long key = space.strType.runtime(name);
            long value;
            try {
                value = Abstract.callMethod(space, environ, "get", new long[] {key});
            } finally {
                space.decref(key);
            }
            try {
                return space.strType.check(value) ? space.strType.value(value) : null;
            } finally {
                space.decref(value);
            }
        } finally {
            space.decref(environ);
            space.decref(sys);
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        var interp = table.interpreter();
        long excepthook = space.builtinFunctionType.createInModule(new BuiltinFunctionType.Def("excepthook", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "excepthook", a, n, kw).exactly(3);
            long value = c.get(1);
            if (!space.exceptions.isException(value)) {
                throw new PyException("TypeError", "print_exception(): Exception expected for value, "
                        + space.typeOf(value).name + " found");
            }
            table.printException.accept(new PyException(space.typeOf(value).name, "", space.newRef(value), space::decref));
            return space.newNone();
        }, null), module);
        try {
            // one object under both names, as in CPython (code.py compares them with `is`)
            setItem(space, dict, "excepthook", excepthook);
            setItem(space, dict, "__excepthook__", excepthook);
        } finally {
            space.decref(excepthook);
        }
        long breakpointhook = space.builtinFunctionType.createInModule(def(space, dict, "breakpointhook",
                (self, a, n, kw) -> breakpointhook(space, a, n, kw)), module);
        try {
            setItem(space, dict, "breakpointhook", breakpointhook);
            setItem(space, dict, "__breakpointhook__", breakpointhook);
        } finally {
            space.decref(breakpointhook);
        }
        long displayhook = space.builtinFunctionType.createInModule(new BuiltinFunctionType.Def("displayhook", (self, a, n, kw) -> {
            displayhook(table, dict, new CallArgs(space, "displayhook", a, n, kw).exactly(1).get(0));
            return space.newNone();
        }, null), module);
        try {
            setItem(space, dict, "displayhook", displayhook);
            setItem(space, dict, "__displayhook__", displayhook); // the same object, as in CPython
        } finally {
            space.decref(displayhook);
        }
        auditHooks(space, dict);
        function(space, module, dict, "getrefcount", (self, a, n, kw) ->
                space.newInt(space.refcount(new CallArgs(space, "sys.getrefcount", a, n, kw).exactly(1).get(0))));
        function(space, module, dict, "getsizeof", (self, a, n, kw) -> {
            // PyArg_ParseTupleAndKeywords(args, kwds, "O|O:getsizeof", {"object", "default"})
            long given = n + (kw == 0 ? 0 : space.tupleType.size(kw));
            if (given > 2) {
                throw new PyException("TypeError", "getsizeof() takes at most 2 arguments (" + given + " given)");
            }
            CallArgs c = new CallArgs(space, "getsizeof", a, n, kw).keywords("object", "default").range(0, 2);
            long o = n > 0 ? c.get(0) : c.keyword("object");
            if (o == 0) {
                throw new PyException("TypeError", "getsizeof() missing required argument 'object' (pos 1)");
            }
            long dflt = n > 1 ? c.get(1) : c.keyword("default");
            try {
                return space.newInt(space.typeOf(o).sizeof(o));
            } catch (PyException e) {
                if (dflt == 0 || !Abstract.matches(space, e, "TypeError")) {
                    throw e;
                }
                e.release();
                return space.newRef(dflt);
            }
        });
        function(space, module, dict, "intern", (self, a, n, kw) ->
                space.strType.sysIntern(new CallArgs(space, "sys.intern", a, n, kw).exactly(1).get(0)));
        function(space, module, dict, "get_int_max_str_digits", (self, a, n, kw) -> {
            new CallArgs(space, "sys.get_int_max_str_digits", a, n, kw).keywords().exactly(0);
            return space.newInt(space.intType.maxStrDigits());
        });
        function(space, module, dict, "set_int_max_str_digits", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_int_max_str_digits", a, n, kw).keywords("maxdigits").range(0, 1);
            long v = n >= 1 ? c.get(0) : c.keyword("maxdigits");
            if (v == 0) {
                throw new PyException("TypeError", "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            }
            // Argument Clinic's "int" converter: through __index__, then a C int
            long i = Abstract.numberIndex(space, v);
            long digits;
            try {
                digits = space.intType.fitsLong(i) ? space.intType.longValue(i) : Long.MAX_VALUE;
            } finally {
                space.decref(i);
            }
            if (digits != (int) digits) {
                throw new PyException("OverflowError", "Python int too large to convert to C int");
            }
            space.intType.setMaxStrDigits(digits);
            return space.newNone();
        });
        StructSeqType hooksType = space.register(new StructSeqType(space, "asyncgen_hooks", false,
                new String[] {"firstiter", "finalizer"}));
        function(space, module, dict, "get_asyncgen_hooks", (self, a, n, kw) -> {
            new CallArgs(space, "sys.get_asyncgen_hooks", a, n, kw).keywords().exactly(0);
            long firstiter = interp.asyncGenFirstiter(), finalizer = interp.asyncGenFinalizer();
            return hooksType.create(new long[] {firstiter == 0 ? space.none : firstiter, finalizer == 0 ? space.none : finalizer});
        });
        function(space, module, dict, "set_asyncgen_hooks", (self, a, n, kw) -> setAsyncGenHooks(space, interp, a, n, kw));
        function(space, module, dict, "get_coroutine_origin_tracking_depth", (self, a, n, kw) -> {
            new CallArgs(space, "sys.get_coroutine_origin_tracking_depth", a, n, kw).keywords().exactly(0);
            return space.newInt(interp.coroutineOriginDepth());
        });
        function(space, module, dict, "set_coroutine_origin_tracking_depth", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_coroutine_origin_tracking_depth", a, n, kw).keywords("depth").range(0, 1);
            long v = n >= 1 ? c.get(0) : c.keyword("depth");
            if (v == 0) {
                throw new PyException("TypeError", "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
            }
            if (space.floatType.check(v)) {
                throw new PyException("TypeError", "'float' object cannot be interpreted as an integer");
            }
            if (!space.intType.check(v)) {
                throw new PyException("TypeError", "'" + space.typeOf(v).name + "' object cannot be interpreted as an integer");
            }
            if (!space.intType.fitsLong(v) || space.intType.longValue(v) != (int) space.intType.longValue(v)) {
                throw new PyException("OverflowError", "Python int too large to convert to C int");
            }
            int depth = (int) space.intType.longValue(v);
            if (depth < 0) {
                throw new PyException("ValueError", "depth must be >= 0");
            }
            interp.setCoroutineOriginDepth(depth);
            return space.newNone();
        });
        function(space, module, dict, "getrecursionlimit", (self, a, n, kw) -> space.newInt(space.recursionLimit()));
        function(space, module, dict, "setrecursionlimit", (self, a, n, kw) -> {
            long v = new CallArgs(space, "sys.setrecursionlimit", a, n, kw).exactly(1).get(0);
            if (!space.intType.check(v)) {
                throw new PyException("TypeError", "'" + space.typeOf(v).name + "' object cannot be interpreted as an integer");
            }
            // the depth counts this call (METH_O), as sys_setrecursionlimit_impl's does
            ThreadContext tc = space.tstate;
            long limit = space.intType.fitsLong(v) ? space.intType.longValue(v) : Long.MAX_VALUE; // _PyLong_AsInt: too large either way
            space.setRecursionLimit(limit, tc == null ? 1 : tc.recursion().depth);
            return space.newNone();
        });
        for (String name : new String[] {"getdefaultencoding", "getfilesystemencoding"}) {
            function(space, module, dict, name, (self, a, n, kw) -> {
                if (n != 0 || kw != 0) {
                    throw new PyException("TypeError", "sys." + name + "() takes no arguments (" + (n + (kw == 0 ? 0
                            : space.tupleType.size(kw))) + " given)");
                }
                return space.strType.literal("utf-8");
            });
        }
        // PyType_ClearCache: the type attribute cache's entries and the names they hold go
        function(space, module, dict, "_clear_type_cache", (self, a, n, kw) -> {
            if (kw != 0 && space.tupleType.size(kw) != 0) { // METH_NOARGS: the keywords first
                throw new PyException("TypeError", "sys._clear_type_cache() takes no keyword arguments");
            }
            if (n != 0) {
                throw new PyException("TypeError", "sys._clear_type_cache() takes no arguments (" + n + " given)");
            }
            space.clearTypeCache();
            return space.newNone();
        });
        function(space, module, dict, "getallocatedblocks", (self, a, n, kw) ->
                space.newInt(space.allocator.statistics().allocatedBlocks()));
        function(space, module, dict, "exit", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "exit", a, n, kw).keywords().range(0, 1);
            var type = space.exceptions.byName("SystemExit");
            long args = n == 0 ? space.tupleType.create() : space.tupleType.create(c.get(0));
            long e = type.create(args, true);
            throw new PyException("SystemExit", "", e, space::decref);
        });
        function(space, module, dict, "exc_info", (self, a, n, kw) -> interp.excInfo());
        function(space, module, dict, "exception", (self, a, n, kw) -> interp.exception());
        function(space, module, dict, "getswitchinterval", (self, a, n, kw) ->
                space.floatType.create(table.heap.sys().getswitchinterval()));
        function(space, module, dict, "setswitchinterval", (self, a, n, kw) -> {
            table.heap.sys().setswitchinterval(SmallModules.toDouble(space,
                    new CallArgs(space, "setswitchinterval", a, n, kw).exactly(1).get(0)));
            return space.newNone();
        });
        function(space, module, dict, "_debugmallocstats", (self, a, n, kw) -> {
            table.builtins.write(space.dictType.getItemString(dict, "stderr"), table.heap.sys().debugmallocstats());
            return space.newNone();
        });
        function(space, module, dict, "_getframe", (self, a, n, kw) -> {
            new CallArgs(space, "sys._getframe", a, n, kw).keywords();
            CallArgs c = new CallArgs(space, "_getframe", a, n, kw).range(0, 1);
            if (n == 0) {
                return interp.frameObjectAt(0);
            }
            long depth = c.get(0);
            long index = Abstract.numberIndex(space, depth); // _PyLong_AsInt: __index__, then the C int range
            try {
                if (!space.intType.fitsLong(index) || space.intType.longValue(index) != (int) space.intType.longValue(index)) {
                    throw new PyException("OverflowError", "Python int too large to convert to C int");
                }
                return interp.frameObjectAt((int) space.intType.longValue(index));
            } finally {
                space.decref(index);
            }
        });
        function(space, module, dict, "settrace", (self, a, n, kw) -> {
            interp.setTrace(new CallArgs(space, "sys.settrace", a, n, kw).keywords().exactly(1).get(0));
            return space.newNone();
        });
        function(space, module, dict, "call_tracing", (self, a, n, kw) -> {
            CallArgs args = new CallArgs(space, "sys.call_tracing", a, n, kw).keywords();
            if (args.nargs != 2) {
                throw new PyException("TypeError", "call_tracing expected 2 arguments, got " + args.nargs);
            }
            if (!space.tupleType.check(args.get(1))) {
                throw new PyException("TypeError", "call_tracing() argument 2 must be tuple, not "
                        + space.typeOf(args.get(1)).name);
            }
            return interp.callTracing(args.get(0), args.get(1));
        });
        function(space, module, dict, "setprofile", (self, a, n, kw) -> {
            interp.setProfile(new CallArgs(space, "sys.setprofile", a, n, kw).keywords().exactly(1).get(0));
            return space.newNone();
        });
        function(space, module, dict, "gettrace", (self, a, n, kw) -> {
            new CallArgs(space, "sys.gettrace", a, n, kw).keywords().exactly(0);
            return interp.getTrace();
        });
        function(space, module, dict, "getprofile", (self, a, n, kw) -> {
            new CallArgs(space, "sys.getprofile", a, n, kw).keywords().exactly(0);
            return interp.getProfile();
        });
        function(space, module, dict, "_current_frames", (self, a, n, kw) -> {
            new CallArgs(space, "sys._current_frames", a, n, kw).exactly(0);
            return interp.currentFrames();
        });
        moduleNames(table, dict);
        long warnoptions = space.listType.create();
        for (String option : table.warnOptions) {
            long o = space.strType.runtime(option);
            space.listType.append(warnoptions, o);
            space.decref(o);
        }
        setItem(space, dict, "warnoptions", warnoptions);
        space.decref(warnoptions);
        // -X name=value: the value as a str; -X name: True (CPython's _xoptions)
        long xoptions = space.dictType.create();
        for (String option : table.xOptions) {
            int eq = option.indexOf('=');
            long value = eq < 0 ? space.newBool(true) : space.strType.runtime(option.substring(eq + 1));
            long key = space.strType.runtime(eq < 0 ? option : option.substring(0, eq));
            space.dictType.setItem(xoptions, key, value);
            space.decref(key);
            space.decref(value);
        }
        setItem(space, dict, "_xoptions", xoptions);
        space.decref(xoptions);
        setInt(space, dict, "maxsize", Long.MAX_VALUE);
        setText(space, dict, "platform", "linux");
        // The command that runs a Python program as this interpreter does (the launcher passes
        // scripts/pyheap-python); empty when unknown, as CPython's is.
        setText(space, dict, "executable", System.getProperty("pyheap.executable", ""));
        setText(space, dict, "byteorder", "little");
        setText(space, dict, "version", "3.11.7 (pyheap)");
        setInt(space, dict, "hexversion", 0x030B07F0);
        structSeq(space, dict, "version_info", false, "major", 3L, "minor", 11L, "micro", 7L, "releaselevel", "final",
                "serial", 0L);
        structSeq(space, dict, "float_info", true, "max", Double.MAX_VALUE, "max_exp", 1024L, "max_10_exp", 308L,
                "min", Double.MIN_NORMAL, "min_exp", -1021L, "min_10_exp", -307L, "dig", 15L, "mant_dig", 53L,
                "epsilon", Math.ulp(1.0), "radix", 2L, "rounds", 1L);
        structSeq(space, dict, "int_info", true, "bits_per_digit", 30L, "sizeof_digit", 4L, "default_max_str_digits", 4300L,
                "str_digits_check_threshold", 640L);
        structSeq(space, dict, "hash_info", true, "width", 64L, "modulus", (1L << 61) - 1, "inf", 314159L, "nan", 0L,
                "imag", 1000003L, "algorithm", "siphash13", "hash_bits", 64L, "seed_bits", 128L, "cutoff", 0L);
        // PyThread_GetInfo: the thread library's version from confstr(_CS_GNU_LIBPTHREAD_VERSION)
        String threads;
        try {
            threads = PosixSystem.confstr(space, 3);
        } catch (PyException e) { // native code may not be called here: None, as when confstr fails
            e.release();
            threads = null;
        }
        structSeq(space, dict, "thread_info", true, "name", "pthread", "lock", "semaphore",
                "version", threads);
        structSeq(space, dict, "flags", false, "debug", 0L, "inspect", 0L, "interactive", 0L, "optimize", 0L,
                "dont_write_bytecode", 1L, "no_user_site", 0L, "no_site", 0L, "ignore_environment", 0L, "verbose", 0L,
                "bytes_warning", 0L, "quiet", 0L, "hash_randomization", 1L, "isolated", 0L, "dev_mode", false,
                "utf8_mode", 0L, "warn_default_encoding", 0L, "safe_path", false, "int_max_str_digits", -1L);
        installation(table, module, dict);
    }

    /**
     * What {@code sys} says about the interpreter and its installation: {@code implementation} (a
     * {@code types.SimpleNamespace}, CPython's fields, since this interpreter behaves as CPython
     * 3.11.7), the prefixes (the folder holding the launcher's {@code scripts/}, or '' when the
     * launcher is unknown), and the build's constants as 3.11.7 on Linux reports them.
     */
    private static void installation(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        NamespaceType namespace = space.register(new NamespaceType(space));
        long versionInfo = space.dictType.getItemString(dict, "version_info");
        long implementation = namespace.create("name", space.strType.runtime("cpython"),
                "cache_tag", space.strType.runtime("cpython-311"), "version", space.newRef(versionInfo),
                "hexversion", space.newInt(0x030B07F0), "_multiarch", space.strType.runtime("x86_64-linux-gnu"));
        setItem(space, dict, "implementation", implementation);
        space.decref(implementation);
        String executable = System.getProperty("pyheap.executable", "");
        java.nio.file.Path scripts = executable.isEmpty() ? null : java.nio.file.Path.of(executable).toAbsolutePath().getParent();
        String prefix = scripts == null || scripts.getParent() == null ? "" : scripts.getParent().toString();
        for (String key : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            setText(space, dict, key, prefix);
        }
        setText(space, dict, "_base_executable", executable);
        setText(space, dict, "platlibdir", "lib");
        setText(space, dict, "abiflags", "");
        setInt(space, dict, "api_version", 1013);
        setText(space, dict, "float_repr_style", "short");
        setInt(space, dict, "maxunicode", 0x10FFFF);
        setItem(space, dict, "dont_write_bytecode", space.trueObject);
        setItem(space, dict, "pycache_prefix", space.none);
        setText(space, dict, "copyright", """
                Copyright (c) 2001-2023 Python Software Foundation.
                All Rights Reserved.

                Copyright (c) 2000 BeOpen.com.
                All Rights Reserved.

                Copyright (c) 1995-2001 Corporation for National Research Initiatives.
                All Rights Reserved.

                Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.
                All Rights Reserved.""");
        unraisableHook(table, module, dict);
        function(space, module, dict, "getfilesystemencodeerrors", (self, a, n, kw) -> {
            new CallArgs(space, "sys.getfilesystemencodeerrors", a, n, kw).exactly(0);
            return space.strType.runtime("surrogateescape");
        });
    }

    /**
     * {@code sys.unraisablehook} and {@code sys.__unraisablehook__} (one built-in function, as in
     * CPython) and the UnraisableHookArgs they take: the default hook writes what
     * {@code write_unraisable_exc_file} writes; a program may replace {@code sys.unraisablehook},
     * and the runner then hands each unraisable error to its function. As in CPython, the
     * UnraisableHookArgs type is not a name in {@code sys}.
     */
    private static void unraisableHook(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        StructSeqType argsType = space.register(new StructSeqType(space, "UnraisableHookArgs", false, "exc_type",
                "exc_value", "exc_traceback", "err_msg", "object"));
        table.unraisableHookArgsType = argsType;
        long hook = space.builtinFunctionType.createInModule(new BuiltinFunctionType.Def("unraisablehook", (self, a, n, kw) -> {
            long args = new CallArgs(space, "unraisablehook", a, n, kw).exactly(1).get(0);
            if (space.typeOf(args) != argsType) {
                throw new PyException("TypeError", "sys.unraisablehook argument type must be UnraisableHookArgs");
            }
            long errMsg = space.tupleType.item(args, 3);
            table.writeUnraisable.write(space.strType.check(errMsg) ? space.strType.value(errMsg) : null,
                    space.tupleType.item(args, 4), space.tupleType.item(args, 1));
            return space.newNone();
        }, null), module);
        try {
            setItem(space, dict, "unraisablehook", hook);
            setItem(space, dict, "__unraisablehook__", hook);
            table.defaultUnraisableHook = hook;
        } finally {
            space.decref(hook);
        }
    }

    /**
     * {@code sys.builtin_module_names} (a sorted tuple of the modules written in Java) and
     * {@code sys.stdlib_module_names} (a frozenset of CPython 3.11's standard library's top-level
     * names, from {@code stdlib_module_names.txt}), both made at start-up as {@code _PySys_InitCore} does.
     */
    private static void moduleNames(ModuleTable table, long dict) {
        ObjectSpace space = table.space();
        java.util.List<String> builtin = table.builtinModuleNames();
        long[] names = new long[builtin.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = space.strType.runtime(builtin.get(i));
        }
        long tuple = space.tupleType.create(names);
        for (long n : names) {
            space.decref(n);
        }
        setItem(space, dict, "builtin_module_names", tuple);
        space.decref(tuple);
        long stdlib = space.frozenSetType.create();
        try (var in = SysModule.class.getResourceAsStream("stdlib_module_names.txt")) {
            if (in == null) {
                throw new IllegalStateException("stdlib_module_names.txt is missing from the interpreter's resources");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    long n = space.strType.runtime(line);
                    try {
                        space.frozenSetType.add(stdlib, n);
                    } finally {
                        space.decref(n);
                    }
                }
            }
        } catch (java.io.IOException e) {
            space.decref(stdlib);
            throw new java.io.UncheckedIOException(e);
        }
        setItem(space, dict, "stdlib_module_names", stdlib);
        space.decref(stdlib);
    }

    /**
     * {@code sys.<key>}: an instance of a new struct sequence type {@code sys.<key>} with the fields
     * and values of {@code pairs} (name, then a Long, Double, Boolean or String).
     */
    /**
     * {@code sys.set_asyncgen_hooks([firstiter[, finalizer]])} ({@code PyArg_ParseTupleAndKeywords}
     * with {@code "|OO"}): each given hook is None (removed) or a callable; the finalizer is checked
     * and set before the firstiter hook, as 3.11 does.
     */
    /**
     * {@code sys.audit(event, *args)} and {@code sys.addaudithook(hook)} (PEP 578): each hook is
     * called as {@code hook(event, args)} in the order added, for the events the program and the
     * library raise; a hook's exception goes to the auditing call. The hooks are kept in a list the
     * two functions hold as their {@code __self__} (CPython keeps it on the interpreter), so the
     * collector sees them and they die with the functions. The runtime's own C-level events are not
     * raised.
     */
    private static void auditHooks(ObjectSpace space, long dict) {
        long hooks = space.listType.create();
        long moduleName = space.dictType.getItemString(dict, "__name__"); // borrowed
        try {
            BuiltinFunctionType.Body audit = (self, a, n, kw) -> {
                if (kw != 0 && space.tupleType.size(kw) > 0) {
                    throw new PyException("TypeError", "sys.audit() takes no keyword arguments");
                }
                if (n == 0) {
                    throw new PyException("TypeError", "audit() missing 1 required positional argument: 'event'");
                }
                CallArgs c = new CallArgs(space, "audit", a, n, kw);
                long event = c.get(0);
                if (!space.strType.check(event)) {
                    throw new PyException("TypeError", "expected str for argument 'event', not " + space.typeOf(event).name);
                }
                long[] rest = new long[(int) n - 1];
                for (int i = 1; i < n; i++) {
                    rest[i - 1] = c.get(i);
                }
                runAuditHooks(space, self, event, rest);
                return space.newNone();
            };
            function(space, hooks, moduleName, dict, "audit", audit);
            BuiltinFunctionType.Body add = (self, a, n, kw) -> {
                CallArgs c = new CallArgs(space, "addaudithook", a, n, kw).keywords("hook").range(0, 1);
                long hook = c.nargs > 0 ? c.get(0) : c.keyword("hook");
                if (hook == 0) {
                    throw new PyException("TypeError", "addaudithook() missing required argument 'hook' (pos 1)");
                }
                // the hooks already there may refuse the new one: an Exception from them is a silent no
                long event = space.strType.runtime("sys.addaudithook");
                try {
                    runAuditHooks(space, self, event, new long[0]);
                } catch (PyException e) {
                    long exc = e.exception();
                    if (exc != 0 && space.typeOf(exc).isSubtypeOf(space.exceptions.byName("Exception"))) {
                        e.release();
                        return space.newNone();
                    }
                    throw e;
                } finally {
                    space.decref(event);
                }
                space.listType.append(self, hook);
                return space.newNone();
            };
            function(space, hooks, moduleName, dict, "addaudithook", add);
        } finally {
            space.decref(hooks);
        }
    }

    private static void runAuditHooks(ObjectSpace space, long hooks, long event, long[] args) {
        if (space.listType.size(hooks) == 0) {
            return;
        }
        long tuple = space.tupleType.create(args);
        try {
            for (long i = 0; i < space.listType.size(hooks); i++) {
                long hook = space.newRef(space.listType.item(hooks, i));
                try {
                    space.decref(Abstract.call(space, hook, new long[] {event, tuple}));
                } finally {
                    space.decref(hook);
                }
            }
        } finally {
            space.decref(tuple);
        }
    }

    private static long setAsyncGenHooks(ObjectSpace space, dev.pyheap.interpreter.eval.Interpreter interp,
            long a, long n, long kw) {
        String[] names = {"firstiter", "finalizer"};
        long[] given = new long[2];
        int nk = kw == 0 ? 0 : (int) space.tupleType.size(kw);
        if (n + nk > 2) {
            throw new PyException("TypeError", "function takes at most 2 arguments (" + (n + nk) + " given)");
        }
        for (int i = 0; i < n; i++) {
            given[i] = space.memory.getLong(a + 8L * i);
        }
        for (int k = 0; k < nk; k++) {
            String name = space.strType.value(space.tupleType.item(kw, k));
            int at = java.util.Arrays.asList(names).indexOf(name);
            if (at < 0) {
                throw new PyException("TypeError", "'" + name + "' is an invalid keyword argument for this function");
            }
            if (at < n) {
                throw new PyException("TypeError", "argument for function given by name ('" + name + "') and position (" + (at + 1) + ")");
            }
            given[at] = space.memory.getLong(a + 8L * (n + k));
        }
        long firstiter = interp.asyncGenFirstiter(), finalizer = interp.asyncGenFinalizer();
        if (given[1] != 0) {
            if (given[1] != space.none && !space.typeOf(given[1]).isCallable()) {
                throw new PyException("TypeError", "callable finalizer expected, got " + space.typeOf(given[1]).name);
            }
            finalizer = given[1] == space.none ? 0 : given[1];
            interp.setAsyncGenHooks(firstiter, finalizer);
        }
        if (given[0] != 0) {
            if (given[0] != space.none && !space.typeOf(given[0]).isCallable()) {
                throw new PyException("TypeError", "callable firstiter expected, got " + space.typeOf(given[0]).name);
            }
            interp.setAsyncGenHooks(given[0] == space.none ? 0 : given[0], finalizer);
        }
        return space.newNone();
    }

    private static void structSeq(ObjectSpace space, long dict, String key, boolean constructible, Object... pairs) {
        String[] names = new String[pairs.length / 2];
        long[] values = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) pairs[2 * i];
            values[i] = switch (pairs[2 * i + 1]) {
                case Long l -> space.newInt(l);
                case Double d -> space.floatType.create(d);
                case Boolean b -> space.newBool(b);
                case String t -> space.strType.literal(t);
                case null -> space.newNone();
                default -> throw new IllegalArgumentException(key + ": " + pairs[2 * i + 1]);
            };
        }
        StructSeqType type = space.register(new StructSeqType(space, "sys." + key, constructible, names));
        long o = type.create(values);
        try {
            setItem(space, dict, key, o);
        } finally {
            space.decref(o);
            for (long v : values) {
                space.decref(v);
            }
        }
    }
}
